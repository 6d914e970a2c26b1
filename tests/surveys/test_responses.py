"""Answering a survey through POST /api/v1/surveys/responses: validation, one answer per invitation,
and what a negative answer sets in motion."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from surveys.models import (
    DEFAULT_TEXTS,
    Invitation,
    OutgoingEmail,
    Response,
    ResponseAnswer,
    ResponseReason,
    Survey,
    SurveyQuestion,
)
from surveys.tokens import make_token
from tests.surveys.conftest import invite, make_survey, post_json

URL = "/api/v1/surveys/responses"
pytestmark = pytest.mark.django_db


def answers(token, **overrides):
    payload = {
        "token": token,
        "csat": 4,
        "nps": 9,
        "reasons": ["delivery", "packaging"],
        "answers": {"would_buy_again": "yes", "found_by": "A friend"},
        "comment": "Box was dented <b>but</b> fine.",
        "consent": True,
    }
    payload.update(overrides)
    return payload


def test_answers_are_stored_with_the_wording_they_answered(client, english_survey):
    invitation, token = invite()
    response = post_json(client, URL, answers(token))
    assert response.status_code == 201
    body = response.json()
    assert body["negative"] is False and body["message"] == "Thank you! Your answers help us improve."
    stored = Response.objects.get()
    assert (stored.invitation, stored.csat, stored.nps, stored.consent_to_publish) == (invitation, 4, 9, True)
    assert stored.comment == "Box was dented <b>but</b> fine."  # stored as written
    assert stored.state == "new" and stored.channel == "api"
    assert stored.questions["csat"] == "How satisfied are you with your order?"
    assert sorted(ResponseReason.objects.values_list("key", "label")) == [
        ("delivery", "Delivery"),
        ("packaging", "Packaging"),
    ]
    assert dict(ResponseAnswer.objects.values_list("question", "value")) == {
        "Would you buy again?": "yes",
        "How did you find us?": "A friend",
    }


def test_editing_the_survey_later_does_not_change_answers_given(client, english_survey):
    _invitation, token = invite()
    post_json(client, URL, answers(token))
    english_survey.csat_question = "Rate us!"
    question = english_survey.questions.get(key="would_buy_again")
    question.text = "Will you come back?"
    question.save()
    english_survey.save()
    from surveys.models import Reason

    Reason.objects.filter(key="delivery", locale__language_code="en").update(label="Shipping")
    stored = Response.objects.get()
    assert stored.questions["csat"] == "How satisfied are you with your order?"
    assert stored.answers.get(key="would_buy_again").question == "Would you buy again?"
    assert stored.reasons.get(key="delivery").label == "Delivery"


def test_the_survey_being_deleted_keeps_the_answers(client, english_survey):
    _invitation, token = invite()
    post_json(client, URL, answers(token))
    english_survey.delete()
    stored = Response.objects.get()
    assert stored.survey is None and stored.csat == 4 and stored.reasons.count() == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"csat": None}, "csat"),
        ({"csat": 6}, "csat"),
        ({"csat": 0}, "csat"),
        ({"nps": 11}, "nps"),
        ({"nps": None}, "nps"),
        ({"reasons": ["free_money"]}, "reasons"),
        ({"answers": {"found_by": "x"}}, "answers.would_buy_again"),
        ({"answers": {"would_buy_again": "maybe"}}, "answers.would_buy_again"),
        ({"answers": {"would_buy_again": "yes", "shoe_size": "42"}}, "answers.shoe_size"),
        ({"comment": "x" * 2001}, "comment"),
        ({"comment": "nul\x00byte"}, "comment"),
    ],
)
def test_invalid_answers_are_422_with_per_field_errors_and_nothing_stored(
    client, english_survey, change, field
):
    _invitation, token = invite()
    response = post_json(client, URL, answers(token, **change))
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Please check the answers marked below."
    assert list(body["errors"]) == [field]
    assert body["errors"][field][0]
    assert not Response.objects.exists()


def test_wrong_types_are_422_and_nothing_stored(client, english_survey):
    _invitation, token = invite()
    response = post_json(client, URL, answers(token, csat="five", reasons="delivery"))
    assert response.status_code == 422
    assert not Response.objects.exists()


def test_errors_are_in_the_customers_language(client, persian_survey):
    _invitation, token = invite(locale="fa")
    response = post_json(client, URL, {"token": token, "nps": 5})
    assert response.status_code == 422
    assert response.json()["errors"]["csat"] == ["لطفاً از ۱ تا ۵ ستاره انتخاب کنید."]


def test_second_submission_is_409_and_the_first_is_kept(client, english_survey):
    _invitation, token = invite()
    assert post_json(client, URL, answers(token, csat=5)).status_code == 201
    response = post_json(client, URL, answers(token, csat=1))
    assert response.status_code == 409
    assert response.json()["detail"] == "You have already answered this survey. Thank you!"
    assert Response.objects.get().csat == 5
    assert ResponseReason.objects.count() == 2


@pytest.mark.parametrize(
    "token_of",
    [
        lambda good: good[:-1] + ("A" if good[-1] != "A" else "B"),  # signature altered
        lambda good: "X" + good[1:],  # id altered, old signature
        lambda good: good.split(".")[0],  # signature removed
        lambda good: make_token("made-up-invitation-id"),  # validly signed, but no such invitation
        lambda good: "",
        lambda good: "a" * 199,
    ],
    ids=["altered-signature", "altered-id", "unsigned", "unknown-id", "empty", "garbage"],
)
def test_forged_token_is_404_and_nothing_stored(client, english_survey, token_of):
    _invitation, token = invite()
    response = post_json(client, URL, answers(token_of(token)))
    assert response.status_code == 404
    assert "not valid" in response.json()["detail"]
    assert not Response.objects.exists()


def test_token_signed_with_another_secret_is_refused(client, english_survey, settings):
    invitation, _token = invite()
    settings.SECRET_KEY = "another-secret-key-for-an-attacker-0123456789-abcdefghijklmnop"
    forged = make_token(invitation.public_id)
    settings.SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
    assert post_json(client, URL, answers(forged)).status_code == 404
    assert not Response.objects.exists()


def test_expired_token_is_410_and_nothing_stored(client, english_survey):
    invitation, token = invite()
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = post_json(client, URL, answers(token))
    assert response.status_code == 410
    assert "closed" in response.json()["detail"]
    assert not Response.objects.exists()


def test_low_rating_is_negative_and_staff_on_duty_are_emailed(client, english_survey, mailoutbox):
    invitation, token = invite()
    response = post_json(
        client, URL, answers(token, csat=2, nps=8, comment="Never again. Call 0912 345 6789")
    )
    assert response.json()["negative"] is True
    stored = Response.objects.get()
    assert stored.is_negative
    alert = OutgoingEmail.objects.get(kind="negative_alert")
    assert alert.status == "sent" and alert.attempts == 1 and alert.response == stored
    (message,) = [m for m in mailoutbox if m.to == ["duty@shop.example"]]
    assert "Unhappy customer" in message.subject
    assert "Rating: 2/5" in message.body and "Never again" in message.body
    assert f"Customer: Sara Karimi <{invitation.customer.email}>" in message.body
    assert f"/admin/surveys/response/inspect/{stored.pk}/" in message.body


@pytest.mark.parametrize(
    ("csat", "nps", "negative"), [(3, 6, True), (3, 7, False), (1, 10, True), (5, 0, True)]
)
def test_nps_detractors_are_negative_too(client, english_survey, csat, nps, negative):
    _invitation, token = invite()
    assert post_json(client, URL, answers(token, csat=csat, nps=nps)).json()["negative"] is negative
    assert OutgoingEmail.objects.filter(kind="negative_alert").exists() is negative


def test_without_configured_staff_superusers_are_told(
    client, english_survey, settings, django_user_model, mailoutbox
):
    settings.SURVEYS_STAFF_NOTIFICATION_EMAILS = []
    django_user_model.objects.create_superuser("boss", "boss@shop.example", "x")
    django_user_model.objects.create_superuser("nomail", "", "x")
    _invitation, token = invite()
    post_json(client, URL, answers(token, csat=1))
    assert [m.to for m in mailoutbox if "Unhappy" in m.subject] == [["boss@shop.example"]]


def test_responses_endpoint_is_rate_limited_with_retry_after(client, english_survey, settings):
    settings.SURVEYS_RATE_LIMITS = {"submit": "3/60", "view": "100/60"}
    _invitation, token = invite()
    statuses = [post_json(client, URL, {"token": "forged"}).status_code for _ in range(3)]
    limited = post_json(client, URL, answers(token))
    assert statuses == [404, 404, 404]
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert not Response.objects.exists()
    # Another address is not affected.
    assert post_json(Client(REMOTE_ADDR="10.0.0.2"), URL, answers(token)).status_code == 201


def test_client_address_from_a_trusted_proxy_header(client, english_survey, settings):
    settings.SURVEYS_RATE_LIMITS = {"submit": "1/60", "view": "100/60"}
    settings.SURVEYS_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    first = post_json(client, URL, {"token": "x"}, **{"X-Forwarded-For": "spoofed, 203.0.113.5"})
    same_client = post_json(client, URL, {"token": "x"}, **{"X-Forwarded-For": "other, 203.0.113.5"})
    other_client = post_json(client, URL, {"token": "x"}, **{"X-Forwarded-For": "203.0.113.6"})
    assert (first.status_code, same_client.status_code, other_client.status_code) == (404, 429, 404)


def test_survey_without_nps_ignores_nps_and_needs_only_stars(client, locales):
    make_survey(locales["en"], ask_nps=False, ask_reasons=False, ask_comment=False)
    _invitation, token = invite()
    response = post_json(client, URL, {"token": token, "csat": 5})
    assert response.status_code == 201
    assert Response.objects.get().nps is None


@pytest.mark.django_db(transaction=True)
def test_concurrent_double_submits_store_exactly_one_response(locales):
    """Real threads, real PostgreSQL connections: the one-to-one constraint decides, not a lookup."""
    make_survey(locales["en"], ask_nps=True)
    _invitation, token = invite()
    statuses = []
    barrier = threading.Barrier(8)

    def submit(csat):
        barrier.wait()
        try:
            statuses.append(post_json(Client(), URL, answers(token, csat=csat, answers={})).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(1 + n % 5,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [201] + [409] * 7
    assert Response.objects.count() == 1
    assert ResponseReason.objects.count() == 2  # one response's reasons, not eight
    stored = Response.objects.get()
    assert OutgoingEmail.objects.filter(kind="negative_alert").count() == (1 if stored.is_negative else 0)


def test_an_answer_after_the_first_costs_one_lookup_and_its_inserts(client, english_survey, mailoutbox):
    """The survey, its questions and reasons come from the process's caches after the first answer;
    the invitation, its customer and its survey's version come in one query."""
    _invitation, first = invite()
    assert post_json(client, URL, answers(first)).status_code == 201
    _invitation, token = invite()
    with CaptureQueriesContext(connection) as queries:
        assert post_json(client, URL, answers(token)).status_code == 201
    statements = [query["sql"].split()[0] for query in queries.captured_queries]
    # Response, its reasons, its answers; the savepoint is the test's transaction's stand-in for BEGIN.
    assert statements == ["SELECT", "SAVEPOINT", "INSERT", "INSERT", "INSERT", "RELEASE"]

    invitation, token = invite()
    with CaptureQueriesContext(connection) as queries:
        assert post_json(client, URL, answers(token, csat=1)).status_code == 201
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"surveys_outgoingemail"' in tables
    assert 'FROM "surveys_customer"' not in tables  # the alert's customer came with the invitation
    assert any(invitation.customer.email in message.body for message in mailoutbox)


