"""The public reviews page /reviews/ (and /fa/reviews/) and GET /api/v1/reviews: only published,
consented reviews of customers who were not erased; only published replies; customers' text
escaped and redacted; never an e-mail address, order id or full name."""

import json
import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from surveys import reviews
from surveys.forms import SurveyResponseForm
from surveys.models import Response
from surveys.services import erase_customer, moderation, submit
from tests.surveys.conftest import invite, make_survey

pytestmark = pytest.mark.django_db

API = "/api/v1/reviews"


@pytest.fixture
def agent(support_staff):
    return support_staff("agent")


@pytest.fixture
def write(agent, english_survey, persian_survey):
    """A review written through the survey form and service; published by an agent unless asked not to."""
    surveys = {"en": english_survey, "fa": persian_survey}
    numbers = iter(range(1, 10_000))

    def _write(
        csat=4,
        *,
        language="en",
        name="Sara Karimi",
        comment="",
        reasons=(),
        consent=True,
        publish=True,
        survey=None,
        days_ago=None,
        **fields,
    ) -> Response:
        number = next(numbers)
        invitation, _token = invite(
            locale=language,
            order_id=f"ORDER-{language}-{number:04d}",
            customer={"id": f"shopper-{number}", "email": f"shopper{number}@mail.example", "name": name},
        )
        data = {
            "csat": csat,
            "nps": 9,
            "q_would_buy_again": "yes",
            "comment": comment,
            "reasons": list(reasons),
        }
        if consent:
            data["consent"] = "on"
        data.update(fields)
        form = SurveyResponseForm(
            survey or surveys[language], {k: v for k, v in data.items() if v is not None}
        )
        assert form.is_valid(), form.errors
        response = submit(invitation, form)
        if days_ago is not None:
            Response.objects.filter(pk=response.pk).update(
                submitted_at=timezone.now() - timedelta(days=days_ago)
            )
        if publish:
            moderation.transition(response.pk, "publish", by=agent)
        response.refresh_from_db()
        return response

    return _write


