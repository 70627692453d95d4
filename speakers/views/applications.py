"""Speakers' bureau views: the applications part (groundwork; the applications part completes
it)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..models import Speaker


@require_safe
@login_required
def me(request: HttpRequest) -> HttpResponse:
    speaker = Speaker.objects.filter(person=request.user).first()
    return render(request, "speakers/applications/me.html", {"speaker": speaker})
