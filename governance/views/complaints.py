"""Governance views: the complaints part. The public form, the page that gives the tracking link
once, and the tracking page. None is cached; the tracking page is not indexed and sends its
referrer to this site only, so its address (which opens the case) does not leak elsewhere."""

from functools import wraps

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from network.ratelimit import RateLimit

from ..forms.complaints import FeedbackForm, MessageForm
from ..models import Case, Document
from ..selectors.complaints import case_for_token, public_events
from ..services.complaints import CaseError, case_add_person_message, case_submit

SESSION_KEY = "governance.feedback_sent"
POLICY_SLUG = "complaint-policy"
# Submissions per client per hour: enough for a person, too few for a flood.
RATE_LIMIT = 5
SUBMISSIONS = RateLimit(scope="governance:feedback", limit=RATE_LIMIT, window=60 * 60)


def _private(view):
    """Not cached, not indexed, and the page's address (which opens the case) never sent as a
    referrer to another site. `same-origin`, not `no-referrer`: with no referrer at all the
    browser posts the page's own form with `Origin: null`, which the CSRF check refuses."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapped)


def _policy_exists() -> bool:
    return Document.objects.filter(slug=POLICY_SLUG, versions__status="approved").exists()


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request: HttpRequest) -> HttpResponse:
    signed_in = request.user.is_authenticated
    form = FeedbackForm(request.POST or None, signed_in=signed_in)
    context = {"form": form, "policy_slug": POLICY_SLUG if _policy_exists() else None}
    if request.method == "POST":
        if SUBMISSIONS.exceeded(request):
            # The form comes back with what they wrote, so nothing is lost while they wait.
            return render(
                request,
                "governance/complaints/feedback.html",
                {**context, "limited": True},
                status=429,
            )
        if form.is_valid():
            data = form.cleaned_data
            case, token = case_submit(
                kind=data["kind"],
                category=data["category"],
                what_happened=data["what_happened"],
                outcome_hoped=data["outcome_hoped"],
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                preferred_contact=data["preferred_contact"],
                person=request.user if data.get("attach_to_account") else None,
                language=get_language() or "en",
            )
            SUBMISSIONS.count(request)
            request.session[SESSION_KEY] = {
                "reference": case.reference,
                "token": token,
                "emailed": bool(case.email),
            }
            return redirect("governance:feedback_sent")
        return render(request, "governance/complaints/feedback.html", context, status=400)
    return render(request, "governance/complaints/feedback.html", context)


@_private
@require_safe
def feedback_sent(request: HttpRequest) -> HttpResponse:
    """The tracking link, once: it is taken out of the session as it is shown."""
    sent = request.session.pop(SESSION_KEY, None)
    if sent is None:
        return redirect("governance:feedback")
    return render(request, "governance/complaints/sent.html", sent)


@_private
@require_http_methods(["GET", "HEAD", "POST"])
def feedback_track(request: HttpRequest, token: str) -> HttpResponse:
    case = case_for_token(token)
    if case is None:
        raise Http404
    form = MessageForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                case_add_person_message(case=case, text=form.cleaned_data["message"])
            except CaseError as error:
                form.add_error("message", error.message)
            else:
                return redirect(request.path + "?sent=1#messages")
        status = 400
    context = {
        "case": case,
        "events": public_events(case),
        # A closed case takes no more messages; the form shows only to say why.
        "form": form if case.status != Case.Status.CLOSED or form.errors else None,
        "message_sent": request.GET.get("sent") == "1",
    }
    return render(request, "governance/complaints/track.html", context, status=status)
