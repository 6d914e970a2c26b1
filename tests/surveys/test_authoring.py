"""Editors write surveys per language in the Wagtail admin; default reasons come from a migration."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from surveys.models import Reason, Survey, SurveyQuestion
from tests.surveys.conftest import make_survey

pytestmark = pytest.mark.django_db
SURVEYS = "/admin/snippets/surveys/survey/"


def test_the_data_migration_seeds_the_default_reasons_in_english_and_persian():
    import importlib

    from django.apps import apps

    Reason.objects.all().delete()  # (a reused test database may have been flushed anyway)
    Locale.objects.get_or_create(language_code="fa")
    importlib.import_module("surveys.migrations.0002_defaults").create_defaults(apps, None)
    english = dict(Reason.objects.filter(locale__language_code="en").values_list("key", "label"))
    persian = dict(Reason.objects.filter(locale__language_code="fa").values_list("key", "label"))
    assert list(english) == [
        "site_design",
        "slow_site",
        "payment_options",
        "hidden_costs",
        "data_security",
        "delivery",
        "packaging",
        "after_sales_service",
        "product_quality",
    ]
    assert english["hidden_costs"] == "Hidden or unannounced costs"
    assert set(persian) == set(english)
    assert persian["delivery"] == "ارسال و تحویل"
    # Each reason and its translation share a translation key.
    delivery = Reason.objects.get(locale__language_code="en", key="delivery")
    assert (
        delivery.get_translation(Reason.objects.get(locale__language_code="fa", key="delivery").locale).label
        == "ارسال و تحویل"
    )


def test_blank_texts_fall_back_to_defaults_in_the_survey_language(locales):
    survey = make_survey(locales["fa"])
    with translation.override("fa"):
        assert survey.text("csat_question") == "چقدر از سفارش خود راضی هستید؟"
    survey.csat_question = "امتیاز شما؟"
    assert survey.text("csat_question") == "امتیاز شما؟"


def test_a_survey_without_any_rating_is_refused(locales):
    survey = Survey(title="Nothing", locale=locales["en"], ask_csat=False, ask_nps=False)
    with pytest.raises(ValidationError, match="at least one rating"):
        survey.full_clean()


def test_choice_questions_need_two_answers_and_reserved_keys_are_refused(english_survey):
    with pytest.raises(ValidationError):
        SurveyQuestion(
            survey=english_survey, key="colour", text="Colour?", kind="choice", choices="Red"
        ).full_clean()
    with pytest.raises(ValidationError):
        SurveyQuestion(survey=english_survey, key="csat", text="x", kind="text").full_clean()


def test_offered_reasons_default_to_the_active_ones_in_the_survey_language(locales):
    Reason.objects.filter(key="packaging", locale=locales["en"]).update(active=False)
    survey = make_survey(locales["en"])
    keys = [reason.key for reason in survey.offered_reasons()]
    assert "packaging" not in keys and "delivery" in keys and len(keys) == 8


def test_chosen_reasons_are_offered_in_the_survey_language(locales):
    survey = make_survey(locales["fa"])
    english_delivery = Reason.objects.get(locale=locales["en"], key="delivery")
    survey.reasons.set([english_delivery])  # as copied by a translation
    survey.save()
    assert [reason.label for reason in survey.offered_reasons()] == ["ارسال و تحویل"]


def test_current_survey_is_the_newest_active_one_in_the_language(locales):
    old = make_survey(locales["en"], title="Old")
    new = make_survey(locales["en"], title="New")
    make_survey(locales["en"], title="Inactive", live=False)
    assert Survey.current_for("en") == new
    new.live = False
    new.save()
    assert Survey.current_for("en") == old
    assert Survey.current_for("fa") is None


def test_editor_creates_a_survey_with_an_extra_question_in_the_admin(admin_client, locales):
    listing = admin_client.get(SURVEYS)
    assert listing.status_code == 200
    form = admin_client.get(f"{SURVEYS}add/?locale=en")
    assert form.status_code == 200 and "What could we do better?" in form.content.decode()
    data = {
        "title": "Post-delivery",
        "live": "on",
        "heading": "How did we do?",
        "intro": "",
        "ask_csat": "on",
        "csat_question": "",
        "nps_question": "",
        "ask_reasons": "on",
        "reasons_question": "",
        "ask_comment": "on",
        "comment_question": "",
        "consent_label": "",
        "thank_you": "",
        "reasons": [
            str(r.pk) for r in Reason.objects.filter(locale=locales["en"], key__in=["delivery", "packaging"])
        ],
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-key": "would_buy_again",
        "questions-0-text": "Would you buy again?",
        "questions-0-kind": "yes_no",
        "questions-0-choices": "",
        "questions-0-ORDER": "1",
        "questions-0-id": "",
        "questions-0-DELETE": "",
    }
    response = admin_client.post(f"{SURVEYS}add/?locale=en", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    survey = Survey.objects.get(title="Post-delivery")
    assert survey.locale.language_code == "en" and survey.heading == "How did we do?"
    assert [q.key for q in survey.questions.all()] == ["would_buy_again"]
    assert sorted(r.key for r in survey.offered_reasons()) == ["delivery", "packaging"]


def test_responses_are_listed_for_staff(admin_client, english_survey, client):
    import json

    from tests.surveys.conftest import invite

    _invitation, token = invite()
    client.post(
        "/api/v1/surveys/responses",
        json.dumps(
            {
                "token": token,
                "csat": 1,
                "nps": 2,
                "comment": "<i>slow</i>",
                "answers": {"would_buy_again": "no"},
            }
        ),
        content_type="application/json",
    )
    listing = admin_client.get("/admin/surveys/response/")
    assert listing.status_code == 200
    from surveys.models import Response

    inspect = admin_client.get(f"/admin/surveys/response/inspect/{Response.objects.get().pk}/")
    assert inspect.status_code == 200
    assert "&lt;i&gt;slow&lt;/i&gt;" in inspect.content.decode()


def test_visitors_cannot_reach_the_survey_admin(client):
    assert client.get(SURVEYS).status_code == 302
    assert client.get("/admin/surveys/response/").status_code == 302
