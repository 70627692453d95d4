"""Who may open member pages: the membership decides, not the role alone.

Later issues put peer-only spaces behind `full_member_required`.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .models import MembershipType
from .selectors import membership_of


def member_required(view: Callable) -> Callable:
    """Signed out: the sign-in page. Not a member: the application, with a word why. A lapsed or
    expired membership: a page (403) that offers renewal in one step. Active: the view, with
    the membership at `request.membership`."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        membership = membership_of(request)
        if membership is None:
            messages.info(
                request, _("These pages are for members of the network. You are welcome to join.")
            )
            return redirect("members:apply")
        if not membership.is_active:
            return render(request, "members/lapsed.html", {"membership": membership}, status=403)
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def full_member_required(view: Callable) -> Callable:
    """For peer-only spaces: an active full membership, else 404 (a space that others cannot
    enter is not revealed to them). Signed-out people are asked to sign in first."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        membership = membership_of(request)
        if (
            membership is None
            or not membership.is_active
            or membership.membership_type != MembershipType.FULL
        ):
            raise Http404
        return view(request, *args, **kwargs)

    return login_required(wrapped)
