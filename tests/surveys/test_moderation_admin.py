"""The moderation queue in Wagtail admin: who reaches it, what it lists and in which order, its
filters, search, bulk actions and export, the response page's actions, the dashboard panel and the
daily digest. Django's test client on the real database; nothing faked."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from surveys.models import ModerationSettings, OutgoingEmail, Reply, Response
from surveys.moderation_admin import admin_url
from surveys.moderation_admin import queue as queue_module
from surveys.services import moderation
from tests.surveys.conftest import answer

pytestmark = pytest.mark.django_db

INDEX = "surveys_response_modeladmin_index"


def url(name: str, *args) -> str:
    return reverse(f"surveys_response_modeladmin_{name}", args=args)


def listed(page) -> list[int]:
    """Response ids in the order the queue shows them."""
    return [int(pk) for pk in re.findall(r'data-object-pk="(\d+)"', page.content.decode())]


def contentstate(text: str) -> str:
    """What the rich-text editor posts for a one-paragraph reply."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


def make_overdue(response, hours: int = 48):
    Response.objects.filter(pk=response.pk).update(submitted_at=timezone.now() - timedelta(hours=hours))
    response.refresh_from_db()
    return response


@pytest.fixture
def agent(support_staff):
    return support_staff("agent", first_name="Ava", last_name="Agent")


@pytest.fixture
def staff_client(client, agent):
    client.force_login(agent)
    return client


# Who reaches the queue --------------------------------------------------------------------


def action_urls(pk: int) -> list[str]:
    return [url(name, pk) for name in ("transition", "follow_up", "reply", "message")] + [url("bulk")]


def test_anonymous_visitors_are_sent_to_the_login_page(client, english_survey):
    response = answer(english_survey, csat=1, consent="on")
    for target in [url("index"), url("inspect", response.pk)]:
        page = client.get(target)
        assert page.status_code == 302
        assert page["Location"].startswith(reverse("wagtailadmin_login"))
    for target in action_urls(response.pk):
        page = client.post(
            target, {"version": 0, "name": "publish", "ids": [response.pk], "action": "publish"}
        )
        assert page.status_code == 302
        assert page["Location"].startswith(reverse("wagtailadmin_login"))
    assert Response.objects.get(pk=response.pk).state == Response.STATE_NEW


def test_editors_without_the_permission_see_no_queue_and_change_nothing(client, editor, english_survey):
    response = answer(english_survey, csat=1, consent="on", comment="Broken")
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert "Feedback queue" not in dashboard.content.decode()
    assert url("index") not in dashboard.content.decode()
    missing = response.pk + 1000
    for target in [
        url("index"),
        url("inspect", response.pk),
        url("inspect", missing),
        url("index") + "?export=csv",
    ]:
        page = client.get(target)
        assert (page.status_code, page["Location"]) == (302, reverse("wagtailadmin_home")), target
    for target in action_urls(response.pk) + action_urls(missing):
        page = client.post(
            target,
            {"version": 0, "name": "publish", "step": "follow_up", "ids": [response.pk], "action": "publish"},
        )
        assert (page.status_code, page["Location"]) == (302, reverse("wagtailadmin_home")), target
    assert Response.objects.get(pk=response.pk).state == Response.STATE_NEW
    assert not ModelLogEntry.objects.for_instance(response).exists()


def test_support_staff_see_the_queue_in_the_menu_and_on_the_dashboard(staff_client, english_survey):
    answer(english_survey, csat=1)
    dashboard = staff_client.get(reverse("wagtailadmin_home"))
    assert "Feedback queue" in dashboard.content.decode()
    page = staff_client.get(url("index"))
    assert page.status_code == 200
    assert "Feedback queue" in page.content.decode()


def test_no_generic_add_edit_or_delete_views_exist(staff_client, english_survey):
    response = answer(english_survey, csat=1)
    for path in ["create/", f"edit/{response.pk}/", f"delete/{response.pk}/", "inspect/abc/"]:
        assert staff_client.get(url("index") + path).status_code == 404


