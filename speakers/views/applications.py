"""Speakers' bureau views: the applications part, the applicant's and the speaker's own pages.

Every page here is the signed-in person's own: there is no address with an id, so nobody
reaches another person's application, profile or safety plan. A person without an application
is invited to apply; the safety plan and the steps of pausing and withdrawing answer 404 to
them, as to anyone they are not for.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from ..forms.applications import STEP_FORMS, SafetyPlanForm
from ..models import Speaker
from ..selectors import applications as selectors
from ..selectors.applications import STEP_SLUGS, STEPS
from ..services import applications as services

TEMPLATES = "speakers/applications"
HISTORY_PER_PAGE = 10
Status = Speaker.Status


def _mode(speaker: Speaker | None) -> str:
    """How the steps answer: "apply" (new, draft, or applying again after a decline or a
    withdrawal), "profile" (an approved speaker edits their live profile), "locked" (the
    coordinators have it: read-only)."""
    if speaker is None:
        return "apply"
    if speaker.status == Status.APPROVED:
        return "profile"
    if speaker.status in Speaker.OPEN:
        return "locked"
    return "apply"


def _step_url(step: str) -> str:
    return reverse("speakers:apply_step", args=[step])


@require_safe
@login_required
def apply(request: HttpRequest) -> HttpResponse:
    """Start or continue: a draft continues at its first step with something missing."""
    speaker = selectors.speaker_of(request.user)
    mode = _mode(speaker)
    if mode == "locked":
        return redirect(_step_url("review"))
    if speaker is not None and speaker.status == Status.DRAFT:
        missing = selectors.application_missing(speaker)
        return redirect(_step_url(missing[0].step if missing else "review"))
    return redirect(_step_url(STEP_SLUGS[0]))


# The last step's title says what it is for the person now.
REVIEW_TITLES = {
    "apply": selectors.STEP_TITLES["review"],
    "profile": gettext_lazy("Review your profile"),
    "locked": gettext_lazy("What you sent"),
}


def _steps(mode: str) -> list[tuple[str, str, str]]:
    """The steps as (slug, title, address), for the steps' navigation."""
    return [
        (slug, REVIEW_TITLES[mode] if slug == "review" else title, _step_url(slug))
        for slug, title in STEPS
    ]


def _neighbours(step: str) -> tuple[str | None, str | None]:
    index = STEP_SLUGS.index(step)
    previous = STEP_SLUGS[index - 1] if index > 0 else None
    following = STEP_SLUGS[index + 1] if index + 1 < len(STEP_SLUGS) else None
    return previous, following


def _step_context(step: str, speaker: Speaker | None, mode: str) -> dict:
    previous, following = _neighbours(step)
    return {
        "step": step,
        "step_title": REVIEW_TITLES[mode] if step == "review" else selectors.STEP_TITLES[step],
        "step_number": STEP_SLUGS.index(step) + 1,
        "step_count": len(STEP_SLUGS),
        "steps": _steps(mode),
        "previous_step": previous,
        "next_step": following,
        "speaker": speaker,
        "mode": mode,
    }


@never_cache  # the application holds private answers: no copy kept by a browser or a proxy
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def apply_step(request: HttpRequest, step: str) -> HttpResponse:
    if step not in STEP_SLUGS:
        raise Http404
    if step == "review":
        return _review(request)
    speaker = selectors.speaker_of(request.user)
    mode = _mode(speaker)
    if mode == "locked":
        messages.info(
            request,
            _(
                "Your application is with the coordinators, so it cannot be changed now. Here "
                "is everything you sent."
            ),
        )
        return redirect(_step_url("review"))
    form = _step_form(request, step, speaker, mode)
    if request.method == "POST" and form.is_valid():
        try:
            services.application_save(person=request.user, step=step, data=form.step_data())
        except services.ApplicationError as error:
            form.add_error(None, error)
        else:
            return _after_save(request, step, mode)
    context = _step_context(step, speaker, mode) | {"form": form}
    return render(
        request,
        f"{TEMPLATES}/step_{step}.html",
        context,
        status=400 if form.is_bound else 200,
    )


def _step_form(request: HttpRequest, step: str, speaker: Speaker | None, mode: str):
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    if step == "safety":
        plan = selectors.safety_plan_of(speaker) if speaker is not None else None
        return SafetyPlanForm(data, instance=plan)
    if speaker is None:
        speaker = Speaker(
            person=request.user, home_lhin=selectors.home_lhin_suggested(request.user)
        )
    return STEP_FORMS[step](
        data, files, instance=speaker, person=request.user, strict=mode == "profile"
    )


def _after_save(request: HttpRequest, step: str, mode: str) -> HttpResponse:
    previous, following = _neighbours(step)
    action = request.POST.get("action")
    if action == "leave":
        if mode == "profile":
            messages.success(request, _("Your profile is saved. The changes show at once."))
        else:
            messages.success(
                request,
                _(
                    "Your application is saved as a draft. Nothing is sent until you submit it: "
                    "continue whenever you like."
                ),
            )
        return redirect("speakers:me")
    if mode == "profile":
        messages.success(request, _("Saved. The changes show at once."))
    if action == "back" and previous is not None:
        return redirect(_step_url(previous))
    return redirect(_step_url(following or step))


