"""Help pages are found by their URL path in one step (HelpPageMixin.route), with Wagtail's answers."""

from django.test import override_settings
from wagtail.models import Locale

from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory


def test_an_article_under_a_section_is_served(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    assert response.context["page"] == article


@override_settings(HELPCENTER_PAGE_CACHE_SECONDS=0)
def test_an_article_page_takes_a_bounded_number_of_queries(client, article, django_assert_max_num_queries):
    """Routing, breadcrumbs and translations were 30 queries for an article; they are asked once each now."""
    client.get(article.url)  # the site and settings caches warm up
    with django_assert_max_num_queries(16):
        assert client.get(article.url).status_code == 200


def test_a_path_to_nothing_is_404(client, section):
    assert client.get(f"{section.url}no-such-article/").status_code == 404
    assert client.get(f"{section.url}no/such/article/").status_code == 404


def test_an_unpublished_article_is_404(client, section):
    draft = ArticlePageFactory(parent=section, slug="draft-article")
    draft.unpublish()
    assert client.get("/delivery/your-parcel/draft-article/").status_code == 404


def test_a_live_article_under_an_unpublished_section_is_served_as_wagtail_would(client, category, section):
    article = ArticlePageFactory(parent=section, slug="still-live")
    section.unpublish()  # the section only: the admin would offer to unpublish its pages too
    assert client.get("/delivery/your-parcel/still-live/").status_code == 200
    assert article.live


def test_a_moved_article_is_served_at_its_new_path_and_the_old_one_redirects(client, article, category):
    other = CategoryPageFactory(parent=category, title="Returns", slug="returns")
    old_url = article.url
    article.move(other, pos="last-child")
    assert client.get("/delivery/returns/where-is-my-parcel/").status_code == 200
    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, "/delivery/returns/where-is-my-parcel/")


def test_a_persian_article_with_a_persian_slug_is_served(client, home):
    persian = Locale.objects.get(language_code="fa")
    topic = CategoryPageFactory(parent=home.get_translation(persian), slug="ارسال", locale=persian)
    article = ArticlePageFactory(parent=topic, slug="مرسوله-کجاست", locale=persian, title="مرسوله‌ام کجاست؟")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "مرسوله‌ام کجاست؟" in response.content.decode()
