"""Governance forms: the consultations part."""

from django import forms
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

    def clean(self) -> dict:
        # Not ModelForm.clean: the model's check constraints would repeat, as errors of the
        # whole form, what consultation_check below says at each field (the database still
        # enforces them).
        return self.cleaned_data

    def _post_clean(self) -> None:
        from ..services.consultations import ConsultationError, consultation_check

        super()._post_clean()
        try:
            consultation_check(self.instance)
        except ConsultationError as error:
            self._update_errors(error)


class ResultsForm(forms.ModelForm):
    class Meta:
        model = Consultation
        fields = ["results_summary", "results_summary_fr"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["results_summary"].required = True


__all__ = ["CommentForm", "ConsultationAdminForm", "ResultsForm", "VoteForm"]
