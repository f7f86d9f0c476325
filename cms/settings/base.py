"""
Settings shared by every environment.

This module is safe for production on its own: DEBUG is off, there is no literal secret, and
cookies are secure. ``dev.py`` and ``test.py`` relax it explicitly; ``production.py`` refuses to
start when a required variable is missing. Configuration comes from the environment
(https://docs.djangoproject.com/en/5.2/topics/settings/).
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


DEBUG = False

# Empty unless provided: Django refuses to serve with an empty SECRET_KEY, and
# production.py refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY", "")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Application definition

INSTALLED_APPS = [
    "home",
    "news",
    "events",
    "workflows",
    "press",
    "reporting",
    "security",
    # After home: its privacy receiver gives aliases their original's restrictions before the
    # page cache's purges them.
    "page_cache",
    "demo",
    # wagtail_localize.locales replaces wagtail.locales (both use the "wagtaillocales"
    # label, so only one may be installed).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "security.apps.PortalUsersConfig",  # wagtail.users with guarded user and group views
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Needed by Wagtail's PostgreSQL search backend; harmless on SQLite.
    "django.contrib.postgres",
    # Background tasks in the database (alerts, search indexing) when TASKS_BACKEND=database;
    # the worker is `manage.py db_worker`.
    "django_tasks_db",
    # Two-step sign-in (security/otp.py) and the lockout of repeated failed sign-ins.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (strict on the site, Wagtail-compatible in /admin/) and the
    # Permissions-Policy header: security/middleware.py.
    "security.middleware.ContentSecurityPolicyMiddleware",
    "security.middleware.SecurityHeadersMiddleware",
    # Control characters out of, and length limits on, every query parameter.
    "security.limits.QueryLimitsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After SessionMiddleware, before CommonMiddleware:
    # https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-language-preference
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous page cache (page_cache/cache.py): after LocaleMiddleware so that the language is
    # known; outside the CSRF, auth and messages middlewares so that it sees what they did.
    "page_cache.cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(), then the two-step check for the admin; the request is kept
    # for the audit log (actor and address of publications and permission changes).
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.TwoFactorMiddleware",
    "security.middleware.AuditRequestMiddleware",
    # Crafted data that a view parses without checking: a 400 with a message, not a 500.
    "security.limits.BadInputMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

# django-axes checks first, so a locked-out account is refused before its password is tested.
# https://django-axes.readthedocs.io/en/latest/2_installation.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL (postgres://user:pass@host:5432/name), SQLite file by default.
# https://github.com/jazzband/dj-database-url
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: shared in Redis when REDIS_URL is set, so that several app servers agree
# (a session started on one server is valid on the next). django-redis rather than Django's own
# RedisCache for its socket timeouts and IGNORE_EXCEPTIONS: a Redis outage degrades to cache
# misses (and sessions read from the database) instead of server errors; /readyz still reports
# it. https://github.com/jazzband/django-redis#configure-as-cache-backend
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "asean"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    # Sessions are read from Redis and written through to the database: nobody is signed out
    # when Redis restarts or evicts keys, which the plain "cache" engine would do.
    # https://docs.djangoproject.com/en/5.2/topics/http/sessions/#using-cached-sessions
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous page cache (page_cache/cache.py): how long a response may be kept, in seconds; 0
# turns it off. Publications purge it at once; the lifetime only bounds what changes with the
# clock alone (an event becoming "ongoing", the upcoming events of the home page). On by
# default only with the shared Redis cache: a purge in one worker must reach every worker,
# which a per-process memory cache cannot do.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)

# Purges after a publication: the page cache always, and a reverse proxy that accepts PURGE
# requests at each of FRONTEND_CACHE_PURGE_URL's comma-separated base URLs (nginx, deploy/).
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {"pagecache": {"BACKEND": "page_cache.cache.PageCacheBackend"}}
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL")):
    WAGTAILFRONTENDCACHE[f"proxy{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
# Translations have their own slugs and are purged by name (page_cache/purge.py): no need for
# Wagtail to rewrite each URL's language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Vietnamese is the default language and lives at the root; English
# lives under /en/ (see cms/urls.py).
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
# Content languages are named in the reader's language in the admin ("Tiếng Anh" in the
# Vietnamese admin); the public language switcher names each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's own catalogues first, then the Vietnamese translation of Wagtail's and
# wagtail-localize's admin strings that their own catalogues leave untranslated.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# New translations of live pages start as drafts and go through review
# (wagtail-localize publishes them at once by default).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Media on S3-compatible storage (AWS S3, MinIO, Ceph...) when AWS_STORAGE_BUCKET_NAME is set, so
# that no app server holds uploads. Credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY (or an instance role), which boto3 reads itself.
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # A second upload called report.pdf gets a new name instead of replacing the
            # first one, as on the file system.
            "file_overwrite": False,
            # Nothing in the bucket is public: objects are private ...
            "default_acl": "private",
            # ... and image URLs are signed and expire. They must outlive every cached copy
            # of a page that shows them (page caches hold pages for minutes), hence a week.
            # With AWS_S3_CUSTOM_DOMAIN (a CDN that holds the credentials) URLs are unsigned.
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 7 * 24 * 3600),
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
        },
    }

# Complex page models can exceed Django's default of 1000 fields in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail (notifications of the review chain, password resets).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "asean-portal@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Security defaults (relaxed in dev.py and test.py). docs/security.md explains each one.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# A working day: an unattended admin session does not stay open for weeks.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Reverse proxies in front of the app (nginx: 1). The client's address is the one the nearest
# trusted proxy appended to X-Forwarded-For; anything a client writes there itself is ignored.
# With 0, REMOTE_ADDR is used (development server, tests).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Content-Security-Policy and Permissions-Policy: cms/settings/headers.py.
from cms.settings.headers import (  # noqa: E402, F401 -- settings of this module
    CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY_ADMIN,
    EMBED_FRAME_SOURCES,
    PERMISSIONS_POLICY,
)

# Sign-in lockout (django-axes): after 5 failures for the same user name from the same client
# address, that pair waits 15 minutes; a success resets the count. Keyed on the pair, so an
# attacker cannot lock a colleague out from elsewhere, nor guess one account from many places
# without being counted per place.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.net.client_ip"
AXES_LOCKOUT_CALLABLE = "security.views.locked_out"
AXES_VERBOSE = False

# Two-step sign-in (django-otp, TOTP apps such as FreeOTP or Google Authenticator, plus
# single-use recovery codes). Required for everyone who holds publish, user management,
# settings or approval power (security/otp.py); anyone who set up a device must use it.
PORTAL_TWO_FACTOR_REQUIRED = env_bool("PORTAL_TWO_FACTOR_REQUIRED", True)
# Setting up the first device needs a one-time code from an administrator, not the password
# alone (security.models.EnrolmentCode).
PORTAL_TWO_FACTOR_ENROLMENT_CODE = env_bool("PORTAL_TWO_FACTOR_ENROLMENT_CODE", True)
OTP_TOTP_ISSUER = "ASEAN MOHA"
# django-otp slows down guessing: each failure doubles the wait before the next try.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Wagtail
WAGTAIL_SITE_NAME = _("ASEAN Portal of the Ministry of Home Affairs")
# Base URL for links in notification e-mails; no trailing slash, no /admin.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").rstrip("/")
# "simple": no English stemming or stop words, which would drop Vietnamese syllables such as
# "to", "a", "do" (see shared notes on Vietnamese search).
WAGTAILADMIN_USER_LOGIN_FORM = "home.forms.LoginForm"
# Wagtail's database backend, every query quoted first (home/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend", "SEARCH_CONFIG": "simple"}}
# No avatars from gravatar.com: it would tell a third party which editors use the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are always served through Wagtail's view, which checks the collection's privacy on
# each download (and streams the file from the bucket on S3: a bucket URL, even signed, is never
# handed out). The web server must not serve /media/documents/ itself (deploy/).
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtaildocs-serve-method
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels covers any press photo; a small file that decompresses into a huge bitmap (a
# "decompression bomb") is refused before it is decoded.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.PortalImageForm"
# Replacing the file of a document that live pages use is the board's (home/media.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.PortalDocumentForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every handler escapes control characters: one event, one line (security/logs.py).
    "filters": {"escape_controls": {"()": "security.logs.EscapeControlCharacters"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["escape_controls"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Sign-ins, failed sign-ins, permission changes and publications, with actor and address
    # (security/audit.py); also kept in the database and shown to administrators.
    "loggers": {"portal.audit": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Items per page in the public listings.
PORTAL_PAGE_SIZE = 12
# Vietnamese dates read 19/10/2021, English 19 October 2021.
FORMAT_MODULE_PATH = ["home.formats"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Editorial workflow (workflows/): approval in the chain publishes, although neither unit heads
# nor board members may publish directly; an edit during review goes back to the first step.
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.finish.publish_workflow_state_as_system"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Each step's e-mail goes to that step's reviewers only, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Pages without a lead unit (home, fixed and index pages) are approved by the head of the unit
# that runs the portal, the Information Centre.
PORTAL_DEFAULT_UNIT_CODE = "ttth"
# A slow mail server must not hold an approval for long.
EMAIL_TIMEOUT = 10

# Machine translation for the translation editor (wagtail-localize), chosen from the
# environment: MACHINE_TRANSLATOR=deepl (DEEPL_AUTH_KEY), libretranslate (LIBRETRANSLATE_URL,
# LIBRETRANSLATE_API_KEY), dummy (development and tests) or none. By default: DeepL when a key is
# set, else LibreTranslate when a URL is set, else none. Machine text is marked for review.
MACHINE_TRANSLATOR = os.environ.get("MACHINE_TRANSLATOR", "").strip().lower()
if not MACHINE_TRANSLATOR:
    if os.environ.get("DEEPL_AUTH_KEY"):
        MACHINE_TRANSLATOR = "deepl"
    elif os.environ.get("LIBRETRANSLATE_URL"):
        MACHINE_TRANSLATOR = "libretranslate"


def machine_translator_setting(name):
    if name == "deepl":
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {
                "AUTH_KEY": os.environ.get("DEEPL_AUTH_KEY", ""),
                "FORMALITY": "prefer_more",
            },
        }
    if name == "libretranslate":
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": os.environ.get("LIBRETRANSLATE_URL", ""),
                "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    if name == "dummy":
        return {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
    return None


if machine_translator_setting(MACHINE_TRANSLATOR):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(MACHINE_TRANSLATOR)

# Reporters' feedback: messages per client address per hour, and how long messages (with their
# personal data) are kept before `manage.py purge_feedback` deletes them.
PRESS_FEEDBACK_RATE_LIMIT = env_int("PRESS_FEEDBACK_RATE_LIMIT", 5)
PRESS_FEEDBACK_RETENTION_DAYS = env_int("PRESS_FEEDBACK_RETENTION_DAYS", 365)
# The reporters' network (press/reporters.py): a record is deleted this many days after the
# reporter last gave consent (or after it was entered, without consent); their own link works
# for PRESS_REPORTER_LINK_MAX_AGE seconds.
PRESS_REPORTER_RETENTION_DAYS = env_int("PRESS_REPORTER_RETENTION_DAYS", 730)
PRESS_REPORTER_LINK_MAX_AGE = env_int("PRESS_REPORTER_LINK_MAX_AGE", 60 * 60 * 24 * 90)
# A zip of an item's photos (press/media_kit.py) holds at most this many bytes.
PRESS_MEDIA_ZIP_MAX_BYTES = env_int("PRESS_MEDIA_ZIP_MAX_BYTES", 200 * 1024 * 1024)

# Background tasks (django-tasks): run at once by default; in the database, for a worker
# (`manage.py db_worker`), when TASKS_BACKEND=database (production's default).
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_BACKEND == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}

# A review waiting longer than this many days is flagged on the ICD's follow-up dashboard.
PORTAL_REVIEW_OVERDUE_DAYS = env_int("PORTAL_REVIEW_OVERDUE_DAYS", 5)

# Wagtail's shared-password privacy stores the passwords in plain text: only login-based
# privacy (signed-in users or groups) is offered, for pages and document collections.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
# Private pages are for staff: they sign in through the admin's sign-in, with its lockout and
# two-step sign-in, rather than Wagtail's separate front-end form.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
