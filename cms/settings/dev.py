"""Local development: debug on, console e-mail, plain HTTP on 127.0.0.1."""

from .base import *

DEBUG = True

# A development-only key; production.py demands a real one from the environment.
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-dev-only-asean-portal"  # noqa: S105 -- dev only

# ".localhost" also admits the demo sites tapchi.localhost, htqt.localhost... (RFC 6761: every
# *.localhost name is the loopback address).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [".localhost", "127.0.0.1", "[::1]"])
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL or "http://127.0.0.1:8000"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Templates and code change under the developer's eyes: no page cache unless asked for.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)

# Plain HTTP on the development server.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# A stand-in machine translator (it reverses the text) unless one is configured.
if not MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting("dummy")

# Two-step sign-in is off on a development machine, so that the demo accounts sign in with their
# password alone; PORTAL_TWO_FACTOR_REQUIRED=1 turns it on. Tests and production require it.
PORTAL_TWO_FACTOR_REQUIRED = env_bool("PORTAL_TWO_FACTOR_REQUIRED", False)
# When it is turned on, the first device is set up without an administrator's code.
PORTAL_TWO_FACTOR_ENROLMENT_CODE = env_bool("PORTAL_TWO_FACTOR_ENROLMENT_CODE", False)
