"""The help center inside a shop's own site: a help home under the shop's home page (not the site's
root), in the shop's frame, beside pages that are not the help center's.

The shop's home page here is the plain page Wagtail's own migration leaves as the default Site's
root, as in every `wagtail start` site.
"""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.http import HttpResponse
from django.urls import path
from wagtail.models import Page, Site

from config import urls as site_urls
from helpcenter.models import HelpCenterPage, help_home_for
from helpcenter.services import ensure_help_home, ensure_translation
from surveys.models import Survey
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).resolve().parent / "templates"


def shop_page(request):
    return HttpResponse("<!DOCTYPE html><title>Shop</title><p>Our own page</p>")


# The demo site's URLconf plus one page of the shop's own.
urlpatterns = [path("shop-page/", shop_page), *site_urls.urlpatterns]


@pytest.fixture
def shop(db):
    """The default Site, rooted at the shop's own home page."""
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is Page
    return site


@pytest.fixture
def help_home(shop):
    home, created = ensure_help_home(shop)
    assert created
    return home


@pytest.fixture
def parcel(help_home):
    topic = CategoryPageFactory(parent=help_home, title="Delivery", slug="delivery")
    return ArticlePageFactory(
        parent=topic, title="Where is my parcel?", slug="where-is-my-parcel", summary="Track your parcel."
    )


def test_setup_helpcenter_makes_a_help_home_per_language_and_a_survey_each_once(shop):
    out = StringIO()
    call_command("setup_helpcenter", stdout=out)
    english, persian = (HelpCenterPage.objects.get(locale__language_code=code) for code in ("en", "fa"))
    assert english.url_path == shop.root_page.url_path + "help/" and english.live
    # The shop's home page has no Persian translation: the Persian help home is its sibling.
    assert persian.get_parent().pk == shop.root_page.pk and persian.slug == "help-fa"
    assert persian.translation_key == english.translation_key
    assert {survey.locale.language_code for survey in Survey.objects.filter(live=True)} == {"en", "fa"}
    assert "Created the en help home" in out.getvalue() and "The help center is ready." in out.getvalue()
    again = StringIO()
    call_command("setup_helpcenter", stdout=again)
    assert HelpCenterPage.objects.count() == 2 and Survey.objects.count() == 2
    assert "Found the en help home" in again.getvalue()


def test_setup_helpcenter_refuses_a_language_the_site_does_not_have(shop):
    with pytest.raises(Exception, match="'de' is not one of the site's content languages"):
        call_command("setup_helpcenter", "--language", "de", stdout=StringIO())


def test_the_help_home_is_served_below_the_shops_home_page_with_its_own_search(client, help_home, parcel):
    soup = BeautifulSoup(client.get("/help/").content, "html.parser")
    assert soup.select_one("form.search-form")["action"] == "/help/search/"
    assert "Delivery" in soup.select_one(".topics").get_text()
    article = client.get("/help/delivery/where-is-my-parcel/")
    assert article.status_code == 200
    crumbs = BeautifulSoup(article.content, "html.parser").select_one("nav.breadcrumbs").get_text()
    assert help_home.title in crumbs and shop_title(help_home) not in crumbs
    assert help_home_for(Site.objects.get(is_default_site=True), "en").pk == help_home.pk


def shop_title(help_home) -> str:
    return help_home.get_parent().title


@pytest.mark.search
def test_the_help_search_finds_the_article_at_help_search(client, search_backend, help_home, parcel):
    search_backend.refresh_indexes()
    soup = BeautifulSoup(client.get("/help/search/", {"q": "parcel"}).content, "html.parser")
    links = [link["href"] for link in soup.select(".search-result__title")]
    assert links and links[0].startswith("/help/search/click/")
    landing = client.get(links[0])
    assert landing.status_code == 302 and landing["Location"] == parcel.url


def test_a_help_home_in_another_language_is_served_in_it_without_a_language_prefix(client, help_home):
    persian, created = ensure_translation(help_home, "fa")
    assert created and persian.url == "/help-fa/"
    html = client.get("/help-fa/").content.decode()
    assert 'class="helpcenter" lang="fa" dir="rtl"' in html
    assert "جست‌وجو" in html  # the interface is Persian too, not only the content
    assert ensure_translation(help_home, "fa") == (persian, False)


def test_help_pages_wear_the_template_the_site_names(client, settings, help_home):
    settings.HELPCENTER_BASE_TEMPLATE = "shop_base.html"
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATES]}]
    html = client.get("/help/").content.decode()
    assert "<header>Our shop</header>" in html  # the shop's own frame...
    assert 'class="helpcenter"' in html and "/static/helpcenter/css/site.css" in html  # ...around ours