def test_actions_only_accept_posts(staff_client, english_survey):
    response = answer(english_survey, csat=1)
    for target in action_urls(response.pk):
        assert staff_client.get(target).status_code == 405


def test_every_action_needs_the_csrf_token(agent, english_survey):
    from django.test import Client

    response = answer(english_survey, csat=1, consent="on")
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    for target in action_urls(response.pk):
        page = client.post(
            target, {"version": 0, "name": "publish", "ids": [response.pk], "action": "publish"}
        )
        assert page.status_code == 403, target
    assert Response.objects.get(pk=response.pk).state == Response.STATE_NEW


def test_admin_url_is_the_response_page(settings, english_survey):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.com/"
    response = answer(english_survey, csat=1)
    assert admin_url(response) == f"https://admin.example.com/admin/surveys/response/inspect/{response.pk}/"


# The list ---------------------------------------------------------------------------------


def test_open_responses_come_first_most_urgent_then_newest(staff_client, english_survey, agent):
    critical_closed = answer(english_survey, csat=1, consent="on")
    moderation.transition(critical_closed.pk, "publish", by=agent)
    normal_new = answer(english_survey, csat=5)
    critical_old = make_overdue(answer(english_survey, csat=1))
    negative_new = answer(english_survey, csat=2)
    critical_new = answer(english_survey, csat=1)
    page = staff_client.get(url("index"))
    assert listed(page) == [
        critical_new.pk,
        critical_old.pk,
        negative_new.pk,
        normal_new.pk,
        critical_closed.pk,
    ]


def test_a_column_header_sorts_by_that_column(staff_client, english_survey):
    old = make_overdue(answer(english_survey, csat=5))
    new = answer(english_survey, csat=1)
    submitted = queue_module.ResponseQueueAdmin.list_display.index("submitted")
    assert listed(staff_client.get(url("index") + f"?o={submitted}")) == [old.pk, new.pk]
    assert listed(staff_client.get(url("index") + f"?o=-{submitted}")) == [new.pk, old.pk]
    assert staff_client.get(url("index") + "?o=nonsense.-99").status_code == 200


def test_columns_show_severity_rating_time_left_and_escaped_excerpt(staff_client, english_survey):
    overdue = make_overdue(answer(english_survey, csat=1, nps=0, comment="<script>alert(1)</script>"))
    answer(english_survey, csat=2, comment="x" * 400)
    html = staff_client.get(url("index")).content.decode().replace("\xa0", " ")  # timesince's spaces
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "queue-badge--critical" in html and "queue-badge--negative" in html
    assert "★☆☆☆☆" in html and "NPS 0" in html
    assert "overdue by 1 day" in html
    assert "hours left" in html or "hour left" in html  # the negative one, 24 h target
    assert "x" * 400 not in html and "x" * 100 in html  # truncated
    assert f'value="{overdue.pk}"' in html  # a checkbox per row


def test_staff_names_are_escaped_in_the_rows(staff_client, english_survey, support_staff):
    """The rows are assembled in Python, not by a template: names staff chose are still escaped."""
    mallory = support_staff("mallory", first_name="<img src=x onerror=alert(1)>", last_name="")
    response = answer(english_survey, csat=1)
    moderation.transition(response.pk, "assign", by=mallory, assignee=mallory)
    html = staff_client.get(url("index")).content.decode()
    assert "<img src=x onerror=alert(1)>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "queue-state--in_review" in html and "In review" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("state=open", {"critical", "negative", "normal", "assigned"}),
        ("state=published", {"published"}),
        ("negative=1", {"critical", "negative", "published", "assigned"}),
        ("severity=1", {"critical", "published"}),
        ("rating=2", {"negative", "assigned"}),
        ("reason=delivery", {"negative"}),
        ("language=fa", {"persian"}),
        ("assigned=me", {"assigned"}),
        ("assigned=anyone", {"assigned"}),
        ("overdue=1", {"critical"}),
        ("follow_up=follow_up", {"published"}),
        ("state=open&negative=1&assigned=none", {"critical", "negative"}),
        # Unknown values and parameters are ignored, never applied as database lookups.
        ("state=bogus", None),
        ("assigned_to__password__startswith=md5", None),
        ("customer__email__startswith=zzz", None),
        ("utm_source=mail&foo=bar&e=1&p=abc", None),
    ],
)
def test_filters(staff_client, english_survey, persian_survey, agent, query, expected):
    rows = {
        "critical": make_overdue(answer(english_survey, csat=1, consent="on")),
        "negative": answer(english_survey, csat=2, reasons=["delivery"]),
        "normal": answer(english_survey, csat=5),
        "published": answer(english_survey, csat=1, consent="on"),
        "assigned": answer(english_survey, csat=2, consent="on"),
        "persian": answer(persian_survey, language="fa", csat=5, consent="on"),
    }
    moderation.transition(rows["published"].pk, "publish", by=agent)
    moderation.set_follow_up(rows["published"].pk, "follow_up", by=agent)
    moderation.transition(rows["assigned"].pk, "assign", by=agent)
    moderation.transition(rows["persian"].pk, "reject", by=agent, reason="off_topic")
    page = staff_client.get(url("index") + "?" + query)
    assert page.status_code == 200
    names = {name for name, response in rows.items() if response.pk in listed(page)}
    assert names == (expected if expected is not None else set(rows))


