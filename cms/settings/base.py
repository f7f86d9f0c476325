"""
Settings shared by every environment.

This module is safe for production on its own: DEBUG is off, there is no literal secret, and
cookies are secure. ``dev.py`` and ``test.py`` relax it explicitly; ``production.py`` refuses to
start when a required variable is missing. Configuration comes from the environment
(https://docs.djangoproject.com/en/5.2/topics/settings/).
"""

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
    "wagtail.users",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After SessionMiddleware, before CommonMiddleware:
    # https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-language-preference
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous page cache (home/page_cache.py): after LocaleMiddleware so that the language is
    # known; outside the CSRF, auth and messages middlewares so that it sees what they did.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

# Cache: shared Redis cache when REDIS_URL is set, so that several app servers agree.
# https://docs.djangoproject.com/en/5.2/topics/cache/#redis
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "asean"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous page cache (home/page_cache.py): how long a response may be kept, in seconds; 0
# turns it off. Publications purge it at once; the lifetime only bounds what changes with the
# clock alone (an event becoming "ongoing", the upcoming events of the home page). On by
# default only with the shared Redis cache: a purge in one worker must reach every worker,
# which a per-process memory cache cannot do.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)

# Purges after a publication: the page cache always, and a reverse proxy that accepts PURGE
# requests at each of FRONTEND_CACHE_PURGE_URL's comma-separated base URLs (nginx, deploy/).
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {"pagecache": {"BACKEND": "home.page_cache.PageCacheBackend"}}
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL")):
    WAGTAILFRONTENDCACHE[f"proxy{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
# Translations have their own slugs and are purged by name (home/cache_purge.py): no need for
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
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
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

# Security defaults (relaxed in dev.py and test.py).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Wagtail
WAGTAIL_SITE_NAME = _("ASEAN Portal of the Ministry of Home Affairs")
# Base URL for links in notification e-mails; no trailing slash, no /admin.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").rstrip("/")
# "simple": no English stemming or stop words, which would drop Vietnamese syllables such as
# "to", "a", "do" (see shared notes on Vietnamese search).
WAGTAILADMIN_USER_LOGIN_FORM = "home.forms.LoginForm"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
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
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
