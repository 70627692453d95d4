from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from network.selectors import lhins_coordinated_by

from . import services
from .engagement import sees_every_lhin
from .models import ConsentRecord, Membership, MembershipApplication, User


class UserCreationAdminForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "display_name")


class UserChangeAdminForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """People. The password is never shown; roles are granted as groups."""

    form = UserChangeAdminForm
    add_form = UserCreationAdminForm
    ordering = ["display_name"]
    list_display = ["display_name", "email", "is_active", "date_joined", "last_login"]
    list_filter = ["is_active", "is_superuser", ("closed_at", admin.EmptyFieldListFilter), "groups"]
    search_fields = ["display_name", "email"]
    readonly_fields = ["date_joined", "last_login", "closed_at"]
    filter_horizontal = ["groups"]
    fieldsets = [
        (None, {"fields": ["email", "display_name", "password", "preferred_language"]}),
        (_("Access"), {"fields": ["is_active", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["date_joined", "last_login", "closed_at"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "usable_password", "password1", "password2"],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Only a superuser makes another superuser or changes roles wholesale.
            fields += ["is_superuser", "groups"]
        return fields


# --- Membership --------------------------------------------------------------------------------


class LHINScopedAdmin(admin.ModelAdmin):
    """Coordinators see the rows of the LHINs they coordinate only (404 for the others)."""

    list_filter_lhin = ("lhin", admin.RelatedOnlyFieldListFilter)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if sees_every_lhin(request.user):
            return queryset
        return queryset.filter(lhin__in=lhins_coordinated_by(request.user))

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(MembershipApplication)
class MembershipApplicationAdmin(LHINScopedAdmin):
    """Coordinators decide applications here; every decision goes through members.services."""

    change_form_template = "admin/members/membershipapplication/change_form.html"
    list_display = ["applicant_name", "membership_type", "lhin", "status", "submitted_at"]
    list_filter = ["status", "membership_type", LHINScopedAdmin.list_filter_lhin]
    list_select_related = ["applicant", "lhin"]
    search_fields = ["applicant__display_name", "organization_name"]
    date_hierarchy = "submitted_at"
    actions = ["approve_selected"]
    fieldsets = [
        (None, {"fields": ["applicant_name", "status", "membership_type", "lhin"]}),
        (
            _("About them"),
            {
                "fields": [
                    "lived_experience_attested",
                    "organization_name",
                    "organization_kind",
                    "pronouns",
                    "languages",
                    "interests",
                    "heard_about",
                    "heard_about_detail",
                ]
            },
        ),
        (
            _("Contact preferences"),
            {"fields": ["contact_news", "contact_events", "contact_opportunities"]},
        ),
        (
            _("Decision"),
            {
                "fields": [
                    "submitted_at",
                    "decided_at",
                    "decided_by",
                    "decline_reason",
                    "info_request",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        # Drafts belong to their author until submitted.
        return (
            super()
            .get_queryset(request)
            .exclude(status=MembershipApplication.Status.DRAFT)
            .select_related("applicant", "lhin", "decided_by")
        )

    def get_readonly_fields(self, request, obj=None):
        return [field for fieldset in self.fieldsets for field in fieldset[1]["fields"]]

    @admin.display(description=_("applicant"), ordering="applicant__display_name")
    def applicant_name(self, application: MembershipApplication) -> str:
        return application.applicant.display_name

    def change_view(self, request, object_id, form_url="", extra_context=None):
        application = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
            "can_decide": application is not None
            and application.status in MembershipApplication.REVIEWABLE_STATUSES
            and self.has_change_permission(request, application),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.action(description=_("Approve the selected applications"), permissions=["change"])
    def approve_selected(self, request, queryset) -> None:
        approved = 0
        for application in queryset:
            try:
                services.application_approve(application_id=application.pk, reviewer=request.user)
            except services.MembershipError as error:
                self.message_user(
                    request,
                    f"{application.applicant.display_name}: {error.message}",
                    messages.WARNING,
                )
            else:
                approved += 1
        if approved:
            self.message_user(
                request,
                ngettext(
                    "%(count)d application approved.",
                    "%(count)d applications approved.",
                    approved,
                )
                % {"count": approved},
                messages.SUCCESS,
            )

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        return [
            path(
                "<int:pk>/approve/",
                view(self.approve_view),
                name="members_membershipapplication_approve",
            ),
            path(
                "<int:pk>/decline/",
                view(self.decide_view),
                {"decision": "decline"},
                name="members_membershipapplication_decline",
            ),
            path(
                "<int:pk>/request-info/",
                view(self.decide_view),
                {"decision": "request_info"},
                name="members_membershipapplication_request_info",
            ),
            *super().get_urls(),
        ]

    def _application_or_404(self, request, pk: int) -> MembershipApplication:
        application = self.get_queryset(request).filter(pk=pk).first()
        if application is None:
            raise Http404
        if not self.has_change_permission(request, application):
            raise PermissionDenied
        return application

    def _done(self, application: MembershipApplication):
        return redirect("admin:members_membershipapplication_change", application.pk)

    @method_decorator(require_POST)
    def approve_view(self, request, pk: int):
        application = self._application_or_404(request, pk)
        try:
            services.application_approve(application_id=application.pk, reviewer=request.user)
        except services.MembershipError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(
                request,
                _("Approved: %(name)s is now a member.")
                % {"name": application.applicant.display_name},
                messages.SUCCESS,
            )
        return self._done(application)

    def decide_view(self, request, pk: int, decision: str):
        """Decline (with a reason) or ask for more information (with a message)."""
        application = self._application_or_404(request, pk)
        form = DecisionForm(request.POST or None, decision=decision)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    if decision == "decline":
                        services.application_decline(
                            application_id=application.pk,
                            reviewer=request.user,
                            reason=form.cleaned_data["text"],
                        )
                    else:
                        services.application_request_info(
                            application_id=application.pk,
                            reviewer=request.user,
                            message=form.cleaned_data["text"],
                        )
                except services.MembershipError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(request, DecisionForm.DONE[decision], messages.SUCCESS)
                return self._done(application)
            status = 400
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": application,
            "form": form,
            "title": DecisionForm.TITLES[decision],
            "decision": decision,
        }
        return TemplateResponse(
            request, "admin/members/membershipapplication/decide.html", context, status=status
        )


class DecisionForm(forms.Form):
    TITLES = {
        "decline": _("Decline the application"),
        "request_info": _("Ask the applicant for more information"),
    }
    DONE = {
        "decline": _("Declined. The applicant has been told, with your reason."),
        "request_info": _("Sent. The application waits for the applicant's answer."),
    }
    LABELS = {
        "decline": _("Reason, shown to the applicant"),
        "request_info": _("What you need to know, shown to the applicant"),
    }
    HELP = {
        "decline": _(
            "Please write kindly: this is the person's first word from the network. Never ask "
            "them to prove or tell their story."
        ),
        "request_info": _("Never ask for proof or details of anyone's lived experience."),
    }

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=2000)

    def __init__(self, *args, decision: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = self.LABELS[decision]
        self.fields["text"].help_text = self.HELP[decision]

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Please write something; it is shown to the applicant."))
        return text


@admin.register(Membership)
class MembershipAdmin(LHINScopedAdmin):
    list_display = ["person_name", "membership_type", "lhin", "status", "joined_at", "expires_at"]
    list_filter = ["status", "membership_type", LHINScopedAdmin.list_filter_lhin]
    list_select_related = ["person", "lhin"]
    search_fields = ["person__display_name"]
    fields = ["person_name", "membership_type", "lhin", "status", "joined_at", "expires_at"]
    readonly_fields = fields

    @admin.display(description=_("member"), ordering="person__display_name")
    def person_name(self, membership: Membership) -> str:
        return membership.person.display_name


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    list_display = ["person", "document", "version", "accepted_at"]
    list_filter = ["document", "version"]
    list_select_related = ["person"]
    search_fields = ["person__display_name"]
    readonly_fields = ["person", "document", "version", "accepted_at", "application"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


from . import admin_engagement  # noqa: E402, F401  (the LHIN engagement dashboard)
