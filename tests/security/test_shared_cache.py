"""Rate limits hold across workers: a deploy check warns when production runs on a cache that
each worker keeps for itself, and workers of one shared cache count together."""

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.test import RequestFactory

import press.models
from security.checks import shared_cache_check
from tests.security.test_headers import production

pytestmark = pytest.mark.django_db


def test_production_without_a_shared_cache_gets_a_deploy_warning():
    result = production(
        "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    assert result.returncode != 0
    assert "portal.W001" in result.stderr + result.stdout
    assert "REDIS_URL" in result.stderr + result.stdout


def test_the_check_accepts_redis_and_refuses_per_process_caches(settings):
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "x"}}
    assert shared_cache_check(None) == []
    for backend in ("locmem.LocMemCache", "filebased.FileBasedCache", "dummy.DummyCache"):
        settings.CACHES = {"default": {"BACKEND": f"django.core.cache.backends.{backend}"}}
        assert [w.id for w in shared_cache_check(None)] == ["portal.W001"]


def feedback_from(worker_cache, monkeypatch, count):
    """``count`` messages from one address, each handled by the worker using ``worker_cache``."""
    monkeypatch.setattr(press.models, "cache", worker_cache)
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")
    return [press.models.rate_limited(request) for _ in range(count)]


def test_two_workers_of_one_shared_cache_count_together(monkeypatch, settings):
    settings.PRESS_FEEDBACK_RATE_LIMIT = 4
    call_command("createcachetable", "portal_shared_cache_test")
    # Two workers: two cache clients of the same shared backend (a table of the database).
    worker_a = DatabaseCache("portal_shared_cache_test", {})
    worker_b = DatabaseCache("portal_shared_cache_test", {})
    assert worker_a is not worker_b
    counted = []
    for _ in range(3):
        counted += feedback_from(worker_a, monkeypatch, 1)
        counted += feedback_from(worker_b, monkeypatch, 1)
    # The limit of 4 holds over both workers: the 5th and 6th messages are refused.
    assert counted == [False, False, False, False, True, True]


def test_two_workers_with_their_own_memory_cache_each_count_alone(monkeypatch, settings):
    settings.PRESS_FEEDBACK_RATE_LIMIT = 4
    worker_a = LocMemCache("worker-a", {})
    worker_b = LocMemCache("worker-b", {})
    counted = []
    for _ in range(3):
        counted += feedback_from(worker_a, monkeypatch, 1)
        counted += feedback_from(worker_b, monkeypatch, 1)
    assert counted == [False] * 6  # six messages pass a limit of four: what the check warns of