def test_an_edited_survey_is_used_by_the_very_next_answer(client, english_survey):
    _invitation, token = invite()
    assert post_json(client, URL, answers(token)).status_code == 201  # caches this version
    SurveyQuestion.objects.filter(survey=english_survey, key="would_buy_again").update(
        text="Will you come back?", required=False
    )
    survey = Survey.objects.get(pk=english_survey.pk)
    survey.csat_question = "Rate us!"
    survey.save()
    _invitation, token = invite()
    response = post_json(client, URL, answers(token, answers={"found_by": "An ad"}))
    assert response.status_code == 201, response.json()  # would_buy_again is no longer required
    stored = Response.objects.get(pk=response.json()["id"])
    assert stored.questions["csat"] == "Rate us!"
    _invitation, token = invite()
    post_json(client, URL, answers(token))
    assert ResponseAnswer.objects.filter(key="would_buy_again").latest("pk").question == "Will you come back?"


def test_questions_are_stored_in_each_customers_language(client, persian_survey):
    _invitation, english_token = invite()
    _invitation, persian_token = invite(locale="fa")
    assert post_json(client, URL, answers(english_token)).status_code == 201
    response = post_json(client, URL, {"token": persian_token, "csat": 5, "nps": 9})
    assert response.status_code == 201
    with translation.override("fa"):
        persian = str(DEFAULT_TEXTS["csat_question"])
    assert persian != "How satisfied are you with your order?"
    stored = Response.objects.get(pk=response.json()["id"])
    assert stored.questions["csat"] == persian
    assert Response.objects.exclude(pk=stored.pk).get().questions["csat"] == (
        "How satisfied are you with your order?"
    )
