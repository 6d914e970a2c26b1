"""Reports → "Customer insights": CSAT, NPS, complaint reasons and response times over time.

A thin view over surveys.insights: it parses the period and language, renders the figures as
tables with charts drawn over them (Chart.js, from json_script data: no inline script), and
exports the same figures as CSV.
"""

import csv
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from helpcenter.exports import spreadsheet_safe

from . import insights
from .services.moderation import can_moderate

CHARTED_REASONS = 5


def hours(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 3600, 2)


def duration_label(value: timedelta | None) -> str:
    if value is None:
        return "–"
    minutes = value.total_seconds() / 60
    if minutes < 60:
        return _("%(minutes)d min") % {"minutes": round(minutes)}
    if minutes < 48 * 60:
        return _("%(hours).1f h") % {"hours": minutes / 60}
    return _("%(days).1f days") % {"days": minutes / 60 / 24}


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


class InsightsReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "surveys/admin/insights/report.html"
    page_title = gettext_lazy("Customer insights")
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": reverse("surveys_insights:index"), "label": self.get_page_title()},
        ]

    def get_options(self) -> dict:
        params = self.request.GET
        valid_days = {str(days) for days in insights.PERIODS}
        days = int(params["days"]) if params.get("days", "") in valid_days else insights.DEFAULT_PERIOD
        language = params.get("language", "")
        return {"days": days, "language": language if language in insights.languages() else ""}

    def get(self, request, *args, **kwargs):
        self.options = self.get_options()
        self.report = insights.insights(**self.options)
        if request.GET.get("export") == "csv":
            return self.export()
        return super().get(request, *args, **kwargs)

    def period_label(self, start) -> str:
        if self.report.bucket == "week":
            return date_format(start, "MONTH_DAY_FORMAT")
        return date_format(start, "YEAR_MONTH_FORMAT")

    def chart_data(self) -> dict:
        """What insights.js draws: one entry per <canvas>, every string already translated."""
        periods = self.report.periods
        labels = [self.period_label(period.start) for period in periods]
        # xgettext:no-python-format
        percent = {"min": 0, "max": 100, "title": _("% of responses")}
        return {
            "labels": labels,
            "charts": {
                "insights-csat": {
                    "type": "line",
                    "datasets": [
                        {
                            # xgettext:no-python-format
                            "label": _("CSAT (% rating 4 or 5)"),
                            "data": [_rounded(p.csat_percent) for p in periods],
                            "axis": "y",
                        },
                        {
                            "label": _("Average rating (1–5)"),
                            "data": [_rounded(p.csat_average, 2) for p in periods],
                            "axis": "y2",
                        },
                    ],
                    "axes": {
                        "y": {"min": 0, "max": 100, "title": _("CSAT %")},
                        "y2": {"min": 1, "max": 5, "title": _("Average rating")},
                    },
                },
                "insights-nps": {
                    "type": "bar",
                    "datasets": [
                        {"label": _("NPS"), "data": [_rounded(p.nps) for p in periods], "axis": "y"}
                    ],
                    "axes": {"y": {"min": -100, "max": 100, "title": _("NPS")}},
                },
                "insights-reasons": {
                    "type": "line",
                    "datasets": [
                        {
                            "label": label,
                            "data": [_rounded(p.reason_percent(key)) for p in periods],
                            "axis": "y",
                            # More than a few lines are unreadable: the rest start hidden in the legend.
                            "hidden": index >= CHARTED_REASONS,
                        }
                        for index, (key, label) in enumerate(self.report.reasons)
                    ],
                    "axes": {"y": {**percent, "max": None}},
                },
                "insights-times": {
                    "type": "line",
                    "datasets": [
                        {
                            "label": _("Median time to first response"),
                            "data": [hours(p.first_response) for p in periods],
                            "axis": "y",
                        },
                        {
                            "label": _("Median time to resolution"),
                            "data": [hours(p.resolution) for p in periods],
                            "axis": "y",
                        },
                    ],
                    "axes": {"y": {"min": 0, "max": None, "title": _("hours")}},
                },
            },
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        rows = [
            {
                "figures": period,
                "label": self.period_label(period.start),
                "first_response": duration_label(period.first_response),
                "resolution": duration_label(period.resolution),
            }
            for period in report.periods
        ]
        reason_rows = [
            {
                "label": label,
                "total": report.total.reason_percent(key),
                "count": report.total.reasons.get(key, 0),
                "periods": [period.reason_percent(key) for period in report.periods],
            }
            for key, label in report.reasons
        ]
        context.update(
            self.options,
            report=report,
            total=report.total,
            rows=rows,
            reason_rows=reason_rows,
            first_response=duration_label(report.total.first_response),
            resolution=duration_label(report.total.resolution),
            periods=insights.PERIODS,
            languages=insights.languages(),
            chart_data=self.chart_data(),
        )
        return context

    def export(self) -> HttpResponse:
        """The report's figures, one row per week or month and a last row for the whole period."""
        report = self.report
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        language = f"-{report.language}" if report.language else ""
        response["Content-Disposition"] = (
            f'attachment; filename="survey-insights-{report.days}d{language}.csv"'
        )
        writer = csv.writer(response)
        reason_keys = [key for key, _label in report.reasons]
        writer.writerow(
            spreadsheet_safe(heading)
            for heading in [
                "period_start",
                "responses",
                "rated",
                "csat_percent",
                "csat_average",
                "nps_answers",
                "promoters_percent",
                "detractors_percent",
                "nps",
                "median_first_response_hours",
                "median_resolution_hours",
                *(f"reason_{key}_percent" for key in reason_keys),
            ]
        )
        for figures in [*report.periods, report.total]:
            start = figures.start.isoformat() if figures.start else "total"
            row = [
                start,
                figures.responses,
                figures.rated,
                _rounded(figures.csat_percent),
                _rounded(figures.csat_average, 2),
                figures.nps_answers,
                _rounded(figures.promoters_percent),
                _rounded(figures.detractors_percent),
                _rounded(figures.nps),
                hours(figures.first_response),
                hours(figures.resolution),
                *(_rounded(figures.reason_percent(key)) for key in reason_keys),
            ]
            writer.writerow(["" if value is None else spreadsheet_safe(value) for value in row])
        return response


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


class InsightsReportViewSet(ViewSet):
    name = "surveys_insights"
    url_prefix = "reports/customer-insights"

    def get_urlpatterns(self):
        return [path("", InsightsReportView.as_view(), name="index")]


def insights_menu_item() -> MenuItem:
    return InsightsMenuItem(
        gettext_lazy("Customer insights"),
        reverse("surveys_insights:index"),
        name="customer-insights",
        icon_name="clipboard-list",
        order=1330,
    )


insights_viewset = InsightsReportViewSet()
