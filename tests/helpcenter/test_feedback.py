"""'Was this helpful?': one vote per visitor per article, through the API and the plain form."""

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from helpcenter.models import ArticleFeedback, ArticleReadCount
from helpcenter.services import AlreadyVoted, record_feedback
from tests.factories.helpcenter import ArticlePageFactory


def vote(client, article_id, **payload):
    return client.post(
        f"/api/v1/help/articles/{article_id}/feedback", json.dumps(payload), content_type="application/json"
    )


def test_api_vote_is_stored_with_an_anonymous_visitor(client, article):
    response = vote(client, article.pk, helpful=True, comment="Clear, thanks")
    assert response.status_code == 201
    assert response.json() == {
        "article": article.pk,
        "helpful": True,
        "message": "Thank you for your feedback!",
    }
    stored = ArticleFeedback.objects.get()
    assert stored.helpful and stored.comment == "Clear, thanks"
    assert len(stored.visitor) == 64  # a keyed hash, not the cookie itself
    assert stored.visitor != client.cookies["hc_visitor"].value
    assert client.cookies["hc_visitor"]["httponly"]


def test_repeated_vote_is_refused_with_409_and_nothing_stored(client, article):
    assert vote(client, article.pk, helpful=True).status_code == 201
    response = vote(client, article.pk, helpful=False, comment="changed my mind")
    assert response.status_code == 409
    assert "already" in response.json()["detail"]
    assert ArticleFeedback.objects.count() == 1
    assert ArticleFeedback.objects.get().helpful is True


def test_a_different_visitor_can_vote(article):
    assert vote(Client(), article.pk, helpful=True).status_code == 201
    assert vote(Client(), article.pk, helpful=False).status_code == 201
    assert ArticleFeedback.objects.filter(article=article).count() == 2


def test_forged_visitor_cookie_is_ignored_and_replaced(client, article):
    client.cookies["hc_visitor"] = "forged-value"
    assert vote(client, article.pk, helpful=True).status_code == 201
    assert client.cookies["hc_visitor"].value != "forged-value"


def test_vote_on_missing_article_is_404_and_nothing_stored(client, home):
    response = vote(client, 999_999, helpful=True)
    assert response.status_code == 404
    assert ArticleFeedback.objects.count() == 0


def test_vote_on_unpublished_article_is_404_and_nothing_stored(client, section):
    draft = ArticlePageFactory(parent=section)
    draft.unpublish()
    assert vote(client, draft.pk, helpful=True).status_code == 404
    assert ArticleFeedback.objects.count() == 0


def test_vote_on_a_page_that_is_not_an_article_is_404(client, category):
    assert vote(client, category.pk, helpful=True).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"helpful": "perhaps"}, {"helpful": True, "comment": "x" * 1001}, {"helpful": None}],
)
def test_malformed_vote_is_422_and_nothing_stored(client, article, payload):
    response = vote(client, article.pk, **payload)
    assert response.status_code == 422
    assert ArticleFeedback.objects.count() == 0


def test_not_json_is_a_clear_error(client, article):
    response = client.post(
        f"/api/v1/help/articles/{article.pk}/feedback", "helpful=yes", content_type="application/json"
    )
    assert response.status_code in {400, 422}
    assert ArticleFeedback.objects.count() == 0


def test_comment_with_nul_byte_is_refused(client, article):
    assert vote(client, article.pk, helpful=False, comment="bad\x00byte").status_code == 422
    assert ArticleFeedback.objects.count() == 0


def test_form_vote_without_javascript_redirects_back_with_thanks(client, article):
    response = client.post(
        f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "no", "comment": "Too vague"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?feedback=thanks#feedback"
    assert ArticleFeedback.objects.get().comment == "Too vague"
    page = client.get(response["Location"].split("#")[0]).content.decode()
    assert "Thank you for your feedback!" in page
    assert '<form method="post" action="/helpcenter/articles/' not in page


def test_form_vote_twice_says_already_voted(client, article):
    client.post(f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "yes"})
    response = client.post(f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "no"})
    assert response["Location"].endswith("?feedback=already#feedback")
    assert ArticleFeedback.objects.count() == 1


def test_form_vote_without_a_choice_stores_nothing(client, article):
    response = client.post(f"/helpcenter/articles/{article.pk}/feedback/", {"comment": "hm"})
    assert response["Location"].endswith("?feedback=invalid#feedback")
    assert ArticleFeedback.objects.count() == 0


def test_form_is_protected_by_csrf(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "yes"})
    assert response.status_code == 403
    assert ArticleFeedback.objects.count() == 0


def test_form_vote_on_missing_article_is_404(client, home):
    assert client.post("/helpcenter/articles/424242/feedback/", {"helpful": "yes"}).status_code == 404


def test_get_on_form_endpoint_is_405(client, article):
    assert client.get(f"/helpcenter/articles/{article.pk}/feedback/").status_code == 405


def test_comment_is_escaped_when_rendered(client, article):
    record_feedback(article.pk, helpful=False, comment="<script>alert(1)</script>", visitor_id="v1")
    assert ArticleFeedback.objects.get().comment == "<script>alert(1)</script>"  # stored as written


def test_read_beacon_counts_once_per_visitor_per_day(client, article):
    client.get(article.url)  # the article page gives the visitor cookie the beacon carries
    for _ in range(3):
        assert client.post(f"/api/v1/help/articles/{article.pk}/read").status_code == 204
    assert ArticleReadCount.objects.get(article=article).count == 1
    assert client.post("/api/v1/help/articles/31337/read").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_concurrent_votes_from_one_visitor_store_exactly_one(home):
    """Real threads and connections: the unique constraint, not a lookup, decides."""
    from tests.factories.helpcenter import CategoryPageFactory

    section = CategoryPageFactory(parent=CategoryPageFactory(parent=home))
    article = ArticlePageFactory(parent=section)
    outcomes = []
    barrier = threading.Barrier(6)

    def cast():
        barrier.wait()
        try:
            record_feedback(article.pk, helpful=True, comment="", visitor_id="same-visitor")
            outcomes.append("stored")
        except AlreadyVoted:
            outcomes.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=cast) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["already"] * 5 + ["stored"]
    assert ArticleFeedback.objects.filter(article=article).count() == 1


@pytest.mark.django_db
def test_an_id_no_database_integer_holds_is_not_found(client):
    # Found by the API fuzzer on SQLite, which refuses to compare with such a number (a 500).
    huge = 2**70
    assert client.post(f"/api/v1/help/articles/{huge}/read").status_code == 404
    response = client.post(
        f"/api/v1/help/articles/{huge}/feedback", {"helpful": True}, content_type="application/json"
    )
    assert response.status_code == 404
