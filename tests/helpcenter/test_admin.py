"""The editors' admin for help articles: the listing, the feedback reports and who may see them."""

import csv
import io
import re
from datetime import timedelta
from itertools import count, pairwise

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale

from helpcenter.models import ArticleFeedback, ArticlePage, CategoryPage
from home.demo import build_site

LISTING_URL = "/admin/help-articles/"
FEEDBACK_URL = "/admin/reports/help/feedback/"
ATTENTION_URL = "/admin/reports/help/attention/"

_visitors = count()


@pytest.fixture(autouse=True)
def thresholds(settings):
    settings.HELPCENTER_UNHELPFUL_MIN_VOTES = 3
    settings.HELPCENTER_UNHELPFUL_RATIO = 0.5
    settings.HELPCENTER_REVIEW_AFTER_DAYS = 180


@pytest.fixture
def home(db):
    return build_site()


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def category(parent, title, slug):
    return publish_child(parent, CategoryPage(title=title, slug=slug))


def article(parent, title, slug, **fields):
    return publish_child(
        parent,
        ArticlePage(
            title=title,
            slug=slug,
            summary=f"About {title}.",
            body=[{"type": "paragraph", "value": "<p>x</p>"}],
            **fields,
        ),
    )


def vote(article, helpful, comment="", days_ago=0):
    feedback = ArticleFeedback.objects.create(
        article=article, helpful=helpful, comment=comment, visitor=f"visitor-{next(_visitors)}"
    )
    if days_ago:
        ArticleFeedback.objects.filter(pk=feedback.pk).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
    return feedback


@pytest.fixture
def articles(home):
    """Four articles, one of each kind the filters tell apart."""
    today = timezone.localdate()
    delivery = category(home, "Delivery", "delivery")
    tracking = category(delivery, "Tracking", "tracking")
    returns = category(home, "Returns", "returns")
    persian_home = home.get_translation(Locale.objects.get(language_code="fa"))
    persian_delivery = category(persian_home, "ارسال", "ersal")

    # Helpful: 2 of 3 votes, reviewed today, in a section of Delivery.
    track = article(tracking, "Track your parcel", "track", stage="delivery", last_reviewed=today)
    vote(track, True, days_ago=3)
    vote(track, True, days_ago=40)
    vote(track, False, comment="Tracking link broken", days_ago=45)

    # Unhelpful: 1 of 5 votes, never reviewed.
    gift = article(returns, "Return a gift", "gift", stage="returns")
    vote(gift, True, days_ago=1)
    vote(gift, False, comment="Too long", days_ago=2)
    vote(gift, False, days_ago=5)
    vote(gift, False, comment="<script>alert(1)</script>", days_ago=10)
    vote(gift, False, days_ago=35)

    # No votes, reviewed too long ago, no stage.
    address = article(delivery, "Change your address", "address", last_reviewed=today - timedelta(days=400))

    # Persian, one vote: too few to tell.
    persian = article(persian_delivery, "پیگیری مرسوله", "peygiri", stage="delivery", last_reviewed=today)
    vote(persian, True, days_ago=2)

    return {
        "track": track,
        "gift": gift,
        "address": address,
        "persian": persian,
        "delivery": delivery,
        "returns": returns,
    }


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "password")


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


def listed_titles(response):
    assert response.status_code == 200
    return {page.title for page in response.context["object_list"]}


def row_html(html, title):
    """The table row mentioning ``title``."""
    rows = [row for row in re.split(r"<tr[\s>]", html) if title in row]
    assert len(rows) == 1, f"{len(rows)} rows mention {title!r}"
    return rows[0]


def cell_text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --- The listing --------------------------------------------------------------------------


def test_listing_shows_every_article_with_its_figures(superuser_client, articles):
    response = superuser_client.get(LISTING_URL)

    assert listed_titles(response) == {
        "Track your parcel",
        "Return a gift",
        "Change your address",
        "پیگیری مرسوله",
    }
    shares = {page.title: page.helpful_share for page in response.context["object_list"]}
    assert shares["Track your parcel"] == pytest.approx(2 / 3)
    assert shares["Return a gift"] == pytest.approx(0.2)
    assert shares["Change your address"] is None

    html = response.content.decode()
    track = cell_text(row_html(html, "Track your parcel"))
    assert "67%" in track
    assert "Delivery" in track  # the top-level category, not the "Tracking" section
    assert "Tracking" not in track
    assert "Delivery" in track and "English" in track
    gift = cell_text(row_html(html, "Return a gift"))
    assert "20%" in gift and "Unhelpful" in gift
    assert "Never" in gift and "Review due" in gift
    assert "Returns" in gift


