"""Settings for the test suite (pytest-django). DATABASE_URL selects PostgreSQL in CI."""

import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"  # noqa: S105 -- test only
ALLOWED_HOSTS = ["testserver", ".localhost", "127.0.0.1"]
WAGTAILADMIN_BASE_URL = "http://testserver"

# Fast hashing: the suite creates many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # noqa: S105 -- test only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests build content with the ORM (factories), which bypasses the publication signals that
# purge the page cache; the page cache's own tests turn it on (tests/home/test_page_cache.py).
PAGE_CACHE_SECONDS = 0

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="asean-test-media-"))

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# Two-step sign-in is required as in production, but the first device is set up without an
# administrator's code, so that tests of other features sign in simply; the enrolment code's
# own tests turn it on (tests/security/test_enrolment.py).
PORTAL_TWO_FACTOR_ENROLMENT_CODE = False

# A stand-in machine translator (it reverses the text) unless one is configured.
if not MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting("dummy")
