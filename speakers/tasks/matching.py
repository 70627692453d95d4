"""The speakers' bureau's Celery tasks: the matching part."""
