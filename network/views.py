"""Network-wide pages: home, crisis lines, the statements in the footer, health and errors."""

import logging

import redis
from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .celery import app as celery_app
from .selectors import crisis_lines_published

logger = logging.getLogger(__name__)


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


def page(template_name: str):
    """A page with no data of its own: the home page and the statements in the footer."""

    @require_safe
    def view(request: HttpRequest) -> HttpResponse:
        return render(request, f"network/{template_name}.html")

    view.__name__ = template_name
    return view


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
