"""The speakers' bureau in the admin: the matching part.

Speaking requests are seen by the coordinators of the request's LHIN and by network
administrators (`members.admin.LHINScopedAdmin`); others get 404 for a request not theirs. What
the host wrote is read-only: coordinators edit only their own notes. Each step (start matching,
offer a speaker, cancel an offer, confirm, mark completed, cancel the request) has its own page
or button and goes through `speakers.services.matching` (or `requests.request_cancel`), under
a lock on the request's row.

Debriefs are never registered here: a debrief is its speaker's alone. Offers are shown on their
request, and the safety plan appears nowhere.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from members.admin import LHINScopedAdmin
from network.choices import SpokenLanguage, choice_labels

from ..forms.matching import ConfirmForm, OfferForm, RequestCancelForm
from ..models import Format, Offer, RequestStatusChange, SpeakingRequest
from ..selectors import matching as selectors
from ..services import matching as services
from ..services.requests import RequestError, request_cancel

Status = SpeakingRequest.Status
STATUS_LABELS = dict(Status.choices)
PER_PAGE = 25


class WhenFilter(admin.SimpleListFilter):
    title = gettext_lazy("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [
            ("upcoming", gettext_lazy("Upcoming")),
            ("month", gettext_lazy("This month")),
            ("past", gettext_lazy("Past")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "upcoming":
            return queryset.filter(starts_at__gte=now)
        if self.value() == "month":
            start, end = selectors.month_bounds(now)
            return queryset.filter(starts_at__gte=start, starts_at__lt=end)
        if self.value() == "past":
            return queryset.filter(starts_at__lt=now)
        return queryset


class ReadOnlyInline(admin.TabularInline):
    """Rows shown on their request, changed only through its steps. Whoever opens the request
    may see them (the request's own permissions and LHIN scope were checked to get here)."""

    extra = 0
    can_delete = False

    def has_view_permission(self, request, obj=None) -> bool:
        return True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class StepInline(ReadOnlyInline):
    model = RequestStatusChange
    fields = ["at", "from_label", "to_label", "actor", "note"]
    readonly_fields = fields
    verbose_name_plural = gettext_lazy("Steps: who and when")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    @admin.display(description=gettext_lazy("from"))
    def from_label(self, step: RequestStatusChange) -> str:
        return STATUS_LABELS.get(step.from_status, step.from_status) or "—"

    @admin.display(description=gettext_lazy("to"))
    def to_label(self, step: RequestStatusChange) -> str:
        return STATUS_LABELS.get(step.to_status, step.to_status)


class OfferInline(ReadOnlyInline):
    model = Offer
    fields = [
        "speaker_name",
        "status",
        "offered_by",
        "offered_at",
        "responded_at",
        "honorarium",
        "step",
    ]
    readonly_fields = fields
    verbose_name_plural = gettext_lazy("Offers to speakers")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("speaker", "offered_by", "honorarium", "request")
        )

    @admin.display(description=gettext_lazy("speaker"))
    def speaker_name(self, offer: Offer) -> str:
        return str(offer.speaker)

    @admin.display(description=gettext_lazy("step"))
    def step(self, offer: Offer) -> str:
        if offer.status not in Offer.LIVE or offer.request.status not in (
            Status.MATCHING,
            Status.CONFIRMED,
        ):
            return "—"
        url = reverse(
            "admin:speakers_speakingrequest_offer_cancel", args=[offer.request_id, offer.pk]
        )
        return format_html(
            '<a href="{}">{}</a>',
            url,
            _("Cancel the offer to %(name)s") % {"name": offer.speaker},
        )


