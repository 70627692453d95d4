"""The speakers' bureau's Celery tasks: the pages part."""
