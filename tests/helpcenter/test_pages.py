import json
import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, PageViewRestriction

from helpcenter.models import ArticlePage, ArticleRelatedPage, CategoryPage
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory


def json_ld(html: str) -> list[dict]:
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]


def test_article_page_shows_breadcrumbs_toc_body_and_feedback(client, article):
    html = client.get(article.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    crumbs = [a.get_text() for a in soup.select(".breadcrumbs a")]
    assert crumbs == ["Help Center", "Delivery", "Your parcel"]
    assert [a["href"] for a in soup.select(".toc a")] == ["#tracking", "#delays", "#missing-parcels"]
    assert soup.select_one("#delays").get_text() == "Delays"
    assert len(soup.select(".steps__item")) == 2
    assert soup.select_one(".callout--warning")
    assert soup.select_one(".table-wrap table caption").get_text().strip() == "Delivery times"
    form = soup.select_one("#feedback form")
    assert form["action"] == f"/helpcenter/articles/{article.pk}/feedback/"
    assert soup.select_one("#contact")


def test_short_article_has_no_table_of_contents(client, section):
    article = ArticlePageFactory(parent=section)
    assert (
        "toc"
        not in BeautifulSoup(client.get(article.url).content, "html.parser").select_one("article").decode()
    )


def test_article_with_steps_is_marked_up_as_howto_with_breadcrumbs(client, article):
    data = json_ld(client.get(article.url).content.decode())
    kinds = {item["@type"]: item for item in data}
    assert kinds["HowTo"]["name"] == "Where is my parcel?"
    assert [step["text"] for step in kinds["HowTo"]["step"]] == ["Open Orders.", "Tap Track."]
    names = [entry["name"] for entry in kinds["BreadcrumbList"]["itemListElement"]]
    assert names == ["Help Center", "Delivery", "Your parcel", "Where is my parcel?"]


def test_article_without_steps_is_an_article(client, section):
    article = ArticlePageFactory(parent=section, title="Invoices")
    kinds = {item["@type"] for item in json_ld(client.get(article.url).content.decode())}
    assert kinds == {"Article", "BreadcrumbList"}


def test_faq_page_has_faqpage_structured_data_and_accordion(client, faq):
    html = client.get(faq.url).content.decode()
    faq_data = next(item for item in json_ld(html) if item["@type"] == "FAQPage")
    assert faq_data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Do you ship abroad?",
            "acceptedAnswer": {"@type": "Answer", "text": "Yes, to 30 countries."},
        }
    ]
    assert '<details class="qa">' in html


