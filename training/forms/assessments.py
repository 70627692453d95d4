"""Training forms: the assessments part."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Competency, ScaleLevel, SelfAssessment
from ..models.assessments import NOTE_MAX_LENGTH

OFF_SCALE = _("Choose one of the levels of the scale.")


@dataclass
class Option:
    level: ScaleLevel
    id: str
    checked: bool


@dataclass
class Group:
    """One competency's part of the form: a fieldset with its levels and its note."""

    competency: Competency
    level: forms.BoundField
    note: forms.BoundField
    options: list[Option]


class SelfAssessmentForm(forms.Form):
    """A level and an optional private note for each competency of the framework. The levels
    are drawn in the template (each radio button described by its level's descriptor)."""

    def __init__(
        self,
        *args,
        competencies: list[Competency],
        scale: list[ScaleLevel],
        assessment: SelfAssessment | None = None,
        **kwargs,
    ):
        if assessment is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                **{f"level_{r.competency_id}": r.level for r in assessment.ratings.all()},
                **{f"note_{r.competency_id}": r.note for r in assessment.ratings.all()},
            }
        super().__init__(*args, **kwargs)
        self.competencies = competencies
        self.scale = scale
        for competency in competencies:
            self.fields[f"level_{competency.pk}"] = forms.TypedChoiceField(
                label=competency.display_name,
                choices=[(level.value, level.display_label) for level in scale],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": OFF_SCALE, "required": OFF_SCALE},
            )
            self.fields[f"note_{competency.pk}"] = forms.CharField(
                label=_("Private note on “%(competency)s”")
                % {"competency": competency.display_name},
                required=False,
                max_length=NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=_("Optional. Only you can read it (up to 2000 characters)."),
            )

    def groups(self) -> list[Group]:
        result = []
        for competency in self.competencies:
            level = self[f"level_{competency.pk}"]
            chosen = str(level.value() or "")
            result.append(
                Group(
                    competency=competency,
                    level=level,
                    note=self[f"note_{competency.pk}"],
                    options=[
                        Option(
                            scale_level,
                            f"{level.auto_id}_{index}",
                            chosen == str(scale_level.value),
                        )
                        for index, scale_level in enumerate(self.scale)
                    ],
                )
            )
        return result

    def ratings(self) -> dict[int, tuple[int, str]]:
        return {
            c.pk: (self.cleaned_data[f"level_{c.pk}"], self.cleaned_data[f"note_{c.pk}"])
            for c in self.competencies
        }


class LearningPlanAddForm(forms.Form):
    course = forms.IntegerField(required=False, widget=forms.HiddenInput)
    session = forms.IntegerField(required=False, widget=forms.HiddenInput)
    competency = forms.IntegerField(required=False, widget=forms.HiddenInput)