def test_search_finds_comments_free_text_answers_and_order_numbers(staff_client, english_survey):
    by_comment = answer(english_survey, csat=2, comment="The parcel was soaked")
    by_answer = answer(english_survey, csat=3, q_found_by="A podcast advert")
    other = answer(english_survey, csat=4, comment="Fine")
    assert listed(staff_client.get(url("index") + "?q=SOAKED")) == [by_comment.pk]
    assert listed(staff_client.get(url("index") + "?q=podcast")) == [by_answer.pk]
    order = other.invitation.storefront_order_id
    assert listed(staff_client.get(url("index") + f"?q={order}")) == [other.pk]
    assert listed(staff_client.get(url("index") + "?q=parcel+podcast")) == []
    assert "No responses match" in staff_client.get(url("index") + "?q=nothing-like-this").content.decode()


def test_a_common_word_filters_the_list_and_a_rare_one_is_looked_up_by_id(
    staff_client, english_survey, monkeypatch
):
    """Both ways of searching give the same rows; only a common word's count stops early."""
    from surveys.moderation_admin import filters

    refunds = [answer(english_survey, csat=2, comment=f"Refund {n} still missing") for n in range(4)]
    zebra = answer(english_survey, csat=1, comment="A zebra ate my refund")
    answer(english_survey, csat=5, comment="All good")
    monkeypatch.setattr(filters, "SEARCH_ID_LIMIT", 2)
    page = staff_client.get(url("index") + "?q=refund")
    # Pages reach as far as the count went: here, 2 of the matches, newest first.
    assert listed(page) == [zebra.pk, refunds[-1].pk]
    assert "More than 2 responses" in page.content.decode()
    page = staff_client.get(url("index") + "?q=zebra+refund")
    assert listed(page) == [zebra.pk]
    assert "1 response" in page.content.decode()
    monkeypatch.setattr(filters, "SEARCH_ID_LIMIT", 1000)
    page = staff_client.get(url("index") + "?q=refund")
    assert sorted(listed(page)) == sorted([r.pk for r in refunds] + [zebra.pk])
    assert "5 responses" in page.content.decode()


def test_the_count_is_capped_on_a_huge_queue(staff_client, english_survey, monkeypatch):
    for _ in range(3):
        answer(english_survey, csat=4)
    html = staff_client.get(url("index")).content.decode()
    assert "3 responses" in html
    monkeypatch.setattr(queue_module, "COUNT_LIMIT", 2)
    html = staff_client.get(url("index")).content.decode()
    assert "More than 2 responses" in html


