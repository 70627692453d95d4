"""Training's Celery tasks: the assessments part."""
