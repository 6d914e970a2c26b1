"""Security headers and CSRF: what every public page, the framed survey page, the admin and a
production deployment send, and that session-authenticated forms refuse a post without the token.

Public pages get a Content-Security-Policy without inline scripts and are never framed; the survey
page is framed only by the configured storefront origins; Wagtail's admin keeps its own headers
(it needs inline scripts). Production adds HSTS, secure cookies and the HTTPS redirect."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory
from tests.foundation.test_settings import printed_json_in_production
from tests.surveys.conftest import invite

pytestmark = pytest.mark.django_db

STOREFRONT = "https://shop.example"


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.fixture
def public_urls(home, persian_home):
    category = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    article = ArticlePageFactory(parent=category, title="Where is my parcel?", slug="where-is-my-parcel")
    return [
        "/",
        "/fa/",
        category.url,
        article.url,
        "/search/?q=parcel",
        "/fa/search/?q=%D8%A8%D8%B3%D8%AA%D9%87",
        "/reviews/",
        "/fa/reviews/",
        "/no-such-page/",
    ]


def test_every_public_page_forbids_inline_scripts_and_framing(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert "'unsafe-eval'" not in response["Content-Security-Policy"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"], url
        assert response["X-Frame-Options"] == "DENY", url
        assert response["X-Content-Type-Options"] == "nosniff", url


def test_public_pages_carry_no_inline_script_the_policy_would_block(client, public_urls):
    """The policy is only safe to send if the pages obey it: every <script> has a src or is data."""
    from bs4 import BeautifulSoup

    for url in public_urls:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", (url, str(script)[:120])
        assert not soup.select("[style]"), url  # style-src 'self' blocks style attributes too
        assert not soup.find_all(attrs=lambda attrs: any(a.startswith("on") for a in attrs or {})), url


def test_the_survey_page_is_framed_only_by_the_configured_storefronts(client, english_survey, settings):
    settings.SURVEYS_STOREFRONT_ORIGINS = [STOREFRONT]
    _invitation, token = invite(survey=english_survey)
    url = reverse("surveys:survey", args=[token])
    page = client.get(url)  # the site's own policy: the demo's frames nothing
    assert directives(page)["frame-ancestors"] == ["'none'"]
    embedded = client.get(url + "?embed=1")
    assert directives(embedded)["frame-ancestors"] == ["'self'", STOREFRONT]
    assert "X-Frame-Options" not in embedded  # frame-ancestors decides; XFO cannot name origins
    assert directives(embedded)["script-src"] == ["'self'"]


def test_the_admin_keeps_wagtails_own_headers(client, home, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.com", "pw")
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "target",
    ["feedback", "search_draft", "admin_login"],
)
def test_session_forms_refuse_a_post_without_the_csrf_token(target, home, django_user_model):
    client = Client(enforce_csrf_checks=True)
    if target == "feedback":
        category = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
        article = ArticlePageFactory(parent=category, title="Parcel", slug="parcel")
        url, data = reverse("helpcenter:feedback", args=[article.pk]), {"helpful": "yes"}
    elif target == "search_draft":
        client.force_login(django_user_model.objects.create_superuser("root", "root@example.com", "pw"))
        url, data = reverse("helpcenter_search_reports:draft"), {"query": "gift wrap", "language": "en"}
    else:
        url, data = reverse("wagtailadmin_login"), {"username": "root", "password": "pw"}
    response = client.post(url, data)
    assert response.status_code == 403


PRODUCTION_REQUEST = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client()
plain = client.get("/robots.txt")
secure = client.get("/robots.txt", secure=True)
print(json.dumps({
    "redirect": [plain.status_code, plain.get("Location", "")],
    "hsts": secure.get("Strict-Transport-Security", ""),
    "csp": secure.get("Content-Security-Policy", ""),
    "cookies": [
        settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY
    ],
}))
"""


def test_production_redirects_to_https_and_sends_hsts_and_secure_cookies():
    figures = printed_json_in_production(PRODUCTION_REQUEST)
    assert figures["redirect"] == [301, "https://testserver/robots.txt"]
    assert "max-age=31536000" in figures["hsts"] and "includeSubDomains" in figures["hsts"]
    assert "script-src 'self'" in figures["csp"]
    assert figures["cookies"] == [True, True, True]
