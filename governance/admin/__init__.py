"""Governance in the admin, one module per part."""

from . import bodies, complaints, consultations, documents, registry  # noqa: F401
