"""The shop's insight report (surveys.insights, Reports → "Customer insights"): exact figures on
known data, the period and language filters, who may see it, and its CSV export."""

import csv
import io
import json
import re
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from helpcenter.exports import spreadsheet_safe
from surveys import insights
from surveys.models import Response, ResponseReason
from surveys.services import moderation
from tests.surveys.conftest import answer

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]

# (csat, nps, reasons, what staff did, hours to first response, hours to resolution)
# Group A was submitted 14 days before "now", group B 3 days before.
GROUP_A = [
    (5, 10, [], "publish", 1, 1),
    (5, 9, [], "publish", 2, 2),
    (4, 9, ["delivery"], "publish", 3, 5),
    (4, 8, [], "reject", 4, 4),
    (3, 9, ["delivery", "packaging"], "reject", 5, 10),
]
GROUP_B = [
    (3, 6, ["slow_site"], None, None, None),
    (2, 5, ["delivery"], "assign", None, None),
    (1, 0, ["delivery", "hidden_costs"], "reject", 6, 20),
    (5, 10, [], "publish", 8, 8),
    (2, 3, ["packaging"], "reject", 10, 30),
]
HOUR = timedelta(hours=1)


def noon(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def place(response: Response, submitted: datetime, first_hours, resolved_hours) -> None:
    """Moves a response the moderation service really answered (or not) to a known time line."""
    response.refresh_from_db()
    assert (response.first_response_at is not None) == (first_hours is not None)
    assert (response.resolved_at is not None) == (resolved_hours is not None)
    Response.objects.filter(pk=response.pk).update(
        submitted_at=submitted,
        first_response_at=None if first_hours is None else submitted + first_hours * HOUR,
        resolved_at=None if resolved_hours is None else submitted + resolved_hours * HOUR,
    )


def respond(survey, agent, row, submitted, *, language="en", minute=0) -> Response:
    csat, nps, reasons, action, first_hours, resolved_hours = row
    response = answer(survey, language=language, csat=csat, nps=nps, reasons=reasons, consent="on")
    if action == "reject":
        moderation.transition(response.pk, "reject", by=agent, reason="off_topic")
    elif action:
        moderation.transition(response.pk, action, by=agent)
    place(response, submitted - minute * timedelta(minutes=1), first_hours, resolved_hours)
    return response


@pytest.fixture
def agent(support_staff):
    return support_staff("agent")


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def known(english_survey, persian_survey, agent, now):
    """Ten English responses in two weeks, two Persian ones, and an English one 40 days old."""
    week_a = noon(timezone.localdate(now - timedelta(days=14)))
    week_b = noon(timezone.localdate(now - timedelta(days=3)))
    for minute, row in enumerate(GROUP_A):
        respond(english_survey, agent, row, week_a, minute=minute)
    for minute, row in enumerate(GROUP_B):
        respond(english_survey, agent, row, week_b, minute=minute)
    for minute in range(2):
        row = (1, 0, ["delivery"], "reject", 100, 100)
        respond(persian_survey, agent, row, week_b, language="fa", minute=minute)
    old = (1, 1, ["data_security"], None, None, None)
    respond(english_survey, agent, old, noon(now.date()) - 40 * 24 * HOUR)
    return {"week_a": week_a, "week_b": week_b}


def monday(moment: datetime):
    day = timezone.localtime(moment).date()
    return day - timedelta(days=day.weekday())


# --- Figures ----------------------------------------------------------------------------------


def test_figures_on_known_data(known, now):
    report = insights.insights(days=30, language="en", now=now)
    total = report.total
    assert (total.responses, total.rated, total.satisfied) == (10, 10, 5)
    assert total.csat_percent == 50.0
    assert total.csat_average == pytest.approx(3.4)
    assert (total.nps_answers, total.promoters, total.detractors) == (10, 5, 4)
    assert (total.promoters_percent, total.detractors_percent, total.nps) == (50.0, 40.0, 10.0)
    assert total.reasons == {"delivery": 4, "packaging": 2, "slow_site": 1, "hidden_costs": 1}
    assert [total.reason_percent(key) for key, _label in report.reasons] == [40.0, 20.0, 10.0, 10.0]
    assert [label for _key, label in report.reasons] == [
        "Delivery",
        "Packaging",
        "Hidden or unannounced costs",
        "Slow site",
    ]
    # Eight answered: 1 2 3 4 | 5 6 8 10 hours, so the median falls between 4 and 5.
    assert total.first_response == timedelta(hours=4.5)
    # Eight resolved: 1 2 4 5 | 8 10 20 30 hours.
    assert total.resolution == timedelta(hours=6.5)


def test_figures_per_week(known, now):
    report = insights.insights(days=30, language="en", now=now)
    assert report.bucket == "week"
    starts = [period.start for period in report.periods]
    assert starts == sorted(starts) and all(start.weekday() == 0 for start in starts)
    assert starts[0] <= (now - timedelta(days=30)).date() and starts[-1] == monday(now)
    by_start = {period.start: period for period in report.periods}
    week_a, week_b = by_start.pop(monday(known["week_a"])), by_start.pop(monday(known["week_b"]))
    assert all(period.responses == 0 and period.nps is None for period in by_start.values())

    assert (week_a.responses, week_a.csat_percent, week_a.csat_average) == (5, 80.0, 4.2)
    assert (week_a.promoters, week_a.detractors, week_a.nps) == (4, 0, 80.0)
    assert (week_a.reason_percent("delivery"), week_a.reason_percent("packaging")) == (40.0, 20.0)
    assert (week_a.first_response, week_a.resolution) == (timedelta(hours=3), timedelta(hours=4))

    assert (week_b.responses, week_b.csat_percent, week_b.csat_average) == (5, 20.0, 2.6)
    assert (week_b.promoters, week_b.detractors, week_b.nps) == (1, 4, -60.0)
    assert week_b.reason_percent("delivery") == 40.0 and week_b.reason_percent("slow_site") == 20.0
    assert (week_b.first_response, week_b.resolution) == (timedelta(hours=8), timedelta(hours=20))


def test_both_median_paths_agree(known, now):
    """PostgreSQL's percentile_cont (what the report uses there) and the Python fallback (SQLite's
    path, run here on whichever database the suite uses) give the same medians."""
    queryset = insights.responses(30, "en", now)
    expected = (timedelta(hours=4.5), timedelta(hours=6.5))
    assert insights.python_medians(queryset, None) == {None: expected}
    by_week = insights.python_medians(queryset, "week")
    assert by_week[monday(known["week_b"])] == (timedelta(hours=8), timedelta(hours=20))
    total = insights.figures(queryset)
    assert (total.first_response, total.resolution) == expected
    periods = insights.timeline(queryset, 30, "week", now)
    assert {p.start: (p.first_response, p.resolution) for p in periods if p.responses} == by_week


def test_language_filter(known, now):
    persian = insights.insights(days=30, language="fa", now=now).total
    assert (persian.responses, persian.csat_percent, persian.nps) == (2, 0.0, -100.0)
    assert persian.first_response == timedelta(hours=100)
    everyone = insights.insights(days=30, now=now).total
    assert (everyone.responses, everyone.satisfied, everyone.promoters, everyone.detractors) == (12, 5, 5, 6)
    assert everyone.reasons["delivery"] == 6
    assert everyone.reason_percent("delivery") == 50.0


def test_period_chooses_responses_and_buckets(known, now):
    assert insights.insights(days=30, language="en", now=now).total.responses == 10
    ninety = insights.insights(days=90, language="en", now=now)
    assert ninety.bucket == "week" and ninety.total.responses == 11
    assert ninety.total.reasons["data_security"] == 1
    year = insights.insights(days=365, language="en", now=now)
    assert year.bucket == "month" and year.total.responses == 11
    assert len(year.periods) in (12, 13) and all(period.start.day == 1 for period in year.periods)
    assert sum(period.responses for period in year.periods) == 11


def test_no_responses_gives_empty_figures(locales, now):
    report = insights.insights(days=30, now=now)
    assert report.total.responses == 0 and report.total.csat_percent is None and report.total.nps is None
    assert report.total.first_response is None and report.reasons == []
    assert all(period.responses == 0 for period in report.periods)


# --- The admin page -------------------------------------------------------------------------

URL = "/admin/reports/customer-insights/"


def test_url_is_registered():
    assert reverse("surveys_insights:index") == URL


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_without_the_moderation_permission_are_refused(client, editor):
    client.force_login(editor)
    for url in (URL, URL + "?export=csv"):
        response = client.get(url)  # Wagtail turns the refusal into a redirect with a message
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "you do not have permission" in client.get("/admin/").content.decode()
    assert "customer-insights" not in client.get("/admin/").content.decode()


def test_support_staff_see_the_report(client, known, agent):
    client.force_login(agent)
    assert "customer-insights" in client.get("/admin/").content.decode()
    response = client.get(URL, {"days": 30, "language": "en"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "50.0" in html and "4.5 h" in html and "6.5 h" in html  # CSAT %, the two medians
    assert 'id="insights-csat"' in html and 'id="insights-reasons"' in html
    assert "surveys/vendor/chart.umd.min.js" in html and "surveys/insights.js" in html
    script = re.search(r'<script id="insights-data" type="application/json">(.*?)</script>', html)
    data = json.loads(script.group(1))
    assert set(data["charts"]) == {"insights-csat", "insights-nps", "insights-reasons", "insights-times"}
    nps = data["charts"]["insights-nps"]["datasets"][0]["data"]
    assert sorted(value for value in nps if value is not None) == [-60.0, 80.0]
    assert len(nps) == len(data["labels"])


def test_superusers_see_the_report(client, admin_user, known):
    client.force_login(admin_user)
    assert client.get(URL).status_code == 200


def test_unknown_options_fall_back_to_the_defaults(client, agent, locales):
    client.force_login(agent)
    response = client.get(URL, {"days": "7; DROP TABLE", "language": "<script>"})
    assert response.status_code == 200
    assert (response.context["days"], response.context["language"]) == (insights.DEFAULT_PERIOD, "")
    assert "No survey responses in the last 90 days." in response.content.decode()


def test_csv_export_holds_the_report_figures(client, known, agent, now):
    client.force_login(agent)
    response = client.get(URL, {"days": 30, "language": "en", "export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="survey-insights-30d-en.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    total = rows[-1]
    assert total["period_start"] == "total"
    assert {key: total[key] for key in ("responses", "csat_percent", "csat_average", "nps")} == {
        "responses": "10",
        "csat_percent": "50.0",
        "csat_average": "3.4",
        "nps": "10.0",
    }
    assert (total["median_first_response_hours"], total["median_resolution_hours"]) == ("4.5", "6.5")
    assert (total["reason_delivery_percent"], total["reason_slow_site_percent"]) == ("40.0", "10.0")
    week_b = next(row for row in rows if row["period_start"] == monday(known["week_b"]).isoformat())
    assert week_b["nps"] == "-60.0"  # a negative number stays a number, not quoted text
    empty = next(row for row in rows[:-1] if row["responses"] == "0")
    assert empty["csat_percent"] == "" and empty["median_first_response_hours"] == ""


def test_csv_export_cannot_carry_a_formula(client, known, agent):
    response = Response.objects.filter(language="en").first()
    ResponseReason.objects.create(response=response, key="=HYPERLINK(evil)", label="@SUM(1)")
    client.force_login(agent)
    content = client.get(URL, {"days": 30, "export": "csv"}).content.decode()
    for row in csv.reader(io.StringIO(content)):
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)
        assert not any(cell.startswith("-") and not re.fullmatch(r"-[\d.]+", cell) for cell in row)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("delivery", "delivery"),
        (-60.0, -60.0),
        (3, 3),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def test_vendored_chart_js_is_the_pinned_version():
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["chart.js"]
    vendored = ROOT / "surveys" / "static" / "surveys" / "vendor" / "chart.umd.min.js"
    header = vendored.read_text()[:200]
    assert f"Chart.js v{pinned}" in header and "MIT License" in header
