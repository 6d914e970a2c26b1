"""The demo surveys: one per language and about twenty responses, idempotent."""

import pytest
from django.core import mail

from home.demo.surveys import build_demo_surveys
from surveys.models import Invitation, OutgoingEmail, Response, Survey

pytestmark = pytest.mark.django_db


def test_demo_builds_surveys_and_responses_once():
    surveys = build_demo_surveys()
    build_demo_surveys()
    assert set(surveys) == {"en", "fa"}
    assert Survey.objects.count() == 2
    assert surveys["fa"].translation_key == surveys["en"].translation_key
    assert Response.objects.count() == Invitation.objects.count() == 20
    assert Response.objects.filter(is_negative=True).count() >= 5
    assert Response.objects.filter(language="fa").count() == 10
    assert Response.objects.filter(reasons__key="delivery").exists()
    assert not OutgoingEmail.objects.exists() and not mail.outbox  # loading a demo e-mails nobody


def test_demo_moderates_as_an_agent_would():
    from home.demo.surveys import PUBLISHED
    from surveys.models import Reply, ReplyVersion

    build_demo_surveys()
    build_demo_surveys()
    published = Response.objects.filter(state="published")
    assert published.count() == len(PUBLISHED)
    assert not published.filter(consent_to_publish=False).exists()
    assert Reply.objects.count() == ReplyVersion.objects.count() == 5
    assert Response.objects.filter(state="new", is_negative=True).exists()  # work left in the queue
    assert published.filter(language="fa").exists() and published.filter(language="en").exists()
