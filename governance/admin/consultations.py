"""Governance in the admin: the consultations part.

Governance members set up consultations before they open (the services move the document
version and refuse changes after the opening), see how many comments and votes there are (never
who voted how), hide comments, and publish the results after the close.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..forms.consultations import ConsultationAdminForm, ResultsForm
from ..models import Consultation, ConsultationComment
from ..selectors.consultations import vote_counts
from ..services import consultations as services

EDITABLE = list(services.EDITABLE_FIELDS)


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    form = ConsultationAdminForm
    list_display = [
        "title",
        "phase_shown",
        "opens_at",
        "closes_at",
        "comment_count",
        "vote_count",
        "results_published_at",
    ]
    list_select_related = ["document_version__document"]
    search_fields = ["title", "title_fr"]
    date_hierarchy = "opens_at"
    actions = None  # deleting goes one by one, through the service
    fieldsets = [
        (None, {"fields": ["title", "title_fr", "summary", "summary_fr"]}),
        (
            _("What members are consulted on"),
            {"fields": ["document_version", "proposal", "proposal_fr"]},
        ),
        (_("Dates (Toronto time)"), {"fields": ["opens_at", "closes_at"]}),
    ]
    after_opening_fieldsets = [
        (
            _("Participation"),
            {"fields": ["comment_count", "vote_count", "announced_at", "results"]},
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                comments_total=Count("comments", distinct=True),
                comments_hidden=Count(
                    "comments", filter=Q(comments__is_hidden=True), distinct=True
                ),
                votes_total=Count("votes", distinct=True),
            )
        )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets
        return [*self.fieldsets, *self.after_opening_fieldsets]

    def get_readonly_fields(self, request, obj=None):
        extra = ["comment_count", "vote_count", "announced_at", "results"]
        if obj is not None and obj.has_opened:
            return [*EDITABLE, *extra]
        return extra

    @admin.display(description=_("status"))
    def phase_shown(self, obj: Consultation) -> str:
        return obj.phase.label

    @admin.display(description=_("comments"), ordering="comments_total")
    def comment_count(self, obj: Consultation) -> str:
        if obj.comments_hidden:
            return _("%(total)s (%(hidden)s hidden)") % {
                "total": obj.comments_total,
                "hidden": obj.comments_hidden,
            }
        return str(obj.comments_total)

    @admin.display(description=_("votes"), ordering="votes_total")
    def vote_count(self, obj: Consultation) -> str:
        return str(obj.votes_total)

    @admin.display(description=_("results"))
    def results(self, obj: Consultation) -> str:
        counts, _total = vote_counts(obj)
        shown = ", ".join(f"{result.label}: {result.count}" for result in counts)
        if not obj.is_closed:
            return _("Counts so far: %(counts)s. Results can be published after the close.") % {
                "counts": shown
            }
        label = _("Correct the summary") if obj.results_published else _("Publish the results")
        return format_html(
            '{} <a class="button" href="{}">{}</a>',
            shown,
            reverse("admin:governance_consultation_results", args=[obj.pk]),
            label,
        )

    def has_delete_permission(self, request, obj=None) -> bool:
        # Once members have read it, a consultation stays: it is part of the record.
        if obj is not None and obj.has_opened:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change) -> None:
        fields = {name: form.cleaned_data[name] for name in EDITABLE if name in form.cleaned_data}
        if change and not form.changed_data:
            return  # after the opening every field is read only: nothing to save
        try:
            if change:
                saved = services.consultation_update(actor=request.user, consultation=obj, **fields)
            else:
                saved = services.consultation_open(actor=request.user, **fields)
        except services.ConsultationError as error:
            # Rare: the version changed state between the form and the save.
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            raise _Refused from error
        obj.pk = saved.pk

    def delete_model(self, request, obj) -> None:
        services.consultation_withdraw(actor=request.user, consultation=obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except _Refused:
            return redirect(request.get_full_path())

    def get_urls(self):
        return [
            path(
                "<int:pk>/results/",
                self.admin_site.admin_view(self.results_view),
                name="governance_consultation_results",
            ),
            *super().get_urls(),
        ]

    def results_view(self, request, pk: int):
        """Publish (or correct) the results of a closed consultation, with a summary."""
        consultation = self.get_queryset(request).filter(pk=pk).first()
        if consultation is None:
            raise Http404
        if not self.has_change_permission(request, consultation):
            raise PermissionDenied
        form = ResultsForm(request.POST or None, instance=consultation)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    services.results_publish(
                        actor=request.user,
                        consultation=consultation,
                        summary=form.cleaned_data["results_summary"],
                        summary_fr=form.cleaned_data["results_summary_fr"],
                    )
                except services.ConsultationError as error:
                    form.add_error(None, error)
                else:
                    self.message_user(
                        request, _("The results are published to members."), messages.SUCCESS
                    )
                    return redirect("admin:governance_consultation_change", consultation.pk)
            status = 400
        counts, total = vote_counts(consultation)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": consultation,
            "form": form,
            "media": self.media + form.media,
            "counts": counts,
            "total": total,
            "title": _("Publish the results"),
        }
        return TemplateResponse(
            request, "admin/governance/consultation/results.html", context, status=status
        )


class _Refused(Exception):
    """The service refused a save the form had accepted; the message is already shown."""


@admin.register(ConsultationComment)
class ConsultationCommentAdmin(admin.ModelAdmin):
    """Moderation: read comments and hide (or show again) those that break the code of
    conduct. Comments are members' words: never edited, never added here."""

    list_display = ["excerpt", "consultation", "created_at", "is_hidden"]
    list_filter = ["is_hidden", ("consultation", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["consultation"]
    search_fields = ["body"]
    fields = ["consultation", "created_at", "body", "is_hidden", "hidden_at", "hidden_by"]
    readonly_fields = ["consultation", "created_at", "body", "hidden_at", "hidden_by"]
    actions = ["hide_selected", "show_selected"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("comment"))
    def excerpt(self, obj: ConsultationComment) -> str:
        return Truncator(obj.body).chars(80)

    def save_model(self, request, obj, form, change) -> None:
        if "is_hidden" in form.changed_data:
            services.comment_hide(actor=request.user, comment=obj, hidden=obj.is_hidden)

    @admin.action(description=_("Hide the selected comments from members"))
    def hide_selected(self, request, queryset) -> None:
        self._set_hidden(request, queryset, hidden=True)

    @admin.action(description=_("Show the selected comments to members again"))
    def show_selected(self, request, queryset) -> None:
        self._set_hidden(request, queryset, hidden=False)

    def _set_hidden(self, request, queryset, *, hidden: bool) -> None:
        comments = list(queryset)
        for comment in comments:
            services.comment_hide(actor=request.user, comment=comment, hidden=hidden)
        self.message_user(
            request,
            ngettext("%(count)d comment updated.", "%(count)d comments updated.", len(comments))
            % {"count": len(comments)},
            messages.SUCCESS,
        )
