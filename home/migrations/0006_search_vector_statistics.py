"""Statistics on the search vector that Wagtail's PostgreSQL search backend matches against
(``title || body`` of ``wagtailsearch_indexentry``).

Without them PostgreSQL guesses that a search matches one row, joins pages to index entries
in a nested loop, and counting the results of a common word among 12,000 items took 26 s (the
paginator counts every search). With them it chooses a hash join: 0.13 s (docs/performance.md).
Nothing to do on SQLite.
https://www.postgresql.org/docs/15/sql-createstatistics.html
"""

from django.db import migrations

NAME = "portal_indexentry_vector_statistics"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE STATISTICS IF NOT EXISTS {NAME} ON ((title || body)) "
        "FROM wagtailsearch_indexentry"
    )
    schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_portalsettings_accessibility_statement"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
