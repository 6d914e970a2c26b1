"""Help search through the API, on the engine and again on the database backend (scripts/test runs both)."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory, FAQPageFactory

pytestmark = pytest.mark.search


@pytest.fixture
def help_content(search_backend, home):
    delivery = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    returns = CategoryPageFactory(parent=home, title="Returns", slug="returns")
    parcel = ArticlePageFactory(
        parent=delivery,
        title="Where is my parcel?",
        summary="Track your parcel from your order page.",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Open your order and tap <b>Track</b> to follow the courier.</p>",
            }
        ],
    )
    refund = ArticlePageFactory(
        parent=returns,
        title="How to return an item",
        summary="Send something back within 14 days for a refund.",
        body=[
            {"type": "paragraph", "value": "<p>Print the return label &lt;free&gt; and drop the box off.</p>"}
        ],
        external_id="4406061083301",
    )
    faq = FAQPageFactory(parent=returns, title="Returns FAQ")
    persian = Locale.objects.get(language_code="fa")
    fa_home = home.get_translation(persian)
    fa_topic = CategoryPageFactory(parent=fa_home, title="ارسال", slug="ersal", locale=persian)
    fa_article = ArticlePageFactory(
        parent=fa_topic,
        locale=persian,
        title="مرسوله‌ام کجاست؟",
        summary="پیگیری مرسوله از صفحه سفارش‌ها امکان‌پذیر است.",
        body=[{"type": "paragraph", "value": "<p>کد رهگیری ۱۲۳۴ را در سامانه پست وارد کنید. پیک می‌رسد.</p>"}],
    )
    search_backend.refresh_indexes()
    return {"parcel": parcel, "refund": refund, "faq": faq, "fa": fa_article, "delivery": delivery}


def search(client, q, **params):
    return client.get("/api/v1/help/search", {"q": q, **params})


def titles(response):
    return [result["title"] for result in response.json()["results"]]


def test_finds_an_article_with_url_snippet_category_and_external_id(client, help_content):
    response = search(client, "return item")
    assert response.status_code == 200
    data = response.json()
    first = data["results"][0]
    assert first["title"] == "How to return an item"
    assert first["url"] == help_content["refund"].url
    assert first["category"] == "Returns"
    assert first["external_id"] == "4406061083301"
    assert data["total"] >= 1 and data["low_confidence"] is False and data["degraded"] is False


def test_a_renamed_topic_shows_in_the_next_search(client, help_content):
    """Topic titles are remembered per process; publishing a topic forgets them at once."""
    assert search(client, "return item").json()["results"][0]["category"] == "Returns"
    returns = help_content["refund"].get_parent().specific
    returns.title = "Returns and refunds"
    returns.save_revision().publish()
    assert search(client, "return item").json()["results"][0]["category"] == "Returns and refunds"


def test_a_result_is_remembered_until_its_page_changes(client, help_content):
    """A result's title and URL are remembered per process; a published change shows in the next search."""
    first = search(client, "return item").json()["results"][0]
    if uses_search_engine():  # the database backend loads its pages in its own search query
        with CaptureQueriesContext(connection) as queries:
            assert search(client, "return item").json()["results"][0] == first
        assert not [q for q in queries if "helpcenter_articlepage" in q["sql"]]
    article = help_content["refund"]
    article.title, article.slug = "How to return an item for free", "return-for-free"
    article.save_revision().publish()
    help_content["refund"].refresh_from_db()
    renamed = search(client, "return item").json()["results"][0]
    assert renamed["title"] == "How to return an item for free"
    assert renamed["url"] == help_content["refund"].url and renamed["url"].endswith("/return-for-free/")


def test_snippets_escape_content_and_mark_matches(client, help_content):
    if not uses_search_engine():
        pytest.skip("highlighting comes from the engine")
    data = search(client, "return label").json()
    snippet = data["results"][0]["snippet"]
    assert "<mark>" in snippet
    assert "<free>" not in snippet and "&lt;free&gt;" in snippet


