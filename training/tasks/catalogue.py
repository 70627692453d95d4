"""Training's Celery tasks: the catalogue part."""
