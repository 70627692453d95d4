"""Governance's Celery tasks: the consultations part."""
