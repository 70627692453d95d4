"""Training's Celery tasks, one module per part (imported here so autodiscovery finds them)."""

from .assessments import *  # noqa: F403
from .catalogue import *  # noqa: F403
from .coverage import *  # noqa: F403
from .records import *  # noqa: F403
from .sessions import *  # noqa: F403
