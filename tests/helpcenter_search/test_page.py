"""The /search/ page: no JavaScript needed, and never a dead end."""

import pytest
from bs4 import BeautifulSoup

from tests.helpcenter_search.test_api import help_content  # noqa: F401 - shared fixture

pytestmark = pytest.mark.search


def test_search_page_lists_results_with_snippets(client, help_content):  # noqa: F811
    soup = BeautifulSoup(client.get("/search/", {"q": "return item"}).content, "html.parser")
    first = soup.select_one(".search-result")
    assert first.select_one(".search-result__title").get_text() == "How to return an item"
    assert first.select_one(".search-result__category").get_text() == "Returns"


def test_no_answer_leads_with_contact_channels_and_topics(client, help_content):  # noqa: F811
    soup = BeautifulSoup(client.get("/search/", {"q": "zebra xylophone quantum"}).content, "html.parser")
    main = soup.select_one("main")
    assert "couldn’t find an answer" in main.get_text()
    assert main.select_one("#contact")
    assert [a.get_text() for a in main.select("#closest-topics + ul a")] == ["Delivery", "Returns"]


def test_persian_search_page_is_rtl_and_searches_persian(client, help_content):  # noqa: F811
    response = client.get("/fa/search/", {"q": "مرسوله"})
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "مرسوله‌ام کجاست؟" in html


def test_overlong_query_is_a_400_page_with_a_message(client, help_content):  # noqa: F811
    response = client.get("/search/", {"q": "x" * 10_000})
    assert response.status_code == 400
    assert "200 characters" in response.content.decode()


def test_query_is_escaped_on_the_page(client, help_content):  # noqa: F811
    html = client.get("/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
