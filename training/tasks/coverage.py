"""Training's Celery tasks: the coverage part."""
