"""The moderation rules (surveys.services.moderation): transitions, consent, staleness,
replies and their history, private messages, response-time targets and the timeline."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import ModelLogEntry

from helpcenter.models import ArticleFeedback
from surveys.models import CustomerVisitor, ModerationSettings, OutgoingEmail, Response
from surveys.services import moderation, timeline
from surveys.services.moderation import ModerationError, StaleResponse
from tests.factories.helpcenter import ArticlePageFactory
from tests.surveys.conftest import answer, invite

pytestmark = pytest.mark.django_db


@pytest.fixture
def agent(support_staff):
    return support_staff("agent")


def test_severity_follows_the_ratings(english_survey):
    assert answer(english_survey, csat=1).severity == Response.SEVERITY_CRITICAL
    assert answer(english_survey, csat=2).severity == Response.SEVERITY_NEGATIVE
    assert answer(english_survey, csat=5, nps=5).severity == Response.SEVERITY_NEGATIVE
    assert answer(english_survey, csat=4, nps=1).severity == Response.SEVERITY_CRITICAL
    assert answer(english_survey, csat=4).severity == Response.SEVERITY_NORMAL


@pytest.mark.parametrize(
    ("start", "action", "allowed"),
    [
        ("new", "assign", True),
        ("in_review", "assign", True),
        ("published", "assign", False),
        ("rejected", "assign", False),
        ("in_review", "unassign", True),
        ("new", "unassign", False),
        ("new", "publish", True),
        ("in_review", "publish", True),
        ("published", "publish", False),
        ("rejected", "publish", False),
        ("new", "reject", True),
        ("in_review", "reject", True),
        ("published", "reject", True),
        ("rejected", "reject", False),
        ("published", "reopen", True),
        ("rejected", "reopen", True),
        ("new", "reopen", False),
        ("in_review", "reopen", False),
    ],
)
def test_only_allowed_transitions(english_survey, agent, start, action, allowed):
    response = answer(english_survey, csat=2, consent="on")
    Response.objects.filter(pk=response.pk).update(state=start)
    if allowed:
        changed = moderation.transition(response.pk, action, by=agent, reason="spam")
        assert changed.state == moderation.TRANSITIONS[action].target
        entry = ModelLogEntry.objects.for_instance(changed).get()
        assert (entry.action, entry.user) == (f"surveys.{action}", agent)
    else:
        with pytest.raises(ModerationError):
            moderation.transition(response.pk, action, by=agent, reason="spam")
        assert Response.objects.get(pk=response.pk).state == start
        assert not ModelLogEntry.objects.for_instance(response).exists()


def test_publish_needs_consent(english_survey, agent):
    response = answer(english_survey, csat=2)
    with pytest.raises(ModerationError, match="did not agree"):
        moderation.transition(response.pk, "publish", by=agent)
    assert "publish" not in [t.name for t in moderation.allowed_transitions(response)]
    assert Response.objects.get(pk=response.pk).state == Response.STATE_NEW


def test_reject_needs_a_known_reason(english_survey, agent):
    response = answer(english_survey, csat=2)
    with pytest.raises(ModerationError, match="why"):
        moderation.transition(response.pk, "reject", by=agent, reason="")
    with pytest.raises(ModerationError):
        moderation.transition(response.pk, "reject", by=agent, reason="<script>")
    rejected = moderation.transition(response.pk, "reject", by=agent, reason="abuse")
    assert (rejected.state, rejected.rejection_reason) == ("rejected", "abuse")
    reopened = moderation.transition(response.pk, "reopen", by=agent)
    assert reopened.rejection_reason == ""


def test_assign_only_to_support_staff(english_survey, agent, editor):
    response = answer(english_survey, csat=2)
    with pytest.raises(ModerationError, match="support staff"):
        moderation.transition(response.pk, "assign", by=agent, assignee=editor)
    assigned = moderation.transition(response.pk, "assign", by=agent)
    assert (assigned.state, assigned.assigned_to) == ("in_review", agent)


def test_stale_version_is_refused_with_who_changed_it(english_survey, support_staff):
    sara, omid = support_staff("sara", first_name="Sara"), support_staff("omid")
    response = answer(english_survey, csat=1, consent="on")
    seen = response.version
    moderation.transition(response.pk, "publish", by=sara, version=seen)
    with pytest.raises(StaleResponse, match="Sara"):
        moderation.transition(response.pk, "reject", by=omid, version=seen, reason="spam")
    assert Response.objects.get(pk=response.pk).state == "published"


@pytest.mark.django_db(transaction=True)
def test_two_staff_at_once_one_wins_the_other_is_told(locales, support_staff):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    from tests.surveys.conftest import make_survey

    survey = make_survey(locales["en"])
    response = answer(survey, csat=1, consent="on", q_would_buy_again=None)
    users = [support_staff("sara"), support_staff("omid")]
    barrier = threading.Barrier(2)
    outcomes = []

    def act(user, action):
        barrier.wait()
        try:
            moderation.transition(response.pk, action, by=user, version=response.version, reason="spam")
            outcomes.append("done")
        except StaleResponse:
            outcomes.append("stale")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=act, args=(users[0], "publish")),
        threading.Thread(target=act, args=(users[1], "reject")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["done", "stale"]
    stored = Response.objects.get(pk=response.pk)
    assert stored.version == response.version + 1
    assert ModelLogEntry.objects.for_instance(stored).count() == 1


def test_follow_up_track(english_survey, agent):
    response = answer(english_survey, csat=2)
    with pytest.raises(ModerationError):
        moderation.set_follow_up(response.pk, "contacted", by=agent)
    moderation.set_follow_up(response.pk, "follow_up", by=agent)
    moderation.set_follow_up(response.pk, "contacted", by=agent)
    with pytest.raises(ModerationError):
        moderation.set_follow_up(response.pk, "follow_up", by=agent)
    done = moderation.set_follow_up(response.pk, "resolved", by=agent)
    assert done.follow_up == "resolved"
    assert done.resolved_at is None  # the review itself is still undecided
    decided = moderation.transition(response.pk, "reject", by=agent, reason="off_topic")
    assert decided.resolved_at is not None
    assert moderation.set_follow_up(response.pk, "follow_up", by=agent).resolved_at is None


def test_bulk_reports_each_refusal_and_keeps_the_rest(english_survey, agent):
    consented = [answer(english_survey, csat=2, consent="on") for _ in range(3)]
    private = answer(english_survey, csat=2)
    result = moderation.bulk([r.pk for r in consented] + [private.pk, 999999], "publish", by=agent)
    assert sorted(result.done) == sorted(r.pk for r in consented)
    assert set(result.refused) == {private.pk, 999999}
    assert "did not agree" in result.refused[private.pk]
    assert Response.objects.filter(state="published").count() == 3
    assigned = moderation.bulk([private.pk], "assign", by=agent)
    assert assigned.done == [private.pk]


def test_reply_publish_edit_history_and_one_notice(english_survey, agent, mailoutbox):
    response = answer(english_survey, csat=1, consent="on", comment="The box was crushed.")
    with pytest.raises(ModerationError, match="Publish the review first"):
        moderation.publish_reply(response.pk, by=agent, html="<p>Sorry!</p>")
    moderation.transition(response.pk, "publish", by=agent)
    with pytest.raises(ModerationError, match="Write the reply"):
        moderation.publish_reply(response.pk, by=agent, html="<p> </p>")
    draft = moderation.save_reply_draft(response.pk, "<p>Sorry, we are sending a new one.</p>", by=agent)
    assert not draft.is_published
    mailoutbox.clear()
    reply = moderation.publish_reply(response.pk, by=agent)
    assert reply.is_published and not reply.is_edited
    assert [m.to for m in mailoutbox] == [[response.customer.email]]
    assert f"#review-{response.pk}" in mailoutbox[0].body
    edited = moderation.publish_reply(response.pk, by=agent, html="<p>Sorry, a new one left today.</p>")
    assert edited.is_edited
    assert [v.body for v in edited.versions.all()] == [
        "<p>Sorry, a new one left today.</p>",
        "<p>Sorry, we are sending a new one.</p>",
    ]
    assert len(mailoutbox) == 1  # an edit is not announced again
    assert Response.objects.get(pk=response.pk).first_response_at is not None


def test_private_message_is_queued_retried_and_moves_follow_up(english_survey, agent, settings):
    settings.EMAIL_BACKEND = "tests.surveys.mail_backends.FlakyEmailBackend"
    from tests.surveys.mail_backends import FlakyEmailBackend

    response = answer(english_survey, csat=2)
    moderation.set_follow_up(response.pk, "follow_up", by=agent)
    FlakyEmailBackend.failures_left = 1  # after the staff alert for the negative answer went out
    email = moderation.message_customer(response.pk, "Your order", "We are sorry.", by=agent)
    assert Response.objects.get(pk=response.pk).follow_up == "contacted"
    from surveys.services import send_due_emails

    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    send_due_emails()
    email.refresh_from_db()
    # The first attempt failed and was recorded; the retry delivered it.
    assert (email.status, email.attempts, email.sent_by) == (OutgoingEmail.SENT, 2, agent)
    with pytest.raises(ModerationError):
        moderation.message_customer(response.pk, "", "x", by=agent)


def test_overdue_by_severity_and_settings(english_survey, agent):
    critical = answer(english_survey, csat=1)
    negative = answer(english_survey, csat=2)
    happy = answer(english_survey, csat=5)
    hours_ago = {critical.pk: 5, negative.pk: 5, happy.pk: 500}
    for pk, hours in hours_ago.items():
        Response.objects.filter(pk=pk).update(submitted_at=timezone.now() - timedelta(hours=hours))
    assert list(moderation.overdue().values_list("pk", flat=True)) == [critical.pk]
    targets = ModerationSettings.load()
    targets.negative_hours = 2
    targets.normal_hours = 100
    targets.save()
    assert set(moderation.overdue().values_list("pk", flat=True)) == {critical.pk, negative.pk, happy.pk}
    moderation.message_customer(critical.pk, "Sorry", "We are on it.", by=agent)
    moderation.transition(happy.pk, "reject", by=agent, reason="spam")
    assert list(moderation.overdue().values_list("pk", flat=True)) == [negative.pk]


def test_overdue_digest_once_a_day_to_support_staff(english_survey, agent, mailoutbox):
    assert moderation.queue_overdue_digest() is None  # nothing overdue: no e-mail
    late = answer(english_survey, csat=1)
    Response.objects.filter(pk=late.pk).update(submitted_at=timezone.now() - timedelta(days=1))
    mailoutbox.clear()
    digest = moderation.queue_overdue_digest()
    assert digest is not None and digest.recipients == [agent.email]
    assert "1 survey response is overdue" in mailoutbox[0].subject
    assert f"/inspect/{late.pk}/" in mailoutbox[0].body
    assert moderation.queue_overdue_digest() is None


def test_timeline_tells_the_whole_story_in_order(english_survey, agent, client, home):
    first = answer(english_survey, csat=2, consent="on", comment="Late again.")
    customer = first.customer
    later_invitation, token = invite(
        customer={"id": customer.storefront_id, "email": customer.email, "name": customer.name}
    )
    page = client.get(f"/surveys/s/{token}/")
    assert page.status_code == 200
    assert CustomerVisitor.objects.filter(customer=customer).count() == 1
    from helpcenter.services import visitor_fingerprint

    assert client.cookies["hc_visitor"].value
    vote_visitor = CustomerVisitor.objects.get(customer=customer).visitor
    article = ArticlePageFactory(parent=home, title="Returns", slug="returns")
    ArticleFeedback.objects.create(article=article, helpful=False, visitor=vote_visitor)
    ArticleFeedback.objects.create(article=article, helpful=True, visitor=visitor_fingerprint("someone-else"))
    moderation.transition(first.pk, "publish", by=agent)
    moderation.publish_reply(first.pk, by=agent, html="<p>We are sorry.</p>")
    moderation.message_customer(first.pk, "Your parcel", "It left today.", by=agent)
    events = timeline.for_customer(customer)
    kinds = [event.kind for event in events]
    assert kinds.count("order") == 2 and kinds.count("response") == 1
    assert kinds.count("feedback") == 1  # the other browser's vote is not theirs
    assert kinds.count("reply") == 1
    assert [e.obj.kind for e in events if e.kind == "email"].count("follow_up") == 1
    assert [event.at for event in events] == sorted(event.at for event in events)
    assert later_invitation.customer_id == customer.pk


def test_support_staff_group_comes_from_the_migration(db):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Support staff")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "moderate_response"} <= codenames


def test_erasure_unlinks_the_browser(english_survey, client):
    from surveys.services import erase_customer

    response = answer(english_survey, csat=2)
    _inv, token = invite(
        customer={"id": response.customer.storefront_id, "email": response.customer.email, "name": "S K"}
    )
    client.get(f"/surveys/s/{token}/")
    assert CustomerVisitor.objects.count() == 1
    erase_customer(response.customer.email)
    assert CustomerVisitor.objects.count() == 0
