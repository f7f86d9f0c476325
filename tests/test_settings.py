"""Each settings module loads in its own process, and production refuses unsafe settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 30 + "-production-example-value-0123456789",
    "ALLOWED_HOSTS": "asean.moha.gov.vn",
    "DATABASE_URL": "postgres://portal:secret@127.0.0.1:5432/portal",
    "WAGTAILADMIN_BASE_URL": "https://asean.moha.gov.vn",
}
CONFIG_VARIABLES = [
    *PRODUCTION_ENV,
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "DJANGO_SETTINGS_MODULE",
]
S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "asean-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.vn",
}


def load_settings(module, **env):
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DEBUG, settings.LANGUAGE_CODE, settings.TIME_ZONE, "
        "settings.CACHES['default']['BACKEND'], settings.DATABASES['default']['ENGINE'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=clean, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("module", "env", "debug"),
    [
        ("cms.settings.base", {}, "False"),
        ("cms.settings.dev", {}, "True"),
        ("cms.settings.test", {}, "False"),
        ("cms.settings.production", PRODUCTION_ENV, "False"),
    ],
)
def test_settings_load(module, env, debug):
    result = load_settings(module, **env)
    assert result.returncode == 0, result.stderr
    fields = result.stdout.split()
    assert fields[:3] == [debug, "vi", "Asia/Ho_Chi_Minh"]


def test_base_settings_are_safe_on_their_own():
    from cms.settings import base

    assert base.DEBUG is False
    assert base.SESSION_COOKIE_SECURE is True
    assert base.CSRF_COOKIE_SECURE is True
    assert "*" not in base.ALLOWED_HOSTS


@pytest.mark.parametrize("missing", list(PRODUCTION_ENV))
def test_production_refuses_to_start_without_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = load_settings("cms.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_refuses_a_short_secret_key():
    result = load_settings("cms.settings.production", **{**PRODUCTION_ENV, "SECRET_KEY": "short"})
    assert result.returncode != 0
    assert "SECRET_KEY must be a random value" in result.stderr


def run_settings(module, code, **env):
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    setup = "import django; django.setup(); from django.conf import settings; "
    return subprocess.run(
        [sys.executable, "-c", setup + code],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_redis_url_selects_a_shared_cache_and_sessions():
    result = run_settings(
        "cms.settings.dev",
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'], "
        "settings.SESSION_ENGINE)",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_redis.cache.RedisCache",
        "redis://127.0.0.1:6379/1",
        "django.contrib.sessions.backends.cached_db",
    ]


def test_without_redis_url_cache_and_sessions_stay_local():
    result = run_settings(
        "cms.settings.dev", "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.contrib.sessions.backends.db",
    ]


def test_s3_settings_keep_media_private_and_never_overwrite():
    code = (
        "from django.core.files.storage import storages; s = storages['default']; "
        "print(type(s).__name__, s.bucket_name, s.file_overwrite, s.default_acl, "
        "s.querystring_auth, s.endpoint_url, settings.WAGTAILDOCS_SERVE_METHOD)"
    )
    result = run_settings("cms.settings.production", code, **PRODUCTION_ENV, **S3_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3Storage",
        "asean-media",
        "False",
        "private",
        "True",
        "https://s3.example.vn",
        "serve_view",
    ]


def test_without_s3_settings_media_stay_on_disk():
    code = "from django.core.files.storage import storages as s; print(type(s['default']).__name__)"
    result = run_settings("cms.settings.production", code, **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["FileSystemStorage"]


def test_database_url_selects_postgresql():
    result = load_settings(
        "cms.settings.dev", DATABASE_URL="postgres://portal:secret@127.0.0.1:5432/portal"
    )
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.postgresql" in result.stdout


def test_default_database_is_sqlite_file_in_project_folder():
    result = load_settings("cms.settings.dev")
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.sqlite3" in result.stdout


@pytest.mark.parametrize(
    "extra",
    [
        {"REDIS_URL": "redis://127.0.0.1:6379/1"},
        {"REDIS_URL": "redis://127.0.0.1:6379/1", **S3_ENV},
    ],
    ids=["single-server", "scale-out"],
)
def test_production_passes_deploy_checks(extra):
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    clean.update(PRODUCTION_ENV, **extra, DJANGO_SETTINGS_MODULE="cms.settings.production")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def frontend_cache_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in [*CONFIG_VARIABLES, "FRONTEND_CACHE_PURGE_URL", "PAGE_CACHE_SECONDS"]
    }
    clean.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "from wagtail.contrib.frontend_cache.utils import get_backends; "
        "print(json.dumps({'backends': {n: type(b).__name__ + ' ' + getattr(b, 'cache_netloc', '')"
        " for n, b in get_backends().items()}, 'seconds': settings.PAGE_CACHE_SECONDS}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_frontend_cache_purges_the_page_cache_and_each_proxy():
    alone = frontend_cache_settings()
    assert alone["backends"] == {"pagecache": "PageCacheBackend "}
    # The page cache needs a cache shared by every worker.
    assert alone["seconds"] == 0
    proxies = frontend_cache_settings(
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8080, http://10.0.0.2:80",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert proxies["backends"] == {
        "pagecache": "PageCacheBackend ",
        "proxy0": "HTTPBackend 127.0.0.1:8080",
        "proxy1": "HTTPBackend 10.0.0.2:80",
    }
    assert proxies["seconds"] == 300
