"""Governance's Celery tasks: the documents part."""
