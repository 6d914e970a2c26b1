"""A database that is down or restarting is answered with 503 and Retry-After, never a 500:
JSON under /api/, a short page in the visitor's language elsewhere. Other errors stay 500s.
(tests/faults restarts a real PostgreSQL under load; here the failure is raised in place.)"""

import pytest
from django.db import OperationalError
from django.test import Client

from helpcenter import services as helpcenter_services
from helpcenter.search import services as search_services
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

pytestmark = pytest.mark.django_db


def refuse(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@pytest.fixture
def client_seeing_errors():
    return Client(raise_request_exception=False)


def test_the_api_answers_503_json_with_retry_after(client_seeing_errors, home, monkeypatch):
    monkeypatch.setattr(search_services, "search_help", refuse)
    response = client_seeing_errors.get("/api/v1/help/search", {"q": "parcel"})
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["code"] == "unavailable"
    assert "Connection refused" not in response.content.decode()  # nothing internal leaks


def test_a_page_answers_503_in_the_visitors_language(client_seeing_errors, persian_home, monkeypatch):
    category = CategoryPageFactory(parent=persian_home, title="ارسال", slug="delivery-fa")
    article = ArticlePageFactory(parent=category, title="بسته", slug="parcel-fa")
    monkeypatch.setattr(helpcenter_services, "get_public_article", refuse)
    response = client_seeing_errors.post(
        f"/helpcenter/articles/{article.pk}/feedback/", {"helpful": "yes"}, HTTP_ACCEPT_LANGUAGE="fa"
    )
    assert response.status_code == 503 and response["Retry-After"] == "5"
    html = response.content.decode()
    assert 'lang="fa" dir="rtl"' in html and "دوباره" in html


def test_any_other_error_is_still_a_500(client_seeing_errors, home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(search_services, "search_help", broken)
    response = client_seeing_errors.get("/api/v1/help/search", {"q": "parcel"})
    assert response.status_code == 500
    assert "Retry-After" not in response
