"""Settings shared by every environment.

Read from the environment with django-environ; `local`, `test` and `production`
refine them. https://docs.djangoproject.com/en/5.2/ref/settings/
"""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file is a convenience for local work only; production reads the real environment.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def redis_url_with_db(url: str, db: int) -> str:
    """The same Redis server as `url`, another logical database (tests keep theirs apart)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", parts.query, parts.fragment))


DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

# --- Applications -----------------------------------------------------------------------------

DJANGO_APPS = [
    "network.apps.NetworkAdminConfig",  # django.contrib.admin with the network's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",  # the dev server serves static files the way production does
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",  # so templates/django/forms/ can override the field templates
]
THIRD_PARTY_APPS = [
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "guardian",
    "django_htmx",
    "csp",
    "django_ckeditor_5",
]
LOCAL_APPS = [
    "network",
    "members",
    "governance",
    "training",
    "speakers",
    "content",
    "content.forums",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "network.middleware.InvalidFormStatusMiddleware",
    "network.middleware.SignInRequiredMiddleware",
]

# Form widgets render through TEMPLATES, so the project's accessible field template applies.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "network.urls"
WSGI_APPLICATION = "network.wsgi.application"
ASGI_APPLICATION = "network.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "network.context_processors.site",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/network")
}
# Every request is one transaction: a view that fails half-way leaves nothing half-written.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# Reuse connections across requests, and check them before use so a restarted server is no error.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Let psycopg prepare statements. Django's own cursors bind parameters on the client and never
# prepare anything; only the few fixed statements that ask for it are prepared (the forums'
# thread page: content/forums/selectors/statements.py). No connection pooler sits in between.
DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 5
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")

# Rate limits (allauth), sessions and the cache live in Redis, so any web process can answer.
# https://docs.djangoproject.com/en/5.2/topics/cache/#redis
TEMPLATE_FRAGMENTS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
    "TIMEOUT": 60 * 60 * 24,
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
CACHES = {
    "default": {
        "BACKEND": "network.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "network",
        "TIMEOUT": 300,
    },
    # Template fragments that are the same for everyone who sees them ({% cache %}: the site's
    # navigation, an empty form): in each process's memory, so a hit costs no round trip and a
    # deploy (new processes) never serves an old fragment.
    "template_fragments": TEMPLATE_FRAGMENTS_CACHE,
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14

# --- Accounts ---------------------------------------------------------------------------------

AUTH_USER_MODEL = "members.User"
# Django's and allauth's backends, reading the signed-in person with a prepared statement
# (network/auth_backends.py).
AUTHENTICATION_BACKENDS = [
    "network.auth_backends.ModelBackend",
    "network.auth_backends.AuthenticationBackend",
    "guardian.backends.ObjectPermissionBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-allauth: email is the login, verified before first use.
# https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Never reveal whether an address has an account (a stigmatized population: membership is private).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# allauth's defaults, stated so they are reviewed: they are counted in the Redis cache.
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reauthenticate": "10/m/user",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "confirm_email": "1/3m/key",
}

# https://docs.allauth.org/en/latest/mfa/configuration.html
MFA_ADAPTER = "members.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Ontario Peer Support Network"
# Fernet key for TOTP secrets at rest; derived from SECRET_KEY unless set (see members.adapters).
MFA_ENCRYPTION_KEY = env("MFA_ENCRYPTION_KEY", default="")

# https://docs.allauth.org/en/latest/usersessions/configuration.html
# Sessions are recorded at sign-in (IP, browser, time). Tracking activity would add a read and
# a write to every request; the list is for ending sessions, not for watching people.
USERSESSIONS_TRACK_ACTIVITY = False

# django-guardian: direct foreign-key permission models, no anonymous user row.
# https://django-guardian.readthedocs.io/en/stable/configuration.html
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False
GUARDIAN_RENDER_403 = False

# --- Internationalization ---------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Email ------------------------------------------------------------------------------------

# EMAIL_URL gives the backend and the server at once, e.g. smtp+tls://user:password@host:587.
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url
vars().update(env.email_url("EMAIL_URL", default="smtp://localhost:25"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="network@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds /health/ waits for each of Redis and a Celery worker's answer.
HEALTH_CHECK_TIMEOUT = env.float("HEALTH_CHECK_TIMEOUT", default=2.0)
# The address people reach the site at, for links in emails sent by workers (no request there).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
NETWORK_CONTACT_EMAIL = env("NETWORK_CONTACT_EMAIL", default="contact@example.org")

# --- Celery -----------------------------------------------------------------------------------
# https://docs.celeryq.dev/en/stable/userguide/configuration.html

CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = None  # tasks record their outcome in PostgreSQL rows, not in results
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
# A task is acknowledged once done, and redelivered if its worker dies: tasks are idempotent.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis redelivers an unacknowledged task after the visibility timeout; it must be longer than
# any countdown or eta we use (12 h), or a delayed task would run twice.
# https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html#visibility-timeout
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 60 * 60 * 12}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE = {
    "requeue-stalled-emails": {
        "task": "network.tasks.requeue_stalled_emails",
        "schedule": 60 * 10,
    },
    "purge-old-email-records": {
        "task": "network.tasks.purge_old_email_records",
        "schedule": 60 * 60 * 24,
    },
    "remind-coordinators-of-waiting-applications": {
        "task": "members.tasks.remind_coordinators_of_waiting_applications",
        "schedule": crontab(hour=9, minute=0),
    },
    "remind-members-before-expiry": {
        "task": "members.tasks.remind_members_before_expiry",
        "schedule": crontab(hour=10, minute=0),
    },
    "lapse-expired-memberships": {
        "task": "members.tasks.lapse_expired_memberships",
        "schedule": crontab(hour=0, minute=15),
    },
    # Complaints past their acknowledge or respond deadline go to the network administrators.
    "escalate-overdue-complaints": {
        "task": "governance.tasks.complaints.escalate_overdue_cases",
        "schedule": crontab(minute=5),
    },
    # Consultations whose opening time has come: email members (governance, consultations).
    "announce-due-consultations": {
        "task": "governance.tasks.consultations.announce_due_consultations",
        "schedule": crontab(minute="*/15"),
    },
    # A year after a member's last self-assessment, a reminder (training, assessments).
    "remind-due-self-assessments": {
        "task": "training.tasks.assessments.remind_due_self_assessments",
        "schedule": crontab(hour=11, minute=0),
    },
    # Sessions starting within two days: remind the people registered, once (training, sessions).
    "remind-upcoming-training-sessions": {
        "task": "training.tasks.sessions.remind_upcoming_sessions",
        "schedule": crontab(minute=20),
    },
    # Confirmed speaker requests starting within three days: remind the host, once (speakers,
    # requests).
    "remind-hosts-of-upcoming-speaker-requests": {
        "task": "speakers.tasks.requests.remind_hosts_of_upcoming_requests",
        "schedule": crontab(minute=35),
    },
    # Engagements starting within two days: remind each accepted speaker, once (speakers,
    # matching).
    "remind-speakers-of-upcoming-engagements": {
        "task": "speakers.tasks.matching.remind_speakers_of_upcoming_engagements",
        "schedule": crontab(minute=40),
    },
    # The resource library's links, checked at night; editors hear of each dead one once
    # (content, resources).
    "check-resource-links": {
        "task": "content.tasks.resources.check_resource_links",
        "schedule": crontab(hour=3, minute=10),
    },
    # Monday morning: one digest to editors of resources due for review and dead links, at most
    # once a week (content, resources).
    "send-resource-review-digest": {
        "task": "content.tasks.resources.send_review_digest",
        "schedule": crontab(hour=8, minute=30, day_of_week="mon"),
    },
    # Newsletter issues whose sending stalled (a lost task, a dead worker) go on (content,
    # newsletter); a running send is never doubled, each address gets an issue once.
    "resume-newsletter-sending": {
        "task": "content.tasks.newsletter.resume_newsletter_sending",
        "schedule": crontab(minute="*/15"),
    },
    # The forums' digests of new posts in what members watch, each period once (forums,
    # subscriptions).
    "send-daily-forum-digests": {
        "task": "content.forums.tasks.subscriptions.send_daily_digests",
        "schedule": crontab(hour=7, minute=0),
    },
    "send-weekly-forum-digests": {
        "task": "content.forums.tasks.subscriptions.send_weekly_digests",
        "schedule": crontab(hour=7, minute=0, day_of_week="mon"),
    },
}

# --- Forums -----------------------------------------------------------------------------------

# Lapsed members (their membership ended) read the categories open to all members, read-only;
# off, they read nothing until they renew (content.forums.selectors.access).
FORUMS_LAPSED_MEMBERS_READ = env.bool("FORUMS_LAPSED_MEMBERS_READ", default=True)

# --- Security ---------------------------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Nothing is loaded from another host: no CDN, analytics, remote fonts or embeds.
# https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# --- Logging ----------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Rich text --------------------------------------------------------------------------------

# CKEditor 5 (django-ckeditor-5); what it sends is cleaned by nh3 before it is stored
# (network.richtext). The toolbar offers only what the sanitizer keeps.
# https://django-ckeditor-5.readthedocs.io/ and https://ckeditor.com/docs/ckeditor5/latest/
_CKEDITOR_TOOLBAR = [
    "heading",
    "|",
    "bold",
    "italic",
    "link",
    "bulletedList",
    "numberedList",
    "blockQuote",
    "insertTable",
    "|",
    "undo",
    "redo",
]
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": ["en", "fr"],  # loads the French UI; the person's language is used
        "toolbar": {"items": _CKEDITOR_TOOLBAR},
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Paragraph", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Heading 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Heading 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Heading 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow"]},
    },
    "with_images": {
        "language": ["en", "fr"],  # loads the French UI; the person's language is used
        "toolbar": {"items": [*_CKEDITOR_TOOLBAR[:-3], "imageUpload", *_CKEDITOR_TOOLBAR[-3:]]},
        "image": {"toolbar": ["imageTextAlternative"]},
        "table": {"contentToolbar": ["tableColumn", "tableRow"]},
    },
}
# The editor uploads to our view, which re-encodes the picture and serves it from this site.
CKEDITOR_5_USER_LANGUAGE = True
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "editor_image_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
