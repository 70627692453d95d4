from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "content.forums"
    label = "forums"
    verbose_name = _("Forums")

    def ready(self) -> None:
        # The parts that listen to `signals.post_published`, and the forums' search source.
        from . import search  # noqa: F401
        from .services import distress, subscriptions  # noqa: F401