def page(client, path="/reviews/", **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def api(client, **params):
    return client.get(API, params)


def review_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="review" id="review-(\d+)"', html)]


def json_ld(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1, found
    return json.loads(found[0])


# Who is shown ------------------------------------------------------------------------------


def test_only_published_consented_reviews_of_customers_not_erased_are_public(client, home, write, agent):
    shown = write(5, comment="Published and consented")
    new = write(4, comment="Still new", publish=False)
    in_review = write(4, comment="Being reviewed", publish=False)
    moderation.transition(in_review.pk, "assign", by=agent)
    rejected = write(1, comment="Rejected as abuse")
    moderation.transition(rejected.pk, "reject", by=agent, reason="abuse")
    # Publication needs consent, so a response without it can only be published by a bug: still hidden.
    no_consent = write(3, comment="Never agreed", consent=False, publish=False)
    Response.objects.filter(pk=no_consent.pk).update(state=Response.STATE_PUBLISHED)
    erased = write(2, comment="Erased later")
    erase_customer(erased.customer.email)

    html = page(client)
    assert review_ids(html) == [shown.pk]
    data = api(client).json()
    assert [item["id"] for item in data["results"]] == [shown.pk]
    assert data["summary"]["reviews"] == 1 and data["summary"]["ratings"] == 1
    for hidden in (new, in_review, rejected, no_consent, erased):
        assert f"review-{hidden.pk}" not in html
    for text in ("Still new", "Being reviewed", "Rejected as abuse", "Never agreed", "Erased later"):
        assert text not in html and text not in json.dumps(data)


def test_reviews_are_per_language(client, home, write):
    english = write(5, comment="Lovely mug")
    persian = write(3, language="fa", name="سارا کریمی", comment="بسته‌بندی خوب نبود")
    assert review_ids(page(client)) == [english.pk]
    assert review_ids(page(client, "/fa/reviews/")) == [persian.pk]
    assert [r["id"] for r in api(client, locale="fa").json()["results"]] == [persian.pk]
    assert api(client).json()["locale"] == "en"


def test_empty_state(client, home, db):
    html = page(client)
    assert "No reviews yet" in html
    assert "application/ld+json" not in html  # no AggregateRating without ratings
    data = api(client).json()
    assert (data["total"], data["pages"], data["results"], data["summary"]["average"]) == (0, 1, [], None)


# Replies -----------------------------------------------------------------------------------


def test_draft_reply_is_never_shown_and_a_published_one_is_marked_edited_after_an_edit(
    client, home, write, agent
):
    response = write(2, comment="Parcel was late")
    moderation.save_reply_draft(response.pk, "<p>Draft: not for customers</p>", by=agent)
    html = page(client)
    assert "Draft: not for customers" not in html and "Our reply" not in html
    assert api(client).json()["results"][0]["reply"] is None

    moderation.publish_reply(response.pk, by=agent, html="<p>Sorry, the <b>refund</b> is on its way.</p>")
    html = page(client)
    reply_html = html.split('class="review__reply"', 1)[1]
    assert "Our reply" in html and "<b>refund</b>" in reply_html
    assert "edited" not in reply_html
    reply = api(client).json()["results"][0]["reply"]
    assert reply["text"] == "Sorry, the refund is on its way." and reply["edited"] is False

    moderation.save_reply_draft(response.pk, "<p>An unpublished second draft</p>", by=agent)
    assert "unpublished second draft" not in page(client)
    moderation.publish_reply(response.pk, by=agent, html="<p>Refund sent today.</p>")
    html = page(client)
    assert "Refund sent today." in html and "Sorry, the" not in html
    assert 'class="review__edited"' in html
    reply = api(client).json()["results"][0]["reply"]
    assert (reply["text"], reply["edited"]) == ("Refund sent today.", True)

    moderation.unpublish_reply(response.pk, by=agent)
    assert "Refund sent today." not in page(client)
    assert api(client).json()["results"][0]["reply"] is None


def test_review_url_in_the_reply_email_points_at_the_review(client, home, write, settings):
    response = write(3, comment="Fine")
    url = moderation.review_url(response)
    assert url.endswith(f"/reviews/#review-{response.pk}")
    path = url.removeprefix(settings.SURVEYS_BASE_URL).split("#")[0]
    assert f'id="review-{response.pk}"' in page(client, path)


def test_an_older_review_is_found_on_its_page(client, home, write):
    old = write(4, comment="Written long ago", days_ago=90)
    for day in range(reviews.PER_PAGE):
        write(5, days_ago=day)
    assert old.pk not in review_ids(page(client))
    assert old.pk in review_ids(page(client, review=old.pk))
    assert review_ids(page(client, review=999_999)) == review_ids(page(client))  # unknown: the first page


# Customers' text ---------------------------------------------------------------------------


def test_comment_is_redacted_and_keeps_its_line_breaks(client, home, write):
    write(
        2,
        comment="Call me on +98 912 345 6789 or write to sara.karimi@mail.example\nSecond line",
    )
    html = page(client)
    assert "912 345" not in html and "sara.karimi@" not in html
    assert "[phone hidden]" in html and "[email hidden]" in html
    assert "<br>Second line" in html
    comment = api(client).json()["results"][0]["comment"]
    assert comment == "Call me on [phone hidden] or write to [email hidden]\nSecond line"


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "</script><script>alert(1)</script>",
        '<a href="javascript:alert(1)">click</a>',
    ],
)
def test_hostile_comment_is_escaped_on_the_page_and_plain_text_in_the_api(client, home, write, payload):
    write(1, comment=payload)
    html = page(client)
    assert payload not in html
    assert "<script>alert" not in html and "<img" not in html and 'href="javascript' not in html
    comment_html = html.split('class="review__comment">', 1)[1].split("</div>", 1)[0]
    assert unescape(re.sub(r"</?p>", "", comment_html)) == payload
    assert json_ld(html)["review"][0]["reviewBody"] == payload  # still valid JSON, tag not closed
    assert api(client).json()["results"][0]["comment"] == payload


