from .applications import *  # noqa: F403
from .pages import *  # noqa: F403
from .requests import *  # noqa: F403
from .vetting import *  # noqa: F403
