"""Governance's Celery tasks: the registry part."""
