"""The storefront widget's server side: the loader, the framed panel and the data it asks for, who
may have them, and the analytics they feed."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from helpcenter.models import ArticleFeedback, ArticleReadCount
from helpcenter.search.models import SearchEvent
from helpcenter.widget import services

from .conftest import SHOP

pytestmark = pytest.mark.django_db

PANEL = "/helpcenter/widget/panel/"
SEARCH = "/helpcenter/widget/search"


def visitor_header():
    return {"HTTP_X_HELPCENTER_VISITOR": services.new_visitor_token()}


def panel(client, language="en", origin=SHOP, **headers):
    return client.get(PANEL, {"lang": language, "origin": origin}, **headers)


def test_loader_carries_the_launcher_settings_per_language_and_the_allowed_origins(client, help_site):
    response = client.get("/helpcenter/widget/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    body = response.content.decode()
    config = json.loads(re.search(r"var config = (\{.*?\});\n", body).group(1))
    assert config["origins"] == [SHOP]
    assert config["panel"] == PANEL
    assert config["languages"]["en"] == {
        "label": "Need help?",
        "colour": "#0b5cad",
        "position": "end",
        "close": "Close help",
        "dir": "ltr",
    }
    assert config["languages"]["fa"]["label"] == "راهنما"
    assert config["languages"]["fa"]["dir"] == "rtl"
    assert config["languages"]["fa"]["position"] == "start"
    assert "/*CONFIG*/" not in body
    assert "Access-Control-Allow-Origin" not in response


def test_loader_without_settings_says_help_in_each_language(client, home):
    config = json.loads(
        re.search(
            r"var config = (\{.*?\});\n", client.get("/helpcenter/widget/embed.js").content.decode()
        ).group(1)
    )
    assert config["languages"]["en"]["label"] == "Help"
    assert config["languages"]["fa"]["label"] == "راهنما"


def test_panel_is_framed_only_by_the_configured_origin(client, help_site):
    response = panel(client)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert f"frame-ancestors {SHOP}" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "X-Frame-Options" not in response
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("origin", "referer"),
    [
        ("https://evil.example.com", None),
        ("", None),
        (SHOP, "https://evil.example.com/page"),  # claims the shop, framed elsewhere
    ],
)
def test_panel_gives_other_origins_nothing(client, help_site, origin, referer):
    headers = {"HTTP_REFERER": referer} if referer else {}
    response = panel(client, origin=origin, **headers)
    assert response.status_code == 403
    assert response.content == b""
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_widget_origins_setting_overrides_the_cors_list(client, help_site, settings):
    settings.HELPCENTER_WIDGET_ORIGINS = ["https://other.example.com"]
    assert panel(client).status_code == 403
    assert panel(client, origin="https://other.example.com").status_code == 200


def test_panel_lists_the_context_topics_most_helpful_articles_first(client, help_site):
    ArticleFeedback.objects.create(article=help_site["late"], helpful=True, visitor="a" * 64, counted=True)
    soup = BeautifulSoup(panel(client).content, "html.parser")
    context = soup.select_one("[data-context-key=order-tracking]")
    assert context["data-context-pattern"] == "/orders/*"
    assert [a.get_text() for a in context.select("a[data-article]")] == [
        "My delivery is late",
        "Where is my parcel?",
    ]
    assert soup.select_one("html")["dir"] == "ltr"
    assert soup.select_one("[data-channel=email]")["data-address"] == "support@shop.example.com"


def test_persian_panel_is_right_to_left_with_the_persian_topic(client, help_site):
    soup = BeautifulSoup(panel(client, "fa").content, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("fa", "rtl")
    context = soup.select_one("[data-context-key=order-tracking]")
    assert [a.get_text() for a in context.select("a")] == ["مرسوله من کجاست؟"]
    assert soup.select_one("#panel-title").get_text() == "راهنما"


def test_typing_searches_are_not_stored_the_settled_one_is_with_the_widget_channel(client, help_site):
    response = client.get(SEARCH, {"q": "where is my parcel", "lang": "en"}, **visitor_header())
    assert response.status_code == 200
    data = response.json()
    assert data["results"][0]["title"] == "Where is my parcel?"
    assert data["results"][0]["page_id"] == help_site["parcel"].pk
    assert data["search_id"] is None
    assert not SearchEvent.objects.exists()
    data = client.get(
        SEARCH, {"q": "where is my parcel", "lang": "en", "log": "1"}, **visitor_header()
    ).json()
    assert data["search_id"]
    event = SearchEvent.objects.get()
    assert (event.channel, event.query, event.excluded) == ("widget", "where is my parcel", "")


def test_two_widget_visitors_asking_the_same_are_both_counted(client, help_site):
    for _ in range(2):
        client.get(SEARCH, {"q": "refund", "lang": "en", "log": "1"}, **visitor_header())
    assert list(SearchEvent.objects.values_list("excluded", flat=True)) == ["", ""]


def test_data_is_refused_to_other_sites(client, help_site):
    response = client.get(SEARCH, {"q": "parcel"}, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403 and response.content == b""
    response = client.get(SEARCH, {"q": "parcel"}, HTTP_ORIGIN="https://evil.example.com")
    assert response.status_code == 403
    article = f"/helpcenter/widget/articles/{help_site['parcel'].pk}/"
    assert client.get(article, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert "Access-Control-Allow-Origin" not in client.get(SEARCH, {"q": "parcel"}, HTTP_ORIGIN=SHOP)


def test_article_opens_in_the_panel_and_its_read_is_counted(client, help_site):
    parcel = help_site["parcel"]
    response = client.get(f"/helpcenter/widget/articles/{parcel.pk}/", {"lang": "en"}, **visitor_header())
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h2").get_text() == "Where is my parcel?"
    assert "tap Track parcel" in soup.get_text()
    assert soup.select_one("a.full-link")["href"].endswith("/delivery/where-is-my-parcel/")
    assert ArticleReadCount.objects.get(article=parcel).count == 1
    # An article of another language, or not published, is not shown.
    assert client.get(f"/helpcenter/widget/articles/{parcel.pk}/", {"lang": "fa"}).status_code == 404


def test_vote_in_the_panel_counts_once_and_credits_the_search_that_led_there(client, help_site):
    parcel = help_site["parcel"]
    headers = visitor_header()
    search_id = client.get(SEARCH, {"q": "parcel", "lang": "en", "log": "1"}, **headers).json()["search_id"]
    click = client.post(
        f"/helpcenter/widget/searches/{search_id}/click",
        json.dumps({"page_id": parcel.pk, "rank": 1}),
        content_type="application/json",
        **headers,
    )
    assert click.status_code == 204
    url = f"/helpcenter/widget/articles/{parcel.pk}/feedback?lang=en"
    body = json.dumps({"helpful": True, "search_id": search_id})
    response = client.post(url, body, content_type="application/json", **headers)
    assert response.status_code == 201
    assert response.json()["message"] == "Thank you for your feedback!"
    vote = ArticleFeedback.objects.get()
    assert vote.helpful and vote.counted
    event = SearchEvent.objects.get()
    assert (event.clicked_page_id, event.clicked_rank, event.rated_helpful) == (parcel.pk, 1, True)
    again = client.post(url, body, content_type="application/json", **headers)
    assert again.status_code == 409
    assert ArticleFeedback.objects.count() == 1


def test_writes_need_the_panels_visitor_token(client, help_site):
    url = f"/helpcenter/widget/articles/{help_site['parcel'].pk}/feedback"
    assert client.post(url, json.dumps({"helpful": True}), content_type="application/json").status_code == 403
    forged = {"HTTP_X_HELPCENTER_VISITOR": "abc:def"}
    response = client.post(url, json.dumps({"helpful": True}), content_type="application/json", **forged)
    assert response.status_code == 403
    assert not ArticleFeedback.objects.exists()


def test_contact_after_a_search_is_logged_against_it(client, help_site):
    headers = visitor_header()
    search_id = client.get(SEARCH, {"q": "student discount", "lang": "en", "log": "1"}, **headers).json()[
        "search_id"
    ]
    response = client.post(f"/helpcenter/widget/searches/{search_id}/contact", **headers)
    assert response.status_code == 204
    assert SearchEvent.objects.get().contacted
    forged = client.post("/helpcenter/widget/searches/1/contact", **headers)
    assert forged.status_code == 404


def test_a_bad_query_is_answered_with_400(client, help_site):
    response = client.get(SEARCH, {"q": "x" * 500, "lang": "en"}, **visitor_header())
    assert response.status_code in {200, 400}
