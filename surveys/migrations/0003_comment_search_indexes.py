"""Trigram indexes for the feedback queue's text search (written by hand).

Substring search ("icontains", which Django writes as UPPER(column) LIKE UPPER(%s)) over a
million comments needs a trigram index on exactly UPPER(column). PostgreSQL only: the
extension and these indexes are skipped on SQLite (the embedded default), where they do not
exist, so they are created here rather than declared in Meta.indexes.
"""

from django.db import migrations

TRIGRAM_INDEXES = [
    (
        "surveys_response_comment_trgm",
        "surveys_response USING gin (UPPER(comment) gin_trgm_ops)",
    ),
    (
        "surveys_answer_value_trgm",
        "surveys_responseanswer USING gin (UPPER(value) gin_trgm_ops) WHERE is_free_text",
    ),
]


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it
        # without being a superuser. It is left in place on the way back; others may use it.
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, definition in TRIGRAM_INDEXES:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _definition in TRIGRAM_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("surveys", "0002_defaults")]

    operations = [migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False)]