def test_listing_annotates_instead_of_querying_per_row(
    superuser_client, articles, django_assert_max_num_queries
):
    superuser_client.get(LISTING_URL)  # warm caches (content types, locales)
    with django_assert_max_num_queries(60) as few:
        superuser_client.get(LISTING_URL)
    for n in range(4):
        parent = articles["returns"]
        extra = article(parent, f"Extra {n}", f"extra-{n}")
        vote(extra, False)
    with django_assert_max_num_queries(len(few.captured_queries)) as more:
        superuser_client.get(LISTING_URL)
    assert len(more.captured_queries) <= len(few.captured_queries)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"helpfulness": "unhelpful"}, {"Return a gift"}),
        ({"helpfulness": "helpful"}, {"Track your parcel"}),
        ({"helpfulness": "few"}, {"پیگیری مرسوله"}),
        ({"helpfulness": "none"}, {"Change your address"}),
        ({"review": "due"}, {"Return a gift", "Change your address"}),
        ({"review": "done"}, {"Track your parcel", "پیگیری مرسوله"}),
        ({"stage": "delivery"}, {"Track your parcel", "پیگیری مرسوله"}),
        ({"stage": "none"}, {"Change your address"}),
        ({"locale": "fa"}, {"پیگیری مرسوله"}),
        ({"locale": "en", "stage": "delivery"}, {"Track your parcel"}),
        ({"review": "due", "helpfulness": "none"}, {"Change your address"}),
    ],
)
def test_listing_filters_narrow_the_rows(superuser_client, articles, query, expected):
    assert listed_titles(superuser_client.get(LISTING_URL, query)) == expected


def test_listing_filters_by_top_level_category(superuser_client, articles):
    delivery = articles["delivery"].pk
    response = superuser_client.get(LISTING_URL, {"category": delivery})
    # The section's article and the category's own article, not the other category's.
    assert listed_titles(response) == {"Track your parcel", "Change your address"}

    response = superuser_client.get(LISTING_URL, {"category": [delivery, articles["returns"].pk]})
    assert listed_titles(response) == {"Track your parcel", "Change your address", "Return a gift"}


def test_review_filter_draws_the_line_where_the_article_does(superuser_client, home):
    topic = category(home, "Account", "account")
    today = timezone.now().date()
    on_time = article(topic, "On time", "on-time", last_reviewed=today - timedelta(days=180))
    late = article(topic, "Late", "late", last_reviewed=today - timedelta(days=181))
    assert (on_time.needs_review(), late.needs_review()) == (False, True)

    assert listed_titles(superuser_client.get(LISTING_URL, {"review": "due"})) == {"Late"}
    assert listed_titles(superuser_client.get(ATTENTION_URL)) == {"Late"}


def test_category_filter_offers_only_top_level_categories(superuser_client, articles):
    response = superuser_client.get(LISTING_URL)
    choices = response.context["filters"].form.fields["category"].queryset
    assert {c.title for c in choices} == {"Delivery", "Returns", "ارسال"}


def test_listing_sorts_by_helpful_share(superuser_client, articles):
    response = superuser_client.get(LISTING_URL, {"ordering": "-votes"})
    assert [page.title for page in response.context["object_list"]][:2] == [
        "Return a gift",
        "Track your parcel",
    ]


@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        (LISTING_URL, {"helpfulness": "unhelpful"}, {"Return a gift"}),
        (FEEDBACK_URL, {"locale": "fa"}, {"پیگیری مرسوله"}),
        (ATTENTION_URL, {"reason": "review"}, {"Return a gift", "Change your address"}),
    ],
)
def test_results_fragments_serve_filtered_rows(superuser_client, articles, url, query, expected):
    # What the admin fetches when a filter changes.
    response = superuser_client.get(url + "results/", query)
    assert listed_titles(response) == expected
    assert b"<html" not in response.content


@pytest.mark.search
def test_listing_search_combines_with_filters(superuser_client, articles, search_backend):
    search_backend.refresh_indexes()
    response = superuser_client.get(LISTING_URL, {"q": "gift"})
    assert listed_titles(response) == {"Return a gift"}
    response = superuser_client.get(LISTING_URL, {"q": "gift", "helpfulness": "helpful"})
    assert listed_titles(response) == set()
    response = superuser_client.get(LISTING_URL, {"q": "gift", "review": "due", "stage": "returns"})
    assert listed_titles(response) == {"Return a gift"}
    response = superuser_client.get(LISTING_URL, {"q": "parcel", "category": articles["delivery"].pk})
    assert listed_titles(response) == {"Track your parcel"}
    response = superuser_client.get(LISTING_URL, {"q": "parcel", "category": articles["returns"].pk})
    assert listed_titles(response) == set()


