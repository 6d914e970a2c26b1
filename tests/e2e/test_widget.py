"""The storefront help widget in Chromium, on a phone, in English and Persian: the storefront is a
page of another loopback origin under a strict Content-Security-Policy that allows nothing of the
help center but its script and its frame.

1. On an order-tracking page a customer opens the widget, sees delivery articles before typing,
   types a misspelt question, reads the answer in the panel and marks it helpful.
2. A second customer finds nothing, chooses e-mail, and the prefilled message holds their searches
   and order number; the contact is logged against the search.
3. A storefront origin that is not configured gets no launcher and no data.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from urllib.parse import unquote

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from helpcenter.models import ArticleFeedback
from helpcenter.search.models import SearchEvent
from home.demo import build_demo
from tests.conftest import uses_search_engine
from tests.e2e.browser import AXE_SOURCE, DESKTOP, PHONE, axe_violations, log_in_to_the_admin, screenshot

LAPTOP = {"width": 1280, "height": 700}

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

JOURNEYS = {
    "en": {
        "dir": "ltr",
        "launcher": "Help",
        "delivery": "Track your parcel",
        "typo": "trak my parcle",
        "answer": "Track your parcel",
        "yes": "Yes",
        "thanks": "Thank you",
        "no_answer": "student discount",
        "handoff": "Still need help?",
        "email": "E-mail us",
    },
    "fa": {
        "dir": "rtl",
        "launcher": "راهنما",
        "delivery": "رهگیری مرسوله",
        "typo": "رهگیری مرسلوه",
        "answer": "رهگیری مرسوله",
        "yes": "بله",
        "thanks": "ممنون",
        "no_answer": "خرید قسطی دارید",
        "handoff": "هنوز کمک لازم دارید؟",
        "email": "ایمیل به ما",
    },
}


class _Storefront(BaseHTTPRequestHandler):
    pages: dict = {}
    policy = ""

    def do_GET(self):
        body = self.pages.get(self.server.server_address[1], b"")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _serve():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Storefront)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def storefronts():
    """The shop (configured) and a stranger's site (not configured), both on loopback origins other
    than the help center's (localhost)."""
    shop, shop_origin = _serve()
    stranger, stranger_origin = _serve()
    yield {"shop": (shop, shop_origin), "stranger": (stranger, stranger_origin)}
    shop.shutdown()
    stranger.shutdown()


def storefront_page(server, help_origin: str, language: str, order: str, context: str = "order-tracking"):
    """A storefront order page: the help center may give it a script and a frame, nothing else."""
    _Storefront.policy = (
        f"default-src 'self'; script-src 'self' {help_origin}; frame-src {help_origin}; "
        "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'"
    )
    title = {"en": f"Order {order} - Shop", "fa": f"سفارش {order} - فروشگاه"}[language]
    heading = {"en": "Track your order", "fa": "پیگیری سفارش"}[language]
    status = {"en": f"Order {order} is on its way.", "fa": f"سفارش {order} در راه است."}[language]
    _Storefront.pages[server.server_address[1]] = f"""<!DOCTYPE html>
<html lang="{language}" dir="{JOURNEYS[language]["dir"]}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
<body><main><h1>{heading}</h1><p>{status}</p>
<script src="{help_origin}/helpcenter/widget/embed.js" async data-language="{language}"
        data-context="{context}" data-order="{order}"></script></main></body></html>""".encode()


@pytest.fixture
def demo_site():
    build_demo()
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    get_search_backend().refresh_indexes()


def _open_storefront(open_page, url: str):
    page = open_page(PHONE)
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    # Layout shifts on the storefront page, from the start (the widget must cause none).
    page.add_init_script(
        "window.__shifts = 0; new PerformanceObserver(l => l.getEntries().forEach(e => {"
        " if (!e.hadRecentInput) window.__shifts += e.value; }))"
        ".observe({type: 'layout-shift', buffered: true});"
    )
    page.goto(url)
    return page, problems


def _launcher(page):
    return page.locator("[data-helpcenter-widget]").locator("button")


def _frame_axe(frame) -> list[dict]:
    """axe-core inside the panel's frame (another origin: axe in the top page cannot read it)."""
    frame.evaluate(AXE_SOURCE.read_text() + "\n;undefined")
    result = frame.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


def _panel_frame(page):
    page.wait_for_function(
        "() => { const h = document.querySelector('[data-helpcenter-widget]');"
        " return h && h.shadowRoot.querySelector('iframe'); }"
    )
    for _ in range(100):
        frame = next((f for f in page.frames if "/helpcenter/widget/panel/" in f.url), None)
        if frame is not None:
            frame.wait_for_load_state()
            return frame
        page.wait_for_timeout(50)
    raise AssertionError(f"no panel frame among {[f.url for f in page.frames]}")


