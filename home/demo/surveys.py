"""Demo surveys and responses from ``data/surveys.json``, built idempotently: run it twice and
nothing is duplicated.

Made straight in the database, so loading the demo sends no e-mail.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Locale

from surveys.defaults import DEFAULT_SURVEY_TITLE, ensure_default_reasons, ensure_support_staff_group
from surveys.models import (
    Customer,
    Invitation,
    Reply,
    ReplyVersion,
    Response,
    ResponseAnswer,
    ResponseReason,
    Survey,
    SurveyQuestion,
)
from surveys.services.submissions import is_negative
from surveys.tokens import make_token

from .data import load


@transaction.atomic
def build_demo_surveys() -> dict[str, Survey]:
    """A survey per language (stars, NPS, reasons, one extra question) and about twenty responses."""
    demo = load("surveys")
    for code in demo["surveys"]:
        Locale.objects.get_or_create(language_code=code)
    ensure_default_reasons()
    surveys = {code: _survey(code, content) for code, content in demo["surveys"].items()}
    now = timezone.now()
    for number, sample in enumerate(demo["responses"], start=1):
        order_id = f"DEMO-{1000 + number}"
        if Invitation.objects.filter(storefront_order_id=order_id).exists():
            continue
        code, csat, nps = sample["language"], sample["csat"], sample["nps"]
        customer, _created = Customer.objects.get_or_create(
            storefront_id=f"demo-customer-{number}",
            defaults={"email": f"customer{number}@example.com", "name": sample["name"]},
        )
        delivered = now - timedelta(days=30 - number)
        survey = surveys[code]
        invitation = Invitation.objects.create(
            storefront_order_id=order_id,
            customer=customer,
            survey=survey,
            language=code,
            items=[
                {
                    "sku": f"SKU-{number}",
                    "name": demo["ordered_item"][code],
                    "quantity": 1,
                }
            ],
            delivered_at=delivered,
            email_due_at=delivered + timedelta(days=7),
            expires_at=delivered + timedelta(days=37),
        )
        response = Response.objects.create(
            invitation=invitation,
            customer=customer,
            survey=survey,
            language=code,
            csat=csat,
            nps=nps,
            comment=sample["comment"],
            consent_to_publish=sample["consent_to_publish"],
            is_negative=is_negative(csat, nps),
            questions={"csat": survey.csat_question, "nps": survey.nps_question},
        )
        Response.objects.filter(pk=response.pk).update(submitted_at=delivered + timedelta(days=8))
        labels = {reason.key: reason.label for reason in survey.offered_reasons()}
        ResponseReason.objects.bulk_create(
            [
                ResponseReason(response=response, key=key, label=labels.get(key, key))
                for key in sample["reasons"]
            ]
        )
        question = survey.questions.first()
        ResponseAnswer.objects.create(
            response=response,
            key=question.key,
            question=question.text,
            value=sample["would_buy_again"],
            sort_order=0,
        )
    _moderate(demo["agent"])
    return surveys


# Demo order number → the shop's public reply (None: published without a reply), for the responses
# surveys.json marks "published". The rest stay in the queue, so a first look at the admin shows work.
PUBLISHED: dict[int, str | None] = {
    number: response.get("reply")
    for number, response in enumerate(load("surveys")["responses"], start=1)
    if response["published"]
}


def _moderate(profile: dict) -> None:
    """Publishes the consented demo reviews as a support agent would, with replies and their log
    entries. Written straight to the database (not through the service) so no e-mail goes out."""
    group = ensure_support_staff_group()
    agent, created = get_user_model().objects.get_or_create(
        username=profile["username"],
        defaults={key: profile[key] for key in ("first_name", "last_name", "email")},
    )
    if created:
        agent.set_password(profile["password"])
        agent.save()
    agent.groups.add(group)
    for number, reply_html in PUBLISHED.items():
        response = Response.objects.filter(
            invitation__storefront_order_id=f"DEMO-{1000 + number}", state=Response.STATE_NEW
        ).first()
        if response is None or not response.consent_to_publish:
            continue
        decided = response.submitted_at + timedelta(hours=3)
        response.state = Response.STATE_PUBLISHED
        response.assigned_to = agent
        response.published_at = response.first_response_at = response.resolved_at = decided
        response.version += 1
        response.save()
        log(response, "surveys.publish", user=agent, data={"from": "new", "to": "published"})
        if reply_html:
            reply = Reply.objects.create(
                response=response,
                draft=reply_html,
                body=reply_html,
                first_published_at=decided,
                published_at=decided,
                updated_by=agent,
            )
            ReplyVersion.objects.create(
                reply=reply, body=reply_html, published_at=decided, published_by=agent
            )
            log(response, "surveys.reply_publish", user=agent, data={"first": True})


def _survey(code: str, content: dict) -> Survey:
    locale = Locale.objects.get(language_code=code)
    survey = Survey.objects.filter(locale=locale, title=content["title"]).first()
    if survey is None:
        english_title = load("surveys")["surveys"]["en"]["title"]
        english = Survey.objects.filter(locale__language_code="en", title=english_title).first()
        survey = Survey(
            title=content["title"],
            locale=locale,
            heading=content.get("heading", ""),
            ask_csat=True,
            ask_nps=True,
        )
        if english is not None and code != "en":
            survey.translation_key = english.translation_key
        survey.questions = [
            SurveyQuestion(key="would_buy_again", text=content["question"], kind=SurveyQuestion.KIND_YES_NO)
        ]
        survey.save()
        # The demo's survey stands in for the default one a fresh install starts with.
        Survey.objects.filter(locale=locale, title=DEFAULT_SURVEY_TITLE, invitations__isnull=True).delete()
    return survey


def open_invitations(count: int, label: str) -> tuple[list[str], list[int]]:
    """``count`` delivered, unanswered invitations to the English demo survey, for load and fault runs.

    Returns their survey tokens (signed with this process's SECRET_KEY, so
    run it with the server's settings) and their ids. ``label`` keeps the
    order and customer ids of separate runs apart.
    """
    build_demo_surveys()
    survey = Survey.current_for("en")
    now = timezone.now()
    customers = Customer.objects.bulk_create(
        [
            Customer(storefront_id=f"{label}-{n}", email=f"{label}{n}@example.com", name=f"{label} {n}")
            for n in range(count)
        ],
        batch_size=2000,
    )
    invitations = Invitation.objects.bulk_create(
        [
            Invitation(
                storefront_order_id=f"{label.upper()}-{n}",
                customer=customer,
                survey=survey,
                language="en",
                items=[{"sku": "MUG-1", "name": "Blue mug", "quantity": 1}],
                delivered_at=now,
                email_due_at=now,
                expires_at=now + timedelta(days=30),
            )
            for n, customer in enumerate(customers)
        ],
        batch_size=2000,
    )
    return [make_token(invitation.public_id) for invitation in invitations], [i.pk for i in invitations]
