"""Reports → Search: top, unanswered and unopened queries, recurring questions, and "write an article"."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from helpcenter.models import ArticlePage
from helpcenter.search.insights import group_similar
from helpcenter.search.models import SearchEvent
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

REPORT = "/admin/reports/search/"


def searched(query, times=1, language="en", results=3, low=False, clicked=None, helpful=None, days_ago=0):
    for _ in range(times):
        event = SearchEvent.objects.create(
            query=query,
            language=language,
            result_count=results,
            low_confidence=low,
            clicked_page=clicked,
            rated_helpful=helpful,
        )
        SearchEvent.objects.filter(pk=event.pk).update(created_at=timezone.now() - timedelta(days=days_ago))


@pytest.fixture
def searches(home):
    delivery = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    parcel = ArticlePageFactory(parent=delivery, title="Where is my parcel?", summary="Track your parcel.")
    searched("where is my parcel", 5, clicked=parcel, helpful=True)
    searched("where is my parcel", 2)
    searched("student discount", 4, results=0, low=True)
    searched("student discounts code", 1, results=2, low=True)
    searched("gift wrap", 3)  # results shown, never opened
    searched("<script>alert(1)</script>", 1, results=0)
    searched("خرید قسطی", 2, language="fa", results=0)
    searched("old question", 9, results=0, days_ago=60)  # outside the default 30 days
    return {"delivery": delivery, "parcel": parcel}


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.com", "pw"))
    return client


def rows(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("#search-report tbody tr")
    ]


def test_top_queries_with_what_followed(editor_client, searches):
    table = rows(editor_client.get(REPORT))
    assert table[0][:7] == ["where is my parcel", "en", "7", "0", "5", "5", "0"]
    assert "old question" not in [row[0] for row in table]
    assert "old question" in [row[0] for row in rows(editor_client.get(REPORT, {"days": 90}))]


def test_no_answer_lists_empty_and_low_confidence_searches_escaped(editor_client, searches):
    response = editor_client.get(REPORT, {"tab": "answerless"})
    queries = [row[0] for row in rows(response)]
    assert queries[:2] == ["student discount", "خرید قسطی"]
    assert "student discounts code" in queries and "where is my parcel" not in queries
    assert b"<script>alert(1)</script>" not in response.content
    assert [row[0] for row in rows(editor_client.get(REPORT, {"tab": "answerless", "language": "fa"}))] == [
        "خرید قسطی"
    ]


def test_results_nobody_opens(editor_client, searches):
    assert [row[0] for row in rows(editor_client.get(REPORT, {"tab": "unclicked"}))] == ["gift wrap"]


def test_recurring_unanswered_questions_are_grouped(editor_client, searches):
    table = rows(editor_client.get(REPORT, {"tab": "groups"}))
    student = next(row for row in table if row[0] == "student discount")
    assert student[2] == "5" and "student discounts code (1)" in student[3]


def test_grouping_forgives_typos_and_inflections_but_keeps_languages_apart():
    groups = group_similar(
        [
            ("how long is a refund", "en", 5),
            ("refund time", "en", 3),
            ("refnud how long", "en", 2),
            ("where is my parcel", "en", 9),
            ("سفارشم کجاست", "fa", 3),
            ("سفارش کجاست", "fa", 2),
        ]
    )
    summary = {(group.language, group.label): group.searches for group in groups}
    assert summary == {
        ("en", "how long is a refund"): 10,
        ("en", "where is my parcel"): 9,
        ("fa", "سفارشم کجاست"): 5,
    }


def test_csv_export_neutralises_spreadsheet_formulas(editor_client, searches):
    searched('=HYPERLINK("http://evil")', 1, results=0)
    response = editor_client.get(REPORT, {"tab": "answerless", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert "'=HYPERLINK" in body and "\n=HYPERLINK" not in body


def test_write_an_article_starts_a_draft_in_the_topic_of_the_best_match(editor_client, searches):
    response = editor_client.post(
        reverse("helpcenter_search_reports:draft"), {"query": "parcel arrived late", "language": "en"}
    )
    draft = ArticlePage.objects.get(title="Parcel arrived late")
    assert response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=[draft.pk]
    )
    assert draft.live is False and draft.get_parent().pk == searches["delivery"].pk
    assert draft.latest_revision is not None and "parcel arrived late" in draft.summary


def test_write_an_article_in_persian_goes_to_a_persian_topic(editor_client, searches, persian_home):
    persian_topic = CategoryPageFactory(
        parent=persian_home, title="پرداخت", slug="pardakht", locale=persian_home.locale
    )
    editor_client.post(reverse("helpcenter_search_reports:draft"), {"query": "خرید قسطی", "language": "fa"})
    draft = ArticlePage.objects.get(title="خرید قسطی")
    assert (
        draft.locale == Locale.objects.get(language_code="fa") and draft.get_parent().pk == persian_topic.pk
    )


def test_write_an_article_refuses_bad_input_and_get(editor_client, searches):
    count = ArticlePage.objects.count()
    assert editor_client.get(reverse("helpcenter_search_reports:draft")).status_code == 405
    editor_client.post(reverse("helpcenter_search_reports:draft"), {"query": "  ", "language": "en"})
    editor_client.post(reverse("helpcenter_search_reports:draft"), {"query": "x", "language": "de"})
    bounced = editor_client.post(
        reverse("helpcenter_search_reports:draft"), {"query": "", "language": "en", "next": "https://evil"}
    )
    assert bounced.status_code == 302 and bounced["Location"] == REPORT  # never off-site
    assert ArticlePage.objects.count() == count


def test_visitors_and_editors_without_page_rights_cannot_see_or_draft(client, django_user_model, searches):
    response = client.get(REPORT)
    assert response.status_code == 302 and "login" in response["Location"]
    reader = django_user_model.objects.create_user("reader", "reader@example.com", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    assert client.get(REPORT).status_code in (302, 403)
    count = ArticlePage.objects.count()
    response = client.post(
        reverse("helpcenter_search_reports:draft"), {"query": "gift wrap", "language": "en"}
    )
    assert response.status_code in (302, 403) and ArticlePage.objects.count() == count


def test_report_counts_widget_searches_clicks_and_contacts_beside_the_sites(editor_client, searches):
    parcel = searches["parcel"]
    for clicked, contacted in [(parcel, False), (None, True), (None, False)]:
        SearchEvent.objects.create(
            query="parcel late",
            language="en",
            result_count=2,
            channel="widget",
            clicked_page=clicked,
            contacted=contacted,
        )
    response = editor_client.get(REPORT)
    soup = BeautifulSoup(response.content, "html.parser")
    figures = {
        row["data-channel"]: [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select("#search-channels tbody tr")
    }
    # searches, no answer, opened a result, rated helpful, contacted
    assert figures["widget"] == ["3", "0", "1", "0", "1"]
    assert figures["site"] == ["18", "8", "5", "5", "0"]
    assert figures["api"] == ["0", "0", "0", "0", "0"]
    assert "Storefront widget" in soup.select_one("#search-channels").get_text() or "storefront widget" in (
        soup.select_one("#search-channels").get_text()
    )
    only_widget = rows(editor_client.get(REPORT + "?channel=widget"))
    assert [row[0] for row in only_widget] == ["parcel late"]
