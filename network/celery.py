"""The Celery app: configured from Django settings (CELERY_ namespace), tasks found in every app.

Tasks subclass Celery's DjangoTask, whose `delay_on_commit()` enqueues only after the
surrounding transaction commits, so a worker never looks for a row that is not there yet.
https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.local")

app = Celery("network", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