def test_the_page_cache_keeps_the_help_centers_pages_only_unless_told(client, settings, help_home):
    # One way of changing settings only: an override_settings decorator stacked with the settings
    # fixture would restore the fixture's layer after the decorator's and leak the cache time.
    settings.ROOT_URLCONF = __name__
    settings.HELPCENTER_PAGE_CACHE_SECONDS = 300
    assert "X-Page-Cache" not in client.get("/shop-page/")
    assert "X-Page-Cache" not in client.get("/shop-page/")
    assert client.get("/help/")["X-Page-Cache"] == "miss"
    assert client.get("/help/")["X-Page-Cache"] == "hit"
    settings.HELPCENTER_PAGE_CACHE_ALL_PAGES = True
    assert client.get("/shop-page/")["X-Page-Cache"] == "miss"
    assert client.get("/shop-page/")["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    ("asked", "answered"), [("en", "en"), ("en-US", "en"), ("EN_us", "en"), ("fa-IR", "fa"), ("fa_ir", "fa")]
)
def test_the_apis_take_regional_language_codes(client, help_home, asked, answered):
    assert client.get("/api/v1/help/search", {"q": "parcel", "locale": asked}).json()["locale"] == answered
    assert client.get("/api/v1/reviews", {"locale": asked}).json()["locale"] == answered


def test_the_apis_refuse_a_language_the_site_does_not_have(client, help_home):
    assert client.get("/api/v1/help/search", {"q": "parcel", "locale": "de"}).status_code == 400
    assert client.get("/api/v1/help/autocomplete", {"q": "par", "locale": "de"}).status_code == 400
    assert client.get("/api/v1/reviews", {"locale": "de"}).status_code == 422
    assert client.get("/api/v1/help/search", {"q": "parcel", "locale": "x" * 50}).status_code == 422


# System checks: what the site must provide is named at `manage.py check`, not at a request.


