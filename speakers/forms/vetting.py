"""Speakers' bureau forms: the vetting part. The coordinators' steps (in the admin) and the
reviewer's assessment (on the site)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from members.forms import ChoiceList
from members.models import User

from ..models import Assessment, Criterion, Speaker
from ..selectors.vetting import reviewers_available, reviewers_of

NOTES_MAX_LENGTH = Assessment._meta.get_field("notes").max_length
DECISION_NOTE_MAX_LENGTH = 2000


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.display_name


class ReviewerAssignForm(forms.Form):
    reviewer = PersonChoiceField(
        label=_("Reviewer"),
        queryset=User.objects.none(),
        empty_label=_("Choose a reviewer"),
        help_text=_(
            "People with the speakers' bureau reviewer role who do not review this application "
            "yet. They are emailed that it waits for them; the email says nothing about the "
            "applicant."
        ),
        error_messages={
            "required": _("Choose the reviewer to assign."),
            "invalid_choice": _("Choose one of the reviewers in the list."),
        },
    )

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewers_available(speaker)


class ReviewerRemoveForm(forms.Form):
    reviewer = PersonChoiceField(
        label=_("Reviewer"),
        queryset=User.objects.none(),
        empty_label=_("Choose a reviewer"),
        help_text=_("They can no longer open the application. The assessments they made are kept."),
        error_messages={
            "required": _("Choose the reviewer to remove."),
            "invalid_choice": _("Choose one of the reviewers in the list."),
        },
    )

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        ids = [reviewer.pk for reviewer in reviewers_of(speaker)]
        self.fields["reviewer"].queryset = User.objects.filter(pk__in=ids).order_by("display_name")


class ConversationForm(forms.Form):
    """A date and a time, in Ontario's Eastern time (the site's time zone)."""

    date = forms.DateField(
        label=_("Date of the conversation"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the date of the conversation."),
            "invalid": _("Enter a date like 2026-05-14."),
        },
    )
    time = forms.TimeField(
        label=_("Time (Eastern time)"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Enter the time of the conversation."),
            "invalid": _("Enter a time like 14:30."),
        },
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("date") and data.get("time"):
            at = timezone.make_aware(datetime.combine(data["date"], data["time"]))
            if at <= timezone.now():
                self.add_error(
                    "date", _("Choose a date and time in the future for the conversation.")
                )
            else:
                data["at"] = at
        return data


class DeclineForm(forms.Form):
    note = forms.CharField(
        label=_("Message to the applicant (optional)"),
        required=False,
        max_length=DECISION_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Sent with the decision and kept with the application. Please write kindly: say what "
            "could change, never ask them to prove or tell their story."
        ),
    )


# --- The reviewer's assessment ------------------------------------------------------------------

OUTCOME_REQUIRED = _("Choose Meets, Not yet or Unsure.")


@dataclass
class CriterionRow:
    """One criterion's part of the form: its assessment and its notes."""

    criterion: Criterion
    outcome: forms.BoundField
    notes: forms.BoundField


class AssessmentForm(forms.Form):
    """An outcome and notes for each active criterion. A criterion may be left for later (the
    reviewer's progress shows it), but notes need an outcome, and a save needs one at least."""

    def __init__(
        self,
        *args,
        criteria: list[Criterion],
        mine: dict[int, Assessment] | None = None,
        **kwargs,
    ):
        mine = mine or {}
        kwargs.setdefault(
            "initial",
            {
                **{f"outcome_{pk}": a.outcome for pk, a in mine.items()},
                **{f"notes_{pk}": a.notes for pk, a in mine.items()},
            },
        )
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"outcome_{criterion.pk}"] = forms.ChoiceField(
                label=_("Your assessment: %(criterion)s") % {"criterion": criterion.display_title},
                choices=Assessment.Outcome.choices,
                required=False,
                widget=ChoiceList,
                # The guidance is the coordinators' plain text; help texts are shown as HTML.
                help_text=escape(criterion.display_guidance),
                error_messages={"invalid_choice": OUTCOME_REQUIRED},
            )
            self.fields[f"notes_{criterion.pk}"] = forms.CharField(
                label=_("Notes on “%(criterion)s”") % {"criterion": criterion.display_title},
                required=False,
                max_length=NOTES_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_(
                    "Seen by the reviewers and the coordinators deciding, never by the applicant."
                ),
            )

    def rows(self) -> list[CriterionRow]:
        return [
            CriterionRow(c, self[f"outcome_{c.pk}"], self[f"notes_{c.pk}"]) for c in self.criteria
        ]

    def clean(self) -> dict:
        data = super().clean()
        if not self.criteria:
            raise forms.ValidationError(
                _("There are no selection criteria to assess yet: a coordinator adds them.")
            )
        chosen = 0
        for criterion in self.criteria:
            outcome = data.get(f"outcome_{criterion.pk}")
            if outcome:
                chosen += 1
            elif data.get(f"notes_{criterion.pk}", "").strip():
                self.add_error(
                    f"outcome_{criterion.pk}",
                    _("You wrote notes: choose Meets, Not yet or Unsure for this criterion too."),
                )
        if not chosen and not self.errors:
            self.add_error(
                f"outcome_{self.criteria[0].pk}",
                _("Choose an assessment for at least one criterion before saving."),
            )
        return data

    def outcomes(self) -> dict[int, tuple[str, str]]:
        """{criterion id: (outcome, notes)} for each criterion given an outcome."""
        return {
            c.pk: (self.cleaned_data[f"outcome_{c.pk}"], self.cleaned_data[f"notes_{c.pk}"])
            for c in self.criteria
            if self.cleaned_data.get(f"outcome_{c.pk}")
        }
