"""Who may reach each admin, moderation, report and API route of the project, and what a refusal shows.

An authorisation matrix: every route the project adds under /admin/ (the moderation queue, the
customer insight report, the help-content and search reports, the storefront API keys, the surveys'
snippets) and the write routes of /api/v1/ are requested by four kinds of user:

- an anonymous visitor;
- a customer holding only a survey token (an anonymous browser that has opened its survey link);
- a Wagtail editor without the moderation permission (Wagtail's "Editors" group: admin access and
  page editing, nothing of the surveys app);
- support staff (the "Support staff" group the migration creates).

Each cell states exactly what that user gets. Refusals must carry none of the data the route would
show: no customer's e-mail address, name or comment, no article feedback comment, no logged search
query, no API key name. A last test walks Django's URL resolver so a route added later without a row
in this matrix fails the suite. Django's test client on the real database; nothing is faked.
"""

import re
from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from helpcenter.models import ArticleFeedback, HelpCenterPage
from helpcenter.search.models import SearchEvent
from surveys.models import ApiKey, Reason, Response
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory
from tests.surveys.conftest import answer, invite, order_payload, post_json

pytestmark = pytest.mark.django_db

KINDS = ("anonymous", "survey_customer", "editor", "support_staff")

# What a user kind gets from a route.
LOGIN = "login"  # 302 to wagtailadmin_login?next=<the route>
REFUSED = "refused"  # 302 to the dashboard, or 403; either way no data
ALLOWED = "allowed"  # 200 for a page; a redirect back into the same admin area for an action

SECRET_COMMENT = "Parcel crushed, ring me on my mobile"
SECRET_NAME = "Zohreh Secretname"
SECRET_FEEDBACK = "The refund article is wrong about store credit"
SECRET_QUERY = "refund for crushed kettle"
SECRET_KEY_NAME = "Warehouse storefront key"


@dataclass(frozen=True)
class Route:
    """One row of the matrix: a URL name, how it is called, and what each kind of user gets."""

    name: str
    expected: dict[str, str]
    allowed_status: tuple[int, ...] = (200,)
    method: str = "get"
    args: str = ""  # which fixture object's pk the URL takes: "response", "article", "key", "survey"...
    query: str = ""
    data: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.method.upper()} {self.name}{'?' + self.query if self.query else ''}"


# Support staff work on responses; the insight report is theirs too (surveys.report_views checks
# can_moderate). Editors write help content: the help and search reports are theirs (they check
# can_review_help_articles), support staff without page permissions are refused there.
MODERATION = {"anonymous": LOGIN, "survey_customer": LOGIN, "editor": REFUSED, "support_staff": ALLOWED}
CONTENT = {"anonymous": LOGIN, "survey_customer": LOGIN, "editor": ALLOWED, "support_staff": REFUSED}
# Storefront API keys and survey authoring need the surveys app's model permissions: neither group
# holds them (superusers and groups given them explicitly do).
NOBODY = {"anonymous": LOGIN, "survey_customer": LOGIN, "editor": REFUSED, "support_staff": REFUSED}


def queue(action: str) -> str:
    return f"surveys_response_modeladmin_{action}"


NO_PK = {"list", "list_results", "add"}
ACTION_DATA = {"version": 0, "name": "assign", "step": "follow_up", "ids": [], "action": "publish"}

