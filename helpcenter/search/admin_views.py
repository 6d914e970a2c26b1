"""Reports → "Search": what customers look for and do not find, and a draft article in one click."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale, Page

from helpcenter.exports import spreadsheet_safe
from helpcenter.languages import content_language_codes
from helpcenter.models import ArticlePage, CategoryPage
from helpcenter.viewsets.stats import HelpCenterMenuItem, can_review_help_articles

from . import insights
from .models import ExcludedQuery, SearchEvent
from .services import InvalidQuery, search_help

TABS = {
    "top": gettext_lazy("Top queries"),
    "answerless": gettext_lazy("No answer found"),
    "unclicked": gettext_lazy("Results nobody opens"),
    "groups": gettext_lazy("Recurring unanswered questions"),
}
PERIODS = (7, 30, 90, 365)
ROWS = 100


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "helpcenter_search/admin/report.html"
    page_title = gettext_lazy("Search")
    header_icon = "search"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": reverse("helpcenter_search_reports:index"), "label": self.get_page_title()},
        ]

    def dispatch(self, request, *args, **kwargs):
        if not can_review_help_articles(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_options(self) -> dict:
        params = self.request.GET
        tab = params.get("tab") if params.get("tab") in TABS else "top"
        days = int(params["days"]) if params.get("days", "") in {str(p) for p in PERIODS} else 30
        language = params.get("language") if params.get("language") in content_language_codes() else ""
        channels = dict(SearchEvent.CHANNELS)
        channel = params.get("channel") if params.get("channel") in channels else ""
        return {"tab": tab, "days": days, "language": language, "channel": channel}

    def get_rows(self, tab: str, days: int, language: str, channel: str = ""):
        events = insights.events(days, language or None, channel or None)
        if tab == "groups":
            return insights.failing_groups(events)
        if tab == "answerless":
            rows = insights.answerless_queries(events)
        elif tab == "unclicked":
            rows = insights.unclicked_queries(events)
        else:
            rows = insights.top_queries(events)
        return [{**row, "queries": [row["query"]]} for row in rows[:ROWS]]

    def get(self, request, *args, **kwargs):
        options = self.get_options()
        if request.GET.get("export") == "csv" and options["tab"] != "groups":
            return self.export(self.get_rows(**options), options)
        return super().get(request, *args, **kwargs)

    def export(self, rows, options) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        channel = f"-{options['channel']}" if options["channel"] else ""
        filename = f"search-{options['tab']}-{options['days']}d{channel}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        fields = ["query", "language", "searches", "answerless", "clicks", "helpful", "unhelpful"]
        fields.append("contacted")
        writer = csv.writer(response)
        writer.writerow(fields)
        for row in rows:
            # A leading =, +, - or @ would run as a formula in a spreadsheet: customers wrote these.
            writer.writerow([spreadsheet_safe(row[name]) for name in fields])
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        options = self.get_options()
        languages = dict(Locale.objects.values_list("language_code", "language_code"))
        context.update(
            options,
            rows=self.get_rows(**options),
            channels=SearchEvent.CHANNELS,
            channel_rows=insights.channel_figures(
                insights.events(options["days"], options["language"] or None)
            ),
            tabs=TABS,
            periods=PERIODS,
            languages=[code for code in content_language_codes() if code in languages],
            draft_url=reverse("helpcenter_search_reports:draft"),
            exclude_url=reverse("helpcenter_search_reports:exclude"),
        )
        return context


@require_POST
def start_article(request):
    """Starts a draft article for a query customers could not answer, where its best match lives."""
    if not can_review_help_articles(request.user):
        raise PermissionDenied
    query = " ".join(request.POST.get("query", "").split())[:200]
    language = request.POST.get("language", "")
    back = request.POST.get("next") or reverse("helpcenter_search_reports:index")
    if not back.startswith("/"):
        back = reverse("helpcenter_search_reports:index")
    if not query or language not in content_language_codes():
        messages.error(request, _("Choose a query to write an article for."))
        return HttpResponseRedirect(back)
    parent = _parent_for(request.user, query, language)
    if parent is None:
        messages.error(request, _("There is no topic in this language that you may add articles to."))
        return HttpResponseRedirect(back)
    title = Truncator(query[:1].upper() + query[1:]).chars(255)
    with translation.override(language):  # a placeholder in the article's own language
        summary = _("Customers searched for “%(query)s” and found no answer.") % {"query": query}
    article = ArticlePage(
        title=title,
        summary=summary,
        live=False,
        owner=request.user,
        locale=parent.locale,
    )
    parent.add_child(instance=article)
    article.save_revision(user=request.user, log_action=True)
    started = _("Draft started under “%(topic)s”. Write the answer, then publish.")
    messages.success(request, started % {"topic": parent.title})
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[article.pk]))


@require_POST
def exclude_query(request):
    """Takes queries out of the search reports in one click (test searches, spam, names); they
    stay listed under Snippets → "Queries excluded from reports", where deleting one restores it."""
    if not can_review_help_articles(request.user):
        raise PermissionDenied
    language = request.POST.get("language", "")
    queries = {SearchEvent.normalise(query) for query in request.POST.getlist("query")} - {""}
    back = request.POST.get("next") or ""
    if not back.startswith("/") or back.startswith("//"):
        back = reverse("helpcenter_search_reports:index")
    if not queries or language not in content_language_codes():
        messages.error(request, _("Choose a query to exclude."))
        return HttpResponseRedirect(back)
    for query in sorted(queries):
        ExcludedQuery.objects.get_or_create(query=query, language=language)
    excluded = _("Excluded from the search reports: %(queries)s") % {"queries": ", ".join(sorted(queries))}
    messages.success(request, excluded)
    return HttpResponseRedirect(back)


def _parent_for(user, query: str, language: str) -> Page | None:
    """The topic of the best (even if weak) match, else the language's first topic the user may add to."""
    candidates: list[Page] = []
    try:
        hits = search_help(query, language=language, per_page=3).hits
    except InvalidQuery:
        hits = []
    pages = Page.objects.in_bulk([hit.page_id for hit in hits if hit.kind == "article"])
    candidates += [pages[hit.page_id].get_parent().specific for hit in hits if hit.page_id in pages]
    candidates += list(CategoryPage.objects.filter(locale__language_code=language).order_by("path"))
    for page in candidates:
        allowed = isinstance(page, CategoryPage) and ArticlePage.can_create_at(page)
        if allowed and page.permissions_for_user(user).can_add_subpage():
            return page
    return None


class SearchReportViewSet(ViewSet):
    name = "helpcenter_search_reports"
    url_prefix = "reports/search"

    def get_urlpatterns(self):
        return [
            path("", SearchReportView.as_view(), name="index"),
            path("draft/", start_article, name="draft"),
            path("exclude/", exclude_query, name="exclude"),
        ]


def search_report_menu_item():
    url = reverse("helpcenter_search_reports:index")
    return HelpCenterMenuItem(
        gettext_lazy("Search"), url, name="search-report", icon_name="search", order=1320
    )


search_report_viewset = SearchReportViewSet()
