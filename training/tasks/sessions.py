"""Training's Celery tasks: the sessions part. They take primary keys and call the service,
which claims the session with a conditional UPDATE: running twice sends nothing twice."""

from celery import shared_task

from ..services.sessions import session_remind, sessions_due_for_reminder

__all__ = ["remind_session", "remind_upcoming_sessions"]


@shared_task
def remind_session(session_id: int) -> int:
    """Email the people registered for one session that it is two days away."""
    return session_remind(session_id=session_id)


@shared_task
def remind_upcoming_sessions() -> int:
    """Beat, every hour: remind the people registered for sessions starting within two days."""
    return sum(session_remind(session_id=pk) for pk in sessions_due_for_reminder())
