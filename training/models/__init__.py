"""Training's models, one module per part: frameworks and their scales, the catalogue,
sessions, training records and the self-assessment."""

from .assessments import *  # noqa: F403
from .catalogue import *  # noqa: F403
from .frameworks import Competency, Framework, ScaleLevel  # noqa: F401
from .records import *  # noqa: F403
from .sessions import *  # noqa: F403