def test_no_email_order_id_or_full_name_appears_anywhere(client, home, write, agent):
    reviewed = write(5, name="Sara Karimi", comment="Great service", reasons=["delivery"])
    moderation.publish_reply(reviewed.pk, by=agent, html="<p>Thank you!</p>")
    persian = write(4, language="fa", name="سارا کریمی", comment="عالی بود")
    invitation, customer = reviewed.invitation, reviewed.customer
    documents = {
        "en page": page(client),
        "fa page": page(client, "/fa/reviews/"),
        "en api": api(client).content.decode(),
        "fa api": api(client, locale="fa").content.decode(),
    }
    secrets = [
        customer.email,
        customer.storefront_id,
        invitation.storefront_order_id,
        persian.customer.email,
        persian.invitation.storefront_order_id,
        "Karimi",
        "کریمی",
        "Blue mug",  # the order's items are not shown either
    ]
    for where, text in documents.items():
        for secret in secrets:
            assert secret not in text, (where, secret)
            assert secret not in unescape(text), (where, secret)
    assert "Sara K." in documents["en page"] and '"author": "Sara K."' in documents["en api"]
    assert "سارا ک." in documents["fa page"]
    assert "Verified purchase" in documents["en page"]
    assert all(r["verified_purchase"] for r in json.loads(documents["en api"])["results"])


@pytest.mark.parametrize("name", ["sara@mail.example", "+98 912 345 6789", ""])
def test_a_name_that_is_contact_details_or_empty_is_not_shown(client, home, write, name):
    write(4, name=name, comment="ok")
    html = page(client)
    assert "A customer" in html
    if name:
        assert name not in html


# Ratings -----------------------------------------------------------------------------------


@pytest.fixture
def nps_only_survey(locales):
    return make_survey(locales["en"], title="NPS only", ask_csat=False, ask_nps=True)


@pytest.fixture
def rated(write, nps_only_survey):
    """Known data: 5, 5, 5, 4, 2, 1 stars (average 3.67) and one review with only an NPS score."""
    made = [
        write(stars, comment=f"{stars} stars", days_ago=index)
        for index, stars in enumerate([5, 5, 5, 4, 2, 1])
    ]
    made.append(write(None, comment="Only a recommendation", survey=nps_only_survey, days_ago=10))
    return made


def test_average_and_distribution_come_from_one_query(rated, django_assert_num_queries):
    with django_assert_num_queries(1):
        summary = reviews.rating_summary("en")
    assert (summary.reviews, summary.ratings) == (7, 6)
    assert summary.average == pytest.approx(22 / 6)
    assert summary.distribution == {5: 3, 4: 1, 3: 0, 2: 1, 1: 1}
    assert reviews.rating_summary("fa").ratings == 0


def test_summary_on_the_page_and_in_the_api(client, home, rated):
    html = page(client)
    assert "3.7" in html and "based on 6 ratings" in html
    assert '<meter class="rating-bar__meter" min="0" max="100" value="50"' in html  # 3 of 6 are 5 stars
    assert 'href="?rating=5"' in html and 'href="?rating=3"' not in html  # nothing to filter to
    summary = api(client).json()["summary"]
    assert summary == {
        "reviews": 7,
        "ratings": 6,
        "average": 3.67,
        "distribution": [
            {"rating": 5, "count": 3},
            {"rating": 4, "count": 1},
            {"rating": 3, "count": 0},
            {"rating": 2, "count": 1},
            {"rating": 1, "count": 1},
        ],
    }


