"""Search journeys in Chromium, English and Persian, on a phone-sized screen, against the real engine.

1. A misspelt query, a pick from search-as-you-type, the article, "yes, it helped".
2. A question nothing answers leads with the contact channels, and still offers a way on.
6. An editor opens the "No answer found" report, finds those questions, and starts an article
   from the Persian one (desktop, Wagtail admin).
"""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from helpcenter.models import ArticleFeedback, ArticlePage
from helpcenter.search.models import SearchEvent
from home.demo import build_demo
from tests.conftest import uses_search_engine
from tests.e2e.browser import DESKTOP, PHONE, axe_violations, log_in_to_the_admin, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

JOURNEYS = {
    "en": {
        "home": "/",
        "typo": "retrun",
        "expect": "return",
        "thanks": "Thank you",
        "no_answer": "student discount",
    },
    "fa": {
        "home": "/fa/",
        "typo": "پرداحت",
        "expect": "پرداخت",
        "thanks": "ممنون",
        "no_answer": "خرید قسطی دارید",
    },
}


@pytest.fixture
def demo_site():
    build_demo()
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    get_search_backend().refresh_indexes()


def test_search_journeys_in_english_and_persian(live_server, open_page, demo_site, django_user_model):
    """One demo build for all the journeys: building it is most of the time."""
    if not uses_search_engine():
        pytest.skip("typo-tolerant suggestions come from the engine")
    for language in JOURNEYS:
        _misspelt_search_picked_from_suggestions_leads_to_a_helpful_article(live_server, open_page, language)
        _a_question_nothing_answers_leads_with_the_contact_channels(live_server, open_page, language)
    _an_editor_starts_an_article_from_a_question_nobody_answered(live_server, open_page, django_user_model)


def content_editor(django_user_model):
    """An editor as a shop would set one up: admin access and page editing, nothing of surveys."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    group, _created = Group.objects.get_or_create(name="Help editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("writer", "writer@shop.example", "a-long-writer-password")
    user.groups.add(group)
    return user


def _an_editor_starts_an_article_from_a_question_nobody_answered(live_server, open_page, django_user_model):
    content_editor(django_user_model)
    page = open_page(DESKTOP)
    log_in_to_the_admin(page, live_server, "writer", "a-long-writer-password")
    page.goto(live_server.url + "/admin/reports/search/")
    page.get_by_role("link", name="No answer found").click()
    page.wait_for_url("**tab=answerless**")
    assert page.locator("h1").inner_text().strip() == "Search"
    rows = page.locator("#search-report tbody tr")
    for journey in JOURNEYS.values():  # what the customers of journey 2 asked, in both languages
        assert rows.filter(has_text=journey["no_answer"]).count() == 1, journey["no_answer"]
    screenshot(page, "journey-editor-no-answer-report", docs=True)
    assert axe_violations(page) == []
    question = JOURNEYS["fa"]["no_answer"]
    rows.filter(has_text=question).get_by_role("button", name="Write an article for this").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert page.locator("#id_title").input_value() == question
    screenshot(page, "journey-editor-draft-started")
    draft = ArticlePage.objects.get(title=question)
    assert draft.live is False and draft.locale.language_code == "fa"
    assert "پاسخی نیافتند" in draft.summary  # the placeholder is in the article's language


def _misspelt_search_picked_from_suggestions_leads_to_a_helpful_article(live_server, open_page, language):
    journey = JOURNEYS[language]
    page = open_page(PHONE)
    page.goto(live_server.url + journey["home"])
    page.locator("#home-q").press_sequentially(journey["typo"], delay=40)
    option = page.get_by_role("option").filter(has_text=journey["expect"]).first
    option.wait_for()
    screenshot(page, f"journey-search-suggestions-{language}")
    title = option.inner_text()
    option.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    votes = ArticleFeedback.objects.count()
    page.locator("#feedback button[value=yes]").click()
    page.get_by_role("status").filter(has_text=journey["thanks"]).wait_for()
    screenshot(page, f"journey-search-article-{language}")
    assert ArticleFeedback.objects.count() == votes + 1
    assert axe_violations(page) == []


def _a_question_nothing_answers_leads_with_the_contact_channels(live_server, open_page, language):
    journey = JOURNEYS[language]
    page = open_page(PHONE)
    page.goto(live_server.url + journey["home"])
    page.locator("#home-q").fill(journey["no_answer"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    contact = page.locator("main .contact")
    contact.wait_for()
    screenshot(page, f"journey-search-no-answer-{language}")
    # The contact channels come before anything else the page offers.
    offers = page.locator("main .contact, main .search-results, main #closest-topics").all()
    assert offers[0].evaluate("node => node.classList.contains('contact')")
    assert page.locator("main .contact__link").count() >= 2
    assert page.locator("main .search-results li, main #closest-topics").count() >= 1, "never a dead end"
    event = SearchEvent.objects.latest("pk")
    assert event.low_confidence is True and event.language == language
    assert axe_violations(page) == []
