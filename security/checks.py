"""Deploy checks of the portal's own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

# Caches that live in one process (or on one server's disk): each gunicorn worker, and each
# server, would count rate limits and lockouts on its own.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register(Tags.caches, Tags.security, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    """The reporters' feedback and alert rate limits and the sign-in throttles count in the
    default cache; they hold only if every worker of every server shares it (Redis:
    ``REDIS_URL``)."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        return [
            Warning(
                f"The default cache ({backend.rsplit('.', 1)[-1]}) is not shared by the "
                "workers: each one counts rate limits on its own.",
                hint="Set REDIS_URL to the shared Redis (docs/security.md).",
                id="portal.W001",
            )
        ]
    return []
