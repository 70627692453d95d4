"""The content app's Celery tasks, one module per part that has any (imported here so
autodiscovery finds them)."""

from .newsletter import *  # noqa: F403
from .resources import *  # noqa: F403
