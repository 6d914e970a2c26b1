from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.django_db
def test_the_feedback_queues_text_search_has_its_trigram_indexes_on_postgresql():
    """Searching a million comments (icontains) scans the table without them; SQLite has none."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("trigram indexes are PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE %s", ["surveys_%_trgm"])
        names = {row[0] for row in cursor.fetchall()}
    assert names == {"surveys_response_comment_trgm", "surveys_answer_value_trgm"}