def test_a_review_with_only_a_recommendation_score_is_listed_without_stars(client, home, rated):
    nps_only = rated[-1]
    html = page(client)
    item = html.split(f'id="review-{nps_only.pk}"', 1)[1].split("</li>", 1)[0]
    assert "Only a recommendation" in item and "★" not in item and "Rated" not in item
    assert "recommend" not in item.replace("Only a recommendation", "")  # the score itself stays internal
    assert [r["rating"] for r in api(client).json()["results"]][-1] is None
    assert len(json_ld(html)["review"]) == 6  # a schema.org Review needs a rating


def test_stars_have_a_text_alternative(client, home, write):
    write(4, comment="Good")
    html = page(client)
    assert (
        '<span class="stars" aria-hidden="true">★★★★☆</span>'
        '<span class="visually-hidden">Rated 4 out of 5</span>' in html
    )
    assert "Average rating 4.0 out of 5" in html


def test_rating_filter_narrows_the_list_but_not_the_summary(client, home, rated):
    html = page(client, rating=5)
    assert review_ids(html) == [r.pk for r in rated[:3]]
    assert 'aria-current="true"' in html and "Reviews with 5 stars" in html and "Show all reviews" in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "based on 6 ratings" in html
    data = api(client, rating=1).json()
    assert [r["id"] for r in data["results"]] == [rated[5].pk]
    assert (data["rating"], data["total"], data["summary"]["ratings"]) == (1, 1, 6)
    assert api(client, rating=3).json()["results"] == []
    assert "No reviews with this rating yet." in page(client, rating=3)


# Pagination and bad parameters -------------------------------------------------------------


def test_pages_of_twenty_newest_first_with_prev_and_next_links(client, home, write):
    made = [write(4 if i % 2 else 5, days_ago=i) for i in range(reviews.PER_PAGE + 3)]
    newest_first = [r.pk for r in made]
    first = page(client)
    assert review_ids(first) == newest_first[: reviews.PER_PAGE]
    assert 'rel="next"' in first and 'href="/reviews/?page=2"' in first and 'rel="prev"' not in first
    second = page(client, page=2)
    assert review_ids(second) == newest_first[reviews.PER_PAGE :]
    assert 'href="/reviews/" rel="prev"' in second and 'rel="next"' not in second
    assert "Page 2 of 2" in second
    assert '<link rel="canonical" href="http://testserver/reviews/?page=2">' in second
    data = api(client, page=2, page_size=10).json()
    assert (data["page"], data["pages"], data["total"]) == (2, 3, 23)
    assert [r["id"] for r in data["results"]] == newest_first[10:20]
    fives = page(client, rating=5)
    assert len(review_ids(fives)) == 12 and 'rel="next"' not in fives


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "99"},
        {"page": "1e9"},
        {"page": "٢"},
        {"rating": "6"},
        {"rating": "0"},
        {"rating": "five"},
        {"review": "abc"},
    ],
)
def test_bad_parameters_show_the_first_page(client, home, write, params):
    made = write(5, comment="Only one")
    html = page(client, **params)
    assert review_ids(html) == [made.pk]
    assert "Reviews with" not in html


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"page": "0"}, "page", "greater than or equal to 1"),
        ({"page": "abc"}, "page", "valid integer"),
        ({"page": "3"}, "page", "Page 3 does not exist; there are 1."),
        ({"rating": "6"}, "rating", "less than or equal to 5"),
        ({"rating": "good"}, "rating", "valid integer"),
        ({"page_size": "500"}, "page_size", "less than or equal to 50"),
        ({"locale": "de"}, "locale", "Unknown locale “de”; use one of: en, fa."),
    ],
)
def test_api_refuses_bad_parameters_with_422(client, write, params, field, message):
    write(5)
    response = api(client, **params)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", field]
    assert message in error["msg"]


# Persian -----------------------------------------------------------------------------------


