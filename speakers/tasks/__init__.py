"""The speakers' bureau's Celery tasks, one module per part (imported here so autodiscovery
finds them)."""

from .applications import *  # noqa: F403
from .directory import *  # noqa: F403
from .matching import *  # noqa: F403
from .pages import *  # noqa: F403
from .requests import *  # noqa: F403
from .vetting import *  # noqa: F403