def test_the_list_runs_a_fixed_number_of_queries(
    staff_client, english_survey, agent, django_assert_max_num_queries
):
    for stars in [1, 2, 2, 3, 4, 5]:
        response = answer(english_survey, csat=stars, reasons=["delivery", "packaging"], consent="on")
        moderation.transition(response.pk, "assign", by=agent)
    staff_client.get(url("index"))  # warm caches (settings, permissions)
    with django_assert_max_num_queries(20) as queries:
        staff_client.get(url("index"))
    few = len(queries)
    for _ in range(10):
        answer(english_survey, csat=2, reasons=["delivery"])
    with django_assert_max_num_queries(few):
        staff_client.get(url("index"))


# Bulk actions ------------------------------------------------------------------------------


def bulk(client, ids, action, **extra):
    data = {"ids": [str(pk) for pk in ids], "action": action, "next": url("index") + "?state=open", **extra}
    return client.post(url("bulk"), data, follow=True)


def test_bulk_publish_publishes_the_consented_and_names_the_refused(staff_client, english_survey):
    consented = [answer(english_survey, csat=4, consent="on") for _ in range(2)]
    private = answer(english_survey, csat=4)
    page = bulk(staff_client, [r.pk for r in consented] + [private.pk], "publish")
    assert page.redirect_chain[-1][0] == url("index") + "?state=open"
    html = page.content.decode()
    assert "“Publish” done for 2 responses." in html
    assert "1 response was refused:" in html
    assert f"Response {private.pk}</a>: The customer did not agree to publication." in html
    states = dict(Response.objects.values_list("pk", "state"))
    assert [states[r.pk] for r in consented] == ["published", "published"]
    assert states[private.pk] == "new"


def test_bulk_reject_needs_a_reason(staff_client, english_survey):
    responses = [answer(english_survey, csat=1) for _ in range(2)]
    html = bulk(staff_client, [r.pk for r in responses], "reject").content.decode()
    assert "Choose why the responses are rejected." in html
    assert not Response.objects.filter(state="rejected").exists()
    html = bulk(staff_client, [r.pk for r in responses], "reject", reason="spam").content.decode()
    assert "“Reject” done for 2 responses." in html
    assert set(Response.objects.values_list("rejection_reason", flat=True)) == {"spam"}


def test_bulk_assign_to_me_or_to_a_colleague_but_never_to_an_editor(
    staff_client, english_survey, agent, support_staff, editor
):
    colleague = support_staff("colleague")
    mine, theirs, closed = (answer(english_survey, csat=2, consent="on") for _ in range(3))
    moderation.transition(closed.pk, "publish", by=agent)
    html = bulk(staff_client, [mine.pk, closed.pk], "assign").content.decode()
    assert "“Assign” done for 1 response." in html and "1 response was refused:" in html
    bulk(staff_client, [theirs.pk], "assign", assignee=colleague.pk)
    html = bulk(staff_client, [theirs.pk], "assign", assignee=editor.pk).content.decode()
    assert "Select a valid choice" in html
    assignees = dict(Response.objects.values_list("pk", "assigned_to"))
    assert (assignees[mine.pk], assignees[theirs.pk], assignees[closed.pk]) == (agent.pk, colleague.pk, None)


def test_bulk_follow_up_and_bad_input_are_messages_not_errors(staff_client, english_survey):
    response = answer(english_survey, csat=1)
    assert "“Follow-up needed” done" in bulk(staff_client, [response.pk], "follow_up").content.decode()
    assert Response.objects.get(pk=response.pk).follow_up == "follow_up"
    for ids, action in [([], "publish"), (["abc"], "publish"), ([response.pk], "delete")]:
        page = staff_client.post(url("bulk"), {"ids": ids, "action": action}, follow=True)
        assert page.status_code == 200
    assert "Tick the responses to change first." in bulk(staff_client, [], "publish").content.decode()
    gone = bulk(staff_client, [response.pk + 999], "publish").content.decode()
    assert "It no longer exists." in gone


def test_bulk_never_redirects_off_the_queue(staff_client, english_survey):
    response = answer(english_survey, csat=1)
    for target in ["https://evil.example/", "//evil.example/admin/surveys/response/", "/admin/"]:
        page = staff_client.post(url("bulk"), {"ids": [response.pk], "action": "follow_up", "next": target})
        assert page["Location"] == url("index")


# The response page -------------------------------------------------------------------------


