"""The speakers' bureau's Celery tasks: the applications part."""