def test_a_snippet_marks_the_question_words_and_the_synonyms_it_was_found_by(client, help_content):
    """Snippets are highlighted by the question's words and synonym terms, not the whole query."""
    if not uses_search_engine():
        pytest.skip("highlighting comes from the engine")
    [result] = search(client, "money back").json()["results"]
    assert "<mark>refund</mark>" in result["snippet"] and "<mark>back</mark>" in result["snippet"]
    story = "I want my money back for the jacket my sister gave me last Christmas, it never fit"
    first = search(client, story).json()["results"][0]
    assert first["title"] == "How to return an item"
    assert "<mark>back</mark>" in first["snippet"]


def test_locale_is_respected(client, help_content):
    assert "مرسوله‌ام کجاست؟" not in titles(search(client, "مرسوله", locale="en"))
    assert titles(search(client, "مرسوله", locale="fa")) == ["مرسوله‌ام کجاست؟"]


@pytest.mark.parametrize(
    "query",
    [
        "مرسوله ام کجاست",  # space instead of ZWNJ
        "مرسولهام کجاست",  # run together
        "مرسوله‌ام كجاست",  # Arabic kaf
        "پيگيري مرسوله",  # Arabic yeh
    ],
)
def test_persian_spelling_variants_find_the_article(client, help_content, query):
    if not uses_search_engine():
        pytest.skip("Persian normalisation is the engine's analysis")
    assert titles(search(client, query, locale="fa"))[:1] == ["مرسوله‌ام کجاست؟"]


def test_persian_digits_match_latin_digits(client, help_content):
    if not uses_search_engine():
        pytest.skip("digit folding is the engine's analysis")
    assert titles(search(client, "کد رهگیری 1234", locale="fa"))[:1] == ["مرسوله‌ام کجاست؟"]


def test_a_misspelt_word_still_finds_its_article_and_suggests_a_correction(client, help_content):
    if not uses_search_engine():
        pytest.skip("typo tolerance is the engine's")
    data = search(client, "parcell trak").json()
    assert data["results"][0]["title"] == "Where is my parcel?"
    assert data["suggestion"] in {"parcel track", "parcel trak", "parcell track"}


def _engine_requests(monkeypatch, fail_suggestions=False):
    """The bodies sent to the engine (the real one answers them); suggestions fail when asked to."""
    from helpcenter.search import engine

    bodies = []
    send = engine.engine_search

    def recording(backend, body, **options):
        bodies.append(body)
        if fail_suggestions and "suggest" in body:
            raise ConnectionError("engine went away")
        return send(backend, body, **options)

    monkeypatch.setattr(engine, "engine_search", recording)
    return bodies


def test_a_well_spelt_question_asks_the_engine_once_and_suggests_nothing(client, help_content, monkeypatch):
    if not uses_search_engine():
        pytest.skip("the engine's requests")
    bodies = _engine_requests(monkeypatch)
    data = search(client, "where is my parcel").json()
    assert data["results"][0]["title"] == "Where is my parcel?"
    assert data["suggestion"] is None
    assert len(bodies) == 1
    assert "suggest" not in bodies[0]


def test_a_correction_the_engine_fails_to_give_leaves_the_results(client, help_content, monkeypatch):
    if not uses_search_engine():
        pytest.skip("the engine's suggestions")
    bodies = _engine_requests(monkeypatch, fail_suggestions=True)
    data = search(client, "parcell trak").json()
    assert data["results"][0]["title"] == "Where is my parcel?"
    assert data["suggestion"] is None
    assert data["degraded"] is False
    assert [("suggest" in body) for body in bodies] == [False, True]


def test_no_correction_is_asked_once_the_searchs_time_is_spent(help_content, monkeypatch):
    if not uses_search_engine():
        pytest.skip("the engine's suggestions")
    import time

    from helpcenter.search.corrections import engine_suggest
    from helpcenter.search.engine import engine_backend

    bodies = _engine_requests(monkeypatch)
    assert engine_suggest(engine_backend(), "parcell", time.monotonic()) == {}
    assert bodies == []
    assert engine_suggest(engine_backend(), "parcell", time.monotonic() + 5)
    assert len(bodies) == 1


