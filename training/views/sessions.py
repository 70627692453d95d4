"""Training views: the sessions part. The rules live in training.services.sessions; a step that
cannot be taken answers a page with the reason (409), never an error page."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from network import icalendar as calendar

from ..models import Registration, Session
from ..selectors import sessions as selectors
from ..services import sessions as services

PAST_PER_PAGE = 20


def _refused(request: HttpRequest, session: Session, message: str) -> HttpResponse:
    return render(
        request,
        "training/sessions/refused.html",
        {"session": session, "message": message},
        status=409,
    )


@require_safe
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_for_viewer(pk)
    registration = selectors.registration_of(session, request.user)
    position = None
    if registration is not None and registration.status == Registration.Status.WAITLISTED:
        position = selectors.waitlist_position(registration)
    registered = registration is not None and registration.status == Registration.Status.REGISTERED
    return render(
        request,
        "training/sessions/detail.html",
        {
            "session": session,
            "course": session.course,
            "registration": registration,
            "registered": registered,
            "position": position,
            "seats_left": max(session.capacity - session.taken, 0),
            "closed_reason": services.session_refusal(session),
            "may_cancel": registration is not None
            and session.status == Session.Status.SCHEDULED
            and session.starts_at > timezone.now(),
            "may_mark_attendance": services.may_mark_attendance(session, request.user),
        },
    )


@login_required
@require_POST
def session_register(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_for_viewer(pk)
    try:
        registration = services.registration_create(session=session, person=request.user)
    except services.RegistrationError as error:
        return _refused(request, session, error.messages[0])
    if registration.status == Registration.Status.REGISTERED:
        messages.success(request, _("You are registered. We have emailed you the details."))
    else:
        messages.success(
            request,
            _(
                "The session is full, so you are on the waitlist. "
                "We will email you if a seat frees up."
            ),
        )
    return redirect(session)


@login_required
@require_POST
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_for_viewer(pk)
    registration = selectors.registration_of(session, request.user)
    if registration is None:
        return _refused(request, session, _("You are not registered for this session."))
    try:
        services.registration_cancel(registration=registration, actor=request.user)
    except services.RegistrationError as error:
        return _refused(request, session, error.messages[0])
    messages.success(request, _("Your registration is cancelled."))
    return redirect(session)


def _event(session: Session, *, with_link: bool, waitlisted: bool = False) -> calendar.Event:
    course = session.course
    location = session.place
    if with_link and session.online_url:
        location = f"{location} · {session.online_url}" if location else session.online_url
    elif not location and session.online_url:
        location = _("Online")
    summary = course.display_title
    if waitlisted:
        summary = _("%(title)s (waitlist)") % {"title": summary}
    return calendar.Event(
        uid=calendar.session_uid(session.pk),
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        summary=summary,
        location=location,
        description=course.display_summary,
        url=request_url(session),
        cancelled=session.status == Session.Status.CANCELLED,
    )


def request_url(session: Session) -> str:
    return f"{settings.SITE_URL}{session.get_absolute_url()}"


def _ics(body: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def session_ics(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_for_viewer(pk)
    registration = selectors.registration_of(session, request.user)
    registered = registration is not None and registration.status == Registration.Status.REGISTERED
    body = calendar.calendar([_event(session, with_link=registered)])
    response = _ics(body, f"session-{session.pk}.ics")
    if registered:
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@login_required
def my_sessions(request: HttpRequest) -> HttpResponse:
    mine = selectors.registrations_of(request.user)
    page = Paginator(mine.past, PAST_PER_PAGE).get_page(request.GET.get("page"))
    feed = services.session_feed_of(request.user)
    return render(
        request,
        "training/sessions/my_sessions.html",
        {
            "upcoming": mine.upcoming,
            "page": page,
            "feed_url": request.build_absolute_uri(feed.get_absolute_url()),
        },
    )


@login_required
@require_POST
def my_sessions_feed_renew(request: HttpRequest) -> HttpResponse:
    services.session_feed_renew(person=request.user)
    messages.success(
        request,
        _("Your calendar feed has a new address. The old one no longer works."),
    )
    return redirect("training:my_sessions")


@require_safe
def my_sessions_feed(request: HttpRequest, token: str) -> HttpResponse:
    _feed, registrations = selectors.feed_registrations(token)
    events = [
        _event(
            r.session,
            with_link=r.status == Registration.Status.REGISTERED,
            waitlisted=r.status == Registration.Status.WAITLISTED,
        )
        for r in registrations
    ]
    response = _ics(calendar.calendar(events, name=_("My training sessions")), "my-sessions.ics")
    response["Cache-Control"] = "private, no-store"
    return response


ATTENDED_CHOICES = [("yes", gettext_lazy("Attended")), ("no", gettext_lazy("Did not attend"))]


class AttendanceForm(forms.Form):
    """One yes/no question per person registered."""

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = registrations
        for registration in registrations:
            initial = None
            if registration.attended is not None:
                initial = "yes" if registration.attended else "no"
            self.fields[f"person_{registration.person_id}"] = forms.ChoiceField(
                label=registration.person.display_name,
                choices=ATTENDED_CHOICES,
                widget=forms.RadioSelect,
                initial=initial,
            )

    def attended(self) -> dict[int, bool]:
        return {
            r.person_id: self.cleaned_data[f"person_{r.person_id}"] == "yes"
            for r in self.registrations
        }


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def session_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("course"), pk=pk)
    if not services.may_mark_attendance(session, request.user):
        raise Http404
    registrations = list(selectors.attendance_registrations(session))
    refusal = ""
    if session.status == Session.Status.CANCELLED:
        refusal = _("This session has been cancelled.")
    elif not session.starts_at <= timezone.now():
        refusal = _("Attendance can be marked once the session has started.")
    form = AttendanceForm(
        request.POST if request.method == "POST" else None, registrations=registrations
    )
    if request.method == "POST":
        if refusal:
            return _refused(request, session, refusal)
        if form.is_valid():
            try:
                services.attendance_mark(
                    session=session, marker=request.user, attended=form.attended()
                )
            except services.RegistrationError as error:
                return _refused(request, session, error.messages[0])
            messages.success(request, _("Attendance saved."))
            return redirect("training:session_attendance", pk=session.pk)
    return TemplateResponse(
        request,
        "training/sessions/attendance.html",
        {"session": session, "course": session.course, "form": form, "refusal": refusal},
    )
