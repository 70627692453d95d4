"""The content app's admin, one module per part."""

from . import contact, events, home, jobs, news, newsletter, pages, resources  # noqa: F401