def test_a_correction_never_comes_from_a_draft_a_private_page_or_another_language(
    client, help_content, search_backend
):
    """The engine's suggester reads every indexed word; only words a visitor could find are offered."""
    if not uses_search_engine():
        pytest.skip("the engine's suggestions")
    draft = ArticlePageFactory(parent=help_content["delivery"], title="Zanzibar courier launch")
    draft.unpublish()
    private = ArticlePageFactory(parent=help_content["delivery"], title="Kilimanjaro warehouse")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    ArticlePageFactory(
        parent=help_content["fa"].get_parent(), locale=help_content["fa"].locale, title="Serengeti ارسال"
    )
    search_backend.refresh_indexes()
    for typo in ["zanzibat", "kilimanjara", "serengety"]:
        data = search(client, f"parcel {typo}").json()
        assert data["suggestion"] is None, typo
        assert data["results"][0]["title"] == "Where is my parcel?"
    # A word a visitor can find is still offered.
    assert search(client, "parcel trakk").json()["suggestion"] == "parcel track"


def test_a_correction_changes_only_the_misspelt_words(client, help_content, monkeypatch):
    """A real word the help center lacks ("van") is not corrected to its nearest word of the index,
    nor a word the results have as written ("parcel"): no correction is even asked for them."""
    if not uses_search_engine():
        pytest.skip("the engine's suggestions")
    from helpcenter.search import semantic

    assert semantic.encoder("en") is not None  # loaded, as in a server that has searched before
    bodies = _engine_requests(monkeypatch)
    data = search(client, "parcel van").json()
    assert data["results"][0]["title"] == "Where is my parcel?"
    assert data["suggestion"] is None
    assert ["suggest" in body for body in bodies] == [False]
    assert search(client, "parcel van trakk").json()["suggestion"] == "parcel van track"


def test_only_content_words_no_result_has_and_no_encoder_knows_are_correctable():
    from helpcenter.search import semantic
    from helpcenter.search.corrections import correctable_words

    assert semantic.encoder("en") is not None and semantic.encoder("fa") is not None
    hits = [{"matched_queries": ["exact:1", "word:1"]}, {"matched_queries": ["word:0"]}]
    # "refnud" is only forgiven (word:0), "card" is in a result as written, "pair" is English.
    assert correctable_words(["refnud", "card", "pair"], hits, "en") == ["refnud"]
    # «میرسه» (it arrives) is a spoken verb form, «بچه» (child) a word e5 knows; «رهگری» is misspelt.
    assert correctable_words(["میرسه", "بچه", "رهگری"], [], "fa") == ["رهگری"]


def test_a_persian_word_is_not_corrected_to_another_form_of_itself():
    from helpcenter.search.corrections import suggestion_for

    suggest = {
        "did_you_mean_0": [
            {"text": "پولم", "options": [{"text": "پولی"}]},  # my money -> moneyed
            {"text": "خودمو", "options": [{"text": "خودرو"}]},  # myself -> car
            {"text": "گارانیت", "options": [{"text": "گارانتی"}]},  # letters swapped: misspelt
        ],
        # A word's first correction decides: the next field's is not tried in its place.
        "did_you_mean_1": [{"text": "پولم", "options": [{"text": "پول"}]}],
    }
    misspelt = ["پولم", "خودمو", "گارانیت"]
    assert suggestion_for("پولم خودمو گارانیت", suggest, misspelt, "fa") == "پولم خودمو گارانتی"
    assert suggestion_for("پولم خودمو", suggest, misspelt, "fa") is None


def test_a_misspelt_word_of_a_summary_finds_its_article(client, help_content):
    if not uses_search_engine():
        pytest.skip("typo tolerance is the engine's")
    # "refund" is only in the summary: typos are forgiven on all of a page's short texts.
    assert titles(search(client, "refnud"))[:1] == ["How to return an item"]


