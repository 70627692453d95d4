"""The speakers' bureau in the admin: the vetting part.

Selection criteria are data the coordinators keep (never code). Applications are seen by the
coordinators of the applicant's home LHIN and by network administrators, never as drafts. Nothing
the applicant wrote is edited here: the application changes only through its steps
(`speakers.services.vetting`), each on its own page. The safety plan never appears: only whether
there is one.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from network.services import audit_record

from ..forms.vetting import ConversationForm, DeclineForm, ReviewerAssignForm, ReviewerRemoveForm
from ..models import Assessment, Criterion, Speaker
from ..selectors import vetting as selectors
from ..services import vetting as services


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    """The selection criteria, in both languages. One already used in an assessment is retired
    (active: no) rather than deleted, so the assessments keep what they assessed."""

    list_display = ["title", "title_fr", "order", "active"]
    list_filter = ["active"]
    search_fields = ["title", "title_fr"]
    ordering = ["order", "title"]
    fields = ["title", "title_fr", "guidance", "guidance_fr", "order", "active"]

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and Assessment.objects.filter(criterion=obj).exists():
            return False
        return super().has_delete_permission(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # one at a time, from a criterion never assessed
        return actions

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action="criterion.change" if change else "criterion.add",
            target=obj,
            active=obj.active,
            changed=form.changed_data,
        )

    def delete_model(self, request, obj) -> None:
        audit_record(actor=request.user, action="criterion.delete", target=obj)
        super().delete_model(request, obj)


# The steps of an application: (URL name, label on the application's page, allowed states).
STEPS = {
    "start_review": (_("Start the review"), services.REVIEW_FROM),
    "assign_reviewer": (_("Assign a reviewer"), services.ASSIGN_FROM),
    # Any state, as long as someone reviews it: taking access away is always allowed.
    "remove_reviewer": (_("Remove a reviewer"), ()),
    "schedule_conversation": (_("Schedule the conversation"), services.SCHEDULE_FROM),
    "approve": (_("Approve"), services.APPROVE_FROM),
    "decline": (_("Decline"), services.DECLINE_FROM),
}
ONE_CLICK = {"start_review", "approve"}


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    change_form_template = "speakers/vetting/admin/change_form.html"
    list_display = ["__str__", "account", "status", "home_lhin", "submitted_at", "paused"]
    list_display_links = ["__str__", "account"]
    list_filter = [
        "status",
        ("home_lhin", admin.RelatedOnlyFieldListFilter),
        "listed",
        ("paused_at", admin.EmptyFieldListFilter),
    ]
    list_select_related = ["person", "home_lhin"]
    search_fields = ["name", "person__display_name"]
    date_hierarchy = "submitted_at"
    ordering = ["-submitted_at", "-pk"]
    # The application itself is shown from `selectors.application_sections` (the same as the
    # reviewers see); the form holds only the steps' own record, read-only.
    fieldsets = [
        (
            _("Decision"),
            {
                "fields": [
                    "status",
                    "submitted_at",
                    "conversation_at",
                    "decided_at",
                    "decided_by",
                    "decision_note",
                    "paused_at",
                ]
            },
        ),
    ]

    # --- Who sees which applications -------------------------------------------------------------

    def get_queryset(self, request):
        return selectors.applications_visible_to(request.user).select_related(
            "person", "home_lhin", "decided_by"
        )

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Another LHIN's application, or a draft: as if it did not exist (404).
        raise Http404

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the object up first; staff without the permission get 403, as elsewhere.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def has_add_permission(self, request) -> bool:
        return False  # applicants apply on the site

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # declined or withdrawn, never deleted here

    def get_readonly_fields(self, request, obj=None):
        return [field for _name, options in self.fieldsets for field in options["fields"]]

    def save_model(self, request, obj, form, change) -> None:
        pass  # nothing is edited here (a stale copy must not overwrite the row): steps only

    def save_related(self, request, form, formsets, change) -> None:
        pass

    # --- The list -------------------------------------------------------------------------------

    def view_on_site(self, speaker: Speaker) -> str | None:
        # Only a listed speaker has a public page.
        return speaker.get_absolute_url() if speaker.is_active and speaker.listed else None

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "title": _("Speakers and applications")}
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("account"), ordering="person__display_name")
    def account(self, speaker: Speaker) -> str:
        return speaker.person.display_name

    @admin.display(description=_("paused"), boolean=True, ordering="paused_at")
    def paused(self, speaker: Speaker) -> bool:
        return speaker.paused_at is not None

    # --- The application and its steps ----------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        speaker = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
        }
        if speaker is not None:
            application = selectors.application_for_admin(speaker.pk)
            can_change = self.has_change_permission(request, speaker)
            reviewers = selectors.reviewers_of(speaker)
            steps = [
                {
                    "url": reverse(f"admin:speakers_speaker_{name}", args=[speaker.pk]),
                    "label": label,
                    "one_click": name in ONE_CLICK,
                }
                for name, (label, allowed) in STEPS.items()
                if can_change
                and (bool(reviewers) if name == "remove_reviewer" else speaker.status in allowed)
            ]
            extra_context |= {
                "title": _("Speaker application"),
                "sections": selectors.application_sections(application),
                "steps": steps,
                "history": [
                    (step, selectors.step_label(step)) for step in selectors.steps_of(speaker)
                ],
                "reviewers": reviewers,
                "criteria_count": selectors.active_criteria().count(),
                "assessments": selectors.assessments_of(speaker),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        def view(function, name: str, **kwargs):
            return path(
                f"<int:pk>/{name.replace('_', '-')}/",
                self.admin_site.admin_view(function),
                kwargs,
                name=f"speakers_speaker_{name}",
            )

        return [
            # Before the model's own URLs, whose "<path:object_id>/" would take these.
            view(self.start_review_view, "start_review"),
            view(self.reviewer_view, "assign_reviewer", step="assign_reviewer"),
            view(self.reviewer_view, "remove_reviewer", step="remove_reviewer"),
            view(self.schedule_view, "schedule_conversation"),
            view(self.approve_view, "approve"),
            view(self.decline_view, "decline"),
            *super().get_urls(),
        ]

    def _speaker_or_404(self, request, pk: int) -> Speaker:
        speaker = self.get_queryset(request).filter(pk=pk).first()
        if speaker is None:
            raise Http404
        if not self.has_change_permission(request, speaker):
            raise PermissionDenied
        return speaker

    def _done(self, speaker: Speaker):
        return redirect("admin:speakers_speaker_change", speaker.pk)

    def _take(self, request, speaker: Speaker, step, done_message) -> None:
        """Run a step; its refusal (the state moved on) is shown as it is."""
        try:
            step()
        except services.VettingError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(request, done_message, messages.SUCCESS)

    def _step_page(self, request, speaker, form, step: str, title, status: int = 200):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": speaker,
            "form": form,
            "title": title,
            "step": step,
        }
        return TemplateResponse(request, "speakers/vetting/admin/step.html", context, status=status)

    @method_decorator(require_POST)
    def start_review_view(self, request, pk: int):
        speaker = self._speaker_or_404(request, pk)
        self._take(
            request,
            speaker,
            lambda: services.application_review_start(speaker_id=speaker.pk, actor=request.user),
            _("The review has started. The applicant is told by email."),
        )
        return self._done(speaker)

    @method_decorator(require_POST)
    def approve_view(self, request, pk: int):
        speaker = self._speaker_or_404(request, pk)
        self._take(
            request,
            speaker,
            lambda: services.application_approve(speaker_id=speaker.pk, actor=request.user),
            _("Approved. %(name)s is now an active speaker and is told by email.")
            % {"name": str(speaker)},
        )
        return self._done(speaker)

    def reviewer_view(self, request, pk: int, step: str):
        speaker = self._speaker_or_404(request, pk)
        assign = step == "assign_reviewer"
        form_class = ReviewerAssignForm if assign else ReviewerRemoveForm
        title = _("Assign a reviewer") if assign else _("Remove a reviewer")
        form = form_class(request.POST or None, speaker=speaker)
        if request.method == "POST":
            if not form.is_valid():
                return self._step_page(request, speaker, form, step, title, 400)
            reviewer = form.cleaned_data["reviewer"]
            service = services.reviewer_assign if assign else services.reviewer_remove
            done = (
                _("%(name)s is assigned and told by email that the application waits for them.")
                if assign
                else _("%(name)s no longer reviews this application.")
            )
            self._take(
                request,
                speaker,
                lambda: service(speaker_id=speaker.pk, reviewer=reviewer, actor=request.user),
                done % {"name": reviewer.display_name},
            )
            return self._done(speaker)
        return self._step_page(request, speaker, form, step, title)

    def schedule_view(self, request, pk: int):
        speaker = self._speaker_or_404(request, pk)
        title = _("Schedule the conversation")
        form = ConversationForm(request.POST or None)
        if request.method == "POST":
            if not form.is_valid():
                return self._step_page(request, speaker, form, "schedule", title, 400)
            self._take(
                request,
                speaker,
                lambda: services.conversation_schedule(
                    speaker_id=speaker.pk, at=form.cleaned_data["at"], actor=request.user
                ),
                _("The conversation is scheduled. The applicant is told the date by email."),
            )
            return self._done(speaker)
        return self._step_page(request, speaker, form, "schedule", title)

    def decline_view(self, request, pk: int):
        speaker = self._speaker_or_404(request, pk)
        title = _("Decline the application")
        form = DeclineForm(request.POST or None)
        if request.method == "POST":
            if not form.is_valid():
                return self._step_page(request, speaker, form, "decline", title, 400)
            self._take(
                request,
                speaker,
                lambda: services.application_decline(
                    speaker_id=speaker.pk, actor=request.user, note=form.cleaned_data["note"]
                ),
                _("Declined. The applicant is told by email, with your message if you wrote one."),
            )
            return self._done(speaker)
        return self._step_page(request, speaker, form, "decline", title)
