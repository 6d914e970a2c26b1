"""POST /api/v1/surveys/invitations: the storefront registers a delivered order and gets a survey link."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from surveys.models import ApiKey, Customer, Invitation, OutgoingEmail
from surveys.tokens import read_token
from tests.surveys.conftest import order_payload, post_json

URL = "/api/v1/surveys/invitations"
pytestmark = pytest.mark.django_db


def nothing_stored():
    return not (Invitation.objects.exists() or Customer.objects.exists() or OutgoingEmail.objects.exists())


def test_new_order_gets_a_signed_survey_link_201(client, english_survey, api_key):
    payload = order_payload(order_id="ORD-100", delivered_at="2026-11-01")
    response = post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    assert response.status_code == 201
    body = response.json()
    assert body["created"] is True and body["order_id"] == "ORD-100" and body["locale"] == "en"
    assert body["survey_url"].startswith("https://help.example.com/surveys/s/")
    token = body["survey_url"].rstrip("/").rsplit("/", 1)[-1]
    invitation = Invitation.objects.get()
    assert read_token(token) == invitation.public_id
    assert invitation.survey == english_survey
    assert invitation.items == [{"sku": "MUG-1", "name": "Blue mug", "quantity": 2}]
    assert invitation.customer.email == payload["customer"]["email"]
    assert invitation.api_key == ApiKey.objects.get()
    # The e-mail is due seven days after delivery; the link lasts 30 days after that.
    assert parse_datetime(body["email_due_at"]) == invitation.delivered_at + timedelta(days=7)
    assert invitation.expires_at >= invitation.email_due_at + timedelta(days=30)


def test_same_order_twice_returns_the_same_invitation_200(client, english_survey, api_key):
    payload = order_payload()
    first = post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    second = post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["survey_url"] == second.json()["survey_url"]
    assert second.json()["created"] is False
    assert Invitation.objects.count() == 1 and OutgoingEmail.objects.count() == 1


def test_same_order_for_another_customer_is_409(client, english_survey, api_key):
    payload = order_payload()
    post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    payload["customer"] = {"id": "someone-else", "email": "x@example.com", "name": ""}
    response = post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    assert response.status_code == 409
    assert "different customer" in response.json()["detail"]
    assert Customer.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer hcsk_deadbeef_not-a-real-key"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "hcsk_deadbeef_x"},
    ],
    ids=["missing", "empty", "wrong", "basic-auth", "no-scheme"],
)
def test_without_a_valid_key_401_and_nothing_stored(client, english_survey, headers):
    response = post_json(client, URL, order_payload(), **headers)
    assert response.status_code == 401
    assert nothing_stored()


def test_a_key_with_the_right_prefix_but_wrong_secret_is_refused(client, english_survey, api_key):
    forged = api_key[:-4] + ("AAAA" if not api_key.endswith("AAAA") else "BBBB")
    assert post_json(client, URL, order_payload(), Authorization=f"Bearer {forged}").status_code == 401
    assert nothing_stored()


def test_revoked_key_is_refused(client, english_survey, api_key):
    ApiKey.objects.get().revoke()
    assert post_json(client, URL, order_payload(), Authorization=f"Bearer {api_key}").status_code == 401
    assert nothing_stored()


def test_bad_payload_without_a_key_is_401_not_422(client, english_survey):
    assert post_json(client, URL, {"order_id": ""}).status_code == 401


def test_key_from_the_environment_is_accepted(client, english_survey, settings):
    settings.HELPCENTER_API_KEYS = ["env-key-0123456789abcdef"]
    response = post_json(client, URL, order_payload(), Authorization="Bearer env-key-0123456789abcdef")
    assert response.status_code == 201
    assert Invitation.objects.get().api_key is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"order_id": ""}, "order_id"),
        ({"order_id": "x" * 101}, "order_id"),
        ({"customer": {"id": "c", "email": "not-an-email", "name": ""}}, "customer.email"),
        ({"customer": {"email": "a@example.com"}}, "customer"),
        ({"locale": "de"}, "locale"),
        ({"items": [{"name": ""}]}, "items"),
        ({"items": [{"name": "Mug", "quantity": 0}]}, "items"),
        ({"delivered_at": "yesterday"}, "delivered_at"),
        ({"order_id": "ORD\x00-1"}, "order_id"),
    ],
)
def test_bad_payload_is_422_naming_the_field_and_nothing_stored(
    client, english_survey, api_key, change, field
):
    payload = {**order_payload(), **change}
    response = post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    assert response.status_code == 422
    assert field in response.content.decode()
    assert nothing_stored()


def test_not_json_is_rejected_and_nothing_stored(client, english_survey, api_key):
    response = client.post(
        URL, "order=1", content_type="application/json", headers={"Authorization": f"Bearer {api_key}"}
    )
    assert response.status_code in {400, 422}
    assert nothing_stored()


def test_regional_locale_is_normalised_and_picks_the_persian_survey(client, persian_survey, api_key):
    response = post_json(client, URL, order_payload(locale="fa-IR"), Authorization=f"Bearer {api_key}")
    assert response.status_code == 201 and response.json()["locale"] == "fa"
    assert Invitation.objects.get().survey == persian_survey


def test_invitation_e_mail_is_scheduled_for_delivery_plus_delay_and_not_sent_early(
    client, english_survey, api_key, settings, mailoutbox
):
    settings.SURVEYS_INVITATION_DELAY_DAYS = 3
    delivered = timezone.now().replace(microsecond=0)
    post_json(
        client, URL, order_payload(delivered_at=delivered.isoformat()), Authorization=f"Bearer {api_key}"
    )
    email = OutgoingEmail.objects.get()
    assert email.kind == "invitation" and email.status == "scheduled"
    assert email.next_attempt_at == delivered + timedelta(days=3)
    assert mailoutbox == []


def test_invitation_e_mail_goes_out_at_once_when_the_delay_has_passed(
    client, persian_survey, api_key, mailoutbox
):
    delivered = timezone.now() - timedelta(days=10)
    payload = order_payload(locale="fa", delivered_at=delivered.isoformat())
    post_json(client, URL, payload, Authorization=f"Bearer {api_key}")
    assert OutgoingEmail.objects.get().status == "sent"
    (message,) = mailoutbox
    assert message.to == [payload["customer"]["email"]]
    assert payload["order_id"] in message.subject
    assert "https://help.example.com/surveys/s/" in message.body
    assert "Blue mug" in message.body
    assert "سفارش" in message.body  # written in the customer's language


def test_a_repeat_customer_is_one_customer_with_updated_details(client, english_survey, api_key):
    first = order_payload()
    second = order_payload(customer={**first["customer"], "email": "new@example.com"})
    post_json(client, URL, first, Authorization=f"Bearer {api_key}")
    post_json(client, URL, second, Authorization=f"Bearer {api_key}")
    assert Customer.objects.get().email == "new@example.com"
    assert Invitation.objects.count() == 2


def test_no_payment_data_or_passwords_are_stored(client, english_survey, api_key):
    payload = order_payload(card_number="4111111111111111", password="hunter2")
    assert post_json(client, URL, payload, Authorization=f"Bearer {api_key}").status_code == 201
    stored = str(list(Invitation.objects.values())) + str(list(Customer.objects.values()))
    assert "4111111111111111" not in stored and "hunter2" not in stored


def test_schema_documents_the_invitation_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/surveys/invitations"]["post"]
    assert operation["security"]
    assert "/api/v1/surveys/responses" in schema["paths"]


@pytest.mark.django_db(transaction=True)
def test_the_same_order_sent_concurrently_makes_one_invitation(locales, api_key):
    from tests.surveys.conftest import make_survey

    make_survey(locales["en"])
    payload = order_payload()
    statuses, urls = [], set()
    barrier = threading.Barrier(5)

    def send():
        barrier.wait()
        try:
            response = post_json(Client(), URL, payload, Authorization=f"Bearer {api_key}")
            statuses.append(response.status_code)
            urls.add(response.json()["survey_url"])
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200, 200, 200, 200, 201]
    assert len(urls) == 1
    assert Invitation.objects.count() == 1 and OutgoingEmail.objects.count() == 1
