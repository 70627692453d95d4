"""Training in the admin, one module per part."""

from . import assessments, catalogue, coverage, frameworks, records, sessions  # noqa: F401
