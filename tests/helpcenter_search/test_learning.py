"""Learning from customers: words of helpful searches find the article they chose, with safeguards
against one visitor, a script, noise and drift (helpcenter/search/learning.py)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from helpcenter.search.learning import learn, learnable_words, learned_pages
from helpcenter.search.models import LearnedWord, SearchEvent
from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory, paragraph

pytestmark = pytest.mark.search


@pytest.fixture
def articles(search_backend, home):
    topic = CategoryPageFactory(parent=home, title="Help", slug="help-topic")
    made = {
        "shavers": ArticlePageFactory(
            parent=topic,
            title="Warranty for hair dryers and shavers",
            summary="Two years on every electrical beauty appliance.",
            body=paragraph("Send us the serial number and we repair or replace it."),
        ),
        "payment": ArticlePageFactory(
            parent=topic,
            title="Ways to pay",
            summary="Cards, Klarna and gift cards.",
            body=paragraph("Charge your gift card balance at checkout."),
        ),
        "returns": ArticlePageFactory(
            parent=topic,
            title="How to return an item",
            summary="Print a label and drop the parcel off.",
            body=paragraph("Returns are free within 30 days."),
        ),
    }
    search_backend.refresh_indexes()
    return made


def searched(query, page, *, helpful=True, days_ago=0, language="en", excluded=SearchEvent.COUNTED):
    """A logged search that opened ``page`` and voted on it, ``days_ago`` days ago."""
    event = SearchEvent.objects.create(
        query=SearchEvent.normalise(query),
        language=language,
        result_count=3,
        clicked_page=page,
        rated_helpful=helpful,
        excluded=excluded,
    )
    SearchEvent.objects.filter(pk=event.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return event


def learned(page=None):
    rows = LearnedWord.objects.filter(rejected=False)
    if page is not None:
        rows = rows.filter(page=page)
    return set(rows.values_list("word", flat=True))


def search(client, q, locale="en"):
    response = client.get("/api/v1/help/search", {"q": q, "locale": locale})
    assert response.status_code == 200
    return response.json()


def test_words_of_helpful_searches_find_the_article_that_never_says_them(client, articles):
    if not uses_search_engine():
        pytest.skip("learned words are scored by the engine's query; the database backend ignores them")
    shavers = articles["shavers"]
    before = search(client, "beard trimmer won't charge")
    assert before["low_confidence"] is True
    assert not before["results"] or before["results"][0]["title"] != shavers.title

    # One customer through the API: searched, opened the article, voted it helpful.
    customer = Client(HTTP_HOST="localhost")
    search_id = search(customer, "beard trimmer")["search_id"]
    customer.post(
        f"/api/v1/help/searches/{search_id}/click", {"page_id": shavers.pk, "rank": 3}, "application/json"
    )
    customer.get(shavers.url)
    vote = customer.post(
        f"/api/v1/help/articles/{shavers.pk}/feedback", {"helpful": True}, "application/json"
    )
    assert vote.status_code == 201
    # Two more on other days.
    searched("beard trimmer stopped charging", shavers, days_ago=3)
    searched("my beard trimmer is dead", shavers, days_ago=9)
    call_command("learn_search_words", stdout=StringIO())
    assert {"beard", "trimmer"} <= learned(shavers)

    after = search(client, "beard trimmer won't charge")
    assert after["results"][0]["title"] == shavers.title
    assert after["low_confidence"] is False


def test_one_sitting_a_few_searches_or_an_unhelpful_answer_teach_nothing(articles):
    shavers, payment = articles["shavers"], articles["payment"]
    for _ in range(5):  # many votes, one day: one person or one script
        searched("trimmer", shavers)
    searched("epilator", shavers, days_ago=1)  # two days, two searches
    searched("epilator", shavers, days_ago=2)
    for days_ago in (1, 2, 3):  # three helpful, two "not helpful": one net
        searched("clippers", shavers, days_ago=days_ago)
    searched("clippers", shavers, helpful=False)
    searched("clippers", shavers, helpful=False, days_ago=4)
    for days_ago in (1, 2, 3):  # as often helpful on another article: it tells them apart no better
        searched("voucher", shavers, days_ago=days_ago)
        searched("voucher", payment, days_ago=days_ago)
    learn()
    assert learned() == set()


def test_searches_left_out_of_the_reports_teach_nothing(articles):
    shavers = articles["shavers"]
    for excluded in (SearchEvent.BOT, SearchEvent.REPEAT, SearchEvent.PROBE):
        for days_ago in (1, 2, 3):
            searched("trimmer", shavers, days_ago=days_ago, excluded=excluded)
    learn()
    assert learned() == set()


def test_numbers_and_story_words_are_never_learned():
    words = learnable_words("order 10442 for my sister yesterday, the trimmer 2x dead", "en")
    assert {"trimmer", "dead"} <= words
    assert not {"10442", "sister", "yesterday", "2x", "2"} & words


def test_a_word_customers_stop_using_is_forgotten(articles):
    shavers = articles["shavers"]
    for days_ago in (1, 2, 3):
        searched("trimmer", shavers, days_ago=days_ago)
    learn()
    assert learned(shavers) == {"trimmer"}
    SearchEvent.objects.update(created_at=timezone.now() - timedelta(days=181))
    learn()
    assert learned() == set()


def test_a_rejected_word_stays_rejected_and_finds_nothing(articles):
    shavers = articles["shavers"]
    for days_ago in (1, 2, 3):
        searched("trimmer", shavers, days_ago=days_ago)
    learn()
    assert learned_pages(["trimmer", "charge"], "en") == [[shavers.pk], []]
    LearnedWord.objects.filter(word="trimmer").update(rejected=True)
    for days_ago in (4, 5, 6):
        searched("trimmer", shavers, days_ago=days_ago)
    learn()
    assert learned() == set()
    assert LearnedWord.objects.get(word="trimmer").rejected is True
    assert learned_pages(["trimmer"], "en") == [[]]


def test_an_article_learns_its_most_used_words_only(articles, settings):
    settings.HELPCENTER_SEARCH_LEARNING_MAX_WORDS = 2
    shavers = articles["shavers"]
    for repeat, word in enumerate(["trimmer", "clippers", "epilator"]):
        for days_ago in range(3 + repeat):
            searched(word, shavers, days_ago=days_ago)
    learn()
    assert learned(shavers) == {"clippers", "epilator"}
    # A rejected word gives its slot to the next most used one.
    LearnedWord.objects.filter(word="epilator").update(rejected=True)
    learn()
    assert learned(shavers) == {"clippers", "trimmer"}


def test_learning_switched_off_is_not_used(articles, settings):
    shavers = articles["shavers"]
    for days_ago in (1, 2, 3):
        searched("trimmer", shavers, days_ago=days_ago)
    learn()
    settings.HELPCENTER_SEARCH_LEARNING = False
    assert learned_pages(["trimmer"], "en") == [[]]


def test_persian_searches_teach_persian_words(articles, persian_home):
    shavers = articles["shavers"]
    for days_ago in (1, 2, 3):
        searched("ریش‌تراش شارژ نمیگیره", shavers, days_ago=days_ago, language="fa")
    learn()
    assert {"ریش", "تراش"} <= set(LearnedWord.objects.filter(language="fa").values_list("word", flat=True))
    assert learned_pages(["تراش"], "en") == [[]]


def test_editors_review_and_reject_learned_words_but_cannot_add_them(admin_client, articles):
    shavers = articles["shavers"]
    for days_ago in (1, 2, 3):
        searched("trimmer", shavers, days_ago=days_ago)
    learn()
    word = LearnedWord.objects.get()
    listing = admin_client.get("/admin/snippets/helpcenter_search/learnedword/")
    assert listing.status_code == 200 and b"trimmer" in listing.content
    assert admin_client.get("/admin/snippets/helpcenter_search/learnedword/add/").status_code in (302, 403)
    edit = f"/admin/snippets/helpcenter_search/learnedword/edit/{word.pk}/"
    assert admin_client.post(edit, {"rejected": "on"}).status_code == 302
    word.refresh_from_db()
    assert word.rejected is True
