"""Governance's Celery tasks: the complaints part."""
