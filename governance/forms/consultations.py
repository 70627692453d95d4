"""Governance forms: the consultations part."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..models import Consultation, ConsultationVote, DocumentVersion
from ..models.consultations import COMMENT_MAX_LENGTH


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Plain text, up to 5000 characters. Other members see it, with your display name "
            "if your profile shows it to members."
        ),
        error_messages={
            "required": _("Write your comment before sending it."),
            "max_length": _(
                "Keep your comment to %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )


class VoteForm(forms.Form):
    choice = forms.ChoiceField(
        label=_("Your vote"),
        choices=ConsultationVote.Choice.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose support, oppose or abstain."),
            "invalid_choice": _("Choose support, oppose or abstain."),
        },
    )


class ConsultationAdminForm(forms.ModelForm):
    """Only drafts are offered as subjects (the service checks again under a lock)."""

    class Meta:
        model = Consultation
        fields = [
            "title",
            "title_fr",
            "summary",
            "summary_fr",
            "document_version",
            "proposal",
            "proposal_fr",
            "opens_at",
            "closes_at",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("document_version")
        if field is not None:
            field.queryset = DocumentVersion.objects.select_related("document").filter(
                Q(status=DocumentVersion.Status.DRAFT) | Q(pk=self.instance.document_version_id)
            )

    def _post_clean(self) -> None:
        from ..services.consultations import ConsultationError, consultation_check

        super()._post_clean()
        if "closes_at" not in self.fields:
            return  # opened: every field is read only, and the rules before opening are past
        try:
            consultation_check(self.instance)
        except ConsultationError as error:
            # The model's check constraints said the same for the whole form: say it once,
            # at the field it concerns.
            constraints = {
                str(constraint.violation_error_message)
                for constraint in Consultation._meta.constraints
            }
            whole_form = self._errors.get(NON_FIELD_ERRORS)
            if whole_form is not None:
                kept = [message for message in whole_form if message not in constraints]
                if kept:
                    self._errors[NON_FIELD_ERRORS] = self.error_class(kept, error_class="nonfield")
                else:
                    del self._errors[NON_FIELD_ERRORS]
            self._update_errors(error)


class ResultsForm(forms.ModelForm):
    class Meta:
        model = Consultation
        fields = ["results_summary", "results_summary_fr"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["results_summary"].required = True


__all__ = ["CommentForm", "ConsultationAdminForm", "ResultsForm", "VoteForm"]
