"""The whole-page cache of the public site: what it keeps, what it never keeps, that every change
a visitor could see empties it, and that the "Was this helpful?" form still works from a cached
page with each visitor's own CSRF token."""

import re

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.models import PageViewRestriction

from helpcenter.models import ArticleFeedback, ContactSettings
from surveys.services import erase_customer, moderation
from tests.factories.helpcenter import ArticlePageFactory
from tests.surveys.conftest import (  # noqa: F401  (fixtures, found by name)
    answer,
    english_survey,
    locales,
    support_staff,
    surveys_settings,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.HELPCENTER_PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_a_second_visit_is_served_from_the_cache_without_the_database(
    client, article, django_assert_num_queries
):
    assert fetch(client, article.url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = fetch(Client(), article.url)
    assert again["X-Page-Cache"] == "hit"
    assert article.title in again.content.decode()
    # The headers the fresh page had are replayed: the policy, the language.
    assert "script-src 'self'" in again["Content-Security-Policy"]
    assert again["Content-Language"] == "en"


@pytest.mark.parametrize(
    ("url", "client_kind"),
    [
        ("{article}?feedback=thanks", "anonymous"),
        ("{article}", "signed_in"),
        ("/search/", "anonymous"),
        ("/api/v1/help/search?q=parcel", "anonymous"),
        ("/admin/", "signed_in"),
    ],
)
def test_personal_and_dynamic_answers_are_never_cached(url, client_kind, article, admin_user):
    client = Client()
    if client_kind == "signed_in":
        client.force_login(admin_user)
    url = url.format(article=article.url)
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)


def test_a_missing_page_is_not_cached(client, home):
    assert client.get("/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/no-such-page/")


def test_publishing_a_change_reaches_the_next_visitor(client, article, django_capture_on_commit_callbacks):
    fetch(client, article.url)
    assert fetch(client, article.url)["X-Page-Cache"] == "hit"
    article.title = "Where is my parcel now?"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    fresh = fetch(client, article.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Where is my parcel now?" in fresh.content.decode()


def test_unpublishing_removes_the_page_at_once(client, article, django_capture_on_commit_callbacks):
    fetch(client, article.url)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_new_article_shows_on_its_cached_topic_page(
    client, section, article, django_capture_on_commit_callbacks
):
    fetch(client, section.url)
    with django_capture_on_commit_callbacks(execute=True):
        new = ArticlePageFactory(
            parent=section, title="Returning a gift", slug="returning-a-gift", live=False
        )
        new.save_revision().publish()
    assert "Returning a gift" in fetch(client, section.url).content.decode()


@pytest.mark.parametrize("restriction", ["login", "password"])
def test_restricting_a_page_takes_its_cached_copy_away_at_once(
    client, section, article, restriction, django_capture_on_commit_callbacks
):
    """A restriction changes no page, yet anonymous visitors must stop getting its content."""
    fetch(client, article.url)
    assert fetch(client, article.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=restriction, password="s3cret")
    refused = Client().get(article.url)
    assert refused.get("X-Page-Cache") != "hit"
    assert article.summary not in refused.content.decode()
    assert refused.status_code == (302 if restriction == "login" else 200)  # the login or password form


def test_changing_the_contact_settings_empties_the_cache(client, article, django_capture_on_commit_callbacks):
    fetch(client, article.url)
    contact = ContactSettings.for_site(article.get_site())
    with django_capture_on_commit_callbacks(execute=True):
        contact.save()
    assert fetch(client, article.url)["X-Page-Cache"] == "miss"


def test_each_visitor_gets_their_own_csrf_token_and_the_form_works(article):
    fetch(Client(), article.url)  # cached by someone else
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        page = fetch(visitor, article.url)
        assert page["X-Page-Cache"] == "hit"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
        assert "page_cache" not in token
        tokens.append(token)
        posted = visitor.post(
            f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "yes", "csrfmiddlewaretoken": token}
        )
        assert posted.status_code == 302 and posted["Location"].endswith("?feedback=thanks#feedback")
    assert tokens[0] != tokens[1]
    assert ArticleFeedback.objects.count() == 2


def test_publishing_withdrawing_and_erasing_a_review_empty_the_cache(
    client,
    home,
    english_survey,  # noqa: F811
    support_staff,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    agent = support_staff("agent")
    review = answer(english_survey, csat=5, comment="Lovely teapot", consent="on")
    assert "Lovely teapot" not in fetch(client, "/reviews/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.transition(review.pk, "publish", by=agent)
    assert "Lovely teapot" in fetch(client, "/reviews/").content.decode()
    assert fetch(client, "/reviews/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        erase_customer(review.invitation.customer.email)
    assert "Lovely teapot" not in fetch(client, "/reviews/").content.decode()
