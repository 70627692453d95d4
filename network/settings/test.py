"""Settings for the test suite: the real PostgreSQL and Redis, kept apart from development data."""

from .base import *  # noqa: F403
from .base import REDIS_URL, TEMPLATE_FRAGMENTS_CACHE, env, redis_url_with_db

DEBUG = False
SECRET_KEY = "test-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
# Fast hashing: tests create many accounts. Never used outside tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The cache (rate limits, sessions) and the broker get their own Redis databases, so tests can
# clear them without touching a developer's running platform.
TEST_REDIS_CACHE_DB = env.int("TEST_REDIS_CACHE_DB", default=14)
TEST_REDIS_BROKER_DB = env.int("TEST_REDIS_BROKER_DB", default=15)
CACHES = {
    "default": {
        "BACKEND": "network.cache.RedisCache",
        "LOCATION": redis_url_with_db(REDIS_URL, TEST_REDIS_CACHE_DB),
        "KEY_PREFIX": "network-test",
    },
    "template_fragments": TEMPLATE_FRAGMENTS_CACHE,
}
CELERY_BROKER_URL = redis_url_with_db(REDIS_URL, TEST_REDIS_BROKER_DB)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
HEALTH_CHECK_TIMEOUT = 0.5
# Tasks run in-process unless a test asks for the real worker (the `celery_worker` fixture).
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
