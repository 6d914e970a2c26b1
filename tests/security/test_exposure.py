"""Issue 23: production exposes only what it needs. The interactive API docs are off unless a setting
turns them on (the schema stays), and every answer carries a Permissions-Policy."""

import pytest
from django.test import Client

from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory
from tests.foundation.test_settings import printed_json, printed_json_in_production

pytestmark = pytest.mark.django_db

PRODUCTION_DOCS = """
import json, django
django.setup()
from django.test import Client, override_settings
# The error page links static files; a test has no collectstatic manifest.
plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
override_settings(STORAGES={"default": plain, "staticfiles": plain}).enable()
client = Client()
from django.conf import settings
from helpcenter.api import api
robots = client.get("/robots.txt", secure=True)
print(json.dumps({
    "setting": settings.HELPCENTER_API_DOCS,
    "routes": sorted(pattern.name for pattern in api().urls[0] if pattern.name.startswith("openapi")),
    "permissions": robots.get("Permissions-Policy", ""),
}))
"""


def production(**env: str) -> dict:
    return printed_json_in_production(PRODUCTION_DOCS, **env)


def test_api_docs_answer_404_under_production_settings_by_default(client, home):
    figures = production()
    assert figures["setting"] is False
    assert figures["routes"] == ["openapi-json"]  # the schema, no Swagger page
    assert "camera=()" in figures["permissions"]
    # The same settings value answered here (test settings, like production, leave it unset):
    assert client.get("/api/v1/docs", follow=True).status_code == 404
    assert client.get("/api/v1/openapi.json").status_code == 200


def test_a_setting_turns_the_api_docs_on():
    assert production(HELPCENTER_API_DOCS="true")["routes"] == ["openapi-json", "openapi-view"]


def test_every_kind_of_answer_carries_a_permissions_policy(home, persian_home, django_user_model):
    topic = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    article = ArticlePageFactory(parent=topic, title="Where is my parcel?", slug="where-is-my-parcel")
    client = Client()
    urls = ["/", "/fa/", topic.url, article.url, "/search/?q=parcel", "/reviews/", "/no-such-page/"]
    urls += ["/api/v1/openapi.json", "/robots.txt", "/admin/login/"]
    for url in urls:
        policy = client.get(url)["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment"):
            assert f"{feature}=()" in policy, url


DEVELOPMENT_DOCS = """
import json, django
django.setup()
from django.test import Client
page = Client().get("/api/v1/docs")
print(json.dumps({
    "status": page.status_code,
    "csp": page.get("Content-Security-Policy", ""),
    "html": page.content.decode(),
}))
"""


def test_api_docs_when_on_come_from_this_site_under_its_csp():
    """Issue 23: pinned, self-hosted assets under a CSP (django-ninja's copy, "ninja" installed)."""
    page = printed_json(
        DEVELOPMENT_DOCS,
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL="",
        ALLOWED_HOSTS="testserver",
    )
    assert page["status"] == 200
    assert "/static/ninja/swagger-ui-bundle.js" in page["html"]
    assert "cdn" not in page["html"].lower()
    assert "script-src 'self'" in page["csp"] and "unsafe-inline" not in page["csp"]
