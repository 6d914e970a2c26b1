"""Schemathesis over every operation of /api/v1/openapi.json (issue 7): no 5xx, and every answer's status,
content type and body are the ones the schema documents.

The schema is loaded from the running WSGI application, as a client would read it, and the requests go
through the same application in-process (no server). Valid and invalid inputs are generated (positive and
negative modes, plus schemathesis' coverage phase of boundary values); the storefront API key is sent as
``Authorization: Bearer`` to the invitations endpoint. About half the generated requests have their
article id, search id or survey token swapped for a real one, so the success paths are fuzzed too, not only
the 404s. The run is seeded and derandomised so CI sees the same requests every time.

The requests leave Django's test client behind, so Django closes the connection between requests as in
production: the test needs a transactional database (``transaction=True``), not a wrapping transaction.
"""

import zlib

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.test import Client
from hypothesis import HealthCheck, settings
from wagtail.models import Locale

from surveys.services import moderation
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory
from tests.surveys.conftest import answer, api_key, invite  # noqa: F401  (api_key is a fixture)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.search]

SCHEMA_PATH = "/api/v1/openapi.json"
INVITATIONS = "/api/v1/surveys/invitations"
RESPONSES = "/api/v1/surveys/responses"
REVIEWS = "/api/v1/reviews"
SEED = 7  # the number; any fixed value keeps CI reproducible
MAX_EXAMPLES = 40

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
)


@pytest.fixture
def api_data(settings, search_backend, home, persian_home, english_survey, persian_survey, support_staff):
    """Real ids to aim some of the generated requests at: articles in both languages, a logged search,
    unanswered survey links in both languages, and a published review with a published reply."""
    # The survey endpoints are rate-limited per client address; every request here comes from one address.
    settings.SURVEYS_RATE_LIMITS = {"submit": "100000/60", "view": "100000/60"}
    persian = Locale.objects.get(language_code="fa")
    delivery = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    parcel = ArticlePageFactory(parent=delivery, title="Where is my parcel?", summary="Track your parcel.")
    ersal = CategoryPageFactory(parent=persian_home, title="ارسال", slug="ersal", locale=persian)
    persian_parcel = ArticlePageFactory(
        parent=ersal, locale=persian, title="مرسوله‌ام کجاست؟", summary="پیگیری مرسوله از صفحه سفارش‌ها."
    )
    search_backend.refresh_indexes()
    search_id = Client().get("/api/v1/help/search", {"q": "parcel"}).json()["search_id"]
    assert search_id

    agent = support_staff("agent")
    review = answer(english_survey, consent="on", comment="Arrived a day early.")
    moderation.transition(review.pk, "publish", by=agent)
    moderation.publish_reply(review.pk, by=agent, html="<p>Thank you, Sara!</p>")

    tokens = [invite(locale=language)[1] for language in ("en", "fa", "en", "fa")]
    return {"article_ids": [parcel.pk, persian_parcel.pk], "search_id": search_id, "tokens": tokens}


schema = schemathesis.openapi.from_wsgi(
    SCHEMA_PATH,
    get_wsgi_application(),
    config=schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "generation": {
                "mode": "all",
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "database": "none",
            },
            "phases": {"stateful": {"enabled": False}},
            "checks": {"enabled": False, **{check: {"enabled": True} for check in CHECKS}},
        }
    ),
)


def _aim_at_real_data(case, api_data: dict) -> None:
    """In about half the cases, swaps the values the schema cannot describe (a real article, search or
    survey token, a known language, a deliverable e-mail address, answers the survey accepts) for real
    ones, so the success paths are fuzzed too; the other generated values stay as they are. The half is
    chosen by a checksum of the generated request, so the choice is the same on every run."""
    fingerprint = zlib.crc32(repr((case.path_parameters, case.query, case.body)).encode())
    if fingerprint % 2:
        return
    pick = fingerprint // 2
    language = ("en", "fa")[pick % 2]
    parameters = case.path_parameters or {}
    if "article_id" in parameters:
        parameters["article_id"] = api_data["article_ids"][pick % 2]
    if "search_id" in parameters:
        parameters["search_id"] = api_data["search_id"]
    if isinstance(case.query, dict) and "locale" in case.query:
        case.query["locale"] = language
    body = case.body if isinstance(case.body, dict) else {}
    if case.operation.path.endswith("/click") and "page_id" in body:
        body["page_id"] = api_data["article_ids"][pick % 2]
    if case.operation.path == INVITATIONS and isinstance(body.get("customer"), dict):
        body["customer"]["email"] = f"buyer{pick % 1000}@example.com"
        body["locale"] = language
    if case.operation.path == RESPONSES and "token" in body:
        body["token"] = api_data["tokens"][pick % len(api_data["tokens"])]
        body.update(csat=pick % 5 + 1, nps=pick % 11, answers={"would_buy_again": "yes"}, reasons=[])


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # The data is made once per operation and shared by its examples on purpose (answered surveys stay
    # answered); the database and search engine make examples slower than Hypothesis expects.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_every_operation_answers_as_its_schema_says(case, api_data, api_key):  # noqa: F811
    _aim_at_real_data(case, api_data)
    headers = {"Authorization": f"Bearer {api_key}"} if case.operation.path == INVITATIONS else None
    response = case.call(headers=headers)
    case.validate_response(response, headers=headers)
