"""export_customer and erase_customer: a customer can see everything we hold, and have it erased."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from surveys.models import Customer, Invitation, OutgoingEmail, Response, ResponseAnswer, ResponseReason
from tests.surveys.conftest import invite, post_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(client, english_survey):
    invitation, token = invite(customer={"id": "c-42", "email": "Sara@Example.com", "name": "Sara Karimi"})
    post_json(
        client,
        "/api/v1/surveys/responses",
        {
            "token": token,
            "csat": 2,
            "nps": 3,
            "reasons": ["delivery"],
            "answers": {"would_buy_again": "no", "found_by": "My cousin Reza, 0912 345 6789"},
            "comment": "Late. I am Sara from Tehran.",
            "consent": True,
        },
    )
    second, _token = invite(customer={"id": "c-42", "email": "sara@example.com", "name": "Sara Karimi"})
    return invitation, second


def test_export_writes_everything_about_the_customer_as_json(answered, tmp_path):
    first, second = answered
    target = tmp_path / "export.json"
    call_command("export_customer", "SARA@example.com", "--output", str(target), stderr=StringIO())
    data = json.loads(target.read_text(encoding="utf-8"))
    (customer,) = data["customers"]
    assert customer["storefront_id"] == "c-42" and customer["name"] == "Sara Karimi"
    assert [order["order_id"] for order in customer["orders"]] == [
        first.storefront_order_id,
        second.storefront_order_id,
    ]
    assert customer["orders"][0]["items"] == [{"sku": "MUG-1", "name": "Blue mug", "quantity": 2}]
    assert customer["orders"][0]["emails"][0]["to"] == ["Sara@Example.com"]  # as addressed then
    (response,) = customer["survey_responses"]
    assert response["rating"] == 2 and response["comment"] == "Late. I am Sara from Tehran."
    assert response["reasons"] == [{"key": "delivery", "label": "Delivery"}]
    assert {"question": "How did you find us?", "answer": "My cousin Reza, 0912 345 6789"} in response[
        "answers"
    ]


def test_export_to_stdout_and_unknown_customer(answered):
    out = StringIO()
    call_command("export_customer", "sara@example.com", stdout=out)
    assert json.loads(out.getvalue())["customers"][0]["email"] == "sara@example.com"
    with pytest.raises(CommandError, match="No customer"):
        call_command("export_customer", "nobody@example.com", stdout=StringIO())


def test_erase_removes_personal_data_and_keeps_statistics(answered):
    out = StringIO()
    call_command("erase_customer", "sara@example.com", stdout=out)
    assert "Anonymised 1" in out.getvalue()
    customer = Customer.objects.get()
    assert customer.erased_at is not None and customer.name == ""
    assert "sara" not in customer.email.lower() and customer.storefront_id != "c-42"
    assert all(
        not inv.items and inv.storefront_order_id.startswith("erased-") for inv in Invitation.objects.all()
    )
    response = Response.objects.get()
    assert (response.csat, response.nps, response.is_negative) == (2, 3, True)  # statistics stay
    assert response.comment == "" and response.consent_to_publish is False and response.anonymised_at
    assert list(ResponseReason.objects.values_list("key", flat=True)) == ["delivery"]
    assert dict(ResponseAnswer.objects.values_list("key", "value")) == {
        "would_buy_again": "no",
        "found_by": "",
    }
    for email in OutgoingEmail.objects.all():
        assert email.recipients == [] and email.body == "" and email.subject == ""
    assert OutgoingEmail.objects.filter(status__in=["scheduled", "retrying"]).count() == 0
    everything = json.dumps(
        [
            list(model.objects.values())
            for model in (Customer, Invitation, Response, ResponseAnswer, OutgoingEmail)
        ],
        default=str,
    )
    for personal in ("Sara", "sara@example.com", "c-42", "Tehran", "Reza", "0912", "Blue mug"):
        assert personal not in everything, personal


def test_erased_customer_is_gone_from_export_and_cannot_be_erased_twice(answered):
    call_command("erase_customer", "sara@example.com", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("export_customer", "sara@example.com", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("erase_customer", "sara@example.com", stdout=StringIO())


def test_the_same_storefront_customer_can_come_back_as_a_new_record(answered, english_survey):
    call_command("erase_customer", "sara@example.com", stdout=StringIO())
    invitation, _token = invite(customer={"id": "c-42", "email": "sara@example.com", "name": "Sara"})
    assert invitation.customer.erased_at is None
    assert Customer.objects.count() == 2