def test_structured_data_cannot_be_broken_out_of_by_editor_text(client, section):
    article = ArticlePageFactory(parent=section, title="</script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    assert any(item.get("headline") == "</script><script>alert(1)</script>" for item in json_ld(html))


def test_category_lists_sections_and_their_articles(client, category, section, article, faq):
    soup = BeautifulSoup(client.get(category.url).content, "html.parser")
    assert soup.h1.get_text() == "Delivery"
    assert [a.get_text() for a in soup.select(".category__section h2 a")] == ["Your parcel"]
    assert "Where is my parcel?" in [a.get_text() for a in soup.select(".article-list a")]


def test_home_lists_topics_with_icons(client, home, category):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert [t.get_text(strip=True) for t in soup.select(".topic__title")] == ["Delivery"]
    assert soup.select_one(".topic__icon svg")
    assert soup.select_one("form[role=search] input[name=q]")


def test_sections_nest_only_one_level(home, category, section):
    assert CategoryPage.can_create_at(home)
    assert CategoryPage.can_create_at(category)
    assert not CategoryPage.can_create_at(section)
    assert not ArticlePage.can_create_at(home)
    assert ArticlePage.can_create_at(section)


@pytest.fixture
def translated_article(article):
    persian = Locale.objects.get(language_code="fa")
    for page in [*article.get_ancestors().filter(depth__gt=2), article]:
        if page.get_translation_or_none(persian) is None:
            translation = page.specific.copy_for_translation(persian)
            translation.save_revision().publish()
    translation = article.get_translation(persian).specific
    translation.title = "مرسوله‌ام کجاست؟"
    translation.save_revision().publish()
    return article, translation


def test_persian_article_is_right_to_left_with_jalali_date_and_font(client, translated_article):
    _, persian = translated_article
    persian.last_reviewed = __import__("datetime").date(2026, 11, 23)
    persian.save_revision().publish()
    html = client.get(persian.url).content.decode()
    assert persian.url.startswith("/fa/")
    assert '<html lang="fa" dir="rtl">' in html
    assert "Vazirmatn-Regular.woff2" in html
    assert "۲ آذر ۱۴۰۵" in html


def test_english_article_loads_no_persian_font(client, article):
    html = client.get(article.url).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Vazirmatn" not in html


def test_translations_link_to_each_other_with_hreflang_and_canonical(client, translated_article):
    english, persian = translated_article
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    assert soup.find("link", rel="canonical")["href"].endswith(english.url)
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert alternates["fa"].endswith(persian.url)
    assert alternates["en"].endswith(english.url)
    assert alternates["x-default"].endswith(english.url)
    switch = soup.select_one(".language-switch a")
    assert switch["href"] == persian.url and switch["lang"] == "fa"


def test_sitemap_lists_articles_in_both_languages(client, translated_article):
    english, persian = translated_article
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert any(loc.endswith(english.url) for loc in locations)
    assert any(loc.endswith(persian.url) for loc in locations)


def test_robots_txt_points_at_the_sitemap_and_keeps_private_paths_out(client, home):
    page = client.get("/robots.txt")
    assert page.status_code == 200 and page["Content-Type"].startswith("text/plain")
    text = page.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for private in ("/admin/", "/api/", "/surveys/s/"):
        assert f"Disallow: {private}" in text


def test_unpublished_article_is_not_served(client, section):
    article = ArticlePageFactory(parent=section)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_titled_blocks_never_skip_a_heading_level(client, section):
    step = {"text": "<p>Find your order number.</p>", "image": None}
    steps = {"title": "Before you start", "steps": [step]}
    article = ArticlePageFactory(
        parent=section,
        body=[
            {"type": "steps", "value": steps},
            {"type": "section", "value": {"heading": "Returning", "body": "<p>Pack it.</p>"}},
            {"type": "steps", "value": {**steps, "title": "Then"}},
        ],
    )
    html = client.get(article.url).content.decode()
    assert "<h2>Before you start</h2>" in html  # straight under the page title
    assert "<h3>Then</h3>" in html  # under the "Returning" section


def test_only_pages_every_visitor_may_open_are_linked_from_an_article(
    client, home, article, translated_article
):
    """Related articles, breadcrumbs, their structured data and the language switch name no draft,
    no restricted page and no page in another language: a link must not give away what it hides."""
    _, persian = translated_article
    section = article.get_parent().specific
    secret_topic = CategoryPageFactory(parent=home, title="Staff only", slug="staff-only")
    PageViewRestriction.objects.create(page=secret_topic, restriction_type="login")
    secret = ArticlePageFactory(parent=secret_topic, title="Courier contract rates")
    draft = ArticlePageFactory(parent=section, title="Next season's returns policy")
    draft.unpublish()
    shown = ArticlePageFactory(parent=section, title="Delivery times")
    for position, page in enumerate([secret, draft, persian, shown]):
        ArticleRelatedPage.objects.create(article=article, page=page, sort_order=position)
    PageViewRestriction.objects.create(page=persian, restriction_type="password", password="s3cret")
    topic = article.get_ancestors().get(depth=3)
    topic.unpublish()  # its articles stay live, as Wagtail leaves them

    html = client.get(article.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select(".related a")] == ["Delivery times"]
    assert [a.get_text() for a in soup.select(".breadcrumbs a")] == ["Help Center", "Your parcel"]
    crumbs = next(item for item in json_ld(html) if item["@type"] == "BreadcrumbList")
    assert [entry["name"] for entry in crumbs["itemListElement"]] == [
        "Help Center",
        "Your parcel",
        "Where is my parcel?",
    ]
    for hidden in ["Courier contract rates", "Next season", "مرسوله", persian.url, f'href="{topic.url}"']:
        assert hidden not in html, hidden


def test_rich_text_links_to_pages_a_visitor_may_not_open_keep_their_text_but_lose_their_address(
    client, home, section, article
):
    """A draft's or restricted page's address is not given away, and a mangled link is no error."""
    secret_topic = CategoryPageFactory(parent=home, title="Staff only", slug="staff-only")
    PageViewRestriction.objects.create(page=secret_topic, restriction_type="login")
    secret = ArticlePageFactory(parent=secret_topic, title="Courier rates", slug="courier-rates")
    draft = ArticlePageFactory(parent=section, title="Winter sale returns", slug="winter-sale-returns")
    draft.unpublish()
    links = "".join(
        f'<a linktype="page" id="{pk}">{text}</a> '
        for pk, text in [(article.pk, "Track it"), (secret.pk, "Rates"), (draft.pk, "Sale"), ("x1", "Odd")]
    )
    page = ArticlePageFactory(
        parent=section, title="Linking", body=[{"type": "paragraph", "value": f"<p>{links}</p>"}]
    )
    html = client.get(page.url).content.decode()
    anchors = BeautifulSoup(html, "html.parser").select_one("article").find_all("a")
    shown = {
        a.get_text(): a.get("href") for a in anchors if a.get_text() in {"Track it", "Rates", "Sale", "Odd"}
    }
    assert shown == {"Track it": article.url, "Rates": None, "Sale": None, "Odd": None}
    assert "courier-rates" not in html and "winter-sale-returns" not in html
