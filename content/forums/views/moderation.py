"""Forums views: the moderation part. Reporting a post; the moderation queue, its actions
(POST forms), the log, and the distress flags with response times.

Signed-out people are sent to sign in (`SignInRequired`); everyone who does not moderate the
category (a moderator of another one included) gets 404, on every page and every action.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from network.ratelimit import RateLimit
from network.selectors import crisis_lines_published

from ..forms.moderation import (
    MoveForm,
    NoteForm,
    PostActionForm,
    ReportForm,
    SuspendForm,
    ThreadActionForm,
    WarnForm,
)
from ..models import DistressFlag, Report
from ..selectors import distress as distress_selectors
from ..selectors import moderation as selectors
from ..selectors.access import viewer_of
from ..services import moderation as services

# Reports per connection per hour: more than anyone needs, too few to flood the moderators.
REPORT_LIMIT = 10
REPORTS = RateLimit(scope="forums:report", limit=REPORT_LIMIT, window=60 * 60)
LOG_PER_PAGE = 25
FLAGS_PER_PAGE = 25


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    """Back where the moderator acted (the queue, or the thread), never to another site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def _crisis_lines() -> list:
    return list(crisis_lines_published())


# --- Reporting ---------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    post = selectors.reportable_post(viewer, pk)
    template = "forums/moderation/report.html"
    existing = Report.objects.filter(post=post, reporter=request.user).first()
    context = {"post": post, "thread": post.thread, "category": post.thread.category}
    if existing is not None:
        # Reported already (or just now: the redirect after the form lands here).
        return render(
            request,
            template,
            {
                **context,
                "report": existing,
                "crisis_lines": _crisis_lines()
                if existing.reason == Report.Reason.DISTRESS
                else [],
            },
        )
    form = ReportForm(request.POST or None)
    if request.method != "POST":
        return render(request, template, {**context, "form": form})
    if REPORTS.exceeded(request):
        form.is_valid()  # the form comes back with what was typed
        return render(request, template, {**context, "form": form, "limited": True}, status=429)
    if form.is_valid():
        try:
            services.report_submit(
                viewer=viewer,
                reporter=request.user,
                post=post,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except services.AlreadyReported as error:
            messages.info(request, str(error))
        else:
            REPORTS.count(request)
        return redirect("forums:report", pk=post.pk)
    return render(request, template, {**context, "form": form}, status=400)


# --- The queue ---------------------------------------------------------------------------------


@require_safe
def moderation(request: HttpRequest) -> HttpResponse:
    viewer = viewer_of(request)
    categories = list(selectors.moderated_categories(viewer))
    return render(
        request, "forums/moderation/index.html", {"categories": categories, "viewer": viewer}
    )


@require_safe
def moderation_category(request: HttpRequest, slug: str) -> HttpResponse:
    viewer = viewer_of(request)
    category = selectors.moderated_category(viewer, slug)
    return render(
        request,
        "forums/moderation/queue.html",
        {"category": category, "queue": selectors.queue_of(category), "viewer": viewer},
    )


@require_safe
def moderation_log(request: HttpRequest, slug: str) -> HttpResponse:
    viewer = viewer_of(request)
    category = selectors.moderated_category(viewer, slug)
    page = Paginator(selectors.moderation_log(category), LOG_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "forums/moderation/log.html", {"category": category, "page": page})


@require_safe
def distress_flags(request: HttpRequest) -> HttpResponse:
    viewer = viewer_of(request)
    flags = distress_selectors.distress_flags_for(viewer)
    page = Paginator(flags, FLAGS_PER_PAGE).get_page(request.GET.get("page"))
    median = distress_selectors.median_response(flags)
    now = timezone.now()
    return render(
        request,
        "forums/moderation/distress.html",
        {"page": page, "median_text": timesince(now - median, now) if median is not None else ""},
    )


# --- Actions -----------------------------------------------------------------------------------


def _done(request: HttpRequest, message: str, category) -> HttpResponse:
    messages.success(request, message)
    return _back(request, services.queue_url(category))


def _refused(request: HttpRequest, error: Exception, category) -> HttpResponse:
    messages.error(request, str(error))
    return _back(request, services.queue_url(category))


@require_POST
def post_action(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    post = selectors.moderated_post(viewer, pk)
    category = post.thread.category
    form = PostActionForm(request.POST)
    if not form.is_valid():
        return _refused(request, _("Choose one of the actions offered."), category)
    action = form.cleaned_data["action"]
    act = {
        "approve": (services.moderation_approve, _("The post is approved and visible.")),
        "hide": (services.moderation_hide, _("The post is hidden from readers.")),
        "unhide": (services.moderation_unhide, _("The post is visible again.")),
    }[action]
    try:
        act[0](viewer=viewer, moderator=request.user, post=post, note=form.cleaned_data["note"])
    except services.ModerationError as error:
        return _refused(request, error, category)
    return _done(request, act[1], category)


@require_POST
def report_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    found = selectors.moderated_report(viewer, pk)
    category = found.post.thread.category
    form = NoteForm(request.POST)
    form.is_valid()
    try:
        services.moderation_dismiss(
            viewer=viewer,
            moderator=request.user,
            report=found,
            note=form.cleaned_data.get("note", ""),
        )
    except services.ModerationError as error:
        return _refused(request, error, category)
    return _done(request, _("The report is dismissed."), category)


@require_POST
def flag_respond(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    flag: DistressFlag = selectors.moderated_flag(viewer, pk)
    category = flag.post.thread.category
    form = NoteForm(request.POST)
    form.is_valid()
    try:
        services.moderation_respond(
            viewer=viewer, moderator=request.user, flag=flag, note=form.cleaned_data.get("note", "")
        )
    except services.ModerationError as error:
        return _refused(request, error, category)
    return _done(request, _("Your response is recorded. Thank you for reaching out."), category)


def _member_form(request, pk: int, form_class, template: str, act, success: str):
    viewer = viewer_of(request)
    post = selectors.moderated_post(viewer, pk)
    category = post.thread.category
    form = form_class(request.POST or None)
    context = {"post": post, "category": category}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                act(viewer=viewer, moderator=request.user, post=post, **form.cleaned_data)
            except services.ModerationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, success)
                return redirect(services.queue_url(category))
        status = 400
    return render(request, template, {**context, "form": form}, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def warn(request: HttpRequest, pk: int) -> HttpResponse:
    return _member_form(
        request,
        pk,
        WarnForm,
        "forums/moderation/warn.html",
        services.moderation_warn,
        _("Your message is on its way to the member."),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def suspend(request: HttpRequest, pk: int) -> HttpResponse:
    return _member_form(
        request,
        pk,
        SuspendForm,
        "forums/moderation/suspend.html",
        services.moderation_suspend,
        _("The member's posting is paused."),
    )


@require_POST
def thread_action(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    thread = selectors.moderated_thread(viewer, pk)
    form = ThreadActionForm(request.POST)
    if not form.is_valid():
        return _refused(request, _("Choose one of the actions offered."), thread.category)
    action = form.cleaned_data["action"]
    if action in ("pin", "unpin"):
        services.moderation_pin(
            viewer=viewer, moderator=request.user, thread=thread, pinned=action == "pin"
        )
    else:
        services.moderation_lock(
            viewer=viewer, moderator=request.user, thread=thread, locked=action == "lock"
        )
    message = {
        "pin": _("The thread is pinned."),
        "unpin": _("The thread is no longer pinned."),
        "lock": _("The thread is locked."),
        "unlock": _("The thread is open for replies again."),
    }[action]
    return _done(request, message, thread.category)


@require_http_methods(["GET", "HEAD", "POST"])
def thread_move(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = viewer_of(request)
    thread = selectors.moderated_thread(viewer, pk)
    form = MoveForm(request.POST or None, targets=selectors.move_targets(viewer, thread))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.moderation_move(
                    viewer=viewer,
                    moderator=request.user,
                    thread=thread,
                    to=form.cleaned_data["category"],
                    note=form.cleaned_data["note"],
                )
            except services.ModerationError as error:
                form.add_error("category", str(error))
            else:
                messages.success(request, _("The thread is moved."))
                return redirect(services.queue_url(form.cleaned_data["category"]))
        status = 400
    return render(
        request, "forums/moderation/move.html", {"thread": thread, "form": form}, status=status
    )
