from datetime import timedelta

from allauth.usersessions import app_settings as usersessions_settings
from allauth.usersessions.views import ListUserSessionsView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .decorators import member_required
from .forms import AccountSettingsForm, ChangeLHINForm, MembershipApplicationForm
from .models import Membership, MembershipApplication, User
from .selectors import membership_of, user_sessions_alive
from .services import (
    MEMBERSHIP_TERM,
    MembershipError,
    application_save,
    application_withdraw,
    membership_change_lhin,
    membership_renew,
    user_update_settings,
)

# How long before the expiry the member home offers renewal (the reminder email's 30 days).
RENEWAL_WINDOW = timedelta(days=30)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_settings(request: HttpRequest) -> HttpResponse:
    """Display name and language, with the way to email, password, two-factor and sessions."""
    # The form validates against a copy, so the service still sees what is about to change.
    # The same query brings the membership and the latest application's status, for the
    # membership section.
    latest_application = MembershipApplication.objects.filter(applicant=OuterRef("pk")).order_by(
        "-created_at", "-pk"
    )
    editable = (
        User.objects.select_related("membership__lhin")
        .annotate(application_status=Subquery(latest_application.values("status")[:1]))
        .get(pk=request.user.pk)
    )
    form = AccountSettingsForm(request.POST or None, instance=editable)
    context = {
        "form": form,
        "membership": getattr(editable, "membership", None),
        "application_status": (
            MembershipApplication.Status(editable.application_status)
            if editable.application_status
            else None
        ),
    }
    if request.method == "POST":
        if form.is_valid():
            user_update_settings(
                user=request.user,
                display_name=form.cleaned_data["display_name"],
                preferred_language=form.cleaned_data["preferred_language"],
            )
            messages.success(request, _("Your settings are saved."))
            return redirect("members:account")
        return render(request, "members/account.html", context, status=400)
    return render(request, "members/account.html", context)


class UserSessionsView(ListUserSessionsView):
    """allauth's "your sessions" page, listing them with one query instead of one per session."""

    def get_context_data(self, **kwargs) -> dict:
        context = super(ListUserSessionsView, self).get_context_data(**kwargs)
        sessions = user_sessions_alive(user=self.request.user)
        context.update(
            sessions=sessions,
            session_count=len(sessions),
            show_last_seen_at=usersessions_settings.TRACK_ACTIVITY,
        )
        return context


user_sessions = UserSessionsView.as_view()  # allauth's dispatch already requires sign-in


# --- Applying -----------------------------------------------------------------------------------


def _local_date(moment) -> str:
    return date_format(timezone.localtime(moment), "DATE_FORMAT")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def apply(request: HttpRequest) -> HttpResponse:
    """The application form: an open draft (or one a coordinator asked more of) loads into it."""
    user = request.user
    application = (
        MembershipApplication.objects.filter(
            applicant=user, status__in=MembershipApplication.OPEN_STATUSES
        )
        .order_by("-created_at", "-pk")
        .first()
    )
    if application is not None and not application.is_editable_by_applicant:
        messages.info(
            request,
            _(
                "Your application is with the coordinators of your LHIN. We will email you as "
                "soon as it is reviewed."
            ),
        )
        return redirect("members:application")
    if application is None and Membership.objects.filter(person=user).exists():
        messages.info(request, _("You are already a member of the network."))
        return redirect("members:application")

    submit = request.POST.get("action") == "submit"
    form = MembershipApplicationForm(
        request.POST if request.method == "POST" else None,
        instance=application,
        applicant=user,
        submit=submit,
    )
    if request.method == "POST" and form.is_valid():
        try:
            # One savepoint: a new display name is kept only with the application it came with.
            with transaction.atomic():
                user_update_settings(
                    user=user,
                    display_name=form.cleaned_data["display_name"],
                    preferred_language=user.preferred_language,
                )
                application_save(applicant=user, data=form.application_data(), submit=submit)
        except MembershipError as error:
            user.refresh_from_db(fields=["display_name"])
            form.add_error(None, error.message)
        else:
            if submit:
                messages.success(
                    request,
                    _(
                        "Thank you: your application is sent. A coordinator of your LHIN will "
                        "review it, and we will email you when they have."
                    ),
                )
            else:
                messages.success(
                    request,
                    _(
                        "Your application is saved as a draft. Nothing is sent until you "
                        "submit it: continue whenever you like."
                    ),
                )
            return redirect("members:application")
    return render(
        request,
        "members/apply.html",
        {"form": form, "application": application},
        status=400 if form.is_bound else 200,
    )


@login_required
@require_http_methods(["GET", "HEAD"])
def application_status(request: HttpRequest) -> HttpResponse:
    """The person's latest application and what happens next; the membership once approved."""
    application = (
        MembershipApplication.objects.filter(applicant=request.user)
        .select_related("lhin")
        .order_by("-created_at", "-pk")
        .first()
    )
    membership = None
    if application is None or application.status == MembershipApplication.Status.APPROVED:
        membership = membership_of(request)
    return render(
        request,
        "members/application.html",
        {"application": application, "membership": membership},
    )


@login_required
@require_POST
def application_withdraw_view(request: HttpRequest) -> HttpResponse:
    try:
        application_withdraw(applicant=request.user)
    except MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Your application is withdrawn. You are welcome to apply again at any time."),
        )
    return redirect("members:application")


# --- Being a member -------------------------------------------------------------------------------


@member_required
@require_http_methods(["GET", "HEAD"])
def member_home(request: HttpRequest) -> HttpResponse:
    membership = request.membership
    return render(
        request,
        "members/home.html",
        {
            "membership": membership,
            "renewal_due": membership.expires_at - timezone.now() <= RENEWAL_WINDOW,
            "lhin_form": ChangeLHINForm(initial={"lhin": membership.lhin_id}),
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def renew(request: HttpRequest) -> HttpResponse:
    """Renewal in one step, for an active membership or a lapsed one alike."""
    membership = membership_of(request)
    if membership is None:
        messages.info(request, _("You are not a member yet: you are welcome to apply."))
        return redirect("members:apply")
    if request.method == "POST":
        try:
            membership = membership_renew(person=request.user)
        except MembershipError as error:
            messages.error(request, error.message)
            return redirect("members:renew")
        messages.success(
            request,
            _("Thank you: your membership is renewed until %(date)s.")
            % {"date": _local_date(membership.expires_at)},
        )
        return redirect("members:account")
    return render(
        request,
        "members/renew.html",
        {
            "membership": membership,
            "renewed_until": max(timezone.now(), membership.expires_at) + MEMBERSHIP_TERM,
        },
    )


@member_required
@require_http_methods(["GET", "HEAD", "POST"])
def change_lhin(request: HttpRequest) -> HttpResponse:
    membership = request.membership
    form = ChangeLHINForm(
        request.POST if request.method == "POST" else None, initial={"lhin": membership.lhin_id}
    )
    if request.method == "POST" and form.is_valid():
        lhin = form.cleaned_data["lhin"]
        if lhin.pk == membership.lhin_id:
            messages.info(
                request,
                _("You are already a member in %(lhin)s: nothing changed.")
                % {"lhin": lhin.display_name},
            )
        else:
            membership_change_lhin(person=request.user, lhin=lhin)
            messages.success(
                request,
                _(
                    "You are now a member in %(lhin)s. Its coordinators are your coordinators "
                    "from now on."
                )
                % {"lhin": lhin.display_name},
            )
        return redirect("members:home")
    return render(
        request,
        "members/change_lhin.html",
        {"membership": membership, "form": form},
        status=400 if form.is_bound else 200,
    )
