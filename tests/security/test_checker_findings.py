"""Issue 23, the small things the checkers surfaced: Persian star labels in Persian digits, topic
pages without an empty section or list, and a visible submit button on the header search form."""

from bs4 import BeautifulSoup

from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory, FAQPageFactory
from tests.surveys.conftest import invite


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_persian_star_labels_use_persian_digits(client, persian_survey):
    _invitation, token = invite(locale="fa")
    labels = [
        label.get_text()
        for label in soup(client.get(f"/surveys/s/{token}/")).select(".stars__star .visually-hidden")
    ]
    assert labels == ["۱ ستاره", "۲ ستاره", "۳ ستاره", "۴ ستاره", "۵ ستاره"]


def test_english_star_labels_keep_their_plural(client, english_survey):
    _invitation, token = invite()
    labels = [
        label.get_text()
        for label in soup(client.get(f"/surveys/s/{token}/")).select(".stars__star .visually-hidden")
    ]
    assert labels == ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]


def test_a_topic_page_has_no_empty_list_and_no_section_without_a_heading(client, home):
    topic = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    FAQPageFactory(parent=topic, title="Delivery questions", slug="delivery-faq")  # an FAQ, no article
    empty = CategoryPageFactory(parent=topic, title="Customs", slug="customs")  # a section with nothing yet
    full = CategoryPageFactory(parent=topic, title="Your parcel", slug="your-parcel")
    ArticlePageFactory(parent=full, title="Where is my parcel?", slug="where")
    page = soup(client.get(topic.url))
    main = page.find("main") or page
    for listing in main.find_all(["ul", "ol"]):
        assert listing.find("li"), str(listing)[:200]
    for section in main.find_all("section"):
        assert section.find(["h1", "h2", "h3"]) or section.get("aria-label"), str(section)[:200]
    assert [h2.get_text(strip=True) for h2 in main.select(".category__section h2")] == [
        empty.title,
        full.title,
    ]


def test_the_header_search_form_has_a_visible_submit_button(client, home):
    topic = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    checked = 0
    for url in (topic.url, "/fa/", "/search/?q=parcel"):
        form = soup(client.get(url)).select_one("form.header-search")
        if form is None:  # the help home has its own search form instead
            continue
        checked += 1
        button = form.select_one("button[type=submit]")
        assert button is not None and button.get_text(strip=True), url
        assert "visually-hidden" not in button.get("class", []), url
    assert checked >= 1
