"""A GIN index on the search vector that Wagtail's PostgreSQL search backend matches against
(``title || body`` of ``wagtailsearch_indexentry``): Wagtail indexes ``title`` and ``body``
apart, which no query of the combined vector can use, so every search read every entry.
Nothing to do on SQLite (its full-text table is its index).
https://www.postgresql.org/docs/15/textsearch-indexes.html
"""

from django.db import migrations

NAME = "portal_indexentry_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailsearch_indexentry USING GIN ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("home", "0006_search_vector_statistics")]

    operations = [migrations.RunPython(create, drop)]
