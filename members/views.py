import json
from datetime import timedelta

from allauth.account.decorators import reauthentication_required
from allauth.usersessions import app_settings as usersessions_settings
from allauth.usersessions.views import ListUserSessionsView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import personal_data
from .consent import CURRENT_VERSIONS
from .decorators import member_required
from .forms import (
    AccountSettingsForm,
    ChangeLHINForm,
    CloseAccountForm,
    DirectoryFilterForm,
    MembershipApplicationForm,
    ProfileForm,
    ProfilePhotoForm,
)
from .models import ConsentRecord, Membership, MembershipApplication, User, Visibility
from .selectors import (
    NOBODY,
    directory_profiles,
    membership_of,
    profile_audience,
    profile_for_viewing,
    profile_shown,
    user_sessions_alive,
)
from .services import (
    MEMBERSHIP_TERM,
    MembershipError,
    account_close,
    application_save,
    application_withdraw,
    membership_change_lhin,
    membership_renew,
    profile_ensure,
    profile_photo_remove,
    profile_photo_set,
    profile_update,
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


# --- Profile -------------------------------------------------------------------------------------


def _membership_or_apply(request: HttpRequest) -> Membership | None:
    """A profile belongs to a membership, active or lapsed: a lapsed member may still make
    theirs more private. Without one, the person is invited to apply."""
    membership = membership_of(request)
    if membership is None:
        messages.info(
            request, _("Profiles are for members of the network. You are welcome to join.")
        )
    return membership


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    membership = _membership_or_apply(request)
    if membership is None:
        return redirect("members:apply")
    profile = profile_ensure(person=request.user)
    form = ProfileForm(
        request.POST if request.method == "POST" else None,
        instance=profile,
        person=request.user,
        membership=membership,
    )
    if request.method == "POST" and form.is_valid():
        moved = form.cleaned_data["lhin"].pk != membership.lhin_id
        profile_update(
            person=request.user,
            display_name=form.cleaned_data["display_name"],
            lhin=form.cleaned_data["lhin"],
            data=form.profile_data(),
        )
        messages.success(request, _("Your profile is saved."))
        if moved:
            messages.info(
                request,
                _("You are now a member in %(lhin)s. Its coordinators are your coordinators.")
                % {"lhin": form.cleaned_data["lhin"].display_name},
            )
        return redirect("members:profile")
    return _profile_page(request, membership, profile, form=form, photo_form=ProfilePhotoForm())


def _profile_page(request, membership, profile, *, form, photo_form) -> HttpResponse:
    """The profile page with its two forms; 400 when either was sent and refused."""
    return render(
        request,
        "members/profile_edit.html",
        {"form": form, "photo_form": photo_form, "profile": profile, "membership": membership},
        status=400 if form.is_bound or photo_form.is_bound else 200,
    )


@login_required
@require_POST
def profile_photo(request: HttpRequest) -> HttpResponse:
    """Upload a photo (re-encoded, its metadata dropped) or remove it."""
    membership = _membership_or_apply(request)
    if membership is None:
        return redirect("members:apply")
    if request.POST.get("action") == "remove":
        profile_photo_remove(person=request.user)
        messages.success(request, _("Your photo is removed."))
        return redirect("members:profile")
    form = ProfilePhotoForm(request.POST, request.FILES)
    if form.is_valid():
        profile_photo_set(person=request.user, picture=form.cleaned_data["photo"])
        messages.success(request, _("Your photo is saved."))
        return redirect("members:profile")
    profile = profile_ensure(person=request.user)
    profile_form = ProfileForm(instance=profile, person=request.user, membership=membership)
    return _profile_page(request, membership, profile, form=profile_form, photo_form=form)


# What the owner may preview their profile as (`?as=`): the audience, and its name in the links.
PREVIEW_AUDIENCES = {
    "": (Visibility.ONLY_ME, gettext_lazy("you")),
    "coordinators": (Visibility.COORDINATORS, gettext_lazy("coordinators of your LHIN")),
    "members": (Visibility.MEMBERS, gettext_lazy("members")),
    "public": (Visibility.PUBLIC, gettext_lazy("the public")),
}


def _profile_or_404(request: HttpRequest, public_id):
    """A profile and what the person asking may see of it; 404 when they may see nothing, so
    that a hidden profile cannot be told from one that does not exist."""
    profile = profile_for_viewing(public_id)
    if profile is None:
        raise Http404
    audience = profile_audience(request, profile)
    if audience == NOBODY or profile.display_name_visibility < audience:
        raise Http404
    return profile, audience


@require_safe
def profile_detail(request: HttpRequest, public_id) -> HttpResponse:
    profile, audience = _profile_or_404(request, public_id)
    is_owner = audience == Visibility.ONLY_ME
    preview = request.GET.get("as", "") if is_owner else ""
    if preview not in PREVIEW_AUDIENCES:
        preview = ""
    shown_to = PREVIEW_AUDIENCES[preview][0] if is_owner else audience
    return render(
        request,
        "members/profile_detail.html",
        {
            "profile": profile,
            "shown": profile_shown(profile, shown_to),
            "is_owner": is_owner,
            "preview": preview,
            "preview_choices": [
                (value, name) for value, (_level, name) in PREVIEW_AUDIENCES.items()
            ],
        },
    )


@require_safe
def profile_photo_file(request: HttpRequest, public_id) -> FileResponse:
    """The photo itself, through the same check as the page: its address alone gives nothing."""
    profile, audience = _profile_or_404(request, public_id)
    if not profile.photo or profile.photo_visibility < audience:
        raise Http404
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    # Shown to some people only: no shared cache may keep it.
    response["Cache-Control"] = "private, max-age=3600"
    return response


DIRECTORY_PAGE_SIZE = 24


@member_required
@require_safe
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(directory_profiles(**filters), DIRECTORY_PAGE_SIZE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "page": page,
            "entries": [
                (profile, profile_shown(profile, Visibility.MEMBERS)) for profile in page or []
            ],
        },
        status=400 if form.is_bound and form.errors else 200,
    )


# --- My data, closing the account -----------------------------------------------------------------


@login_required
@require_safe
@never_cache
def my_data(request: HttpRequest) -> HttpResponse:
    sections = personal_data.personal_data_of(request.user)
    return render(request, "members/my_data.html", {"sections": personal_data.readable(sections)})


@login_required
@require_safe
@never_cache
def my_data_download(request: HttpRequest) -> HttpResponse:
    sections = personal_data.personal_data_of(request.user)
    document = {
        "exported_at": timezone.now(),
        **{section.key: section.records for section in sections},
    }
    response = HttpResponse(
        json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-network-data-{stamp}.json"'
    return response


@login_required
@reauthentication_required
@require_http_methods(["GET", "HEAD", "POST"])
def close_account(request: HttpRequest) -> HttpResponse:
    """Close the account for good, after the password (or a second factor) is confirmed again
    and a box is ticked. The person is signed out and told, on the page and by email."""
    form = CloseAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            account_close(user=request.user)
        except MembershipError as error:
            form.add_error(None, error.message)
        else:
            logout(request)
            messages.success(
                request,
                _(
                    "Your account is closed and your personal data is erased. We have sent a "
                    "last email to confirm it. Take care, and you are welcome back at any time."
                ),
            )
            return redirect("home")
    return render(
        request,
        "members/close_account.html",
        {"form": form, "membership": membership_of(request)},
        status=400 if form.is_bound else 200,
    )


@require_safe
def terms(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "members/terms.html",
        {"version": CURRENT_VERSIONS[ConsentRecord.Document.TERMS]},
    )
