"""Every search is logged without personal data, with what the visitor did next."""

import pytest
from bs4 import BeautifulSoup

from helpcenter.search.models import SearchEvent
from tests.helpcenter_search.test_api import help_content  # noqa: F401 - shared fixture

pytestmark = pytest.mark.search


def test_api_search_is_logged_normalised_with_its_result_count(client, help_content):  # noqa: F811
    data = client.get("/api/v1/help/search", {"q": "  Where   IS my Parcel "}).json()
    event = SearchEvent.objects.get()
    assert (event.query, event.language, event.result_count) == ("where is my parcel", "en", data["total"])
    assert data["search_id"]


def test_persian_variants_are_logged_as_one_query(client, help_content):  # noqa: F811
    client.get("/api/v1/help/search", {"q": "مرسوله‌ام كجاست", "locale": "fa"})
    client.get("/api/v1/help/search", {"q": "مرسوله ام کجاست", "locale": "fa"})
    assert set(SearchEvent.objects.values_list("query", flat=True)) == {"مرسوله ام کجاست"}


def test_nothing_personal_is_stored():
    names = {field.name for field in SearchEvent._meta.get_fields()}
    assert not names & {"ip", "ip_address", "user", "session", "email", "user_agent", "visitor"}


def test_no_answer_searches_are_marked(client, help_content):  # noqa: F811
    client.get("/api/v1/help/search", {"q": "zebra quantum"})
    assert SearchEvent.objects.get().low_confidence is True


def test_empty_search_is_not_logged(client, help_content):  # noqa: F811
    client.get("/api/v1/help/search", {"q": "  "})
    assert SearchEvent.objects.count() == 0


def test_clicks_and_contacts_through_the_api(client, help_content):  # noqa: F811
    search_id = client.get("/api/v1/help/search", {"q": "parcel"}).json()["search_id"]
    page_id = help_content["parcel"].pk
    response = client.post(
        f"/api/v1/help/searches/{search_id}/click",
        {"page_id": page_id, "rank": 1},
        content_type="application/json",
    )
    assert response.status_code == 204
    assert client.post(f"/api/v1/help/searches/{search_id}/contact").status_code == 204
    event = SearchEvent.objects.get()
    assert (event.clicked_page_id, event.clicked_rank, event.contacted) == (page_id, 1, True)


def test_forged_search_id_is_404_and_changes_nothing(client, help_content):  # noqa: F811
    client.get("/api/v1/help/search", {"q": "parcel"})
    response = client.post(
        "/api/v1/help/searches/1:forged/click",
        {"page_id": help_content["parcel"].pk},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert client.post("/api/v1/help/searches/not-a-search/contact").status_code == 404
    assert SearchEvent.objects.filter(clicked_page__isnull=False).count() == 0
    assert SearchEvent.objects.filter(contacted=True).count() == 0


def test_search_page_result_links_count_the_click_and_land_on_the_article(client, help_content):  # noqa: F811
    soup = BeautifulSoup(client.get("/search/", {"q": "parcel"}).content, "html.parser")
    link = soup.select_one(".search-result__title")["href"]
    assert link.startswith("/search/click/")
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == help_content["parcel"].url
    event = SearchEvent.objects.get()
    assert event.clicked_page_id == help_content["parcel"].pk and event.clicked_rank == 1
    assert client.get("/search/click/1/", {"search": "forged:id"}).status_code == 404


def _click(client, query, page):
    search_id = client.get("/api/v1/help/search", {"q": query}).json()["search_id"]
    client.post(
        f"/api/v1/help/searches/{search_id}/click",
        {"page_id": page.pk, "rank": 1},
        content_type="application/json",
    )
    return SearchEvent.objects.get()


def test_a_vote_on_the_clicked_article_is_credited_to_the_search(client, help_content):  # noqa: F811
    parcel = help_content["parcel"]
    event = _click(client, "parcel", parcel)
    client.get(parcel.url)  # the article page gives the visitor cookie a counted vote needs
    vote = client.post(
        f"/api/v1/help/articles/{parcel.pk}/feedback", {"helpful": True}, content_type="application/json"
    )
    assert vote.status_code == 201
    event.refresh_from_db()
    assert event.rated_helpful is True


def test_a_vote_without_javascript_is_credited_too(client, help_content):  # noqa: F811
    soup = BeautifulSoup(client.get("/search/", {"q": "parcel"}).content, "html.parser")
    client.get(soup.select_one(".search-result__title")["href"])  # the no-JS click redirect sets the cookie
    client.post(f"/helpcenter/articles/{help_content['parcel'].pk}/feedback/", {"helpful": "no"})
    assert SearchEvent.objects.get().rated_helpful is False


def test_a_vote_on_another_article_or_with_a_forged_cookie_is_not_credited(client, help_content):  # noqa: F811
    _click(client, "parcel", help_content["parcel"])
    refund = help_content["refund"]
    client.post(
        f"/api/v1/help/articles/{refund.pk}/feedback", {"helpful": True}, content_type="application/json"
    )
    assert SearchEvent.objects.get().rated_helpful is None
    client.cookies["hc_search"] = f"{SearchEvent.objects.get().pk}:{help_content['parcel'].pk}"  # unsigned
    client.post(
        f"/api/v1/help/articles/{help_content['parcel'].pk}/feedback",
        {"helpful": True},
        content_type="application/json",
    )
    assert SearchEvent.objects.get().rated_helpful is None
