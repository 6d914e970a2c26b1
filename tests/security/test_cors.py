"""Issue 20: the storefront's pages may read the public APIs from the browser, and nothing more.

CORS (django-cors-headers, as the demo site configures it) answers only the configured storefront
origins (SURVEYS_STOREFRONT_ORIGINS, the list that may also frame the survey), only for GET and its
preflight, and only on the search, autocomplete and reviews APIs: never on the APIs that write, nor
on the admin.
"""

import pytest
from django.test import override_settings

from tests.foundation.test_settings import printed_json

pytestmark = pytest.mark.django_db

STOREFRONT = "https://shop.example"
STRANGER = "https://evil.example"
READ_APIS = ["/api/v1/help/search?q=parcel", "/api/v1/help/autocomplete?q=parc", "/api/v1/reviews"]
ALLOW_ORIGIN = "Access-Control-Allow-Origin"


@pytest.fixture(autouse=True)
def storefront_origins():
    with override_settings(SURVEYS_STOREFRONT_ORIGINS=[STOREFRONT], CORS_ALLOWED_ORIGINS=[STOREFRONT]):
        yield


def preflight(client, path: str, method: str = "GET", origin: str = STOREFRONT):
    return client.options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )


def test_the_storefront_origins_are_one_list_for_framing_and_cors():
    shown = printed_json(
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.CORS_ALLOWED_ORIGINS, settings.SURVEYS_STOREFRONT_ORIGINS]))",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        SURVEYS_STOREFRONT_ORIGINS="https://shop.example, https://m.shop.example",
    )
    origins = ["https://shop.example", "https://m.shop.example"]
    assert shown == [origins, origins]


@pytest.mark.parametrize("path", READ_APIS)
def test_the_storefront_may_read_the_public_apis(client, search_backend, home, path):
    response = client.get(path, HTTP_ORIGIN=STOREFRONT)
    assert response.status_code == 200
    assert response[ALLOW_ORIGIN] == STOREFRONT
    assert "origin" in response["Vary"].lower()
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize("path", READ_APIS)
def test_the_storefronts_preflight_allows_get_only(client, path):
    response = preflight(client, path.partition("?")[0])
    assert response.status_code == 200
    assert response[ALLOW_ORIGIN] == STOREFRONT
    assert response["Access-Control-Allow-Methods"] == "GET, OPTIONS"
    # A preflight for a write gets the same answer, which does not list it: the browser refuses.
    assert "POST" not in preflight(client, path.partition("?")[0], "POST")["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("path", READ_APIS)
def test_other_origins_get_no_cors_headers(client, search_backend, home, path):
    response = client.get(path, HTTP_ORIGIN=STRANGER)
    assert response.status_code == 200
    assert ALLOW_ORIGIN not in response
    assert ALLOW_ORIGIN not in preflight(client, path.partition("?")[0], origin=STRANGER)


WRITE_APIS = [
    "/api/v1/surveys/invitations",
    "/api/v1/surveys/responses",
    "/api/v1/help/articles/1/feedback",
    "/api/v1/help/articles/1/read",
]


@pytest.mark.parametrize("path", WRITE_APIS)
def test_the_apis_that_write_answer_no_origin(client, path):
    assert ALLOW_ORIGIN not in preflight(client, path, "POST")
    response = client.post(path, data="{}", content_type="application/json", HTTP_ORIGIN=STOREFRONT)
    assert response.status_code in (401, 404, 422)
    assert ALLOW_ORIGIN not in response


def test_the_invitation_api_answers_no_origin_even_with_a_valid_key(client, settings):
    settings.HELPCENTER_API_KEYS = ["storefront-key"]
    response = client.post(
        "/api/v1/surveys/invitations",
        data="{}",
        content_type="application/json",
        HTTP_ORIGIN=STOREFRONT,
        HTTP_AUTHORIZATION="Bearer storefront-key",
    )
    assert response.status_code == 422  # past the key, refused for its empty body
    assert ALLOW_ORIGIN not in response


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/api/v1/openapi.json", "/health/", "/"])
def test_the_admin_and_everything_else_answer_no_origin(client, admin_user, home, path):
    for user in (None, admin_user):
        if user:
            client.force_login(user)
        assert ALLOW_ORIGIN not in client.get(path, HTTP_ORIGIN=STOREFRONT)
        assert ALLOW_ORIGIN not in preflight(client, path)