def test_articles_and_faq_pages_come_back_with_their_kind_url_and_topic(client, help_content):
    results = {r["title"]: r for r in search(client, "returns").json()["results"]}
    faq, article = results["Returns FAQ"], results["How to return an item"]
    assert (faq["kind"], faq["url"], faq["category"]) == ("faq", help_content["faq"].url, "Returns")
    assert (article["kind"], article["external_id"]) == ("article", "4406061083301")
    assert article["category"] == "Returns"


def test_a_search_takes_a_handful_of_database_queries(client, help_content, django_assert_max_num_queries):
    """Locale, synonyms, one query per page type found, picks, topics and the search log."""
    if not uses_search_engine():
        pytest.skip("on the database backend the search itself is database queries")
    search(client, "parcel")  # fills the per-process caches (site root paths, content types)
    with django_assert_max_num_queries(7):
        assert len(search(client, "return parcel").json()["results"]) >= 2


def test_category_filter_limits_results(client, help_content):
    response = search(client, "parcel return", category=help_content["delivery"].pk)
    assert titles(response) == ["Where is my parcel?"]


def test_nothing_found_is_low_confidence(client, help_content):
    data = search(client, "zebra xylophone quantum").json()
    assert data["total"] == 0 and data["results"] == [] and data["low_confidence"] is True


def test_unpublished_articles_are_not_found(client, help_content, search_backend):
    help_content["parcel"].unpublish()
    search_backend.refresh_indexes()
    assert "Where is my parcel?" not in titles(search(client, "parcel"))


@pytest.mark.parametrize("restriction", ["login", "password"])
def test_pages_behind_a_view_restriction_are_not_found_or_suggested(client, help_content, restriction):
    """A topic restricted to logged-in visitors or a password keeps its articles' titles and text
    out of search results and autocomplete for everyone who searches (the search is anonymous)."""
    PageViewRestriction.objects.create(
        page=help_content["delivery"], restriction_type=restriction, password="s3cret"
    )
    assert "Where is my parcel?" not in titles(search(client, "where is my parcel"))
    suggested = client.get("/api/v1/help/autocomplete", {"q": "where is my"}).json()["results"]
    assert "Where is my parcel?" not in [suggestion["title"] for suggestion in suggested]
    assert search(client, "return item").json()["results"][0]["title"] == "How to return an item"
    PageViewRestriction.objects.all().delete()  # lifted: found again at once
    assert "Where is my parcel?" in titles(search(client, "where is my parcel"))


def test_an_unpublished_or_restricted_topic_is_not_named_or_searchable_within(client, help_content):
    delivery = help_content["delivery"]
    delivery.unpublish()  # its articles stay live, as Wagtail leaves them
    first = search(client, "where is my parcel").json()["results"][0]
    assert (first["title"], first["category"]) == ("Where is my parcel?", "")
    assert search(client, "parcel", category=delivery.pk).status_code == 400
    returns = help_content["refund"].get_parent()
    PageViewRestriction.objects.create(page=returns, restriction_type="login")
    assert search(client, "return", category=returns.pk).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"unbalanced quote',
        "(((",
        "parcel OR *:*",
        "title:parcel AND body:[* TO *]",
        "\\",
        "parcel\x00\x07\x1b",
        "parcel مرسوله 📦",
        '{"query": {"match_all": {}}}',
        "<script>alert(1)</script>",
    ],
)
def test_hostile_queries_get_a_normal_answer(client, help_content, query):
    response = search(client, query)
    assert response.status_code == 200
    assert "Traceback" not in response.content.decode() and "exception" not in response.json()


def test_a_huge_query_is_a_clear_400(client, help_content):
    response = search(client, "x" * 10_000)
    assert response.status_code == 400
    assert "200 characters" in response.json()["detail"]