ROUTES = [
    # The moderation queue (wagtail-modeladmin) and its actions.
    Route(queue("index"), MODERATION),
    Route(queue("index"), MODERATION, query="export=csv"),
    Route(queue("index"), MODERATION, query="q=crushed"),
    Route(queue("inspect"), MODERATION, args="response"),
    Route(queue("transition"), MODERATION, method="post", args="response", data=ACTION_DATA),
    Route(queue("follow_up"), MODERATION, method="post", args="response", data=ACTION_DATA),
    Route(queue("reply"), MODERATION, method="post", args="response", data=ACTION_DATA),
    # An empty message is a form error (400) for staff, not a refusal.
    Route(queue("message"), MODERATION, (400,), method="post", args="response", data=ACTION_DATA),
    Route(queue("bulk"), MODERATION, method="post", data=ACTION_DATA),
    # Reports → Customer insights (surveys/report_views.py).
    Route("surveys_insights:index", MODERATION),
    Route("surveys_insights:index", MODERATION, query="export=csv"),
    # Reports → Search (search/admin_views.py).
    Route("helpcenter_search_reports:index", CONTENT),
    Route("helpcenter_search_reports:index", CONTENT, query="tab=answerless"),
    Route("helpcenter_search_reports:index", CONTENT, query="export=csv"),
    Route("helpcenter_search_reports:draft", CONTENT, method="post", data={"query": "", "language": "en"}),
    Route("helpcenter_search_reports:exclude", CONTENT, method="post", data={"query": "", "language": "en"}),
    # Help articles listing and help reports (helpcenter/viewsets/).
    Route("help_articles:index", CONTENT),
    Route("help_articles:index_results", CONTENT),
    Route("helpcenter_reports:feedback", CONTENT),
    Route("helpcenter_reports:feedback_results", CONTENT),
    Route("helpcenter_reports:feedback_detail", CONTENT, args="article"),
    Route("helpcenter_reports:attention", CONTENT),
    Route("helpcenter_reports:attention_results", CONTENT),
    # Settings → Storefront API keys (surveys/viewsets.py).
    Route("surveys_api_keys:index", NOBODY),
    Route("surveys_api_keys:index_results", NOBODY),
    Route("surveys_api_keys:add", NOBODY),
    Route("surveys_api_keys:add", NOBODY, method="post", data={"name": "Sneaky key"}),
    Route("surveys_api_keys:edit", NOBODY, args="key"),
    Route("surveys_api_keys:edit", NOBODY, method="post", args="key", data={"name": "x", "revoke": "on"}),
    Route("surveys_api_keys:delete", NOBODY, args="key"),
    Route("surveys_api_keys:delete", NOBODY, method="post", args="key"),
    Route("surveys_api_keys:history", NOBODY, args="key"),
    Route("surveys_api_keys:history_results", NOBODY, args="key"),
    Route("surveys_api_keys:usage", NOBODY, args="key"),
    Route("surveys_api_keys:copy", NOBODY, args="key"),
    # Wagtail's own parent chooser: it offers only the topics the user may add to, so support staff
    # get an empty chooser (checked below); an editor with a single topic goes straight to "add".
    Route("help_articles:choose_parent", {**CONTENT, "support_staff": ALLOWED}, (200, 302)),
    # Snippets: surveys and reasons, every view Wagtail makes for them.
    *(
        Route(f"wagtailsnippets_surveys_{model}:{view}", NOBODY, args="" if view in NO_PK else model)
        for model in ("survey", "reason")
        for view in (
            "list",
            "list_results",
            "add",
            "edit",
            "delete",
            "usage",
            "history",
            "history_results",
            "copy",
        )
    ),
    Route("wagtailsnippets_surveys_survey:add", NOBODY, method="post", data={"title": "Sneaky survey"}),
]


@pytest.fixture
def world(english_survey, home, support_staff, editor):
    """A response, an article with a feedback comment, a logged search and an API key: the data
    the routes show, each carrying a string that must not reach a refused user."""
    response = answer(english_survey, csat=1, consent="on", comment=SECRET_COMMENT)
    customer = response.customer
    customer.name = SECRET_NAME
    customer.save(update_fields=["name"])
    topic = CategoryPageFactory(parent=home, title="Refunds", slug="refunds")
    article = ArticlePageFactory(parent=topic, title="Store credit", summary="How store credit works.")
    ArticleFeedback.objects.create(article=article, helpful=False, comment=SECRET_FEEDBACK, visitor="v" * 64)
    SearchEvent.objects.create(query=SECRET_QUERY, language="en", result_count=0, low_confidence=True)
    key, _raw = ApiKey.generate(SECRET_KEY_NAME)
    _invitation, token = invite()
    return {
        "response": response,
        "article": article,
        "key": key,
        "survey": english_survey,
        "reason": Reason.objects.filter(locale__language_code="en").first(),
        "token": token,
        "secrets": [
            SECRET_COMMENT,
            SECRET_NAME,
            customer.email,
            SECRET_FEEDBACK,
            SECRET_QUERY,
            SECRET_KEY_NAME,
        ],
        "staff": support_staff("agent"),
        "editor": editor,
    }


def client_for(kind: str, world: dict) -> Client:
    client = Client()
    if kind == "survey_customer":
        # Everything a customer's browser holds: the survey page opened from the e-mail link.
        assert client.get(reverse("surveys:survey", args=[world["token"]])).status_code == 200
    elif kind == "editor":
        client.force_login(world["editor"])
    elif kind == "support_staff":
        client.force_login(world["staff"])
    return client


def url_of(route: Route, world: dict) -> str:
    args = [world[route.args].pk] if route.args else []
    return reverse(route.name, args=args) + (f"?{route.query}" if route.query else "")


def assert_no_secrets(page, world: dict, where: str) -> None:
    body = page.content.decode(errors="replace")
    for secret in world["secrets"]:
        assert secret not in body, f"{where} leaks {secret!r}"


