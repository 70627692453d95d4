"""Settings for benchmarks/forums_thread.py: the test settings (the test database and Redis
databases) without what only tests need and that costs time per request in production terms:
WhiteNoise re-scanning the static folders on each request."""

from .test import *  # noqa: F403

WHITENOISE_AUTOREFRESH = False
