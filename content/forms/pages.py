"""Content forms: the pages part (the admin's page form)."""

from django import forms

from ..models import Page
from ..services.pages import page_problems


class ParentPageField(forms.ModelChoiceField):
    """Pages in the order of the tree, indented by depth, with their address."""

    def label_from_instance(self, page: Page) -> str:
        return f"{'— ' * page.depth}{page.title} (/{page.path}/)"


class PageAdminForm(forms.ModelForm):
    class Meta:
        model = Page
        fields = [
            "parent",
            "slug",
            "order",
            "show_in_navigation",
            "access",
            "status",
            "publish_at",
            "title",
            "summary",
            "body",
            "title_fr",
            "summary_fr",
            "body_fr",
        ]
        # One labelled date-and-time input (the admin's split widget leaves its two unlabelled).
        field_classes = {"parent": ParentPageField, "publish_at": forms.DateTimeField}
        widgets = {
            "publish_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            )
        }

    def clean(self) -> dict:
        cleaned = super().clean()
        place = ("parent", "slug", "access", "status", "publish_at")
        if all(name in cleaned for name in place):
            # The service's own checks, on the page as it would be: each refusal on its field.
            candidate = Page(pk=self.instance.pk, **{name: cleaned[name] for name in place})
            for name, message in page_problems(candidate).items():
                self.add_error(name, message)
        return cleaned
