import pytest

from home.demo import build_site
from home.models import HomePage


@pytest.fixture
def site(db):
    return build_site()


def test_english_home_is_left_to_right(client, site):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "How can we help?" in html


def test_persian_home_is_right_to_left_under_fa(client, site):
    response = client.get("/fa/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert "چطور می‌توانیم کمک کنیم؟" in html


def test_demo_site_build_is_idempotent(site):
    build_site()
    build_site()
    assert HomePage.objects.count() == 2  # one per language
    assert {page.locale.language_code for page in HomePage.objects.all()} == {"en", "fa"}


def test_admin_login_is_served(client, site):
    response = client.get("/admin/login/")
    assert response.status_code == 200


def test_unknown_page_gets_a_helpful_404(client, site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Search the help center" in response.content.decode()


@pytest.mark.search
def test_search_page_refuses_an_overlong_query_clearly(client, site):
    response = client.get("/search/", {"q": "x" * 10_000})
    assert response.status_code == 400
    assert "200 characters" in response.content.decode()


def test_full_demo_is_idempotent_and_covers_both_languages(db):
    from wagtail.models import Page, Revision

    from helpcenter.models import ArticlePage, ContactSettings, FAQPage
    from home.demo import build_demo

    build_demo()
    counts = (Page.objects.count(), Revision.objects.count())
    build_demo()
    assert (Page.objects.count(), Revision.objects.count()) == counts
    english = ArticlePage.objects.filter(locale__language_code="en")
    persian = ArticlePage.objects.filter(locale__language_code="fa")
    assert english.count() == persian.count() >= 14
    assert {page.translation_key for page in english} == {page.translation_key for page in persian}
    assert FAQPage.objects.filter(locale__language_code="fa").count() >= 6
    assert not any("ي" in page.title or "ك" in page.title for page in persian)  # Persian, not Arabic, letters
    assert ContactSettings.objects.get().has_channels()
