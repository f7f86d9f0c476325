"""Every row of the test database, taken once and put back in a fraction of a second.

Building the demo portal (``load_initial_data``) takes several seconds; the tests that need it
(``demo_site`` in ``tests/conftest.py``) get the rows of one build instead, put back inside
their own transaction, which pytest-django rolls back as usual. Putting back replaces the rows
of every table, so the test sees exactly what the build left, whatever ran before it.

SQLite's full-text table is left to the triggers that Wagtail's search migration sets on
``wagtailsearch_indexentry``; ``sqlite_sequence`` is put back with the rest, so new ids follow
the demo's as after a build. PostgreSQL rows travel as their text form (``row::text`` and back),
which keeps every column type exact; its sequences are moved past the restored ids.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection


def _sqlite_tables(cursor):
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    tables = dict(cursor.fetchall())
    virtual = [name for name, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL")]
    return sorted(
        name
        for name in tables
        # Full-text tables and their shadow tables follow wagtailsearch_indexentry.
        if not any(name == v or name.startswith(v + "_") for v in virtual)
        and (name == "sqlite_sequence" or not name.startswith("sqlite_"))
    )


def take():
    """The rows of every table, as ``{table: (columns, rows)}``."""
    snapshot = {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for table in _sqlite_tables(cursor):
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 -- names from the schema
                columns = [column[0] for column in cursor.description]
                snapshot[table] = (columns, cursor.fetchall())
        else:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f'SELECT t::text FROM "{table}" t')  # noqa: S608 -- schema names
                snapshot[table] = (None, [row[0] for row in cursor.fetchall()])
    return snapshot


def restore(snapshot):
    """Replace the rows of every table with ``snapshot``'s, inside the current transaction."""
    with connection.cursor() as cursor:
        # Django's foreign keys are deferred: rows go in whatever the order, checked at the end.
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            for table, (columns, rows) in snapshot.items():
                cursor.execute(f'DELETE FROM "{table}"')  # noqa: S608 -- names from the schema
                if rows:
                    names = ", ".join(f'"{column}"' for column in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})',  # noqa: S608
                        rows,
                    )
        else:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, (_columns, rows) in snapshot.items():
                cursor.execute(f'DELETE FROM "{table}"')  # noqa: S608 -- names from the schema
                if rows:
                    cursor.execute(
                        f'INSERT INTO "{table}" SELECT (r::"{table}").* '  # noqa: S608
                        "FROM unnest(%s::text[]) AS r",
                        [rows],
                    )
            for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(sql)
    # Cached content types would name the ids of the database before.
    ContentType.objects.clear_cache()