def test_help_articles_menu_item_is_in_the_admin_menu(superuser_client, articles):
    html = superuser_client.get("/admin/").content.decode()
    assert LISTING_URL in html
    assert "Help articles" in html
    assert FEEDBACK_URL in html
    assert ATTENTION_URL in html


# --- The feedback report ------------------------------------------------------------------


def test_feedback_report_counts_votes_and_trend(superuser_client, articles):
    response = superuser_client.get(FEEDBACK_URL)
    assert response.status_code == 200
    rows = {page.title: page for page in response.context["object_list"]}
    # Articles without votes are left out.
    assert set(rows) == {"Track your parcel", "Return a gift", "پیگیری مرسوله"}

    gift = rows["Return a gift"]
    assert (gift.helpful_votes, gift.unhelpful_votes) == (1, 4)
    assert gift.helpful_share == pytest.approx(0.2)
    assert (gift.recent_votes, gift.previous_votes, gift.trend) == (4, 1, 3)
    assert gift.comment_count == 2

    track = rows["Track your parcel"]
    assert (track.helpful_votes, track.unhelpful_votes) == (2, 1)
    assert (track.recent_votes, track.previous_votes, track.trend) == (1, 2, -1)
    assert track.comment_count == 1

    html = response.content.decode()
    gift_row = cell_text(row_html(html, "Return a gift"))
    assert "↑" in gift_row and "+3" in gift_row
    assert "20%" in gift_row
    track_row = cell_text(row_html(html, "Track your parcel"))
    assert "↓" in track_row and "-1" in track_row
    detail_url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    assert f'href="{detail_url}"' in row_html(html, "Return a gift")


def test_feedback_report_lists_most_unhelpful_first_and_filters(superuser_client, articles):
    response = superuser_client.get(FEEDBACK_URL)
    assert response.context["object_list"][0].title == "Return a gift"

    response = superuser_client.get(FEEDBACK_URL, {"locale": "fa"})
    assert listed_titles(response) == {"پیگیری مرسوله"}
    response = superuser_client.get(FEEDBACK_URL, {"category": articles["delivery"].pk})
    assert listed_titles(response) == {"Track your parcel"}


