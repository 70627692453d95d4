"""Network-wide pages: the crisis and warm lines, health, errors and the editor's pictures.

The home page, the statements in the footer and the contact form are content's (content/).
"""

import logging
import re
import uuid

import redis
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from .celery import app as celery_app
from .images import reencode_image
from .selectors import crisis_lines_published

logger = logging.getLogger(__name__)

EDITOR_IMAGES = "editor"
EDITOR_IMAGE_NAME = re.compile(r"[0-9a-f]{32}(?:_[A-Za-z0-9]{7})?\.jpg")


@require_safe
def support_now(request: HttpRequest) -> HttpResponse:
    lines = list(crisis_lines_published())
    return render(
        request,
        "network/support_now.html",
        {
            "crisis_lines": [line for line in lines if line.is_crisis_line],
            "warm_lines": [line for line in lines if not line.is_crisis_line],
        },
    )


# --- Health -----------------------------------------------------------------------------------


def _timeout() -> float:
    return settings.HEALTH_CHECK_TIMEOUT


def _database_up() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _redis_up() -> bool:
    urls = {settings.CELERY_BROKER_URL, settings.CACHES["default"]["LOCATION"]}
    for url in urls:
        client = redis.Redis.from_url(
            url, socket_connect_timeout=_timeout(), socket_timeout=_timeout()
        )
        try:
            client.ping()
        finally:
            client.close()
    return True


def _celery_worker_up() -> bool:
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=_timeout())
        replies = celery_app.control.ping(timeout=_timeout(), connection=conn)
    return bool(replies)


HEALTH_CHECKS = {
    "database": _database_up,
    "redis": _redis_up,
    "celery_worker": _celery_worker_up,
}


@never_cache
@require_safe
@transaction.non_atomic_requests
def health(request: HttpRequest) -> JsonResponse:
    """200 when PostgreSQL, Redis and a Celery worker all answer; 503 naming what is down."""
    checks = {}
    for name, check in HEALTH_CHECKS.items():
        try:
            checks[name] = "up" if check() else "down"
        except Exception:
            logger.warning("Health check %s failed", name, exc_info=True)
            checks[name] = "down"
    down = [name for name, state in checks.items() if state != "up"]
    return JsonResponse(
        {"status": "down" if down else "up", "checks": checks, "down": down},
        status=503 if down else 200,
    )


# --- Errors -----------------------------------------------------------------------------------


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the layout, rendered without anything that could fail again."""
    try:
        return HttpResponseServerError(loader.render_to_string("500.html", request=request))
    except Exception:
        logger.exception("The 500 page itself failed to render")
        return HttpResponseServerError(
            "<!doctype html><title>Server error</title><h1>Server error</h1>",
            content_type="text/html",
        )


@require_POST
def editor_image_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor 5's image upload: staff only; the picture is re-encoded without metadata and kept
    in Django's storage, then served from this site by `editor_image` (never another host)."""
    if not request.user.is_authenticated or not request.user.is_staff:
        return JsonResponse(
            {"error": {"message": gettext("Only editors may upload pictures.")}}, status=403
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse(
            {"error": {"message": gettext("Choose a picture to upload.")}}, status=400
        )
    try:
        picture = reencode_image(upload, max_side=1600)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    name = default_storage.save(f"{EDITOR_IMAGES}/{uuid.uuid4().hex}.jpg", picture)
    return JsonResponse({"url": reverse("editor_image", args=[name.rsplit("/", 1)[-1]])})


@require_safe
def editor_image(request: HttpRequest, name: str) -> FileResponse:
    """A picture placed in rich text: public, like the pages that show it."""
    path = f"{EDITOR_IMAGES}/{name}"
    if not EDITOR_IMAGE_NAME.fullmatch(name) or not default_storage.exists(path):
        raise Http404
    response = FileResponse(default_storage.open(path), content_type="image/jpeg")
    patch_cache_control(response, public=True, max_age=60 * 60 * 24 * 365, immutable=True)
    return response