def test_the_page_shows_answers_as_asked_customer_timeline_and_escapes_text(staff_client, english_survey):
    response = answer(
        english_survey,
        csat=2,
        nps=3,
        comment="<img src=x onerror=alert(1)> late",
        reasons=["delivery"],
        q_found_by="<b>friend</b>",
        consent="on",
    )
    earlier = answer(english_survey, csat=5, comment="Earlier order was fine")
    Response.objects.filter(pk=earlier.pk).update(customer=response.customer)
    html = staff_client.get(url("inspect", response.pk)).content.decode()
    assert "<img src=x onerror=alert(1)>" not in html and "&lt;img src=x onerror=alert(1)&gt; late" in html
    assert "&lt;b&gt;friend&lt;/b&gt;" in html
    assert "How did you find us?" in html  # the extra question as it was asked
    assert "How satisfied are you with your order?" in html
    assert "Delivery" in html
    assert response.customer.email in html and "Sara K." in html
    assert response.invitation.storefront_order_id in html
    assert "Customer&#x27;s timeline" in html or "Customer's timeline" in html
    assert "Order delivered" in html and "Answered a survey" in html
    assert "Earlier order was fine" in html
    assert "Publish review" in html  # consented, so publishing is offered


def test_publish_is_not_offered_without_consent(staff_client, english_survey):
    response = answer(english_survey, csat=2)
    html = staff_client.get(url("inspect", response.pk)).content.decode()
    assert "Publish review" not in html
    assert "did not agree to publication" in html
    page = staff_client.post(url("transition", response.pk), {"name": "publish", "version": 0}, follow=True)
    assert "The customer did not agree to publication." in page.content.decode()
    assert Response.objects.get(pk=response.pk).state == "new"


def test_transition_buttons_change_the_state_and_the_log_shows_who(staff_client, english_survey, agent):
    response = answer(english_survey, csat=2, consent="on")
    page = staff_client.post(url("transition", response.pk), {"name": "assign", "version": 0}, follow=True)
    html = page.content.decode()
    assert "Assigned to Ava Agent." in html
    assert "Assigned to agent" in html and "Ava Agent" in html  # the action log: what and who
    page = staff_client.post(url("transition", response.pk), {"name": "reject", "version": 1}, follow=True)
    assert "Choose why the response is rejected." in page.content.decode()
    page = staff_client.post(
        url("transition", response.pk), {"name": "reject", "version": 1, "reason": "abuse"}, follow=True
    )
    html = page.content.decode()
    assert "Review rejected: Abuse" in html
    stored = Response.objects.get(pk=response.pk)
    assert (stored.state, stored.rejection_reason, stored.assigned_to) == ("rejected", "abuse", agent)
    entries = list(ModelLogEntry.objects.for_instance(stored).order_by("timestamp"))
    assert [(e.action, e.user) for e in entries] == [("surveys.assign", agent), ("surveys.reject", agent)]


def test_a_second_agent_acting_on_a_stale_page_gets_a_clear_message(client, english_survey, support_staff):
    first, second = support_staff("first", first_name="Farah"), support_staff("second")
    response = answer(english_survey, csat=1, consent="on")
    rendered_version = Response.objects.get(pk=response.pk).version
    moderation.transition(response.pk, "publish", by=first, version=rendered_version)
    client.force_login(second)
    page = client.post(
        url("transition", response.pk),
        {"name": "reject", "reason": "spam", "version": rendered_version},
        follow=True,
    )
    assert page.status_code == 200
    assert "Farah changed this response while you were looking at it." in page.content.decode()
    assert Response.objects.get(pk=response.pk).state == "published"
    page = client.post(url("transition", response.pk), {"name": "reject", "reason": "spam"}, follow=True)
    assert "This form is out of date." in page.content.decode()


def test_assigning_to_a_colleague_from_the_page(staff_client, english_survey, support_staff, editor):
    colleague = support_staff("colleague", first_name="Cyrus")
    response = answer(english_survey, csat=2)
    page = staff_client.post(
        url("transition", response.pk), {"name": "assign", "assignee": editor.pk, "version": 0}, follow=True
    )
    assert "Only support staff can be assigned responses." in page.content.decode()
    staff_client.post(
        url("transition", response.pk), {"name": "assign", "assignee": colleague.pk, "version": 0}
    )
    assert Response.objects.get(pk=response.pk).assigned_to == colleague