def test_persian_page_is_right_to_left_with_jalali_dates_and_persian_digits(client, home, write):
    review = write(5, language="fa", name="سارا کریمی", comment="خیلی خوب بود", reasons=["delivery"])
    Response.objects.filter(pk=review.pk).update(
        submitted_at=timezone.make_aware(timezone.datetime(2025, 3, 21, 12))
    )
    write(3, language="fa", name="رضا احمدی", days_ago=400)
    html = page(client, "/fa/reviews/")
    assert '<html lang="fa" dir="rtl">' in html
    assert "Vazirmatn-Regular" in html  # the Persian webfont is preloaded
    assert "۱ فروردین ۱۴۰۴" in html  # 21 March 2025 is Nowruz, 1 Farvardin 1404
    assert 'datetime="2025-03-21"' in html
    assert "۴٫۰" in html  # average (5 + 3) / 2, Persian digits and decimal separator
    assert "ارسال و تحویل" in html  # the reason as the customer saw it
    assert 'href="/reviews/" hreflang="en"' in html  # the language switch leads to English reviews
    english = page(client)
    assert "خیلی خوب بود" not in english and 'href="/fa/reviews/" hreflang="fa"' in english


# schema.org, sitemap, site links -----------------------------------------------------------


def test_json_ld_describes_the_shop_with_its_aggregate_rating_and_reviews(client, home, write, agent):
    first = write(5, name="Sara Karimi", comment="Mail me at sara@mail.example", days_ago=1)
    write(3, name="Reza Ahmadi", comment="", days_ago=2)
    data = json_ld(page(client))
    assert data["@context"] == "https://schema.org"
    assert (data["@type"], data["name"]) == ("Organization", home.get_site().site_name)
    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 4.0,
        "bestRating": 5,
        "worstRating": 1,
        "ratingCount": 2,
        "reviewCount": 2,
    }
    top = data["review"][0]
    assert top["@type"] == "Review"
    assert top["author"] == {"@type": "Person", "name": "Sara K."}
    assert top["reviewRating"]["ratingValue"] == 5
    assert top["reviewBody"] == "Mail me at [email hidden]"
    assert top["datePublished"] == timezone.localdate(first.published_at).isoformat()
    assert "reviewBody" not in data["review"][1]  # no empty bodies


def test_sitemap_lists_the_reviews_page_of_each_language_that_has_reviews(client, home, write):
    write(5, language="fa", name="سارا کریمی")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/fa/reviews/" in sitemap
    assert "<loc>http://testserver/reviews/</loc>" not in sitemap


def test_every_page_links_to_the_reviews(client, home):
    assert 'href="/reviews/"' in client.get("/").content.decode()
    assert 'href="/fa/reviews/"' in client.get("/fa/").content.decode()


def test_only_get_and_head(client, home):
    assert client.post("/reviews/").status_code == 405


# Cost --------------------------------------------------------------------------------------


def test_a_full_page_costs_a_fixed_number_of_queries(
    client, home, write, agent, django_assert_max_num_queries
):
    for index in range(reviews.PER_PAGE + 5):
        made = write(
            index % 5 + 1, comment=f"Review {index}", reasons=["delivery", "packaging"], days_ago=index
        )
        if index % 2:
            moderation.publish_reply(made.pk, by=agent, html=f"<p>Reply {index}</p>")
    client.get("/reviews/")  # settles Wagtail's site lookup cache, as any running site has
    # The summary, the page of reviews, their reasons: three whatever the page's size; then serving a
    # help home's route as Wagtail serves any page (site, locale, page, its specific type, aliases,
    # view restrictions, the page's locale) and the translations named in hreflang (two).
    with django_assert_max_num_queries(12):
        html = page(client)
    assert len(review_ids(html)) == reviews.PER_PAGE and html.count("Our reply") == 10
    with CaptureQueriesContext(connection) as queries:
        data = api(client).json()
    assert len(queries) <= 4  # the aggregate, the page, its reasons; the site (for the reviews' address)
    assert len(data["results"]) == reviews.PER_PAGE
    assert all(len(r["reasons"]) == 2 for r in data["results"])


def test_the_api_is_described_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/reviews"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"locale", "rating", "page", "page_size"}
    assert {"200", "422"} <= set(operation["responses"])
