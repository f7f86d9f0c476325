"""Response headers on the public site and in the admin, and Django's deploy checks under the
production settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


def test_public_pages_have_a_strict_content_security_policy(client, demo_site):
    for path in ["/", "/en/", "/tin-tuc/", "/tim-kiem/?q=asean", "/khong-co/"]:
        check_public_policy(client.get(path))


def check_public_policy(response):
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_admin_gets_the_policy_wagtail_needs(client, demo_site, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    csp = policy(client.get("/admin/"))
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    # Nothing from other origins but the video players.
    assert all(not s.startswith("http") or "youtube" in s or "vimeo" in s for s in csp["img-src"])


def test_security_headers_everywhere(client, demo_site):
    for path in ["/", "/admin/login/", "/api/v2/pages/", "/feeds/news.rss"]:
        check_headers(client.get(path))


def check_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src=|type=\"application/(?:ld\+)?json\"))", re.I)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def test_public_templates_have_no_inline_script_handler_or_style(client, demo_site):
    from events.models import EventPage
    from news.models import NewsPage

    paths = ["/", "/en/", "/tin-tuc/", "/en/news/", "/su-kien/", "/tim-kiem/?q=asean", "/khong-co/"]
    paths += [NewsPage.objects.live().first().url, EventPage.objects.live().first().url]
    for path in paths:
        body = client.get(path).content.decode()
        assert INLINE_SCRIPT.findall(body) == [], path
        assert INLINE_HANDLER.findall(body) == [], path
        assert INLINE_STYLE.findall(body) == [], path


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 20 + "production-check-" + "y" * 30,
    "ALLOWED_HOSTS": "asean.moha.gov.vn",
    "DATABASE_URL": "postgres://portal:example@127.0.0.1:5432/portal",
    "WAGTAILADMIN_BASE_URL": "https://asean.moha.gov.vn",
}


def production(code):
    env = {**os.environ, **PRODUCTION_ENV}
    env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_deploy_checks_are_clean_under_production_settings():
    # With the shared cache production needs (the checks connect to nothing).
    env = {**os.environ, **PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/0"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_secure_cookies_https_and_proxy_headers():
    result = production(
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "s.SECURE_PROXY_SSL_HEADER == ('HTTP_X_FORWARDED_PROTO', 'https'), s.TRUSTED_PROXY_COUNT, "
        "s.DEBUG, s.PORTAL_TWO_FACTOR_REQUIRED)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"] * 7 + ["1", "False", "True"]


def test_production_refuses_to_start_without_its_secrets():
    env = {**os.environ, **PRODUCTION_ENV, "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_https_redirect_behind_the_proxy(client, demo_site, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    plain = client.get("/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
    assert client.get("/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