@pytest.mark.parametrize("route", ROUTES, ids=[route.id for route in ROUTES])
def test_each_admin_route_gives_each_kind_of_user_exactly_what_it_should(world, route):
    target = url_of(route, world)
    for kind in KINDS:
        page = getattr(client_for(kind, world), route.method)(target, route.data)
        assert_outcome(page, route, kind, world)


def assert_outcome(page, route: Route, kind: str, world: dict) -> None:
    expected = route.expected[kind]
    where = f"{kind} {route.id}"
    if expected == LOGIN:
        assert page.status_code == 302, where
        login = reverse("wagtailadmin_login")
        assert page["Location"].startswith(f"{login}?next="), where
        assert_no_secrets(page, world, where)
    elif expected == REFUSED:
        if page.status_code == 302:
            assert page["Location"] == reverse("wagtailadmin_home"), where
        else:
            assert page.status_code == 403, where
        assert_no_secrets(page, world, where)
    elif page.status_code == 302:
        # An action (or a one-choice chooser) redirects, staying in the area the user may work in.
        assert route.method == "post" or 302 in route.allowed_status, where
        assert page["Location"] not in {reverse("wagtailadmin_home"), reverse("wagtailadmin_login")}, where
        assert page["Location"].startswith("/admin/"), where
    else:
        assert page.status_code in route.allowed_status, where


def test_refused_users_change_nothing_through_the_queue_or_key_actions(world):
    """The actions refused above leave the response and the API keys as they were."""
    response = world["response"]
    for kind in ("anonymous", "survey_customer", "editor"):
        client = client_for(kind, world)
        for route in ROUTES:
            if route.method == "post" and route.expected[kind] != ALLOWED:
                data = {**route.data, "ids": [response.pk], "name": "publish"}
                getattr(client, route.method)(url_of(route, world), data)
    response.refresh_from_db()
    assert response.state == Response.STATE_NEW and response.assigned_to is None
    key = ApiKey.objects.get(pk=world["key"].pk)
    assert key.is_active and key.name == SECRET_KEY_NAME
    assert list(ApiKey.objects.values_list("name", flat=True)) == [SECRET_KEY_NAME]


def test_support_staff_see_the_customers_words_where_the_refused_see_none(world):
    """The secrets are really on the allowed pages: the refusals above are not vacuous."""
    staff = client_for("support_staff", world)
    queue_page = staff.get(reverse(queue("index"))).content.decode()
    response_page = staff.get(reverse(queue("inspect"), args=[world["response"].pk])).content.decode()
    assert SECRET_COMMENT in queue_page
    assert SECRET_COMMENT in response_page and world["response"].customer.email in response_page
    editor = client_for("editor", world)
    feedback_page = editor.get(reverse("helpcenter_reports:feedback_detail", args=[world["article"].pk]))
    assert SECRET_FEEDBACK in feedback_page.content.decode()
    search_page = editor.get(reverse("helpcenter_search_reports:index"), {"tab": "answerless"})
    assert SECRET_QUERY in search_page.content.decode()


def test_the_article_parent_chooser_offers_support_staff_no_topic(world):
    page = client_for("support_staff", world).get(reverse("help_articles:choose_parent"))
    assert page.status_code == 200
    assert "Refunds" not in page.content.decode()
    assert world["article"].get_parent().pk not in [
        int(pk) for pk in re.findall(r'name="parent_page"[^>]*value="(\d+)"', page.content.decode())
    ]
    assert_no_secrets(page, world, "support staff choose_parent")


# The JSON API ------------------------------------------------------------------------------------

INVITATIONS = "/api/v1/surveys/invitations"
RESPONSES = "/api/v1/surveys/responses"


@pytest.mark.parametrize("kind", KINDS)
def test_creating_invitations_needs_a_storefront_key_not_a_session(world, kind):
    client = client_for(kind, world)
    before = set(Response.objects.values_list("pk", flat=True))
    page = post_json(client, INVITATIONS, order_payload())
    assert page.status_code == 401
    assert page["Content-Type"].startswith("application/json")
    for header in ({"Authorization": "Bearer "}, {"Authorization": "Bearer hcsk_forged_not-a-key"}):
        assert post_json(client, INVITATIONS, order_payload(), **header).status_code == 401
    assert set(Response.objects.values_list("pk", flat=True)) == before


def test_a_revoked_key_no_longer_creates_invitations(client, db):
    key, raw_key = ApiKey.generate("Old storefront")
    assert post_json(client, INVITATIONS, order_payload(), Authorization=f"Bearer {raw_key}").status_code in {
        200,
        201,
    }
    key.revoke()
    page = post_json(client, INVITATIONS, order_payload(), Authorization=f"Bearer {raw_key}")
    assert page.status_code == 401