def test_widget_journeys_in_english_and_persian(
    live_server, open_page, demo_site, storefronts, settings, django_user_model
):
    if not uses_search_engine():
        pytest.skip("typo tolerance comes from the engine")
    shop, shop_origin = storefronts["shop"]
    settings.CORS_ALLOWED_ORIGINS = [shop_origin]
    for language in JOURNEYS:
        _reads_a_delivery_answer_and_marks_it_helpful(live_server, open_page, shop, shop_origin, language)
        _finds_nothing_and_writes_with_a_prefilled_message(
            live_server, open_page, shop, shop_origin, language
        )
    _on_a_laptop_the_panel_fits_above_the_launcher(live_server, open_page, shop, shop_origin)
    _the_search_report_counts_the_widget_beside_the_site(live_server, open_page, django_user_model)
    stranger, stranger_origin = storefronts["stranger"]
    _an_origin_that_is_not_configured_gets_no_data(live_server, open_page, stranger, stranger_origin)


def _reads_a_delivery_answer_and_marks_it_helpful(live_server, open_page, shop, shop_origin, language):
    words = JOURNEYS[language]
    storefront_page(shop, live_server.url, language, "1001")
    page, problems = _open_storefront(open_page, shop_origin + "/orders/1001")
    launcher = _launcher(page)
    launcher.wait_for()
    assert launcher.inner_text() == words["launcher"]
    assert not any("/helpcenter/widget/panel" in f.url for f in page.frames)  # nothing fetched yet
    screenshot(page, f"widget-{language}-launcher-phone", docs=True)
    launcher.click()
    frame = _panel_frame(page)
    assert frame.locator("html").get_attribute("dir") == words["dir"]
    # Before typing: the delivery topic's articles, as the order-tracking context says.
    context = frame.locator("[data-context-key=order-tracking]")
    context.wait_for()
    assert words["delivery"] in context.inner_text()
    # The panel has focus, and Tab stays inside it.
    frame.locator("#widget-q").wait_for()
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.matches('[data-helpcenter-widget]')"
    )
    for _ in range(12):
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.shadowRoot.activeElement.tagName") == "IFRAME", (
        "focus left the panel"
    )
    assert frame.evaluate("() => !!document.activeElement.closest('#panel')")
    screenshot(page, f"widget-{language}-phone", docs=True)
    assert axe_violations(page) == [], language
    assert _frame_axe(frame) == [], language

    frame.locator("#widget-q").click()
    frame.locator("#widget-q").press_sequentially(words["typo"], delay=40)
    results = frame.locator("[data-results] li")
    results.first.wait_for()
    assert words["answer"] in frame.locator("[data-results]").inner_text()
    screenshot(page, f"widget-{language}-results-phone", docs=True)
    frame.locator("[data-results] a", has_text=words["answer"]).first.click()
    article = frame.locator("[data-view=article] article")
    article.wait_for()
    assert frame.locator("[data-view=article] h2").first.inner_text() == words["answer"]
    assert not frame.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
    screenshot(page, f"widget-{language}-article-phone", docs=True)
    assert _frame_axe(frame) == [], language
    frame.get_by_role("button", name=words["yes"], exact=True).click()
    frame.locator("[data-vote-status]", has_text=words["thanks"]).wait_for()
    vote = ArticleFeedback.objects.filter(article__title=words["answer"]).latest("pk")
    assert vote.helpful and vote.counted
    event = SearchEvent.objects.filter(channel="widget", language=language).latest("pk")
    assert event.clicked_page_id == vote.article_id and event.rated_helpful is True
    assert event.excluded == ""
    # Escape closes the panel and gives the focus back to the launcher.
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => !document.querySelector('[data-helpcenter-widget]').shadowRoot.querySelector('dialog').open"
    )
    assert page.evaluate("() => document.activeElement.shadowRoot.activeElement.tagName") == "BUTTON"
    assert page.evaluate("window.__shifts") == 0
    assert problems == [], problems
    page.context.close()


