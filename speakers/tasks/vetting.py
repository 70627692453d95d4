"""The speakers' bureau's Celery tasks: the vetting part."""
