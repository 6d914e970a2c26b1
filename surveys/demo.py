"""Demo surveys and responses, built idempotently: run it twice and nothing is duplicated.

Made straight in the database, so loading the demo sends no e-mail.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Locale

from .defaults import ensure_default_reasons, ensure_support_staff_group
from .models import (
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
from .services.submissions import is_negative
from .tokens import make_token

SURVEYS = {
    "en": {
        "title": "After delivery (English)",
        "question": "Would you buy from us again?",
    },
    "fa": {
        "title": "پس از تحویل (فارسی)",
        "heading": "سفارش شما چطور بود؟",
        "question": "دوباره از ما خرید می‌کنید؟",
    },
}

# (language, name, csat, nps, reasons, comment, consent, would buy again)
SAMPLES = [
    ("en", "Sara Kent", 5, 10, [], "Arrived a day early and beautifully packed.", True, "yes"),
    ("en", "Tom Baker", 4, 9, ["payment_options"], "Great shop. I'd love to pay with PayPal.", True, "yes"),
    (
        "en",
        "Lena Ortiz",
        2,
        3,
        ["delivery", "after_sales_service"],
        "Parcel came a week late and nobody answered my e-mails. Call me on +44 20 7946 0958.",
        True,
        "no",
    ),
    ("en", "Max Weber", 5, 9, [], "", False, "yes"),
    ("en", "Priya Shah", 3, 7, ["hidden_costs"], "The customs fee was a surprise at the door.", True, "yes"),
    (
        "en",
        "John Doe",
        1,
        0,
        ["product_quality", "packaging"],
        "The mug was broken. Write to john@example.com",
        True,
        "no",
    ),
    ("en", "Emma Stone", 4, 8, ["slow_site"], "Checkout page was slow on my phone.", True, "yes"),
    ("en", "Ali Khan", 5, 10, [], "Perfect, thank you!", True, "yes"),
    ("en", "Nora Lee", 2, 5, ["site_design"], "Hard to find the returns form.", False, "no"),
    ("en", "Omar Said", 4, 9, [], "Good value.", True, "yes"),
    ("fa", "سارا کریمی", 5, 10, [], "خیلی سریع رسید، ممنون!", True, "yes"),
    (
        "fa",
        "رضا احمدی",
        2,
        4,
        ["delivery"],
        "بسته دیر رسید و پیک تماس نگرفت. شماره من ۰۹۱۲۳۴۵۶۷۸۹",
        True,
        "no",
    ),
    ("fa", "مریم حسینی", 4, 8, ["payment_options"], "کاش پرداخت در محل هم داشتید.", True, "yes"),
    ("fa", "علی رضایی", 5, 9, [], "", False, "yes"),
    (
        "fa",
        "نرگس موسوی",
        1,
        2,
        ["product_quality", "after_sales_service"],
        "کالا معیوب بود و پشتیبانی پاسخ نداد.",
        True,
        "no",
    ),
    ("fa", "حمید نوری", 3, 6, ["hidden_costs"], "هزینه ارسال در آخر اضافه شد.", True, "yes"),
    ("fa", "زهرا محمدی", 4, 9, ["packaging"], "بسته‌بندی می‌توانست بهتر باشد.", True, "yes"),
    ("fa", "امیر کاظمی", 5, 10, [], "عالی بود.", True, "yes"),
    ("fa", "لیلا جعفری", 4, 7, ["slow_site"], "سایت کمی کند بود.", False, "yes"),
    ("fa", "محسن صادقی", 2, 5, ["data_security"], "نگران امنیت اطلاعات کارتم هستم.", True, "no"),
]


@transaction.atomic
def build_demo_surveys() -> dict[str, Survey]:
    """A survey per language (stars, NPS, reasons, one extra question) and about twenty responses."""
    for code in SURVEYS:
        Locale.objects.get_or_create(language_code=code)
    ensure_default_reasons()
    surveys = {code: _survey(code, content) for code, content in SURVEYS.items()}
    now = timezone.now()
    for number, (code, name, csat, nps, reasons, comment, consent, again) in enumerate(SAMPLES, start=1):
        order_id = f"DEMO-{1000 + number}"
        if Invitation.objects.filter(storefront_order_id=order_id).exists():
            continue
        customer, _created = Customer.objects.get_or_create(
            storefront_id=f"demo-customer-{number}",
            defaults={"email": f"customer{number}@example.com", "name": name},
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
                    "name": "Ceramic mug" if code == "en" else "ماگ سرامیکی",
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
            comment=comment,
            consent_to_publish=consent,
            is_negative=is_negative(csat, nps),
            questions={"csat": survey.csat_question, "nps": survey.nps_question},
        )
        Response.objects.filter(pk=response.pk).update(submitted_at=delivered + timedelta(days=8))
        labels = {reason.key: reason.label for reason in survey.offered_reasons()}
        ResponseReason.objects.bulk_create(
            [ResponseReason(response=response, key=key, label=labels.get(key, key)) for key in reasons]
        )
        question = survey.questions.first()
        ResponseAnswer.objects.create(
            response=response, key=question.key, question=question.text, value=again, sort_order=0
        )
    _moderate(now)
    return surveys


# Demo order number → the shop's public reply (None: published without a reply). Orders not
# listed stay in the queue, so a first look at the admin shows work to do.
PUBLISHED = {
    1: None,
    2: "<p>Thank you, Tom! PayPal is coming to the checkout this spring.</p>",
    3: "<p>We are sorry, Lena. The carrier lost a day at the depot; we have refunded your delivery fee "
    "and answered every e-mail since.</p>",
    5: "<p>Thanks, Priya. Customs fees are now shown at checkout before you pay.</p>",
    7: None,
    8: None,
    10: None,
    11: None,
    12: "<p>رضا عزیز، از تأخیر پوزش می‌خواهیم. هزینه ارسال به حساب شما برگشت داده شد.</p>",
    13: None,
    15: "<p>نرگس عزیز، کالای جایگزین امروز ارسال شد و همکاران پشتیبانی با شما تماس گرفتند.</p>",
    17: None,
    18: None,
}
DEMO_AGENT = "support"


def _moderate(now) -> None:
    """Publishes the consented demo reviews as a support agent would, with replies and their log
    entries. Written straight to the database (not through the service) so no e-mail goes out."""
    group = ensure_support_staff_group()
    agent, created = get_user_model().objects.get_or_create(
        username=DEMO_AGENT,
        defaults={"first_name": "Sam", "last_name": "Support", "email": "support@example.com"},
    )
    if created:
        agent.set_password("demo-support")
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
        english = Survey.objects.filter(locale__language_code="en", title=SURVEYS["en"]["title"]).first()
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
