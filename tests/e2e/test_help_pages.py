"""Help pages in a real browser: accessible, usable on a phone, right-to-left in Persian."""

import pytest
from wagtail.models import Locale

from helpcenter.models import ArticlePage, CategoryPage, FAQPage
from home.demo import build_demo
from tests.e2e.browser import DESKTOP, PHONE, axe_violations, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def pages_to_check():
    """Home, a topic, a long article and an FAQ, in each language."""
    english = Locale.objects.get(language_code="en")
    article = next(a for a in ArticlePage.objects.live().filter(locale=english) if a.show_toc())
    topic = CategoryPage.objects.live().filter(locale=english, depth=3).first()
    faq = FAQPage.objects.live().filter(locale=english).first()
    for language in ["en", "fa"]:
        locale = Locale.objects.get(language_code=language)
        home_url = "/" if language == "en" else "/fa/"
        yield f"home-{language}", home_url
        yield f"search-{language}", ("/search/?q=refund" if language == "en" else "/fa/search/?q=بازگشت+پول")
        yield (
            f"search-empty-{language}",
            ("/search/?q=zebra+quantum" if language == "en" else "/fa/search/?q=زرافه"),
        )
        for name, page in [("category", topic), ("article", article), ("faq", faq)]:
            yield f"{name}-{language}", page.get_translation(locale).url


def test_help_pages_are_accessible_on_phone_and_desktop_and_rtl_in_persian(live_server, open_page):
    build_demo()
    failures = {}
    for name, url in pages_to_check():
        for size_name, viewport in [("phone", PHONE), ("desktop", DESKTOP)]:
            page = open_page(viewport)
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            screenshot(page, f"{name}-{size_name}", docs=not name.startswith("category"))
            overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
            assert not overflow, f"{url} scrolls sideways at {viewport['width']}px"
            violations = axe_violations(page)
            if violations:
                failures[f"{url} ({size_name})"] = violations
            page.context.close()
    assert failures == {}
    _persian_home_is_right_to_left_in_vazirmatn(live_server, open_page)


def _persian_home_is_right_to_left_in_vazirmatn(live_server, open_page):
    page = open_page(PHONE)
    page.goto(live_server.url + "/fa/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    loaded = page.evaluate("document.fonts.load('16px Vazirmatn', 'سلام').then(faces => faces.length)")
    assert loaded >= 1
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.helpcenter')).fontFamily")
        .strip('"')
        .startswith("Vazirmatn")
    )
    # The brand sits at the right edge in a right-to-left layout.
    box = page.locator(".site-header__brand").bounding_box()
    assert box["x"] > PHONE["width"] / 2


def test_keyboard_search_as_you_type_and_votes_with_and_without_javascript(live_server, open_page):
    build_demo()
    _search_as_you_type_suggests_titles_and_keyboard_picks_one(live_server, open_page)
    _keyboard_only_visitor_can_skip_to_content_and_vote(live_server, open_page)
    _vote_without_javascript_still_works(live_server, open_page)


def _search_as_you_type_suggests_titles_and_keyboard_picks_one(live_server, open_page):
    page = open_page(PHONE)
    page.goto(live_server.url + "/")
    page.locator("#home-q").press_sequentially("retu", delay=50)
    option = page.get_by_role("option").first
    option.wait_for()
    assert page.locator("#home-q").get_attribute("aria-expanded") == "true"
    title = option.inner_text()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert axe_violations(page) == []


def _keyboard_only_visitor_can_skip_to_content_and_vote(live_server, open_page):
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    votes_before = article.feedback.count()
    page = open_page(DESKTOP)
    page.goto(live_server.url + article.url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    page.locator("#feedback button[value=yes]").focus()
    page.keyboard.press("Enter")
    page.get_by_role("status").filter(has_text="Thank you").wait_for()
    assert article.feedback.count() == votes_before + 1


def _vote_without_javascript_still_works(live_server, open_page):
    article = ArticlePage.objects.live().filter(locale__language_code="fa").first()
    unhelpful_before = article.feedback.filter(helpful=False).count()
    page = open_page(PHONE, java_script_enabled=False)
    page.goto(live_server.url + article.url)
    page.locator("#feedback button[value=no]").click()
    page.wait_for_url("**?feedback=thanks#feedback")
    assert "ممنون" in page.locator("#feedback").inner_text()
    assert article.feedback.filter(helpful=False).count() == unhelpful_before + 1