def test_follow_up_buttons(staff_client, english_survey):
    response = answer(english_survey, csat=1)
    assert "Mark “Follow-up needed”" in staff_client.get(url("inspect", response.pk)).content.decode()
    page = staff_client.post(url("follow_up", response.pk), {"step": "follow_up", "version": 0}, follow=True)
    assert "Follow-up: Follow-up needed." in page.content.decode()
    page = staff_client.post(url("follow_up", response.pk), {"step": "follow_up", "version": 1}, follow=True)
    assert "Follow-up cannot go from" in page.content.decode()


def test_reply_draft_publish_edit_history_and_withdraw(staff_client, english_survey, agent):
    response = answer(english_survey, csat=2, consent="on")
    target = url("reply", response.pk)
    page = staff_client.post(
        target,
        {"reply-draft": contentstate("Sorry, a new mug is on its way."), "intent": "save", "version": 0},
    )
    assert page.status_code == 302
    assert "Sorry, a new mug" in Reply.objects.get(response=response).draft
    # Publishing before the review is refused; what was typed is still on the page.
    page = staff_client.post(
        target, {"reply-draft": contentstate("Typed, not lost"), "intent": "publish", "version": 1}
    )
    assert page.status_code == 409
    assert "Publish the review first" in page.content.decode() and "Typed, not lost" in page.content.decode()
    moderation.transition(response.pk, "publish", by=agent)
    staff_client.post(
        target, {"reply-draft": contentstate("First answer."), "intent": "publish", "version": 2}
    )
    reply = Reply.objects.get(response=response)
    assert reply.is_published and not reply.is_edited
    staff_client.post(
        target, {"reply-draft": contentstate("Better answer."), "intent": "publish", "version": 3}
    )
    html = staff_client.get(url("inspect", response.pk)).content.decode()
    assert 'class="queue-edited"' in html
    assert "First answer." in html and "Better answer." in html  # both versions in the history
    assert "Reply edited and published again" in html
    assert OutgoingEmail.objects.filter(response=response, kind=OutgoingEmail.KIND_REPLY_NOTICE).count() == 1
    page = staff_client.post(target, {"intent": "unpublish", "version": 4}, follow=True)
    assert "The reply is withdrawn" in page.content.decode()
    assert not Reply.objects.get(response=response).is_published


def test_a_mangled_reply_post_is_a_form_error(staff_client, english_survey):
    response = answer(english_survey, csat=2)
    page = staff_client.post(
        url("reply", response.pk), {"reply-draft": "{not json", "intent": "save", "version": 0}
    )
    assert page.status_code == 400
    assert "The reply could not be read." in page.content.decode()


def test_private_email_is_queued_and_on_the_timeline(staff_client, english_survey, agent):
    response = answer(english_survey, csat=1)
    moderation.set_follow_up(response.pk, "follow_up", by=agent)
    page = staff_client.post(
        url("message", response.pk),
        {"message-subject": "Your broken mug", "message-body": "We are sending a new one.", "version": 1},
        follow=True,
    )
    html = page.content.decode()
    assert "The e-mail is on its way to the customer." in html
    email = OutgoingEmail.objects.get(kind=OutgoingEmail.KIND_FOLLOW_UP)
    assert (email.recipients, email.subject, email.sent_by) == (
        [response.customer.email],
        "Your broken mug",
        agent,
    )
    assert "Your broken mug" in html.split('id="timeline-heading"')[1]  # on the customer's timeline
    assert Response.objects.get(pk=response.pk).follow_up == "contacted"


