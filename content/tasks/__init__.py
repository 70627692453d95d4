"""The content app's Celery tasks, one module per part (found by autodiscovery of this package)."""

from .contact import *  # noqa: F403
from .events import *  # noqa: F403
from .home import *  # noqa: F403
from .jobs import *  # noqa: F403
from .news import *  # noqa: F403
from .newsletter import *  # noqa: F403
from .pages import *  # noqa: F403
from .resources import *  # noqa: F403
from .search import *  # noqa: F403
