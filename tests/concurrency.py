"""Steps racing each other on the real PostgreSQL, for tests of row locks: each job runs in its
own thread, so with its own connection and its own transaction."""

import threading

from django.db import connections


def race(jobs) -> list[BaseException]:
    """Run every job at once (a barrier lines them up); the errors they raised."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job):
        try:
            barrier.wait()
            job()
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors
