"""The speakers' bureau's Celery tasks: the directory part."""