def _review(request: HttpRequest) -> HttpResponse:
    """Everything in the application (the safety plan too: this page is theirs alone), what is
    still missing, each linked to its step, and the button to submit."""
    speaker = selectors.speaker_in_full(request.user)
    mode = _mode(speaker)
    missing = selectors.application_missing(speaker) if mode == "apply" else []
    error = None
    if request.method == "POST":
        if speaker is None or mode != "apply" or request.POST.get("action") != "submit":
            # Nothing to submit (or sent already, by a second click): the page says where
            # things are.
            return redirect(_step_url("review"))
        try:
            services.application_submit(speaker_id=speaker.pk, person=request.user)
        except services.ApplicationError as refused:
            error = refused.messages[0]
        else:
            messages.success(
                request,
                _(
                    "Thank you: your application is sent. The coordinators of your LHIN region "
                    "will be in touch, and we will email you at each step."
                ),
            )
            return redirect("speakers:me")
    context = _step_context("review", speaker, mode) | {
        "summary": selectors.summary_of(speaker),
        "missing": missing,
        "error": error,
        "plan": getattr(speaker, "safety_plan", None) if speaker is not None else None,
        "listed": speaker is not None and selectors.is_listed(speaker),
    }
    return render(request, f"{TEMPLATES}/step_review.html", context, status=400 if error else 200)


# --- The speaker's home ------------------------------------------------------------------------


@never_cache
@require_safe
@login_required
def me(request: HttpRequest) -> HttpResponse:
    speaker = selectors.speaker_of(request.user)
    context: dict = {"speaker": speaker}
    if speaker is not None:
        history = Paginator(selectors.history_of(speaker), HISTORY_PER_PAGE).get_page(
            request.GET.get("page")
        )
        for change in history:
            change.label = selectors.step_label(change)
        context.update(
            mode=_mode(speaker),
            missing=selectors.application_missing(speaker)
            if speaker.status == Status.DRAFT
            else [],
            history=history,
            listed=selectors.is_listed(speaker),
            steps=_steps(_mode(speaker)),
        )
    return render(request, f"{TEMPLATES}/me.html", context)


def _own_speaker(request: HttpRequest) -> Speaker:
    """The signed-in person's Speaker row; 404 for anyone who has none."""
    speaker = selectors.speaker_of(request.user)
    if speaker is None:
        raise Http404
    return speaker


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def withdraw(request: HttpRequest) -> HttpResponse:
    """Withdraw a draft or an open application, after a confirmation."""
    speaker = _own_speaker(request)
    if speaker.status not in (Status.DRAFT, *Speaker.OPEN):
        messages.info(request, _("There is no application in progress to withdraw."))
        return redirect("speakers:me")
    if request.method == "POST":
        try:
            services.application_withdraw(speaker_id=speaker.pk, person=request.user)
        except services.ApplicationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                _(
                    "Your application is withdrawn. Nothing is held against you, and you are "
                    "welcome to apply again whenever you like."
                ),
            )
        return redirect("speakers:me")
    return render(request, f"{TEMPLATES}/confirm_withdraw.html", {"speaker": speaker})


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def pause(request: HttpRequest) -> HttpResponse:
    """Pause, after a confirmation that asks for no reason."""
    speaker = _own_speaker(request)
    if not speaker.is_active:
        messages.info(request, _("Only an active speaker can pause."))
        return redirect("speakers:me")
    if request.method == "POST":
        try:
            services.speaker_pause(speaker_id=speaker.pk, person=request.user)
        except services.ApplicationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                _("You are paused. No new requests will be offered to you until you resume."),
            )
        return redirect("speakers:me")
    return render(request, f"{TEMPLATES}/confirm_pause.html", {"speaker": speaker})


@login_required
@require_POST
def resume(request: HttpRequest) -> HttpResponse:
    speaker = _own_speaker(request)
    try:
        services.speaker_resume(speaker_id=speaker.pk, person=request.user)
    except services.ApplicationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Welcome back: coordinators may offer you requests again."))
    return redirect("speakers:me")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def safety_plan(request: HttpRequest) -> HttpResponse:
    """The speaker's safety plan, theirs alone: anyone else (whatever their role) gets 404."""
    speaker = _own_speaker(request)
    plan = selectors.safety_plan_of(speaker)
    form = SafetyPlanForm(request.POST if request.method == "POST" else None, instance=plan)
    if request.method == "POST" and form.is_valid():
        saved = services.safety_plan_save(person=request.user, data=form.cleaned_data)
        if saved is None:
            messages.success(request, _("Your safety plan is empty, so none is kept."))
        else:
            messages.success(request, _("Your safety plan is saved. Only you can see it."))
        return redirect("speakers:safety_plan")
    return render(
        request,
        f"{TEMPLATES}/safety_plan.html",
        {"form": form, "plan": plan, "speaker": speaker},
        status=400 if form.is_bound else 200,
    )