@admin.register(SpeakingRequest)
class SpeakingRequestAdmin(LHINScopedAdmin):
    change_form_template = "speakers/matching/admin/change_form.html"
    change_list_template = "speakers/matching/admin/change_list.html"
    list_display = [
        "reference",
        "event_title",
        "organization",
        "starts_at",
        "lhin",
        "status",
        "speakers",
    ]
    list_display_links = ["reference", "event_title"]
    list_filter = ["status", LHINScopedAdmin.list_filter_lhin, WhenFilter]
    list_select_related = ["lhin"]
    search_fields = ["reference", "event_title", "organization"]
    date_hierarchy = "starts_at"
    ordering = ["starts_at", "pk"]
    inlines = [OfferInline, StepInline]
    fieldsets = [
        (None, {"fields": ["reference", "status", "speakers", "lhin", "starts_at", "ends_at"]}),
        (
            gettext_lazy("The host (never given to speakers)"),
            {
                "fields": [
                    "organization",
                    "contact_name",
                    "contact_email",
                    "contact_phone",
                    "language",
                ]
            },
        ),
        (
            gettext_lazy("The event, as the host wrote it"),
            {
                "fields": [
                    "event_title",
                    "description",
                    "online",
                    "place",
                    "audience",
                    "audience_size",
                    "format",
                    "topics",
                    "requested_speaker",
                    "speakers_needed",
                    "honorarium_offered",
                    "travel_offered",
                    "media_present",
                    "accessibility",
                ]
            },
        ),
        (
            gettext_lazy("Coordinators"),
            {
                "fields": [
                    "coordinator_note",
                    "created_at",
                    "confirmed_at",
                    "host_reminded_at",
                    "feedback_invited_at",
                    "cancel_reason",
                ]
            },
        ),
        (gettext_lazy("The host's feedback"), {"fields": ["host_feedback"]}),
    ]

    # --- Who sees which requests ----------------------------------------------------------------

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("lhin", "feedback", "requested_speaker")
            .annotate(accepted=Count("offers", filter=Q(offers__status=Offer.Status.ACCEPTED)))
        )

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Another LHIN's request: as if it did not exist (404), never a hint that it does.
        raise Http404

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the object up first; staff without the permission get 403, as elsewhere.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def get_readonly_fields(self, request, obj=None):
        every = [name for _title, options in self.fieldsets for name in options["fields"]]
        return [name for name in every if name != "coordinator_note"]

    # --- Saving the coordinators' notes ---------------------------------------------------------

    def save_model(self, request, obj, form, change) -> None:
        services.request_note_save(
            request_id=obj.pk, actor=request.user, note=form.cleaned_data["coordinator_note"]
        )

    # --- Columns and read-only fields -----------------------------------------------------------

    @admin.display(description=gettext_lazy("speakers accepted"))
    def speakers(self, speaking_request: SpeakingRequest) -> str:
        accepted = getattr(speaking_request, "accepted", None)
        if accepted is None:
            accepted = selectors.accepted_count(speaking_request)
        return _("%(accepted)d of %(needed)d") % {
            "accepted": accepted,
            "needed": speaking_request.speakers_needed,
        }

    @admin.display(description=gettext_lazy("feedback"))
    def host_feedback(self, speaking_request: SpeakingRequest) -> str:
        feedback = getattr(speaking_request, "feedback", None)
        if feedback is None:
            return _("None yet")
        rows = [
            (_("Overall"), feedback.get_rating_display()),
            (_("What went well"), feedback.went_well or "—"),
            (_("What could be better"), feedback.could_improve or "—"),
            (
                _("Would request a speaker again"),
                _("Yes") if feedback.would_request_again else _("No"),
            ),
        ]
        return format_html("<dl>{}</dl>", format_html_join("", "<dt>{}</dt><dd>{}</dd>", rows))

    # --- The page and its steps -----------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        speaking_request = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "show_save_and_add_another": False,
            "show_delete": False,
        }
        if speaking_request is not None and self.has_change_permission(request, speaking_request):
            extra_context["steps"] = self._steps(speaking_request)
        return super().change_view(request, object_id, form_url, extra_context)

    def _steps(self, speaking_request: SpeakingRequest) -> dict[str, bool]:
        now = timezone.now()
        status = speaking_request.status
        accepted = speaking_request.accepted
        future = speaking_request.starts_at > now
        return {
            "start_matching": status == Status.RECEIVED and future,
            "offer": status == Status.MATCHING
            and future
            and accepted < speaking_request.speakers_needed,
            "confirm": status == Status.MATCHING
            and future
            and accepted == speaking_request.speakers_needed,
            "complete": status == Status.CONFIRMED and speaking_request.ends_at <= now,
            "cancel": status in SpeakingRequest.OPEN,
        }

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "may_see_overview": self.has_view_permission(request),
        }
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        name = "speakers_speakingrequest_"
        return [
            # Before the model's own URLs, whose "<path:object_id>/" would take these.
            path("overview/", view(self.overview_view), name=name + "overview"),
            path(
                "<int:pk>/start-matching/",
                view(self.start_matching_view),
                name=name + "start_matching",
            ),
            path("<int:pk>/offer/", view(self.offer_view), name=name + "offer"),
            path(
                "<int:pk>/offers/<int:offer_pk>/cancel/",
                view(self.offer_cancel_view),
                name=name + "offer_cancel",
            ),
            path("<int:pk>/confirm/", view(self.confirm_view), name=name + "confirm"),
            path("<int:pk>/complete/", view(self.complete_view), name=name + "complete"),
            path("<int:pk>/cancel/", view(self.cancel_view), name=name + "cancel"),
            *super().get_urls(),
        ]

    def _request_or_404(self, request, pk: int) -> SpeakingRequest:
        speaking_request = self.get_queryset(request).filter(pk=pk).first()
        if speaking_request is None:
            raise Http404
        if not self.has_change_permission(request, speaking_request):
            raise PermissionDenied  # they see the request, but its steps are not theirs
        return speaking_request

    def _done(self, speaking_request: SpeakingRequest):
        return redirect("admin:speakers_speakingrequest_change", speaking_request.pk)

    def _context(self, request, speaking_request, title: str, **extra) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": speaking_request,
            "title": title,
            **extra,
        }

    def _step_page(self, request, speaking_request, form, title, step, status=200, **extra):
        context = self._context(request, speaking_request, title, form=form, step=step, **extra)
        return TemplateResponse(
            request, "speakers/matching/admin/step.html", context, status=status
        )

    def _one_click(self, request, pk: int, take, done) -> object:
        speaking_request = self._request_or_404(request, pk)
        try:
            result = take(request_id=speaking_request.pk, actor=request.user)
        except RequestError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(request, done(result), messages.SUCCESS)
        return self._done(speaking_request)

    @method_decorator(require_POST)
    def start_matching_view(self, request, pk: int):
        return self._one_click(
            request,
            pk,
            services.request_matching_start,
            lambda _result: _("Matching has started: offer the request to speakers."),
        )

    @method_decorator(require_POST)
    def confirm_view(self, request, pk: int):
        return self._one_click(
            request,
            pk,
            services.request_confirm,
            lambda _result: _(
                "Confirmed. The host is sent the rules of engagement and the media guidelines, "
                "and each speaker a confirmation."
            ),
        )

    @method_decorator(require_POST)
    def complete_view(self, request, pk: int):
        speaking_request = self._request_or_404(request, pk)
        try:
            completion = services.request_complete(
                request_id=speaking_request.pk, actor=request.user
            )
        except RequestError as error:
            self.message_user(request, error.message, messages.ERROR)
            return self._done(speaking_request)
        self.message_user(
            request,
            ngettext(
                "Marked completed. The host is invited to give feedback, each speaker to a "
                "private debrief, and %(count)d honorarium is recorded.",
                "Marked completed. The host is invited to give feedback, each speaker to a "
                "private debrief, and %(count)d honoraria are recorded.",
                len(completion.honoraria),
            )
            % {"count": len(completion.honoraria)},
            messages.SUCCESS,
        )
        for note in completion.notes:
            self.message_user(request, note, messages.WARNING)
        return self._done(speaking_request)

    def offer_view(self, request, pk: int):
        """The candidates, the best fits first, each with what matters to the choice; a button
        per speaker who can be offered the request, the reason instead for one who cannot."""
        speaking_request = self._request_or_404(request, pk)
        form = OfferForm(request.POST or None)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                speaker = form.cleaned_data["speaker"]
                try:
                    services.offer_make(
                        request_id=speaking_request.pk, speaker_id=speaker.pk, actor=request.user
                    )
                except RequestError as error:
                    form.add_error("speaker", error.message)
                else:
                    self.message_user(
                        request,
                        _("Offered to %(name)s, who is emailed a link to answer.")
                        % {"name": speaker},
                        messages.SUCCESS,
                    )
                    return self._done(speaking_request)
            status = 400
        topics = list(speaking_request.topics.all())
        candidates = selectors.candidates_for(speaking_request, [topic.pk for topic in topics])
        page = Paginator(candidates, PER_PAGE).get_page(request.GET.get("page"))
        for speaker in page:
            speaker.refusal = selectors.offer_refusal(
                speaker,
                speaking_request,
                engagements=speaker.engagements,
                live_offer=speaker.live_offer,
                answered=speaker.answered,
            )
            speaker.reach = selectors.reach(speaker, speaking_request)
            speaker.format_labels = ", ".join(choice_labels(Format.choices, speaker.formats))
            speaker.language_labels = ", ".join(
                choice_labels(SpokenLanguage.choices, speaker.languages)
            )
        context = self._context(
            request,
            speaking_request,
            _("Offer the request to a speaker"),
            form=form,
            page=page,
            topics=topics,
            month=selectors.month_label(speaking_request.starts_at),
            open_for_offers=self._steps(speaking_request)["offer"],
        )
        return TemplateResponse(
            request, "speakers/matching/admin/offer.html", context, status=status
        )

    def offer_cancel_view(self, request, pk: int, offer_pk: int):
        speaking_request = self._request_or_404(request, pk)
        offer = speaking_request.offers.select_related("speaker").filter(pk=offer_pk).first()
        if offer is None:
            raise Http404
        form = ConfirmForm(request.POST or None)
        if request.method == "POST":
            try:
                services.offer_cancel(offer_id=offer.pk, actor=request.user)
            except RequestError as error:
                self.message_user(request, error.message, messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("The offer to %(name)s is cancelled; they are told by email.")
                    % {"name": offer.speaker},
                    messages.SUCCESS,
                )
            return self._done(speaking_request)
        return self._step_page(
            request,
            speaking_request,
            form,
            _("Cancel the offer to %(name)s") % {"name": offer.speaker},
            "offer_cancel",
            offer=offer,
        )

    def cancel_view(self, request, pk: int):
        speaking_request = self._request_or_404(request, pk)
        form = RequestCancelForm(request.POST or None)
        title = _("Cancel the request")
        if request.method == "POST":
            if form.is_valid():
                try:
                    request_cancel(
                        request_id=speaking_request.pk,
                        actor=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                except RequestError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(
                        request,
                        _(
                            "Cancelled. The host is told, with your reason, and so is each "
                            "speaker who had an offer."
                        ),
                        messages.SUCCESS,
                    )
                return self._done(speaking_request)
            return self._step_page(request, speaking_request, form, title, "cancel", 400)
        return self._step_page(request, speaking_request, form, title, "cancel")

    # --- The coordinators' overview -------------------------------------------------------------

    def overview_view(self, request):
        """Requests by state and LHIN, and speakers' engagements this month against their own
        limits, for the LHINs the viewer oversees."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        now = timezone.now()
        statuses, rows = selectors.requests_by_state_and_lhin(request.user)
        speakers = selectors.speakers_for_overview(request.user, now)
        page = Paginator(speakers, PER_PAGE).get_page(request.GET.get("page"))
        for speaker in page:
            speaker.load = selectors.load_words(speaker.engagements, speaker.monthly_limit)
            speaker.full = speaker.engagements >= speaker.monthly_limit
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Speaking requests and engagements: overview"),
            "statuses": statuses,
            "rows": rows,
            "page": page,
            "month": selectors.month_label(now),
        }
        return TemplateResponse(request, "speakers/matching/admin/overview.html", context)
