"""Benchmark of the forums' thread page (a script, not a test).

Seeds a 1,000-post thread in the database you name (created and migrated if needed), signs a
member in (a session in the cache, its cookie given to the clients), serves the site with
gunicorn (2 sync workers, persistent database connections through CONN_MAX_AGE), then runs 8
concurrent clients (Python threads, http.client, keeping the connection when the server does)
for N seconds against page 30 of the thread, and prints requests per second and latencies.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/network_bench \\
    TEST_REDIS_CACHE_DB=12 \\
    .venv/bin/python benchmarks/forums_thread.py --seconds 20

Options: --seconds (20), --clients (8), --workers (2), --port (8765), --page (30),
--settings (network.settings.benchmark: the test settings, DEBUG off, the cache and sessions in
TEST_REDIS_CACHE_DB, without WhiteNoise's per-request autorefresh).
The goal on a 2-core machine is at least 240 requests per second. The clients run on the same
machine as the server and take some of its CPU: the figure is a floor, not a ceiling.

The reader has read page 30 once during the warm-up, so the measured requests write nothing
(the read marker is only upserted when it moves forward): that is the steady state of a reader
paging back through a thread.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Benchmark: a thousand posts"


def setup_django(settings: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings)
    subprocess.run(  # noqa: S603 (our own script, by its path)
        [sys.executable, str(ROOT / "network/scripts/ensure_database.py")], check=True
    )
    import django

    django.setup()


def seed() -> tuple[int, str]:
    """The thread and a signed-in member's session key (both made once, then found)."""
    from io import StringIO

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.management import call_command
    from django.utils import timezone
    from django.utils.module_loading import import_string

    call_command("migrate", verbosity=0)
    call_command("load_reference_data", stdout=StringIO())
    from content.forums import markdown
    from content.forums.models import Category, ForumProfile, Post, Reaction, Thread
    from members.models import User
    from network import roles, services

    reader, _created = User.objects.get_or_create(
        email="bench.reader@example.org", defaults={"display_name": "Bench Reader"}
    )
    writer, _created = User.objects.get_or_create(
        email="bench.writer@example.org", defaults={"display_name": "Bench Writer"}
    )
    for person in (reader, writer):
        services.role_grant(user=person, role=roles.FULL_MEMBER)
        ForumProfile.objects.get_or_create(
            person=person, defaults={"guidelines_accepted_at": timezone.now()}
        )
    category, _created = Category.objects.get_or_create(
        slug="benchmark", defaults={"name": "Benchmark", "hold_first_posts": False}
    )
    thread = Thread.objects.filter(category=category, title=TITLE).first()
    if thread is None:
        thread = Thread.objects.create(category=category, title=TITLE, author=writer)
        body = (
            "Thank you for sharing this. **What helped me** was a walk and a call to a peer "
            "who gets it. More on [our resources](https://example.org/resources/)."
        )
        Post.objects.bulk_create(
            Post(
                thread=thread,
                number=number,
                author=writer if number % 2 else reader,
                body=body,
                body_html=markdown.render(body),
                content_warning="relapse" if number % 7 == 0 else "",
            )
            for number in range(1, 1001)
        )
        Thread.objects.filter(pk=thread.pk).update(
            last_number=1000, post_count=1000, last_post_at=timezone.now()
        )
        Reaction.objects.bulk_create(
            Reaction(post=post, person=person, kind=kind)
            for post in thread.posts.all()
            for person, kind in ((reader, "support"), (writer, "thanks"))
            if post.author_id != person.pk
        )
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = str(reader.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = reader.get_session_auth_hash()
    store.set_expiry(60 * 60)
    store.save()
    return thread.pk, store.session_key


def serve(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "CONN_MAX_AGE": "600"}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    return subprocess.Popen(  # noqa: S603 (the virtualenv's gunicorn, fixed arguments)
        [
            str(gunicorn),
            "network.wsgi",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )


def wait_until_up(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def client(port: int, path: str, cookie: str, until: float, latencies: list, errors: list):
    connection = None
    headers = {"Cookie": cookie, "Connection": "keep-alive"}
    while time.monotonic() < until:
        if connection is None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            errors.append(repr(error))
            connection.close()
            connection = None
            continue
        latencies.append(time.perf_counter() - started)
        if response.status != 200:
            errors.append(response.status)
        if response.getheader("Connection", "").lower() == "close":
            connection.close()  # sync workers close after each response
            connection = None


def run(port: int, path: str, cookie: str, clients: int, seconds: float) -> tuple[list, list]:
    latencies: list[float] = []
    errors: list = []
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, path, cookie, until, latencies, errors))
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--page", type=int, default=30)
    parser.add_argument("--settings", default="network.settings.benchmark")
    options = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        raise SystemExit("Name the database: DATABASE_URL=postgres://... (it is seeded)")

    setup_django(options.settings)
    thread_pk, session_key = seed()
    from django.conf import settings

    cookie = f"{settings.SESSION_COOKIE_NAME}={session_key}"
    path = f"/forums/t/{thread_pk}/?page={options.page}"
    server = serve(options.port, options.workers)
    try:
        wait_until_up(options.port)
        _warm, warm_errors = run(options.port, path, cookie, options.clients, 3)
        if warm_errors:
            raise SystemExit(f"errors while warming up: {warm_errors[:5]}")
        latencies, errors = run(options.port, path, cookie, options.clients, options.seconds)
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    count = len(latencies)
    p99 = latencies[min(count - 1, int(count * 0.99))]
    report = (
        f"{path}: {options.clients} clients, {options.workers} sync workers, "
        f"{options.seconds:g} s\n"
        f"requests: {count}, errors: {len(errors)}\n"
        f"requests/second: {count / options.seconds:.1f}\n"
        f"latency: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms\n"
    )
    sys.stdout.write(report)  # the script's result, on standard output


if __name__ == "__main__":
    main()
