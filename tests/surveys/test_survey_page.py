"""The survey page /surveys/s/<token>/: plain HTML form, the customer's language, framed by the widget."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from surveys.models import Invitation, Response, Survey
from tests.surveys.conftest import invite

pytestmark = pytest.mark.django_db


def page_url(token, **query):
    suffix = "&".join(f"{key}={value}" for key, value in query.items())
    return f"/surveys/s/{token}/" + (f"?{suffix}" if suffix else "")


def form_data(**overrides):
    data = {
        "csat": "2",
        "nps": "5",
        "reasons": ["delivery", "slow_site"],
        "q_would_buy_again": "no",
        "comment": "<script>alert('x')</script> Late!",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_page_shows_one_form_with_every_question(client, english_survey):
    invitation, token = invite()
    response = client.get(page_url(token))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "en" and html.html["dir"] == "ltr"
    assert html.h1.get_text() == "How was your order?"
    assert f"Order {invitation.storefront_order_id}: Blue mug" in html.get_text()
    assert len(html.select("form[method=post]")) == 1
    assert len(html.select("input[name=csat][type=radio]")) == 5
    assert len(html.select("input[name=nps][type=radio]")) == 11
    assert [i["value"] for i in html.select("input[name=reasons]")][:3] == [
        "site_design",
        "slow_site",
        "payment_options",
    ]
    assert html.select("input[name=q_would_buy_again]") and html.select("input[name=q_found_by]")
    assert (
        html.select_one("input[name=consent]").find_next("label").get_text()
        == "You may publish my review on the website"
    )
    # Every input has a label, every group a legend.
    for element in html.select("input:not([type=hidden]), textarea"):
        assert html.select_one(f"label[for='{element['id']}']"), element
    assert not html.select("script:not([src])"), "no inline scripts"
    assert response["Cache-Control"] == "no-store"
    assert Invitation.objects.get().opened_at is not None


def test_persian_invitation_gets_a_right_to_left_persian_page(client, persian_survey):
    _invitation, token = invite(locale="fa")
    response = client.get(page_url(token))
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "fa" and html.html["dir"] == "rtl"
    assert response["Content-Language"] == "fa"
    assert html.h1.get_text() == "سفارش شما چطور بود؟"
    text = html.get_text()
    assert "چقدر از سفارش خود راضی هستید؟" in text  # the default question, translated
    assert "ارسال و تحویل" in text  # Persian reasons
    assert html.select_one("button[type=submit]").get_text() == "ارسال پاسخ‌ها"
    assert 'lang="fa"' in response.content.decode()  # site.css gives :lang(fa) the Persian font


def test_form_post_without_javascript_stores_and_redirects_to_thanks(client, english_survey):
    _invitation, token = invite()
    response = client.post(page_url(token), form_data())
    assert response.status_code == 303
    assert response["Location"] == page_url(token, done=1)
    stored = Response.objects.get()
    assert (stored.csat, stored.nps, stored.is_negative, stored.channel) == (2, 5, True, "page")
    assert stored.comment == "<script>alert('x')</script> Late!"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you! Your answers help us improve." in thanks.content.decode()


def test_page_after_answering_says_already_answered(client, english_survey):
    _invitation, token = invite()
    client.post(page_url(token), form_data())
    response = client.get(page_url(token))
    assert "You have already answered this survey" in response.content.decode()
    assert b'<form method="post"' not in response.content


def test_double_post_is_refused_with_a_clear_message(client, english_survey):
    _invitation, token = invite()
    assert client.post(page_url(token), form_data()).status_code == 303
    again = client.post(page_url(token), form_data(csat="5"))
    assert again.status_code == 409
    assert "You have already answered this survey. Thank you!" in again.content.decode()
    assert Response.objects.get().csat == 2


def test_invalid_form_shows_errors_by_the_fields_and_keeps_answers(client, english_survey):
    _invitation, token = invite()
    response = client.post(page_url(token), form_data(csat=None, q_would_buy_again=None, comment="keep me"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.select_one("#survey-errors")
    assert summary["role"] == "alert"
    assert "Please choose from 1 to 5 stars." in summary.get_text()
    assert [a["href"] for a in summary.select("a")] == ["#field-csat", "#field-q_would_buy_again"]
    assert html.select_one("#field-csat")["aria-describedby"] == "csat-error"
    assert html.select_one("textarea[name=comment]").get_text() == "keep me"
    assert html.select_one("input[name=nps][value='5']").has_attr("checked")
    assert not Response.objects.exists()


def test_forged_link_shows_a_clear_message_404(client, english_survey):
    _invitation, token = invite()
    response = client.get(page_url(token[:-2] + "xx"))
    assert response.status_code == 404
    assert "This survey link is not valid" in response.content.decode()
    post = client.post(page_url(token[:-2] + "xx"), form_data())
    assert post.status_code == 404 and not Response.objects.exists()


def test_expired_link_shows_closed_410_in_the_customers_language_when_known(client, persian_survey):
    invitation, token = invite(locale="fa")
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(days=1))
    response = client.post(page_url(token), form_data())
    assert response.status_code == 410
    assert "closed" in response.content.decode()
    assert not Response.objects.exists()


def test_free_text_is_escaped_when_shown_back(client, english_survey):
    _invitation, token = invite()
    response = client.post(page_url(token), form_data(csat=None, comment='"><script>alert(1)</script>'))
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_page_is_not_frameable_except_embedded_by_configured_storefronts(client, english_survey, settings):
    settings.SURVEYS_STOREFRONT_ORIGINS = ["https://shop.example.com"]
    _invitation, token = invite()
    plain = client.get(page_url(token))  # in the site's frame, under the site's policy (the demo's)
    assert plain["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}
    assert "frame-ancestors 'none'" in plain["Content-Security-Policy"]
    assert "shop.example.com" not in plain["Content-Security-Policy"]
    embedded = client.get(page_url(token, embed=1))
    assert "X-Frame-Options" not in embedded
    assert "frame-ancestors 'self' https://shop.example.com" in embedded["Content-Security-Policy"]
    assert "script-src 'self'" in embedded["Content-Security-Policy"]
    html = BeautifulSoup(embedded.content, "html.parser")
    assert not html.select(".site-header") and html.select_one("form")["action"].endswith("?embed=1")


def test_embedded_submission_is_recorded_as_from_the_widget(client, english_survey):
    _invitation, token = invite()
    response = client.post(page_url(token, embed=1), form_data())
    assert response["Location"] == page_url(token, embed=1, done=1)
    assert Response.objects.get().channel == "widget"


def test_the_form_needs_no_csrf_cookie_so_it_works_inside_a_cross_site_frame(english_survey):
    _invitation, token = invite()
    response = Client(enforce_csrf_checks=True).post(page_url(token, embed=1), form_data())
    assert response.status_code == 303


def test_page_views_and_posts_are_rate_limited(client, english_survey, settings):
    settings.SURVEYS_RATE_LIMITS = {"submit": "2/60", "view": "3/60"}
    _invitation, token = invite()
    views = [client.get(page_url(token)).status_code for _ in range(4)]
    assert views == [200, 200, 200, 429]
    posts = [client.post(page_url("forged"), form_data()).status_code for _ in range(3)]
    assert posts == [404, 404, 429]
    limited = client.post(page_url(token), form_data())
    assert limited.status_code == 429 and int(limited["Retry-After"]) >= 1
    assert "Too many attempts" in limited.content.decode()
    assert not Response.objects.exists()


def test_a_fresh_install_sends_links_that_show_the_default_survey(client, locales):
    """No editor has written a survey yet: the invitation takes the default one of its language
    (worded by the translated defaults), so the link the customer gets shows a form."""
    Survey.objects.all().delete()
    _invitation, token = invite(locale="fa")
    response = client.get(page_url(token))
    html = response.content.decode()
    assert response.status_code == 200 and "<form" in html
    assert "سفارش" in html  # the Persian default heading, not English
    assert Survey.objects.get().locale.language_code == "fa"


def test_a_link_whose_survey_was_deleted_since_says_unavailable(client, locales):
    _invitation, token = invite()
    Survey.objects.all().delete()
    response = client.get(page_url(token))
    assert response.status_code == 503
    assert "not available right now" in response.content.decode()


def test_embed_script_is_served_for_storefronts(client):
    response = client.get("/surveys/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "max-age" in response["Cache-Control"]
    assert b"data-helpcenter-survey" in response.content
    assert client.post("/surveys/embed.js").status_code == 405


def test_survey_urls_are_not_under_the_persian_prefix(client, persian_survey):
    _invitation, token = invite(locale="fa")
    assert client.get(f"/fa/surveys/s/{token}/").status_code == 404