def test_feedback_report_exports_csv(superuser_client, articles):
    response = superuser_client.get(FEEDBACK_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="article-feedback.csv"' in response["Content-Disposition"]

    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    by_title = {row["Article"]: row for row in rows}
    assert set(by_title) == {"Track your parcel", "Return a gift", "پیگیری مرسوله"}
    gift = by_title["Return a gift"]
    assert gift["Yes"] == "1"
    assert gift["No"] == "4"
    assert gift["Helpful %"] == "20.0"
    assert gift["Votes, last 30 days"] == "4"
    assert gift["Votes, 30 days before"] == "1"
    assert gift["Trend"] == "3"
    assert gift["Comments"] == "2"
    assert gift["Category"] == "Returns"
    assert gift["Feedback page"].endswith(
        reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    )


def test_feedback_report_exports_xlsx(superuser_client, articles):
    response = superuser_client.get(FEEDBACK_URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_feedback_detail_escapes_comments_and_lists_newest_first(superuser_client, articles):
    url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    response = superuser_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # Newest first: "Too long" (2 days ago) before the script (10 days ago).
    assert html.index("Too long") < html.index("&lt;script&gt;")
    # Comments only: votes without a comment are not listed as comments.
    assert [f.comment for f in response.context["comments"]] == ["Too long", "<script>alert(1)</script>"]

    totals = response.context["totals"]
    assert (totals["helpful_votes"], totals["unhelpful_votes"], totals["comment_count"]) == (1, 4, 2)
    assert (totals["recent_votes"], totals["previous_votes"]) == (4, 1)


def test_feedback_detail_pages_through_many_comments(superuser_client, articles):
    gift = articles["gift"]
    for n in range(60):
        vote(gift, False, comment=f"Comment number {n}")
    url = reverse("helpcenter_reports:feedback_detail", args=[gift.pk])

    first = superuser_client.get(url)
    assert len(first.context["comments"].object_list) == 50
    assert 'href="?p=2"' in first.content.decode()
    second = superuser_client.get(url, {"p": 2})
    assert len(second.context["comments"].object_list) == 62 - 50


def test_feedback_detail_weekly_table_covers_twelve_weeks(superuser_client, articles):
    url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    weeks = superuser_client.get(url).context["weeks"]

    assert len(weeks) == 12
    assert weeks[-1]["current"]
    assert all(later["start"] - earlier["start"] == timedelta(weeks=1) for earlier, later in pairwise(weeks))
    assert weeks[-1]["start"].weekday() == 0
    # Every vote of the last 12 weeks is counted once, in the right column.
    assert sum(week["yes"] for week in weeks) == 1
    assert sum(week["no"] for week in weeks) == 4


def test_feedback_detail_of_an_unknown_article_is_404(superuser_client, articles):
    response = superuser_client.get(reverse("helpcenter_reports:feedback_detail", args=[999999]))
    assert response.status_code == 404


# --- The "Needs attention" report ---------------------------------------------------------


def test_needs_attention_lists_unhelpful_and_stale_articles_with_reasons(superuser_client, articles):
    response = superuser_client.get(ATTENTION_URL)
    assert listed_titles(response) == {"Return a gift", "Change your address"}

    html = response.content.decode()
    gift = cell_text(row_html(html, "Return a gift"))
    assert "Unhelpful: 1 of 5 votes said it helped (20%)" in gift
    assert "Never reviewed" in gift
    address = cell_text(row_html(html, "Change your address"))
    assert "Not reviewed for 400 days" in address
    assert "Unhelpful" not in address

    response = superuser_client.get(ATTENTION_URL, {"reason": "unhelpful"})
    assert listed_titles(response) == {"Return a gift"}


def test_needs_attention_follows_the_settings(superuser_client, articles, settings):
    settings.HELPCENTER_REVIEW_AFTER_DAYS = 500
    settings.HELPCENTER_UNHELPFUL_MIN_VOTES = 10
    response = superuser_client.get(ATTENTION_URL)
    # Only the never-reviewed article is left.
    assert listed_titles(response) == {"Return a gift"}
    gift = cell_text(row_html(response.content.decode(), "Return a gift"))
    assert "Unhelpful" not in gift


# --- Who may see it -----------------------------------------------------------------------

ADMIN_URLS = [LISTING_URL, FEEDBACK_URL, ATTENTION_URL]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_anonymous_visitors_are_sent_to_the_admin_login(client, articles, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_anonymous_visitors_cannot_read_comments(client, articles):
    url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("url", [*ADMIN_URLS, "detail"])
def test_users_without_admin_access_are_turned_away(client, django_user_model, articles, url):
    user = django_user_model.objects.create_user("visitor", "visitor@example.com", "password")
    client.force_login(user)
    if url == "detail":
        url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    response = client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert b"Tracking link broken" not in response.content


@pytest.fixture
def admin_without_page_permissions(django_user_model):
    user = django_user_model.objects.create_user("reader", "reader@example.com", "password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize("url", [*ADMIN_URLS, "detail"])
def test_admin_users_who_cannot_edit_pages_are_refused(client, admin_without_page_permissions, articles, url):
    client.force_login(admin_without_page_permissions)
    if url == "detail":
        url = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    response = client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    assert b"Tracking link broken" not in response.content


def test_menu_items_are_hidden_from_admin_users_who_cannot_edit_pages(
    client, admin_without_page_permissions, articles
):
    client.force_login(admin_without_page_permissions)
    html = client.get("/admin/").content.decode()
    assert LISTING_URL not in html
    assert FEEDBACK_URL not in html
    assert ATTENTION_URL not in html


@pytest.fixture
def returns_editor(django_user_model, articles):
    """An editor whose group may edit pages under "Returns" only."""
    user = django_user_model.objects.create_user("editor", "editor@example.com", "password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    group = Group.objects.create(name="Returns editors")
    GroupPagePermission.objects.create(
        group=group, page=articles["returns"], permission=Permission.objects.get(codename="change_page")
    )
    user.groups.add(group)
    return user


def test_editors_see_only_the_articles_they_may_edit(client, returns_editor, articles):
    client.force_login(returns_editor)

    assert listed_titles(client.get(FEEDBACK_URL)) == {"Return a gift"}
    assert listed_titles(client.get(ATTENTION_URL)) == {"Return a gift"}
    assert "Return a gift" in listed_titles(client.get(LISTING_URL))

    allowed = reverse("helpcenter_reports:feedback_detail", args=[articles["gift"].pk])
    assert client.get(allowed).status_code == 200
    refused = reverse("helpcenter_reports:feedback_detail", args=[articles["track"].pk])
    response = client.get(refused)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