def check_output(settings_code: str, tmp_path: Path, *options: str) -> subprocess.CompletedProcess:
    """``manage.py check`` of the demo site with settings changed as a host site might have them."""
    (tmp_path / "host_settings.py").write_text("from config.settings.dev import *  # noqa\n" + settings_code)
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="host_settings",
        PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}",
        SEARCH_BACKEND="database",
        DATABASE_URL="",
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_names_each_app_the_plugin_needs(tmp_path):
    result = check_output(
        "INSTALLED_APPS = [a for a in INSTALLED_APPS if a not in "
        "('wagtail.contrib.table_block', 'wagtail_modeladmin', 'wagtail.contrib.search_promotions')]\n",
        tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "(helpcenter.E001) The helpcenter app needs 'wagtail.contrib.table_block'" in output
    assert "(surveys.E001) The surveys app needs 'wagtail_modeladmin'" in output
    assert "(helpcenter_search.E001)" in output and "'wagtail.contrib.search_promotions'" in output
    assert "HINT: Add 'wagtail_modeladmin' to INSTALLED_APPS" in output


def test_check_names_a_missing_page_cache_and_base_template(tmp_path):
    result = check_output(
        "HELPCENTER_PAGE_CACHE_ALIAS = 'pages-shared'\nHELPCENTER_BASE_TEMPLATE = 'shop/base.html'\n",
        tmp_path,
    )
    output = result.stdout + result.stderr
    assert "(helpcenter.E002) The page cache keeps pages in the cache 'pages-shared'" in output
    assert "(helpcenter.E003) HELPCENTER_BASE_TEMPLATE is 'shop/base.html'" in output


def test_check_warns_of_missing_urls(tmp_path):
    result = check_output("ROOT_URLCONF = 'tests.helpcenter.urls_without_plugin'\n", tmp_path)
    output = result.stdout + result.stderr
    assert "(helpcenter.W002)" in output and "helpcenter.urls.urlpatterns" in output


def test_the_plugins_addresses_leave_the_sites_language_prefixes_alone():
    """Django's LocaleMiddleware obeys the first i18n_patterns of the root URLconf: the plugin's
    patterns, put in front of the site's, must have none, or they would decide for the whole site."""
    from django.urls import URLResolver
    from django.urls.resolvers import LocalePrefixPattern

    from helpcenter.urls import urlpatterns as plugin_patterns

    def prefixes(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield isinstance(pattern.pattern, LocalePrefixPattern)
                yield from prefixes(pattern.url_patterns)

    assert not any(prefixes(plugin_patterns))


def test_check_names_a_base_template_without_the_blocks_help_pages_fill(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bare_base.html").write_text(
        "<html><body>{% block main %}{% endblock %}</body></html>"
    )
    result = check_output(
        f"TEMPLATES[0]['DIRS'] = [*TEMPLATES[0]['DIRS'], {str(tmp_path / 'templates')!r}]\n"
        "HELPCENTER_BASE_TEMPLATE = 'bare_base.html'\n",
        tmp_path,
    )
    output = result.stdout + result.stderr
    assert "(helpcenter.E004) HELPCENTER_BASE_TEMPLATE 'bare_base.html' has no block 'content'" in output
    assert "(helpcenter.W001)" in output and "no block 'extra_css'" in output


def test_check_deploy_warns_of_survey_links_to_a_placeholder_and_of_tasks_that_cannot_wait(tmp_path):
    result = check_output(
        "WAGTAILADMIN_BASE_URL = 'http://example.com'\n"
        "TASKS = {'default': {'BACKEND': 'django_tasks.backends.immediate.ImmediateBackend'}}\n",
        tmp_path,
        "--deploy",
    )
    output = result.stdout + result.stderr
    assert "(surveys.W001) Survey links in e-mails would point at 'http://example.com'" in output
    assert "(surveys.W002)" in output and "send_due_emails" in output


@pytest.mark.parametrize("shared", [False, True])
def test_check_deploy_warns_when_limits_and_lookups_are_per_process(tmp_path, shared):
    backend = "redis.RedisCache', 'LOCATION': 'redis://127.0.0.1:9/0" if shared else "locmem.LocMemCache"
    result = check_output(
        f"CACHES = {{**CACHES, 'default': {{'BACKEND': 'django.core.cache.backends.{backend}'}}}}\n",
        tmp_path,
        "--deploy",
    )
    output = result.stdout + result.stderr
    assert ("(helpcenter.W004) The default cache is per process" in output) is not shared
    assert ("(surveys.W003) Survey rate limits are counted per server process" in output) is not shared
    if not shared:
        assert "Set CACHE_URL (or REDIS_URL)" in output


def test_check_refuses_an_engine_backend_without_the_help_search_wrapper(tmp_path):
    result = check_output(
        "WAGTAILSEARCH_BACKENDS = {'default': {'BACKEND': 'wagtail.search.backends.opensearch2', "
        "'URLS': ['http://127.0.0.1:9']}}\n",
        tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "(helpcenter_search.E002)" in output and "'BACKEND': 'helpcenter.search.backends'" in output


def test_check_refuses_an_engine_without_the_database_fallback(tmp_path):
    result = check_output(
        "WAGTAILSEARCH_BACKENDS = {'default': {'BACKEND': 'helpcenter.search.backends', "
        "'ENGINE': 'wagtail.search.backends.opensearch2', 'URLS': ['http://127.0.0.1:9']}}\n",
        tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "(helpcenter_search.E003)" in output and "'fallback'" in output


@pytest.mark.search
def test_an_engine_outage_without_the_fallback_answers_no_results_not_an_error(client, settings, help_home):
    """A site that ignored helpcenter_search.E003: while its engine is down, search says it found
    nothing (the storefront shows its contact channels), rather than failing."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "helpcenter.search.backends",
            "ENGINE": "wagtail.search.backends.opensearch2",
            "URLS": ["http://127.0.0.1:9"],  # nothing listens there
            "TIMEOUT": 1,
        }
    }
    data = client.get("/api/v1/help/search", {"q": "parcel"}).json()
    assert (data["total"], data["degraded"], data["low_confidence"]) == (0, True, True)
    assert client.get("/api/v1/help/autocomplete", {"q": "par"}).json()["results"] == []


def test_reviews_are_a_route_of_each_help_home_and_linked_from_its_footer(client, help_home):
    ensure_translation(help_home, "fa")
    english_page = BeautifulSoup(client.get("/help/").content, "html.parser")
    assert english_page.select_one(".site-footer a[href='/help/reviews/']")
    reviews = client.get("/help/reviews/")
    assert reviews.status_code == 200 and "Customer reviews" in reviews.content.decode()
    persian_reviews = client.get("/help-fa/reviews/").content.decode()
    assert (
        'lang="fa"' in persian_reviews
        and 'hreflang="en" href="http://testserver/help/reviews/"' in persian_reviews
    )
    assert client.post("/help/reviews/").status_code == 405


def test_the_demo_site_checks_clean(tmp_path):
    result = check_output("", tmp_path)
    assert result.returncode == 0 and "no issues" in result.stdout, result.stdout + result.stderr
