"""Issue 23: abuse limits hold across both servers, which share them through Redis; production
exposes only what it needs (see conftest.py for the stack: production settings, two gunicorn
servers under honcho, Redis)."""

import time

import pytest

from .conftest import Browser

pytestmark = [pytest.mark.production, pytest.mark.timeout(900)]

# The production defaults (HELPCENTER_RATE_LIMITS): per client address and minute.
FEEDBACK_LIMIT = 10
READ_LIMIT = 60


def inside_one_window() -> None:
    """The limits are fixed windows of a wall-clock minute: start well inside one."""
    if time.time() % 60 > 40:
        time.sleep(61 - time.time() % 60)


def burst(stack, path: str, count: int, **kwargs) -> list:
    clients = [Browser(stack.url(0)), Browser(stack.url(1))]
    return [clients[attempt % 2].request("POST", path, **kwargs) for attempt in range(count)]


def test_a_burst_of_votes_is_refused_with_429_and_retry_after_across_both_servers(stack):
    inside_one_window()
    answers = burst(
        stack, f"/api/v1/help/articles/{stack.topic_id}/feedback", 2 * FEEDBACK_LIMIT, json={"helpful": True}
    )
    statuses = [answer.status_code for answer in answers]
    assert statuses.count(429) == FEEDBACK_LIMIT, statuses
    assert 429 not in statuses[:FEEDBACK_LIMIT], statuses
    for refused in answers[FEEDBACK_LIMIT:]:
        assert 1 <= int(refused.headers["Retry-After"]) <= 60


def test_a_burst_of_reads_is_refused_across_both_servers(stack):
    inside_one_window()
    answers = burst(stack, f"/api/v1/help/articles/{stack.topic_id}/read", READ_LIMIT + 20)
    statuses = [answer.status_code for answer in answers]
    assert statuses.count(429) == 20, statuses
    assert all("Retry-After" in answer.headers for answer in answers if answer.status_code == 429)


def test_production_exposes_no_api_docs_and_sends_a_permissions_policy(stack):
    visitor = Browser(stack.url(0))
    docs = visitor.get("/api/v1/docs")  # Django's APPEND_SLASH first, then nothing there
    assert (docs.status_code, docs.headers["Location"]) == (301, "/api/v1/docs/")
    assert visitor.get("/api/v1/docs/").status_code == 404
    assert visitor.get("/api/v1/openapi.json").status_code == 200
    page = visitor.get(stack.topic_path)
    assert page.status_code == 200
    assert "camera=()" in page.headers["Permissions-Policy"]
    # gunicorn 27 has no setting for its banner; gunicorn.conf.py drops it.
    assert "Server" not in page.headers
    assert "Server" not in visitor.get("/static/helpcenter/css/site.css").headers
