"""Governance's Celery tasks, one module per part (imported here so autodiscovery finds them)."""

from .bodies import *  # noqa: F403
from .complaints import *  # noqa: F403
from .consultations import *  # noqa: F403
from .documents import *  # noqa: F403
from .honoraria import *  # noqa: F403
from .registry import *  # noqa: F403
