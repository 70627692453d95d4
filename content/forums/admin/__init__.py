"""The forums' admin, one module per part."""

from . import moderation  # noqa: F401
