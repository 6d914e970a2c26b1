"""A support agent's morning in a real browser: logs into the admin, finds the response at the top
of the negative, overdue queue, assigns it, reads the customer's timeline, writes and publishes a
public reply, and marks it for follow-up. The queue and the response page (whole documents,
Wagtail's own admin furniture included) are checked with axe."""

from datetime import timedelta

import pytest
from django.utils import timezone

from home.demo.surveys import build_demo_surveys
from surveys.defaults import ensure_support_staff_group
from surveys.forms import SurveyResponseForm
from surveys.models import Reply, Response
from surveys.services import DeliveredOrder, register_delivery, submit
from tests.e2e.browser import DESKTOP, axe_violations, log_in_to_the_admin, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def whole_page_screenshot(page, name: str) -> None:
    """Wagtail's admin scrolls inside its own layout, so the window is made as tall as the page."""
    height = page.evaluate("document.querySelector('#main').scrollHeight")
    page.set_viewport_size({"width": DESKTOP["width"], "height": max(DESKTOP["height"], min(height, 5000))})
    screenshot(page, name, docs=True)
    page.set_viewport_size(DESKTOP)


def customer_answers(survey, order: str, **data) -> Response:
    """One order of Sara's, answered through the survey form, as the survey page stores it."""
    invitation, _created = register_delivery(
        DeliveredOrder(
            order_id=order,
            customer_id="sara-k",
            email="sara@example.com",
            name="Sara Karimi",
            language="en",
            items=[{"name": "Blue mug", "quantity": 1}],
            delivered=timezone.now() - timedelta(days=3),
        )
    )
    form = SurveyResponseForm(survey, {"q_would_buy_again": "no", **data})
    assert form.is_valid(), form.errors
    return submit(invitation, form)


@pytest.fixture
def queue_data(django_user_model):
    surveys = build_demo_surveys()  # about twenty responses, some of them overdue
    earlier = customer_answers(
        surveys["en"], "E2E-100", csat="5", nps="9", comment="The first mug was perfect."
    )
    target = customer_answers(
        surveys["en"],
        "E2E-101",
        csat="1",
        nps="0",
        reasons=["packaging"],
        comment="Arrived shattered.",
        consent="on",
    )
    Response.objects.filter(pk=earlier.pk).update(submitted_at=timezone.now() - timedelta(days=20))
    Response.objects.filter(pk=target.pk).update(submitted_at=timezone.now() - timedelta(hours=6))
    agent = django_user_model.objects.create_user(
        "agent", "agent@shop.example", "a-long-agent-password", first_name="Ava", last_name="Agent"
    )
    agent.groups.add(ensure_support_staff_group())
    return target, agent


def test_support_agent_answers_the_most_urgent_complaint(live_server, open_page, queue_data):
    target, agent = queue_data
    page = open_page(DESKTOP)
    log_in_to_the_admin(page, live_server, "agent", "a-long-agent-password")

    # The dashboard says something is overdue; the queue is one click away.
    panel = page.locator("#feedback-queue-content")
    assert panel.locator("[data-queue-stat=overdue] .queue-stats__count").inner_text() != "0"
    panel.get_by_role("link", name="Open the whole queue").click()
    page.wait_for_url("**/admin/surveys/response/")
    filters = page.get_by_role("form", name="Filter the queue")
    filters.get_by_label("Negative").select_option(label="Negative only")
    filters.get_by_label("Response-time target").select_option(label="Overdue")
    filters.get_by_role("button", name="Filter").click()
    page.wait_for_url("**overdue=1**")
    assert "negative=1" in page.url
    rows = page.locator("table.listing tbody tr")
    assert rows.count() >= 2  # the demo's old complaint is overdue too; the newest critical leads
    first = rows.first
    assert first.get_attribute("data-object-pk") == str(target.pk)
    assert "Critical" in first.inner_text() and "overdue by" in first.inner_text()
    whole_page_screenshot(page, "moderation-queue-desktop")
    assert axe_violations(page) == []  # the whole admin page, Wagtail's furniture included

    first.get_by_role("link", name="Arrived shattered.").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert "Arrived shattered." in page.locator(".queue-answers").inner_text()

    page.get_by_role("button", name="Assign to me").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert "Assigned to Ava Agent." in page.locator(".messages").inner_text()
    assert page.get_by_test_id("assignee").inner_text() == "Ava Agent"

    # The customer's whole story: both orders and the earlier, happy answer.
    story = page.locator("section[aria-labelledby=timeline-heading]")
    assert story.get_by_text("Order delivered").count() == 2
    assert "The first mug was perfect." in story.inner_text()

    page.get_by_role("button", name="Publish review").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert page.get_by_test_id("state").inner_text() == "Published"

    editor = page.locator(".queue-reply-form [contenteditable=true]")
    editor.click()
    page.keyboard.type("We are so sorry. A new mug, packed properly, left today.")
    # The editor copies its content into the form field a moment after typing stops.
    page.wait_for_function("document.querySelector('[name=reply-draft]').value.includes('packed properly')")
    page.get_by_role("button", name="Publish reply").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert "The reply is published." in page.locator(".messages").inner_text()
    assert "Published" in page.get_by_test_id("reply-status").inner_text()

    page.get_by_role("button", name="Mark “Follow-up needed”").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert page.get_by_test_id("follow-up").inner_text() == "Follow-up needed"
    log = page.locator("section[aria-labelledby=log-heading]").inner_text()
    for done in ["Assigned to agent", "Review published", "Reply published", "Follow-up"]:
        assert done in log
    whole_page_screenshot(page, "moderation-response-desktop")
    assert axe_violations(page) == []

    stored = Response.objects.get(pk=target.pk)
    assert (stored.state, stored.assigned_to, stored.follow_up) == ("published", agent, "follow_up")
    assert "packed properly" in Reply.objects.get(response=stored).body


def test_a_persian_speaking_agent_works_the_queue_in_persian(live_server, open_page, queue_data):
    """Journey 4's first steps with the admin in Persian (the agent's own preference): the queue and
    the response page are right to left, in Persian, and axe clean."""
    from wagtail.users.models import UserProfile

    target, agent = queue_data
    profile = UserProfile.get_for_user(agent)
    profile.preferred_language = "fa"
    profile.save()
    page = open_page(DESKTOP)
    log_in_to_the_admin(page, live_server, "agent", "a-long-agent-password")
    page.goto(live_server.url + "/admin/surveys/response/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("h1").inner_text().strip() == "صف بازخوردها"
    filters = page.get_by_role("form", name="فیلتر کردن صف")
    filters.locator("#filter-negative").select_option("1")
    filters.locator("#filter-overdue").select_option("1")
    filters.get_by_role("button", name="فیلتر").click()
    page.wait_for_url("**overdue=1**")
    first = page.locator("table.listing tbody tr").first
    assert first.get_attribute("data-object-pk") == str(target.pk)
    assert "بحرانی" in first.inner_text() and "دیرکرد" in first.inner_text()
    whole_page_screenshot(page, "moderation-queue-fa-desktop")
    assert axe_violations(page) == []

    first.get_by_role("link", name="Arrived shattered.").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    page.get_by_role("button", name="واگذاری به من").click()
    page.wait_for_url(f"**/inspect/{target.pk}/")
    assert "واگذار شد" in page.locator(".messages").inner_text()
    screenshot(page, "moderation-response-fa-desktop")
    assert axe_violations(page) == []
