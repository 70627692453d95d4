"""The speakers' bureau in the admin, one module per part."""

from . import applications, directory, matching, pages, requests, vetting  # noqa: F401
