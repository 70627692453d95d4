"""Governance's Celery tasks: the bodies part."""
