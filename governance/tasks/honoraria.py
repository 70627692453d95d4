"""Governance's Celery tasks: the honoraria part."""