@pytest.mark.parametrize("params", [{"locale": "de"}, {"page": 0}, {"page_size": 500}, {"category": 999999}])
def test_bad_parameters_are_clear_4xx(client, help_content, params):
    assert search(client, "parcel", **params).status_code in {400, 422}


def test_pagination(client, help_content):
    data = search(client, "parcel return item", page_size=1).json()
    assert data["pages"] == data["total"] >= 2
    second = search(client, "parcel return item", page_size=1, page=2).json()
    assert second["results"] and second["results"] != data["results"]


def test_engine_down_answers_from_the_database(client, help_content, settings):
    if not uses_search_engine():
        pytest.skip("nothing to take down on the database backend")
    broken = {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1}
    with override_settings(WAGTAILSEARCH_BACKENDS={**settings.WAGTAILSEARCH_BACKENDS, "default": broken}):
        response = search(client, "parcel")
    assert response.status_code == 200
    data = response.json()
    assert data["degraded"] is True
    assert "Where is my parcel?" in [result["title"] for result in data["results"]]


def autocomplete(client, q, **params):
    return client.get("/api/v1/help/autocomplete", {"q": q, **params})


def test_autocomplete_offers_titles_as_the_visitor_types(client, help_content):
    response = autocomplete(client, "wher")
    assert response.status_code == 200
    assert response.json()["results"][0] == {
        "title": "Where is my parcel?",
        "url": help_content["parcel"].url,
    }


def test_autocomplete_forgives_a_typo_in_a_whole_word(client, help_content):
    if not uses_search_engine():
        pytest.skip("typo tolerance comes from the engine")
    assert [r["title"] for r in autocomplete(client, "retrun").json()["results"]][:1] == [
        "How to return an item"
    ]
    assert [r["title"] for r in autocomplete(client, "parcle").json()["results"]][:1] == [
        "Where is my parcel?"
    ]


def test_autocomplete_in_persian_respects_the_locale(client, help_content):
    assert [r["title"] for r in autocomplete(client, "مرسو", locale="fa").json()["results"]] == [
        "مرسوله‌ام کجاست؟"
    ]
    assert autocomplete(client, "مرسو", locale="en").json()["results"] == []


def test_autocomplete_tolerates_persian_spelling_variants(client, help_content):
    if not uses_search_engine():
        pytest.skip("Persian normalisation is the engine's analysis")
    titles = [r["title"] for r in autocomplete(client, "مرسوله ام كجا", locale="fa").json()["results"]]
    assert titles == ["مرسوله‌ام کجاست؟"]


@pytest.mark.parametrize(("query", "status"), [("", 200), ("x" * 5000, 400), ("(((*:*", 200)])
def test_autocomplete_hostile_input(client, help_content, query, status):
    response = autocomplete(client, query)
    assert response.status_code == status
    if status == 200:
        assert isinstance(response.json()["results"], list)


def test_autocomplete_unknown_locale_is_400(client, help_content):
    assert autocomplete(client, "parcel", locale="xx").status_code == 400


def test_a_slow_engine_times_out_within_a_second_and_the_database_answers(client, help_content, settings):
    """A real socket that accepts and never answers stands in for an engine stuck under load."""
    if not uses_search_engine():
        pytest.skip("nothing to slow down on the database backend")
    import socket
    import time

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    stuck = {
        **settings.WAGTAILSEARCH_BACKENDS["default"],
        "URLS": [f"http://127.0.0.1:{silent.getsockname()[1]}"],
    }
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS={**settings.WAGTAILSEARCH_BACKENDS, "default": stuck}):
            started = time.monotonic()
            response = search(client, "parcel")
            elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert response.status_code == 200
    assert response.json()["degraded"] is True
    assert "Where is my parcel?" in titles(response)
    assert elapsed < settings.HELPCENTER_SEARCH_TIMEOUT + 1.0


