"""Training's Celery tasks: the records part."""
