"""The migrations that gave news items and events one abstract base (``home.item_page``) and the
units their review permissions change no table: on PostgreSQL, with the demo content loaded,
they emit no SQL, and migrating back to the state before them and forward again leaves every
row and column of the tables concerned as it was."""

import pytest
from django.core.management import call_command
from django.db import connection

# The migrations concerned, and the state before each.
MIGRATIONS = [
    ("news", "0004_shared_item_page_fields", "0003_newspage_channels"),
    ("events", "0005_shared_item_page_fields", "0004_eventpage_channels"),
    (
        "workflows",
        "0005_unit_review_permissions",
        "0004_unit_press_contact_email_unit_press_contact_name_and_more",
    ),
]
TABLES = [
    "news_newspage",
    "news_newspage_channels",
    "news_newspage_coordinating_units",
    "news_newspage_themes",
    "events_eventpage",
    "events_eventpage_channels",
    "events_eventpage_coordinating_units",
    "events_eventpage_participating_countries",
    "events_eventpage_themes",
    "workflows_unit",
    "wagtailcore_page",
]

pytestmark = [
    # transaction: migrate runs outside a test transaction; serialized_rollback: the rows that
    # migrations create (root page, locales) come back for the next test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the schema is checked on PostgreSQL"
    ),
]


def snapshot():
    """Every table's columns (name, type, nullability, default) and rows."""
    state = {}
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(
                "SELECT column_name, data_type, is_nullable, column_default "
                "FROM information_schema.columns WHERE table_name = %s ORDER BY column_name",
                [table],
            )
            columns = cursor.fetchall()
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY 1')  # noqa: S608 -- fixed names
            state[table] = (columns, cursor.fetchall())
    return state


def test_the_migrations_emit_no_sql(run_command):
    for app_label, name, _previous in MIGRATIONS:
        out, _err = run_command("sqlmigrate", app_label, name)
        statements = [
            line
            for line in out.splitlines()
            if line.strip() and not line.startswith("--") and line not in ("BEGIN;", "COMMIT;")
        ]
        assert statements == [], (app_label, name)


def test_demo_content_is_unchanged_across_the_migrations(run_command):
    run_command("load_initial_data")
    before = snapshot()
    assert before["news_newspage"][1] and before["events_eventpage"][1]
    assert before["news_newspage_coordinating_units"][1] or before["events_eventpage_channels"][1]
    try:
        for app_label, _name, previous in MIGRATIONS:
            call_command("migrate", app_label, previous, verbosity=0)
        assert snapshot() == before
    finally:
        call_command("migrate", verbosity=0)
    assert snapshot() == before