def _finds_nothing_and_writes_with_a_prefilled_message(live_server, open_page, shop, shop_origin, language):
    words = JOURNEYS[language]
    storefront_page(shop, live_server.url, language, "2002")
    page, problems = _open_storefront(open_page, shop_origin + "/orders/2002")
    _launcher(page).click()
    frame = _panel_frame(page)
    frame.locator("#widget-q").fill(words["no_answer"])
    frame.locator("#widget-q").press("Enter")
    frame.locator(".unanswered").wait_for()
    frame.get_by_role("button", name=words["handoff"]).click()
    summary = frame.locator("[data-summary]")
    summary.wait_for()
    text = summary.input_value()
    assert "2002" in text and words["no_answer"] in text
    email = frame.get_by_role("link", name=words["email"])
    href = unquote(email.get_attribute("href"))
    assert href.startswith("mailto:") and "2002" in href and words["no_answer"] in href
    chat = unquote(frame.locator("[data-channel=chat]").get_attribute("href").replace("+", " "))
    assert "message=" in chat and "2002" in chat and words["no_answer"] in chat
    screenshot(page, f"widget-{language}-handoff-phone", docs=True)
    assert _frame_axe(frame) == [], language
    # The customer adds a line; the e-mail carries it.
    summary.press("End")
    summary.press_sequentially(" Thanks")
    assert "Thanks" in unquote(email.get_attribute("href"))
    # No mail program here: the click is what the panel logs.
    email.evaluate("link => link.addEventListener('click', event => event.preventDefault())")
    email.click()
    for _ in range(50):
        event = SearchEvent.objects.filter(channel="widget", language=language).latest("pk")
        if event.contacted:
            break
        page.wait_for_timeout(100)
    assert event.contacted and event.query == SearchEvent.normalise(words["no_answer"])
    assert problems == [], problems
    page.context.close()


def _on_a_laptop_the_panel_fits_above_the_launcher(live_server, open_page, shop, shop_origin):
    storefront_page(shop, live_server.url, "en", "4004")
    page = open_page(LAPTOP)
    page.goto(shop_origin + "/orders/4004")
    launcher = _launcher(page)
    launcher.click()
    _panel_frame(page).locator("[data-context-key=order-tracking]").wait_for()
    dialog = page.locator("[data-helpcenter-widget]").locator("dialog").bounding_box()
    button = launcher.bounding_box()
    assert dialog["y"] >= 0 and dialog["y"] + dialog["height"] <= button["y"], (dialog, button)
    assert dialog["x"] + dialog["width"] <= LAPTOP["width"] and dialog["width"] < 500
    screenshot(page, "widget-en-desktop", docs=True)
    page.context.close()


def _the_search_report_counts_the_widget_beside_the_site(live_server, open_page, django_user_model):
    """Two searches per language, each customer's once: one opened and rated helpful, one contacted."""
    django_user_model.objects.create_superuser("editor", "editor@shop.example", "an-editor-password")
    page = open_page(DESKTOP)
    log_in_to_the_admin(page, live_server, "editor", "an-editor-password")
    page.goto(live_server.url + "/admin/reports/search/")
    row = page.locator("#search-channels tr[data-channel=widget] td")
    # searches, no answer, opened a result, rated helpful, went on to contact us
    assert row.all_inner_texts() == ["4", "2", "2", "2", "2"]
    assert page.locator("#search-channels tr[data-channel=site] th").inner_text() == "Help site"
    page.select_option("#id_channel", "widget")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**channel=widget**")
    assert page.locator("#search-report tbody tr").count() == 4
    screenshot(page, "widget-search-report-desktop", docs=True)
    page.context.close()


def _an_origin_that_is_not_configured_gets_no_data(live_server, open_page, stranger, stranger_origin):
    storefront_page(stranger, live_server.url, "en", "3003")
    _Storefront.policy = ""  # a stranger's page that would let anything in
    page, _problems = _open_storefront(open_page, stranger_origin + "/orders/3003")
    page.wait_for_function("window.__helpcenterWidget === true")
    assert page.locator("[data-helpcenter-widget]").count() == 0  # no launcher
    # Its own attempts: the panel in a frame, the panel's data and the search API.
    got = page.evaluate(
        """async (help) => {
          const tries = {};
          for (const [name, url] of Object.entries({
            loader: help + '/helpcenter/widget/embed.js',
            panel: help + '/helpcenter/widget/panel/?lang=en&origin=' + encodeURIComponent(location.origin),
            search: help + '/helpcenter/widget/search?q=parcel&lang=en',
            api: help + '/api/v1/help/search?q=parcel',
          })) {
            try { const r = await fetch(url); tries[name] = 'read ' + r.status; }
            catch (e) { tries[name] = 'refused'; }
          }
          return tries;
        }""",
        live_server.url,
    )
    assert got == {"loader": "refused", "panel": "refused", "search": "refused", "api": "refused"}
    page.evaluate(
        """(help) => { const f = document.createElement('iframe'); f.id = 'forced';
        f.src = help + '/helpcenter/widget/panel/?lang=en&origin=' + encodeURIComponent(location.origin);
        document.body.appendChild(f); }""",
        live_server.url,
    )
    page.wait_for_timeout(1000)
    frame = next((f for f in page.frames if "/helpcenter/widget/panel/" in f.url), None)
    assert frame is None or frame.evaluate("() => document.body ? document.body.innerText : ''") == ""
    page.context.close()