@pytest.mark.parametrize("kind", KINDS)
def test_answers_need_a_valid_token_whoever_posts_them(world, kind):
    client = client_for(kind, world)
    count = Response.objects.count()
    for token in ["", "forged", world["token"][:-2] + "xx"]:
        page = post_json(client, RESPONSES, {"token": token, "csat": 5, "comment": "sneaky"})
        assert 400 <= page.status_code < 500 and page.status_code != 401, token
        assert "sneaky" not in page.content.decode()
    assert Response.objects.count() == count


def test_a_survey_token_answers_its_own_survey_once_and_reaches_nothing_else(world):
    client = client_for("survey_customer", world)
    lovely = {
        "token": world["token"],
        "csat": 5,
        "nps": 9,
        "comment": "Lovely",
        "answers": {"would_buy_again": "yes"},
    }
    first = post_json(client, RESPONSES, lovely)
    assert first.status_code == 201
    second = post_json(client, RESPONSES, {**lovely, "csat": 1, "comment": "Changed"})
    assert 400 <= second.status_code < 500
    assert Response.objects.filter(comment="Changed").count() == 0
    # The token is no credential anywhere else.
    assert (
        post_json(client, INVITATIONS, order_payload(), Authorization=f"Bearer {world['token']}").status_code
        == 401
    )
    page = client.get(reverse(queue("inspect"), args=[world["response"].pk]), {"token": world["token"]})
    assert page.status_code == 302 and page["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("kind", KINDS)
def test_public_reviews_api_shows_no_unpublished_response_to_anyone(world, kind):
    page = client_for(kind, world).get("/api/v1/reviews")
    assert page.status_code == 200 and page["Content-Type"].startswith("application/json")
    assert_no_secrets(page, world, f"{kind} GET /api/v1/reviews")


# Nothing escapes the matrix ----------------------------------------------------------------------

PROJECT_APPS = ("helpcenter.", "search.", "surveys.", "home.")
PUBLIC_OR_TESTED_ELSEWHERE = {
    # /api/v1/: public reads and customer writes, each tested in its own module.
    "api-v1:openapi-json",
    "api-v1:openapi-view",
    "api-v1:api-root",
    "api-v1:article_feedback",
    "api-v1:article_read",
    "api-v1:search",
    "api-v1:autocomplete",
    "api-v1:search_click",
    "api-v1:search_contact",
    "api-v1:list_reviews",
    # Public pages.
    "surveys:survey",
    "surveys:embed_script",
    "search",
    "helpcenter:feedback",
    "robots_txt",
    # For load balancers: component states only, nothing stored (tests/production/test_health.py).
    "health",
    # The storefront widget: public to its configured storefront origins, refused to others
    # (tests/helpcenter_widget/test_views.py, tests/e2e/test_widget.py).
    "helpcenter_widget:loader",
    "helpcenter_widget:panel",
    "helpcenter_widget:search",
    "helpcenter_widget:article",
    "helpcenter_widget:feedback",
    "helpcenter_widget:click",
    "helpcenter_widget:contact",
}
COVERED_HERE = {route.name for route in ROUTES} | {"api-v1:create_invitation", "api-v1:create_response"}


def project_routes(patterns=None, prefix: str = "", namespace: str = ""):
    """(route, name) of every URL whose view the project defines, or that names a project model."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from project_routes(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            continue
        assert isinstance(pattern, URLPattern)
        name = namespace + (pattern.name or "")
        module = getattr(pattern.callback, "__module__", "") or ""
        ours = module.startswith(PROJECT_APPS) or name.startswith(
            ("surveys_", "helpcenter_", "search_", "help_", "api-v1:", "wagtailsnippets_surveys_")
        )
        if ours:
            yield prefix + str(pattern.pattern), name


def test_every_project_route_is_in_the_matrix_or_known_public():
    found = {name: route for route, name in project_routes()}
    missing = {
        name: route for name, route in found.items() if name not in COVERED_HERE | PUBLIC_OR_TESTED_ELSEWHERE
    }
    assert missing == {}
    assert {name for name in COVERED_HERE if name not in found} == set()
    assert len([name for name in found if name.startswith("surveys_response_modeladmin_")]) == 7


def test_every_help_home_route_is_public_and_known():
    """Routes below a help home are not in the URLconf: the help search app adds them to the page."""
    routes = {pattern.name for pattern in HelpCenterPage.get_subpage_urls()}
    assert routes == {"index_route", "search", "search_click", "reviews"}
