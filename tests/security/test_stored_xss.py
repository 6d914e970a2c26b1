"""Stored (and reflected) cross-site scripting: hostile text customers write, shown back escaped.

A corpus of payloads is written through every field a customer controls: the survey comment and
free-text answer (through the survey page's form and through POST /api/v1/surveys/responses), the
customer's name (through POST /api/v1/surveys/invitations, as a storefront sends it), an article
feedback comment (POST /api/v1/help/articles/{id}/feedback) and search queries (the search API and
the /search/ page, which log them). Then every page that shows that text is rendered: the moderation
queue and each response page, the customer insight report, the public /reviews/ page after the
responses are published with consent, the help feedback report, and the search report's tabs. In
HTML a payload's markup must never appear raw, and where the text is shown its escaped form must
be; in the JSON APIs the content type is application/json and the payload comes back as a plain JSON
string value. Django's test client on the real database and search engine; nothing is faked.
"""

import json
import re
from html import escape as html_escape

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from helpcenter.models import ArticleFeedback
from helpcenter.search.models import SearchEvent
from surveys.models import ApiKey, Customer, Response
from surveys.services import moderation
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory
from tests.surveys.conftest import order_payload, post_json

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
    "</textarea><script>alert(2)</script>",
    "{{7*7}} {% debug %}",
    '<a href="javascript:alert(1)">x</a>',
    "'-alert(1)-' \"-alert(1)-\"",
    "</script><script>alert(3)</script>",
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    "\u202egnp.exe \u200f\u2067evil\u2069 RTL override",
    "<style>@import 'https://evil.example/x.css';</style>",
]
MARKUP = set("<>\"'&")
# Plain-text payloads are harmless as text; this is what must not happen to them.
DANGEROUS_RENDERINGS = [
    re.compile(r"""(href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.IGNORECASE),
    re.compile(r"<script>alert", re.IGNORECASE),
    re.compile(r"<(img|svg|iframe|style)[^>]*(onerror|onload|srcdoc|@import)", re.IGNORECASE),
]


def has_markup(payload: str) -> bool:
    return bool(MARKUP & set(payload))


def assert_never_raw(html: str, where: str) -> None:
    """No payload's markup appears unescaped, and nothing it contains became live HTML."""
    for payload in PAYLOADS:
        if has_markup(payload):
            assert payload not in html, f"{where}: raw {payload!r}"
    for pattern in DANGEROUS_RENDERINGS:
        assert not pattern.search(html), f"{where}: {pattern.pattern} matched"


def assert_shown_escaped(html: str, payload: str, where: str) -> None:
    """The text is on the page, as text: escaped if it has markup, verbatim otherwise (so "{{7*7}}"
    was not evaluated as a template)."""
    if has_markup(payload):
        assert payload not in html, f"{where}: raw {payload!r}"
        assert escape(payload) in html or html_escape(payload, quote=False) in html, f"{where}: {payload!r}"
    else:
        assert payload in html, f"{where}: {payload!r} not shown"


def assert_json_string(page, payload: str, where: str) -> None:
    assert page["Content-Type"].startswith("application/json"), where
    data = json.loads(page.content)
    found = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and payload in value:
            found.append(value)

    walk(data)
    assert found, f"{where}: {payload!r} not returned as a JSON string"


def html_of(page, where: str) -> str:
    assert page.status_code == 200, where
    assert page["Content-Type"].startswith("text/html"), where
    return page.content.decode()


# Surveys: comment, free-text answer and name ---------------------------------------------------


@pytest.fixture
def agent(support_staff):
    return support_staff("agent")


@pytest.fixture
def staff_client(agent):
    client = Client()
    client.force_login(agent)
    return client


@pytest.fixture
def hostile_responses(db, english_survey, home):
    """One response per payload, in the comment, the free-text answer and the customer's name;
    even ones answered on the survey page, odd ones through the API."""
    _key, raw_key = ApiKey.generate("Storefront")
    responses = {}
    for number, payload in enumerate(PAYLOADS):
        order = order_payload(
            customer={"id": f"x-{number}", "email": f"x{number}@mail.example", "name": payload}
        )
        order["items"] = [{"sku": "MUG-1", "name": payload, "quantity": 1}]
        invited = post_json(Client(), "/api/v1/surveys/invitations", order, Authorization=f"Bearer {raw_key}")
        assert invited.status_code in {200, 201}, invited.content
        token = invited.json()["survey_url"].rstrip("/").rsplit("/", 1)[-1]
        customer = Client()
        if number % 2 == 0:
            survey_page = customer.get(f"/surveys/s/{token}/")
            assert_never_raw(html_of(survey_page, f"survey page for {payload!r}"), f"survey page {payload!r}")
            form = {
                "csat": 2,
                "nps": 3,
                "q_would_buy_again": "no",
                "q_found_by": payload,
                "comment": payload,
                "consent": "on",
            }
            sent = customer.post(f"/surveys/s/{token}/", form)
            assert sent.status_code == 303 and sent["Location"].endswith("?done=1"), sent.content[:300]
        else:
            body = {
                "token": token,
                "csat": 2,
                "nps": 3,
                "answers": {"would_buy_again": "no", "found_by": payload},
                "comment": payload,
                "consent": True,
            }
            sent = post_json(customer, "/api/v1/surveys/responses", body)
            assert sent.status_code == 201, sent.content
        stored = Response.objects.get(customer__storefront_id=f"x-{number}")
        assert stored.comment == payload  # stored as written; escaping is the output's job
        responses[payload] = stored
    return responses


def test_customer_names_are_stored_as_written(hostile_responses):
    names = set(Customer.objects.filter(storefront_id__startswith="x-").values_list("name", flat=True))
    assert names == set(PAYLOADS)


def test_the_queue_lists_hostile_comments_escaped(staff_client, hostile_responses):
    html = html_of(staff_client.get(reverse("surveys_response_modeladmin_index")), "queue")
    assert_never_raw(html, "queue")
    for payload in PAYLOADS:
        assert_shown_escaped(html, payload, "queue")


def test_each_response_page_shows_comment_answer_and_name_escaped(staff_client, hostile_responses):
    for payload, response in hostile_responses.items():
        url = reverse("surveys_response_modeladmin_inspect", args=[response.pk])
        html = html_of(staff_client.get(url), f"response page {payload!r}")
        assert_never_raw(html, f"response page {payload!r}")
        assert_shown_escaped(html, payload, f"response page {payload!r}")
        # Comment, free-text answer and name: the text is there at least three times.
        shown = escape(payload) if has_markup(payload) else payload
        assert html.count(shown) >= 3, f"response page {payload!r}: shown {html.count(shown)} times"


def test_the_insight_report_shows_no_customer_markup(staff_client, hostile_responses):
    html = html_of(staff_client.get(reverse("surveys_insights:index")), "insight report")
    assert_never_raw(html, "insight report")


def test_the_queue_search_echoes_a_hostile_query_escaped(staff_client, hostile_responses):
    for payload in PAYLOADS:
        page = staff_client.get(reverse("surveys_response_modeladmin_index"), {"q": payload})
        assert_never_raw(html_of(page, f"queue search {payload!r}"), f"queue search {payload!r}")


def test_a_rejected_form_shows_the_hostile_comment_back_escaped_in_its_textarea(english_survey, home):
    from tests.surveys.conftest import invite

    for payload in PAYLOADS:
        _invitation, token = invite()
        page = Client().post(f"/surveys/s/{token}/", {"comment": payload, "q_found_by": payload})
        html = html_of(page, f"invalid form {payload!r}")
        assert_never_raw(html, f"invalid form {payload!r}")
        assert_shown_escaped(html, payload, f"invalid form {payload!r}")
    assert Response.objects.count() == 0


@pytest.fixture
def published(hostile_responses, agent):
    for response in hostile_responses.values():
        moderation.transition(response.pk, "publish", by=agent)
    return hostile_responses


def test_the_reviews_page_shows_published_hostile_comments_escaped(client, published):
    html = html_of(client.get("/reviews/"), "/reviews/")
    assert_never_raw(html, "/reviews/")
    for payload in PAYLOADS:
        assert_shown_escaped(html, payload, "/reviews/")


def test_the_reviews_api_returns_hostile_comments_as_plain_json_strings(client, published):
    page = client.get("/api/v1/reviews")
    assert page.status_code == 200
    for payload in PAYLOADS:
        assert_json_string(page, payload, "GET /api/v1/reviews")
    comments = {review["comment"] for review in page.json()["results"]}
    assert comments == set(PAYLOADS)


# Article feedback ------------------------------------------------------------------------------


def test_hostile_feedback_comments_are_escaped_in_the_help_feedback_report(home, django_user_model):
    topic = CategoryPageFactory(parent=home, title="Returns", slug="returns")
    article = ArticlePageFactory(parent=topic, title="Returning an item", summary="How returns work.")
    for number, payload in enumerate(PAYLOADS):
        sent = post_json(
            Client(REMOTE_ADDR=f"203.0.113.{number + 1}"),  # one address would meet the rate limit
            f"/api/v1/help/articles/{article.pk}/feedback",
            {"helpful": False, "comment": payload},
        )
        assert sent.status_code == 201
        assert_json_string(sent, "Thank you", "feedback API")
        assert payload not in sent.content.decode()  # not echoed back
    assert set(ArticleFeedback.objects.values_list("comment", flat=True)) == set(PAYLOADS)
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("chief", "chief@shop.example", "pw"))
    for url in [
        reverse("helpcenter_reports:feedback_detail", args=[article.pk]),
        reverse("helpcenter_reports:feedback"),
        reverse("helpcenter_reports:attention"),
        reverse("help_articles:index"),
    ]:
        html = html_of(editor.get(url), url)
        assert_never_raw(html, url)
    detail = html_of(editor.get(reverse("helpcenter_reports:feedback_detail", args=[article.pk])), "detail")
    for payload in PAYLOADS:
        assert_shown_escaped(detail, payload, "feedback detail report")


# Search queries --------------------------------------------------------------------------------


def test_hostile_search_queries_are_reflected_escaped_and_logged_as_text(search_backend, home):
    for payload in PAYLOADS:
        api = Client().get("/api/v1/help/search", {"q": payload})
        assert api.status_code in {200, 400}, (payload, api.content)
        assert api["Content-Type"].startswith("application/json")
        if api.status_code == 200:
            assert_json_string(api, payload, f"search API {payload!r}")
        page = Client().get("/search/", {"q": payload})
        html = html_of(page, f"/search/?q={payload!r}")
        assert_never_raw(html, f"/search/?q={payload!r}")
        assert_shown_escaped(html, payload, f"/search/?q={payload!r}")
    logged = set(SearchEvent.objects.values_list("query", flat=True))
    assert logged, "searches were logged"


def test_logged_hostile_queries_are_escaped_in_every_search_report_tab(django_user_model, home):
    for payload in PAYLOADS:
        SearchEvent.objects.create(query=payload, language="en", result_count=0, low_confidence=True)
        SearchEvent.objects.create(query=payload, language="en", result_count=0, low_confidence=True)
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("chief", "chief@shop.example", "pw"))
    for tab in ["top", "answerless", "unclicked", "groups"]:
        html = html_of(
            editor.get(reverse("helpcenter_search_reports:index"), {"tab": tab}), f"search report {tab}"
        )
        assert_never_raw(html, f"search report {tab}")
        if tab in {"top", "answerless"}:
            for payload in PAYLOADS:
                assert_shown_escaped(html, payload, f"search report {tab}")
    exported = editor.get(reverse("helpcenter_search_reports:index"), {"tab": "answerless", "export": "csv"})
    assert exported["Content-Type"].startswith("text/csv")
