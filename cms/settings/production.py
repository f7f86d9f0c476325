"""
Production: everything comes from the environment, and the process refuses to start when a
required variable is missing, rather than run with an unsafe default.

Deployment checklist: https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"]
_missing = [name for name in REQUIRED if not os.environ.get(name, "").strip()]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured("SECRET_KEY must be a random value of at least 50 characters.")

DEBUG = False

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# One nginx in front of the app by default: the client's address is the last one it appended
# to X-Forwarded-For (security/net.py). Set to 2 behind a load balancer plus nginx.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# The health probes answer over plain HTTP: load balancers and Kubernetes call the app directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Static files with hashed names, so that they can be cached for a long time.
# Requires `manage.py collectstatic` at each release. nginx serves them on a server
# (deploy/nginx/); in a container, where no nginx shares the disk, WhiteNoise serves them with
# far-future headers for hashed names. https://whitenoise.readthedocs.io/en/stable/django.html
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
}
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)

# Background work (alerts, search indexing) in the database, for `manage.py db_worker`.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
TASKS["default"]["BACKEND"] = (
    "django_tasks_db.DatabaseBackend"
    if TASKS_BACKEND == "database"
    else "django_tasks.backends.immediate.ImmediateBackend"
)

CONN_MAX_AGE = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")
# One JSON object a line, for the Ministry's log collection (security/logs.py).
LOGGING["formatters"] = {"json": {"()": "security.logs.JSONFormatter"}}
LOGGING["handlers"]["console"]["formatter"] = "json"
