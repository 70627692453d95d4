"""Training's Celery tasks: the sessions part."""