@override_settings(HELPCENTER_SEARCH_STARTER_VOCABULARY=False)
def test_editor_synonyms_apply_at_once_per_language(client, help_content):
    from helpcenter.search.models import SynonymGroup

    assert "How to return an item" not in titles(search(client, "reimbursement"))
    SynonymGroup.objects.create(language="en", terms="refund, money back, reimbursement")
    assert titles(search(client, "reimbursement"))[:1] == ["How to return an item"]
    SynonymGroup.objects.create(language="fa", terms="مرسوله, بسته")
    assert titles(search(client, "بسته", locale="fa"))[:1] == ["مرسوله‌ام کجاست؟"]
    assert "How to return an item" not in titles(search(client, "reimbursement", locale="fa"))


def test_the_starter_vocabulary_bridges_customers_words_and_can_be_switched_off(client, help_content):
    assert titles(search(client, "reimbursement"))[:1] == ["How to return an item"]
    assert titles(search(client, "بسته‌ام", locale="fa"))[:1] == ["مرسوله‌ام کجاست؟"]
    with override_settings(HELPCENTER_SEARCH_STARTER_VOCABULARY=False):
        assert "How to return an item" not in titles(search(client, "reimbursement"))


@pytest.mark.parametrize(
    ("query", "low"),
    [
        ("track my parcel", False),
        ("wher is my parcle", False),  # typos, one of them of a filler word
        ("how do I return an item for a refund", False),
        ("parcel insurance premium", True),  # two of three words no page mentions
        ("student discount on parcels", True),  # a short question with a word no page mentions
    ],
)
def test_low_confidence_when_the_best_answer_misses_what_was_asked(client, help_content, query, low):
    if not uses_search_engine():
        pytest.skip("the database backend judges confidence by zero results only")
    data = search(client, query).json()
    assert data["results"], "results are still shown, low confidence or not"
    assert data["low_confidence"] is low


def test_a_persian_word_the_index_drops_is_not_judged_missing(client, help_content):
    if not uses_search_engine():
        pytest.skip("the database backend judges confidence by zero results only")
    # «هنوز» (still) is one of the engine's own Persian stop words: no page can ever match it.
    data = search(client, "مرسوله هنوز", locale="fa").json()
    assert data["results"][0]["title"] == "مرسوله‌ام کجاست؟" and data["low_confidence"] is False


def test_synonym_group_needs_two_terms():
    from django.core.exceptions import ValidationError

    from helpcenter.search.models import SynonymGroup

    with pytest.raises(ValidationError):
        SynonymGroup(language="en", terms="refund").clean()


def promote(query_string, **fields):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    return SearchPromotion.objects.create(query=Query.get(query_string), **fields)


def test_editor_promoted_results_come_first_in_their_language_only(client, help_content):
    promote("returns policy", page=help_content["faq"], description="Everything about <returns>.")
    promote(
        "returns policy", external_link_url="https://shop.example/returns", external_link_text="Shop policy"
    )
    data = search(client, "Returns policy?").json()
    first, second = data["results"][:2]
    assert (first["title"], first["promoted"], first["kind"]) == ("Returns FAQ", True, "faq")
    assert first["snippet"] == "Everything about &lt;returns&gt;."
    assert (second["url"], second["kind"], second["promoted"]) == (
        "https://shop.example/returns",
        "link",
        True,
    )
    assert [r["title"] for r in data["results"]].count("Returns FAQ") == 1
    assert data["low_confidence"] is False
    persian = search(client, "returns policy", locale="fa").json()["results"]
    assert "Returns FAQ" not in [r["title"] for r in persian]


def test_an_unpublished_promoted_page_is_not_shown(client, help_content):
    promote("parcel", page=help_content["refund"])
    help_content["refund"].unpublish()
    results = search(client, "parcel").json()["results"]
    assert all(not r["promoted"] for r in results)
    assert "How to return an item" not in [r["title"] for r in results]


def test_promotions_show_on_the_search_page_with_a_label(client, help_content):
    promote("returns policy", page=help_content["faq"])
    html = client.get("/search/", {"q": "returns policy"}).content.decode()
    assert "search-result--promoted" in html and "Recommended" in html and "Returns FAQ" in html
