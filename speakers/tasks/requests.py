"""The speakers' bureau's Celery tasks: the requests part."""
