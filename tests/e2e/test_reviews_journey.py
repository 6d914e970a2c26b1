"""Journey 5: a customer's review and the shop's reply appear on /reviews/ with the customer's
e-mail address and surname hidden; on a phone, in English and in Persian."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.demo import build_demo
from home.demo.surveys import build_demo_surveys
from surveys.defaults import ensure_support_staff_group
from surveys.forms import SurveyResponseForm
from surveys.models import Response
from surveys.reviews import PER_PAGE
from surveys.services import DeliveredOrder, moderation, register_delivery, submit, survey_url
from tests.e2e.browser import DESKTOP, PHONE, axe_violations, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CUSTOMERS = {
    "en": {
        "name": "Sara Karimi",
        "surname": "Karimi",
        "short": "Sara K.",
        "comment": "The parcel came three days late.\n"
        "Write to me at sara.karimi@mail.example or 0912 345 6789.",
        "send": "Send my answers",
        "reply": "Sorry, Sara: we have refunded your delivery fee.",
    },
    "fa": {
        "name": "سارا کریمی",
        "surname": "کریمی",
        "short": "سارا ک.",
        "comment": "بسته سه روز دیر رسید.\nبه sara.karimi@mail.example یا ۰۹۱۲۳۴۵۶۷۸۹ پیام بدهید.",
        "send": "ارسال پاسخ‌ها",
        "reply": "سارا جان، پوزش می‌خواهیم؛ هزینه ارسال به حساب شما برگشت داده شد.",
    },
}


@pytest.fixture
def agent(db):
    user = get_user_model().objects.create_user(username="agent", password="pw", email="agent@shop.example")
    user.groups.add(ensure_support_staff_group())
    return user


def test_journey_5_review_and_reply_appear_with_email_and_surname_hidden(
    live_server, open_page, settings, agent
):
    settings.SURVEYS_BASE_URL = live_server.url
    build_demo()  # other customers' reviews around this one, as on a real site
    for language, customer in CUSTOMERS.items():
        email = f"sara.karimi.{language}@mail.example"
        invitation, _created = register_delivery(
            DeliveredOrder(
                order_id=f"SHOP-{language.upper()}-77123",
                customer_id=f"shopper-{language}",
                email=email,
                name=customer["name"],
                language=language,
                items=[{"name": "Blue mug" if language == "en" else "ماگ آبی", "quantity": 1}],
                delivered=timezone.now() - timedelta(days=3),
            )
        )

        # The customer answers the survey on their phone and agrees to publication.
        page = open_page(PHONE)
        page.goto(survey_url(invitation))
        page.locator("label[for=csat-2]").click()
        page.locator("label[for=nps-4]").click()
        page.locator("input[name=reasons][value=delivery] + label").click()
        page.locator("textarea[name=comment]").fill(customer["comment"])
        page.locator("label[for=id_consent]").click()
        page.get_by_role("button", name=customer["send"]).click()
        page.wait_for_url("**?done=1")
        page.context.close()

        # Support publishes it and answers in public; the reply e-mail links to the review.
        response = Response.objects.get(invitation=invitation)
        moderation.transition(response.pk, "publish", by=agent)
        moderation.save_reply_draft(response.pk, "<p>A draft nobody may see</p>", by=agent)
        moderation.publish_reply(response.pk, by=agent, html=f"<p>{customer['reply']}</p>")
        moderation.save_reply_draft(response.pk, "<p>A second draft nobody may see</p>", by=agent)
        link = moderation.review_url(response)

        page = open_page(PHONE)
        assert page.goto(link).status == 200
        assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "fa" else "ltr")
        review = page.locator(f"#review-{response.pk}")
        assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == (
            f"review-{response.pk}"
        )
        text = review.inner_text()
        assert customer["short"] in text
        assert customer["reply"] in text
        assert "[email hidden]" in text and "[phone hidden]" in text
        html = page.content()
        for secret in (
            email,
            "sara.karimi@",
            customer["surname"],
            invitation.storefront_order_id,
            "draft nobody",
        ):
            assert secret not in html, secret
        assert review.locator(".review__verified").is_visible()
        # Stars have a text alternative; the glyphs are hidden from screen readers.
        assert review.locator(".review__rating .stars").get_attribute("aria-hidden") == "true"
        alternative = review.locator(".review__rating .visually-hidden").inner_text()
        assert ("2" if language == "en" else "۲") in alternative
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
        screenshot(page, f"journey-reviews-{language}-phone", docs=True)
        assert axe_violations(page) == [], language
        page.context.close()

        page = open_page(DESKTOP)
        page.goto(link)
        review = page.locator(f"#review-{response.pk}")
        assert review.is_visible()
        screenshot(page, f"reviews-{language}-desktop")
        assert axe_violations(page) == [], language
        # Filtering by rating keeps the summary and lists only that rating.
        page.locator(".rating-bar[href='?rating=2']").click()
        page.wait_for_url("**?rating=2")
        assert page.locator(f"#review-{response.pk}").is_visible()
        ratings = page.locator(".review__rating .visually-hidden").all_inner_texts()
        assert ratings and all("2" in label or "۲" in label for label in ratings)
        assert axe_violations(page) == [], language
        page.context.close()


def test_a_reply_link_finds_a_review_pushed_off_the_first_page(live_server, open_page, settings, agent, home):
    """The reply e-mail links to the help home's reviews/#review-<id>; newer reviews may have moved it to
    page 2."""
    settings.SURVEYS_BASE_URL = live_server.url
    surveys = build_demo_surveys()
    made = []
    for number in range(PER_PAGE + 1):
        invitation, _created = register_delivery(
            DeliveredOrder(
                order_id=f"SHOP-{number}",
                customer_id=f"shopper-{number}",
                email=f"shopper{number}@mail.example",
                name="Reza Ahmadi",
                language="en",
                items=[],
                delivered=timezone.now() - timedelta(days=3),
            )
        )
        form = SurveyResponseForm(
            surveys["en"], {"csat": "4", "nps": "8", "consent": "on", "comment": f"Review {number}"}
        )
        assert form.is_valid(), form.errors
        response = submit(invitation, form)
        moderation.transition(response.pk, "publish", by=agent)
        made.append(response)
    oldest = made[0]
    moderation.publish_reply(oldest.pk, by=agent, html="<p>Thanks, Reza.</p>")
    page = open_page(PHONE)
    page.goto(moderation.review_url(oldest))
    page.wait_for_url(f"**?review={oldest.pk}#review-{oldest.pk}")
    assert page.locator(f"#review-{oldest.pk}").is_visible()
    assert "Thanks, Reza." in page.locator(f"#review-{oldest.pk}").inner_text()
    assert page.evaluate("document.querySelector(':target').id") == f"review-{oldest.pk}"
