"""Training forms: the records part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Competency, ExternalTraining, PeerSupportHours
from ..services.records import evidence_check


class CompetencyChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, competency: Competency) -> str:
        # With more than one framework the numbers repeat: name the framework too.
        return f"{competency.framework.display_name}: {competency}"


class ExternalTrainingForm(forms.ModelForm):
    competencies = CompetencyChoiceField(
        label=_("Competencies it built"),
        queryset=Competency.objects.select_related("framework").order_by("framework", "number"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    evidence_file = forms.FileField(
        label=_("Evidence"),
        required=False,
        help_text=_("A certificate or receipt: a PDF, JPEG or PNG file of 5 MB or less."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    remove_evidence = forms.BooleanField(label=_("Remove the evidence file"), required=False)

    class Meta:
        model = ExternalTraining
        fields = ["title", "provider", "completed_on", "hours"]
        widgets = {"completed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["competencies"] = list(self.instance.competencies.all())
        if not self.instance.evidence:
            del self.fields["remove_evidence"]

    def clean_evidence_file(self):
        upload = self.cleaned_data.get("evidence_file")
        return evidence_check(upload) if upload else None


class PeerSupportHoursForm(forms.ModelForm):
    class Meta:
        model = PeerSupportHours
        fields = ["date", "hours", "kind", "organization", "note"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
