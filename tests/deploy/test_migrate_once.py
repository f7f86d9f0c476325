"""`manage.py migrate_once`: migrations run under a PostgreSQL advisory lock."""

import io
import threading
from unittest import mock

import psycopg2
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from home.management.commands import migrate_once

pytestmark = [
    # serialized_rollback: the rows that migrations create (root page, locales) come back for
    # the tests that follow the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Advisory locks exist on PostgreSQL only; SQLite serves a single server.",
    ),
]


@pytest.fixture
def other_server():
    """A second database session, as another app server starting at the same time."""
    params = connection.get_connection_params()
    other = psycopg2.connect(**params)
    other.autocommit = True
    yield other
    other.close()


def try_lock(session):
    with session.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [migrate_once.LOCK_KEY])
        return cursor.fetchone()[0]


def unlock(session):
    with session.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [migrate_once.LOCK_KEY])


def test_migrate_runs_while_holding_the_lock(other_server):
    seen = {}

    def fake_migrate(name, **options):
        seen["name"] = name
        seen["other_server_could_lock"] = try_lock(other_server)

    with mock.patch.object(migrate_once, "call_command", side_effect=fake_migrate):
        call_command("migrate_once", stdout=io.StringIO())
    assert seen == {"name": "migrate", "other_server_could_lock": False}
    # Released afterwards: the next release can migrate.
    assert try_lock(other_server) is True
    unlock(other_server)


def test_waits_for_another_server_then_gives_up(other_server):
    assert try_lock(other_server)
    out = io.StringIO()
    with (
        mock.patch.object(migrate_once, "call_command") as migrate,
        pytest.raises(CommandError, match="held the migration lock"),
    ):
        call_command("migrate_once", timeout=1, stdout=out)
    migrate.assert_not_called()
    assert "waiting" in out.getvalue()
    unlock(other_server)


def test_starts_as_soon_as_the_other_server_is_done(other_server):
    assert try_lock(other_server)
    threading.Timer(1.0, unlock, [other_server]).start()
    with mock.patch.object(migrate_once, "call_command") as migrate:
        call_command("migrate_once", timeout=30, stdout=io.StringIO())
    migrate.assert_called_once()


def test_release_commands_run_after_migrate_under_the_lock(other_server):
    calls = []

    def record(name, **options):
        calls.append((name, try_lock(other_server)))

    with mock.patch.object(migrate_once, "call_command", side_effect=record):
        call_command("migrate_once", then=["setup_editorial_workflow"], stdout=io.StringIO())
    assert calls == [("migrate", False), ("setup_editorial_workflow", False)]


def test_unknown_release_command_is_refused_before_migrating():
    with (
        mock.patch.object(migrate_once, "call_command") as migrate,
        pytest.raises(CommandError, match="Unknown command"),
    ):
        call_command("migrate_once", then=["no_such_command"], stdout=io.StringIO())
    migrate.assert_not_called()


def test_real_migrate_finds_nothing_left_to_apply():
    out = io.StringIO()
    call_command("migrate_once", stdout=out)
    assert "No migrations to apply" in out.getvalue()
