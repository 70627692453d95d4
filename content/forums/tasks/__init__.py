"""The forums' Celery tasks, one module per part (imported here so autodiscovery finds them)."""

from .moderation import *  # noqa: F403
from .subscriptions import *  # noqa: F403
from .threads import *  # noqa: F403
