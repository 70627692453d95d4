from allauth.usersessions import app_settings as usersessions_settings
from allauth.usersessions.views import ListUserSessionsView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import AccountSettingsForm
from .models import User
from .selectors import user_sessions_alive
from .services import user_update_settings


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_settings(request: HttpRequest) -> HttpResponse:
    """Display name and language, with the way to email, password, two-factor and sessions."""
    # The form validates against a copy, so the service still sees what is about to change.
    editable = User.objects.get(pk=request.user.pk)
    form = AccountSettingsForm(request.POST or None, instance=editable)
    if request.method == "POST":
        if form.is_valid():
            user_update_settings(
                user=request.user,
                display_name=form.cleaned_data["display_name"],
                preferred_language=form.cleaned_data["preferred_language"],
            )
            messages.success(request, _("Your settings are saved."))
            return redirect("members:account")
        return render(request, "members/account.html", {"form": form}, status=400)
    return render(request, "members/account.html", {"form": form})


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
