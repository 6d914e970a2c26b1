"""Browser tests: Playwright driving Debian's Chromium (never a downloaded browser).

The fixtures and the report hook are registered by tests/conftest.py, once for every folder that
opens pages (e2e/, and plugin/ for the fresh site's pages); tests import the helpers from here."""

import os
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-results"
AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop in this thread; the test's own
# database work is still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    missing = [what for what, ok in [("chromium", executable), ("axe-core", AXE_SOURCE.exists())] if not ok]
    if missing:
        message = f"browser tests need {', '.join(missing)} (scripts/test installs them)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, request):
    """A fresh browser page at a given viewport. If the test fails, a screenshot of each page and
    a Playwright trace (``playwright show-trace test-results/FAILED-….zip``) are kept."""
    contexts = []

    def _open(viewport=PHONE, **options):
        # A customer's Chrome, not "HeadlessChrome": the help center leaves automated browsers out
        # of its reading and search statistics (helpcenter.visitors), which journeys check.
        options.setdefault(
            "user_agent",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{browser.version} Safari/537.36",
        )
        context = browser.new_context(viewport=viewport, **options)
        # Screenshots only: DOM snapshots of the storefront's cross-origin survey frame once
        # stalled the browser; the screenshots and the action log are what a failure needs.
        context.tracing.start(screenshots=True, snapshots=False)
        contexts.append(context)
        return context.new_page()

    yield _open
    from playwright.sync_api import Error as PlaywrightError

    failed = getattr(request.node, "rep_call", None) and request.node.rep_call.failed
    for number, context in enumerate(contexts):
        try:
            if failed:
                ARTIFACTS.mkdir(exist_ok=True)
                for page in context.pages:
                    page.screenshot(
                        path=ARTIFACTS / f"FAILED-{request.node.name}-{number}.png", full_page=True
                    )
                context.tracing.stop(path=ARTIFACTS / f"FAILED-{request.node.name}-{number}.zip")
            else:
                context.tracing.stop()
            context.close()
        except PlaywrightError:  # the test closed this context itself
            pass
    if request.node.get_closest_marker("django_db"):
        _wait_for_the_live_server_to_finish()


def _wait_for_the_live_server_to_finish(seconds: float = 15) -> None:
    """Closing the browser does not stop the live server answering what it last asked; the
    database emptied for the next test meanwhile deadlocks with those answers' queries."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'"
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.05)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def log_in_to_the_admin(page, live_server, username: str, password: str) -> None:
    """Through Wagtail's login form, as staff do; lands on the dashboard."""
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")


def axe_violations(page) -> list[dict]:
    """Runs axe-core (from the npm registry) in the page; WCAG 2.1 AA and best practices."""
    if page.locator(".messages li").count():
        # Wagtail slides its messages in; their contrast is judged once they stand still.
        page.wait_for_timeout(1000)
    # Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
    # govern, so the pages are checked under their real policy (a <script> tag would be refused).
    page.evaluate(AXE_SOURCE.read_text() + "\n;undefined")
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"


def screenshot(page, name: str, docs: bool = False) -> Path:
    """Saved under test-results/; with UPDATE_DOCS_SCREENSHOTS=1, README's copies are refreshed too."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    if docs and os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1":
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=DOCS_SCREENSHOTS / f"{name}.png", full_page=True)
    return path
