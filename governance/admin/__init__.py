"""Governance in the admin, one module per part."""

from . import bodies, complaints, consultations, documents, honoraria, registry  # noqa: F401
