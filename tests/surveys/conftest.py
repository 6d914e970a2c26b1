import json
from datetime import timedelta
from itertools import count

import pytest
from django.utils import timezone
from wagtail.models import Locale

from surveys.defaults import ensure_default_reasons
from surveys.models import ApiKey, Survey, SurveyQuestion
from surveys.services import DeliveredOrder, register_delivery, survey_url
from tests.surveys.mail_backends import FlakyEmailBackend

_orders = count(1)


@pytest.fixture(autouse=True)
def surveys_settings(settings):
    settings.SURVEYS_STAFF_NOTIFICATION_EMAILS = ["duty@shop.example"]
    settings.SURVEYS_BASE_URL = "https://help.example.com"
    settings.SURVEYS_RATE_LIMITS = {"submit": "1000/60", "view": "1000/60"}
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
    FlakyEmailBackend.failures_left = 0
    FlakyEmailBackend.attempts = 0
    return settings


@pytest.fixture
def locales(db):
    english, _ = Locale.objects.get_or_create(language_code="en")
    persian, _ = Locale.objects.get_or_create(language_code="fa")
    ensure_default_reasons()  # transactional tests flush what the data migration made
    return {"en": english, "fa": persian}


def make_survey(locale, **fields) -> Survey:
    questions = fields.pop("questions", [])
    survey = Survey(title=fields.pop("title", f"Survey {locale.language_code}"), locale=locale, **fields)
    survey.questions = questions
    survey.save()
    return survey


@pytest.fixture
def english_survey(locales):
    return make_survey(
        locales["en"],
        ask_nps=True,
        questions=[
            SurveyQuestion(key="would_buy_again", text="Would you buy again?", kind="yes_no", required=True),
            SurveyQuestion(key="found_by", text="How did you find us?", kind="text"),
        ],
    )


@pytest.fixture
def persian_survey(locales, english_survey):
    return make_survey(locales["fa"], title="نظرسنجی", heading="سفارش شما چطور بود؟", ask_nps=True)


@pytest.fixture
def api_key(db):
    _key, raw_key = ApiKey.generate("Test storefront")
    return raw_key


def order_payload(**overrides) -> dict:
    number = next(_orders)
    payload = {
        "order_id": f"ORD-{number}",
        "customer": {"id": f"cust-{number}", "email": f"buyer{number}@example.com", "name": "Sara Karimi"},
        "locale": "en",
        "items": [{"sku": "MUG-1", "name": "Blue mug", "quantity": 2}],
        "delivered_at": (timezone.now() - timedelta(days=1)).isoformat(),
    }
    payload.update(overrides)
    return payload


def post_json(client, url, payload, **headers):
    return client.post(url, json.dumps(payload), content_type="application/json", headers=headers)


def invite(**overrides):
    """An invitation made through the service (the API's path), with its token."""
    payload = order_payload(**overrides)
    invitation, _created = register_delivery(
        DeliveredOrder(
            order_id=payload["order_id"],
            customer_id=payload["customer"]["id"],
            email=payload["customer"]["email"],
            name=payload["customer"]["name"],
            language=payload["locale"],
            items=payload["items"],
            delivered=timezone.now() - timedelta(days=1),
        )
    )
    token = survey_url(invitation).rstrip("/").rsplit("/", 1)[-1]
    return invitation, token


def answer(survey, *, language="en", channel="page", **data):
    """A response stored through the same form and service the survey page uses."""
    from surveys.forms import SurveyResponseForm
    from surveys.services import submit

    invitation, _token = invite(locale=language)
    fields = {"csat": 3, "nps": 9, "q_would_buy_again": "yes", **data}
    form = SurveyResponseForm(survey, {k: v for k, v in fields.items() if v is not None})
    assert form.is_valid(), form.errors
    return submit(invitation, form, channel=channel)


@pytest.fixture
def support_staff(db, django_user_model):
    """Members of the "Support staff" group the migration creates, nothing else."""
    from surveys.defaults import ensure_support_staff_group

    group = ensure_support_staff_group()

    def make(username="agent", **fields):
        user = django_user_model.objects.create_user(
            username=username, password="pw", email=f"{username}@shop.example", **fields
        )
        user.groups.add(group)
        return user

    return make


@pytest.fixture
def editor(db, django_user_model):
    """An admin user who edits content but has no moderation permission."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(
        username="editor", password="pw", email="editor@shop.example"
    )
    user.groups.add(group)
    return user
