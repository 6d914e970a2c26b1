"""What the submission path keeps per process to stay fast (form fields, surveys, the rate counter),
and that nothing it keeps can leak between forms, languages or survey versions."""

import threading

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from surveys import ratelimit
from surveys.forms import SurveyResponseForm
from surveys.models import Customer, SurveyQuestion
from surveys.services import open_invitation
from tests.surveys.conftest import invite

pytestmark = pytest.mark.django_db

VALID = {"csat": "4", "nps": "9", "would_buy_again": "yes"}


def form_for(survey, data=None, **extra):
    if data is not None:
        data = {f"q_{k}" if k == "would_buy_again" else k: v for k, v in {**data, **extra}.items()}
    return SurveyResponseForm(survey, data)


def test_forms_of_one_survey_share_fields_but_not_their_data_or_errors(english_survey):
    valid = form_for(english_survey, VALID)
    invalid = form_for(english_survey, {"csat": "9"})
    assert valid.fields["csat"] is invalid.fields["csat"]  # built once
    assert valid.fields is not invalid.fields  # each form may still add or drop fields
    assert valid.is_valid() and not invalid.is_valid()
    assert valid.cleaned_data["csat"] == 4 and "csat" not in valid.errors
    assert set(invalid.errors) == {"csat", "nps", "q_would_buy_again"}
    del invalid.fields["comment"]
    assert "comment" in form_for(english_survey).fields


def test_form_labels_follow_the_active_language(english_survey):
    english = form_for(english_survey)
    with translation.override("fa"):
        persian = form_for(english_survey)
    assert english.fields["csat"] is not persian.fields["csat"]
    assert english.fields["csat"].label == "How satisfied are you with your order?"
    assert persian.fields["csat"].label != english.fields["csat"].label


def test_an_edited_question_gets_new_fields(english_survey):
    before = form_for(english_survey)
    question = SurveyQuestion.objects.get(survey=english_survey, key="found_by")
    question.text = "Where did you hear of us?"
    question.required = True
    question.save()
    english_survey.save()  # as the admin does: a new version of the survey
    after = form_for(english_survey)
    assert after.fields["q_found_by"] is not before.fields["q_found_by"]
    assert (after.fields["q_found_by"].label, after.fields["q_found_by"].required) == (
        "Where did you hear of us?",
        True,
    )
    assert not form_for(english_survey, VALID).is_valid()  # found_by is now required


def test_opened_invitation_brings_its_customer_and_a_cached_survey(english_survey):
    invitation, token = invite()
    open_invitation(token, allow_answered=True)  # caches the survey
    with CaptureQueriesContext(connection) as queries:
        opened = open_invitation(token, allow_answered=True)
        assert opened.survey == english_survey
        assert (opened.customer.name, opened.customer.email) == ("Sara Karimi", invitation.customer.email)
    assert len(queries.captured_queries) == 1
    # Fields the query left out are read when asked for, not made up.
    stored = Customer.objects.get(pk=invitation.customer_id)
    assert opened.customer.storefront_id == stored.storefront_id
    assert opened.customer.created_at == stored.created_at
    assert not hasattr(opened, "survey_updated_at")


def test_rate_limit_counts_every_parallel_request_exactly(settings):
    settings.SURVEYS_RATE_LIMITS = {"submit": "5/60", "view": "100/60"}
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.7")
    barrier = threading.Barrier(12)
    verdicts = []

    def check():
        barrier.wait()
        verdicts.append(ratelimit.check("submit", request).allowed)

    threads = [threading.Thread(target=check) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(verdicts) == [False] * 7 + [True] * 5
    other = RequestFactory().post("/", REMOTE_ADDR="198.51.100.8")
    assert ratelimit.check("submit", other).allowed