def test_a_private_email_refused_keeps_what_was_typed(staff_client, english_survey, agent):
    response = answer(english_survey, csat=1)
    moderation.transition(response.pk, "assign", by=agent)
    page = staff_client.post(
        url("message", response.pk),
        {"message-subject": "Hello", "message-body": "Long careful text", "version": 0},
    )
    assert page.status_code == 409
    assert "changed this response while you were looking at it" in page.content.decode()
    assert "Long careful text" in page.content.decode()
    page = staff_client.post(url("message", response.pk), {"message-subject": "", "version": 1})
    assert page.status_code == 400
    assert not OutgoingEmail.objects.filter(kind=OutgoingEmail.KIND_FOLLOW_UP).exists()


# Export ------------------------------------------------------------------------------------


def test_csv_export_of_the_filtered_queue_has_no_names_or_addresses(staff_client, english_survey):
    negative = answer(english_survey, csat=2, comment='=HYPERLINK("http://evil")', reasons=["delivery"])
    answer(english_survey, csat=5, comment="Lovely")
    page = staff_client.get(url("index") + "?negative=1&export=csv")
    assert page.status_code == 200
    body = b"".join(page.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["ID"] for row in rows] == [str(negative.pk)]
    row = rows[0]
    assert row["Order"] == negative.invitation.storefront_order_id
    assert row["Reasons"] == "delivery" and row["Rating (1–5)"] == "2"
    assert row["Comment"].startswith("'=")  # a formula stays text in a spreadsheet
    assert negative.customer.email not in body and "Sara" not in body and "Karimi" not in body


def test_xlsx_export(staff_client, english_survey):
    answer(english_survey, csat=2)
    page = staff_client.get(url("index") + "?export=xlsx")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("application/vnd.openxmlformats")


# Dashboard and digest ----------------------------------------------------------------------


def panel_counts(html: str) -> dict[str, int]:
    found = re.findall(r'data-queue-stat="(\w+)">\s*<span class="queue-stats__count">(\d+)</span>', html)
    return {name: int(count) for name, count in found}


def test_dashboard_panel_counts_and_links(staff_client, english_survey, agent):
    make_overdue(answer(english_survey, csat=1))
    answer(english_survey, csat=2)
    mine = answer(english_survey, csat=5)
    moderation.transition(mine.pk, "assign", by=agent)
    closed = answer(english_survey, csat=1, consent="on")
    moderation.transition(closed.pk, "publish", by=agent)
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert panel_counts(html) == {"overdue": 1, "negative": 2, "unassigned": 2, "mine": 1}
    assert f'href="{url("index")}?overdue=1"' in html
    assert "1 overdue response" in html  # the summary line
    for link, count in [
        ("overdue=1", 1),
        ("state=open&amp;negative=1", 2),
        ("state=open&amp;assigned=me", 1),
    ]:
        assert link in html
        assert len(listed(staff_client.get(url("index") + "?" + link.replace("&amp;", "&")))) == count


def test_dashboard_without_response_targets(staff_client, english_survey):
    targets = ModerationSettings.load()
    targets.critical_hours = targets.negative_hours = targets.normal_hours = None
    targets.save()
    make_overdue(answer(english_survey, csat=1), hours=1000)
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert panel_counts(html)["overdue"] == 0
    assert listed(staff_client.get(url("index") + "?overdue=1")) == []


def test_editors_get_no_dashboard_panel(client, editor, english_survey):
    answer(english_survey, csat=1)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "queue-stats" not in html and "overdue response" not in html


def test_daily_digest_command(english_survey, agent):
    out = io.StringIO()
    call_command("send_overdue_digest", stdout=out)
    assert "No digest today" in out.getvalue()
    late = make_overdue(answer(english_survey, csat=1))
    out = io.StringIO()
    call_command("send_overdue_digest", stdout=out)
    assert "Digest queued for agent@shop.example" in out.getvalue()
    digest = OutgoingEmail.objects.get(kind=OutgoingEmail.KIND_OVERDUE_DIGEST)
    assert url("inspect", late.pk) in digest.body
    call_command("send_overdue_digest", stdout=io.StringIO())
    call_command("send_overdue_digest", "--enqueue", stdout=io.StringIO())  # immediate backend in tests
    assert OutgoingEmail.objects.filter(kind=OutgoingEmail.KIND_OVERDUE_DIGEST).count() == 1
