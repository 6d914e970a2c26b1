"""Publishing while the engine is down: the page goes live, search answers from the database, and the
index catches up once the engine is back. Runs against the real engine (stopped = a closed port)."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import override_settings

from helpcenter.search.models import IndexBacklog
from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory
from tests.helpcenter_search.test_api import help_content, search, titles  # noqa: F401 - shared fixture

pytestmark = [
    pytest.mark.search,
    pytest.mark.skipif(not uses_search_engine(), reason="the database backend is never behind"),
]


@pytest.fixture
def engine_down(settings):
    down = {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1}
    return override_settings(WAGTAILSEARCH_BACKENDS={**settings.WAGTAILSEARCH_BACKENDS, "default": down})


def test_publishing_while_the_engine_is_down_loses_nothing(client, help_content, engine_down, search_backend):  # noqa: F811
    parcel = help_content["parcel"]
    with engine_down:
        customs = ArticlePageFactory(
            parent=help_content["delivery"], title="Customs duties on imports", summary="Who pays import tax."
        )
        parcel.unpublish()
        data = search(client, "customs duties").json()
        assert data["degraded"] is True and titles_of(data) == ["Customs duties on imports"]
        assert "Where is my parcel?" not in titles(search(client, "parcel"))
    noted = set(IndexBacklog.objects.values_list("object_pk", flat=True))
    assert {str(customs.pk), str(parcel.pk)} <= noted

    # The engine is back: the next search answers from it and queues the catch-up.
    cache.clear()
    search(client, "anything")
    assert IndexBacklog.objects.count() == 0
    search_backend.refresh_indexes()
    data = search(client, "customs duties").json()
    assert data["degraded"] is False and titles_of(data)[:1] == ["Customs duties on imports"]
    assert "Where is my parcel?" not in titles(search(client, "parcel"))


def test_catch_up_keeps_the_backlog_while_the_engine_is_still_down(help_content, engine_down):  # noqa: F811
    with engine_down:
        ArticlePageFactory(parent=help_content["delivery"], title="Gift wrapping")
        waiting = IndexBacklog.objects.count()
        assert waiting >= 1
        with pytest.raises(CommandError, match="still fails"):
            call_command("search_catch_up", stdout=StringIO())
        assert IndexBacklog.objects.count() == waiting
    out = StringIO()
    call_command("search_catch_up", stdout=out)
    assert "0 waiting" in out.getvalue() and IndexBacklog.objects.count() == 0


def test_after_one_failure_publishing_skips_the_engine_and_notes_the_rest(help_content, engine_down, caplog):  # noqa: F811
    """An editor publishing while the engine hangs waits for one timeout, not one per index call."""
    from helpcenter.search.backends import EngineAway

    with engine_down:
        first = ArticlePageFactory(parent=help_content["delivery"], title="Gift wrapping")
        caplog.clear()
        second = ArticlePageFactory(parent=help_content["delivery"], title="Gift cards")
    skipped = [record for record in caplog.records if record.exc_info and record.exc_info[0] is EngineAway]
    assert skipped, "the second save should not have tried the engine"
    noted = set(IndexBacklog.objects.values_list("object_pk", flat=True))
    assert {str(first.pk), str(second.pk)} <= noted
    out = StringIO()
    call_command("search_catch_up", stdout=out)  # the deliberate retry is not skipped
    assert IndexBacklog.objects.count() == 0


def titles_of(data):
    return [result["title"] for result in data["results"]]
