"""The queue's list: columns, default order, capped count, bulk-action form and export."""

from django.contrib.admin import display
from django.contrib.admin.templatetags.admin_list import result_headers
from django.db.models import Case, IntegerField, Prefetch, Value, When, prefetch_related_objects
from django.urls import re_path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.timesince import timesince
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import register_admin_url_finder
from wagtail.admin.paginator import WagtailPaginator
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView

from helpcenter.exports import spreadsheet_safe
from helpcenter.languages import language_choices

from ..models import ModerationSettings, ResponseReason
from ..models import Response as SurveyResponse
from ..services import moderation
from .common import (
    URL_PREFIX,
    choice_label,
    display_name,
    is_late,
    moderators_only,
    queue_url,
    time_left_text,
    with_due_dates,
)
from .filters import QUEUE_FILTERS, QueueSearchHandler
from .response_page import (
    BulkActionForm,
    BulkView,
    FollowUpView,
    MessageView,
    ReplyView,
    ResponsePageView,
    TransitionView,
)

# Counting every match of a million-row queue costs more than showing the page; past this many
# the queue says "more than 10,000" and staff narrow it with filters (nobody pages that far).
COUNT_LIMIT = 10_000

# Open responses first, then the most urgent, then the newest. One expression, so that a
# database index can be built on exactly it: (OPEN_FIRST, severity, submitted_at DESC, id DESC).
OPEN_FIRST = Case(
    When(state__in=SurveyResponse.OPEN_STATES, then=Value(0)),
    default=Value(1),
    output_field=IntegerField(),
)
QUEUE_ORDERING = [OPEN_FIRST.asc(), "severity", "-submitted_at", "-pk"]


class ModerationPermissionHelper(PermissionHelper):
    """``moderate_response`` for everything; nothing is added, edited or deleted through generic
    forms (responses are the customers' words, changed only through the moderation service)."""

    def get_all_model_permissions(self):
        return super().get_all_model_permissions().filter(codename="moderate_response")

    def user_can_list(self, user):
        return moderation.can_moderate(user)

    def user_can_inspect_obj(self, user, obj):
        return moderation.can_moderate(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class QueueButtonHelper(ButtonHelper):
    """The comment excerpt links to the response page; no other per-row buttons."""

    def get_buttons_for_obj(self, obj, *args, **kwargs):
        return []

    def get_primary_button(self, obj):
        return {
            "url": queue_url("inspect", obj.pk),
            "title": gettext("Open response %(id)s") % {"id": obj.pk},
        }


class QueuePaginator(WagtailPaginator):
    """Given its (capped) count instead of counting the queryset again."""

    def __init__(self, object_list, per_page, count: int, capped: bool, limit: int):
        super().__init__(object_list, per_page)
        self.count = count
        self.capped = capped
        self.limit = limit

    @cached_property
    def items_count_label(self):
        if self.capped:
            return gettext("More than %(count)s responses") % {"count": f"{self.limit:,}"}
        return ngettext("%(count)s response", "%(count)s responses", self.count) % {
            "count": f"{self.count:,}"
        }


def _iso(value) -> str:
    return value.isoformat() if value else ""


# The export: what staff need to analyse the queue elsewhere, without the customer's name or
# e-mail address. The order number stays: staff see it on every response and need it to find
# the order in the shop.
EXPORT_COLUMNS = {
    "id": (_("ID"), lambda r: r.pk),
    "submitted_at": (_("Submitted"), lambda r: _iso(r.submitted_at)),
    "order": (_("Order"), lambda r: r.invitation.storefront_order_id),
    "language": (_("Language"), lambda r: r.language),
    "csat": (_("Rating (1–5)"), lambda r: "" if r.csat is None else r.csat),
    "nps": (_("Recommendation (0–10)"), lambda r: "" if r.nps is None else r.nps),
    "severity": (_("Severity"), lambda r: str(r.get_severity_display())),
    "negative": (_("Negative"), lambda r: "yes" if r.is_negative else "no"),
    "reasons": (_("Reasons"), lambda r: ", ".join(reason.key for reason in r.reasons.all())),
    "comment": (_("Comment"), lambda r: r.comment),
    "consent": (_("May be published"), lambda r: "yes" if r.consent_to_publish else "no"),
    "state": (_("State"), lambda r: str(r.get_state_display())),
    "rejection_reason": (_("Rejected because"), lambda r: str(r.get_rejection_reason_display())),
    "follow_up": (_("Follow-up"), lambda r: str(r.get_follow_up_display()) if r.follow_up else ""),
    "assigned_to": (_("Assigned to"), lambda r: r.assigned_to.get_username() if r.assigned_to else ""),
    "due_at": (_("Answer due"), lambda r: _iso(r.due_at)),
    "overdue": (_("Overdue"), lambda r: "yes" if is_late(r) else ""),
    "first_response_at": (_("First answered"), lambda r: _iso(r.first_response_at)),
    "channel": (_("Channel"), lambda r: r.channel),
}


class ExportRows:
    """Streams the export in chunks, each with its due dates, instead of loading the queue whole."""

    CHUNK = 1000

    def __init__(self, queryset, targets):
        self.queryset = queryset
        self.model = queryset.model
        self.targets = targets

    def __iter__(self):
        now, chunk = timezone.now(), []
        for response in self.queryset.iterator(chunk_size=self.CHUNK):
            chunk.append(response)
            if len(chunk) == self.CHUNK:
                yield from with_due_dates(chunk, now, self.targets)
                chunk = []
        yield from with_due_dates(chunk, now, self.targets)


class QueueIndexView(IndexView):
    """modeladmin's list with three changes: one capped count instead of three full ones; query
    parameters that are not the queue's own filters are ignored (no filtering through arbitrary
    lookups such as ``assigned_to__password``); reasons and due dates are loaded for the page only."""

    def get_page_title(self):
        return self.model_admin.get_menu_label()

    def get_filters(self, request):
        specs, has_filters, _other_lookups, use_distinct = super().get_filters(request)
        return specs, has_filters, {}, use_distinct

    def get_ordering_field_columns(self):
        # The default order is the queue's own; no column header should claim it.
        return super().get_ordering_field_columns() if self.ORDER_VAR in self.params else {}

    @cached_property
    def targets(self):
        return ModerationSettings.load(request_or_site=self.request)

    def get_context_data(self, **kwargs):
        limit = self.search_handler.count_limit or COUNT_LIMIT
        count = self.queryset.order_by()[: limit + 1].count()
        paginator = QueuePaginator(
            self.queryset, self.items_per_page, min(count, limit), count > limit, limit
        )
        page_obj = paginator.get_page(self.page_num or 1)
        rows = list(page_obj.object_list)
        prefetch_related_objects(rows, Prefetch("reasons", queryset=ResponseReason.objects.order_by("pk")))
        page_obj.object_list = with_due_dates(rows, targets=self.targets)
        context = {
            "result_headers": list(result_headers(self)),
            "table_rows": self.render_rows(rows),
            "view": self,
            "all_count": count,
            "result_count": count,
            "paginator": paginator,
            "page_obj": page_obj,
            "elided_page_range": paginator.get_elided_page_range(page_obj.number),
            "object_list": rows,
            "user_can_create": False,
            "show_search": True,
            "bulk_form": BulkActionForm(),
            "bulk_url": queue_url("bulk"),
            "filtered": bool(self.query) or any(spec.selected() for spec in self.filter_specs),
            "filter_bar": [
                {
                    "name": spec.parameter_name,
                    "title": spec.title,
                    "choices": [(str(value), label) for value, label in spec.lookup_choices],
                    "selected": spec.selected(),
                }
                for spec in self.filter_specs
            ],
            **kwargs,
        }
        # Skips IndexView's own get_context_data, which counts the whole table twice more.
        return super(IndexView, self).get_context_data(**context)

    def render_rows(self, rows):
        """The table body in one piece. modeladmin's ``result_list`` renders a template per row
        and per cell and looks each column up generically: 80% of the page's time at 50 rows.
        Here each column's method is called directly; the methods escape what they show."""
        admin = self.model_admin
        columns = [(name, getattr(admin, name)) for name in admin.list_display]
        linked = admin.list_display_add_buttons
        html = []
        for index, response in enumerate(rows):
            html.append(f'<tr class="{"odd" if index % 2 == 0 else "even"}" data-object-pk="{response.pk}">')
            for name, column in columns:
                value = column(response)
                if name == linked:
                    button = self.button_helper.get_primary_button(response)
                    value = format_html(
                        '<div class="title-wrapper"><a href="{}" title="{}" dir="auto">{}</a></div>',
                        button["url"],
                        button["title"],
                        value,
                    )
                html.append(
                    f'<td class="field-{name} title">{conditional_escape(value) if value else "&nbsp;"}</td>'
                )
            html.append("</tr>")
        return mark_safe("".join(html))  # noqa: S308 - every cell was escaped above

    # Export -------------------------------------------------------------------------------

    def get_heading(self, queryset, field):
        return str(EXPORT_COLUMNS[field][0])

    def to_row_dict(self, item):
        return {field: getter(item) for field, (_label, getter) in EXPORT_COLUMNS.items()}

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows = queryset.select_related("invitation").prefetch_related("reasons")
        return super().as_spreadsheet(ExportRows(rows, self.targets), spreadsheet_format)


class ResponseQueueAdmin(ModelAdmin):
    model = SurveyResponse
    menu_label = _("Feedback queue")
    menu_icon = "comment"
    menu_order = 250
    inspect_view_enabled = True
    history_view_enabled = False
    permission_helper_class = ModerationPermissionHelper
    button_helper_class = QueueButtonHelper
    index_view_class = QueueIndexView
    inspect_view_class = ResponsePageView
    index_template_name = "surveys/admin/queue.html"
    index_view_extra_css = ["surveys/admin/queue.css"]
    index_view_extra_js = ["surveys/admin/queue.js"]
    list_display = (
        "select",
        "severity_badge",
        "rating",
        "excerpt",
        "reason_list",
        "language_name",
        "state_label",
        "follow_up_label",
        "assignee",
        "time_left",
        "submitted",
    )
    list_display_add_buttons = "excerpt"
    list_filter = QUEUE_FILTERS
    list_per_page = 50
    search_fields = ("comment",)  # shows the search box; QueueSearchHandler decides what it searches
    search_handler_class = QueueSearchHandler
    list_export = tuple(EXPORT_COLUMNS)
    export_filename = "feedback-queue"

    def get_queryset(self, request):
        # No ordering here: the index view applies get_ordering once (or a column's sort).
        return SurveyResponse.objects.select_related("assigned_to")

    def get_ordering(self, request):
        return QUEUE_ORDERING

    # Columns. format_html escapes the customer's text; nothing here queries per row.

    @display(description=_("Select"))
    def select(self, obj):
        return format_html(
            '<input type="checkbox" name="ids" value="{}" form="queue-bulk" class="queue-select"'
            ' aria-label="{}">',
            obj.pk,
            gettext("Select response %(id)s") % {"id": obj.pk},
        )

    @display(description=_("Severity"), ordering="severity")
    def severity_badge(self, obj):
        kind = {
            SurveyResponse.SEVERITY_CRITICAL: "critical",
            SurveyResponse.SEVERITY_NEGATIVE: "negative",
        }.get(obj.severity, "normal")
        return format_html(
            '<span class="queue-badge queue-badge--{}">{}</span>', kind, choice_label(obj, "severity")
        )

    @display(description=_("Rating"), ordering="csat")
    def rating(self, obj):
        parts = []
        if obj.csat is not None:
            parts.append(
                format_html(
                    '<span class="queue-stars" aria-hidden="true">{}</span><span class="w-sr-only">{}</span>',
                    "★" * obj.csat + "☆" * (5 - obj.csat),
                    gettext("%(stars)s out of 5 stars") % {"stars": obj.csat},
                )
            )
        if obj.nps is not None:
            parts.append(
                format_html(
                    '<span class="queue-nps">{}</span>', gettext("NPS %(score)s") % {"score": obj.nps}
                )
            )
        return format_html_join(" ", "{}", ((part,) for part in parts))

    @display(description=_("Comment"))
    def excerpt(self, obj):
        if not obj.comment:
            return format_html('<span class="queue-muted">{}</span>', gettext("No comment"))
        return format_html('<span dir="auto">{}</span>', Truncator(" ".join(obj.comment.split())).chars(140))

    @display(description=_("Reasons"))
    def reason_list(self, obj):
        labels = ", ".join(reason.label for reason in obj.reasons.all())  # in the customer's language
        return format_html('<span dir="auto">{}</span>', labels) if labels else ""

    @display(description=_("Language"))
    def language_name(self, obj):
        name = dict(language_choices()).get(obj.language, obj.language)
        return format_html('<abbr title="{}">{}</abbr>', name, obj.language.upper())

    @display(description=_("State"), ordering="state")
    def state_label(self, obj):
        return format_html(
            '<span class="queue-state queue-state--{}">{}</span>', obj.state, choice_label(obj, "state")
        )

    @display(description=_("Follow-up"))
    def follow_up_label(self, obj):
        return choice_label(obj, "follow_up") if obj.follow_up else ""

    @display(description=_("Assigned to"))
    def assignee(self, obj):
        return display_name(obj.assigned_to)

    @display(description=_("Time left"))
    def time_left(self, obj):
        text = time_left_text(obj, depth=1)
        if not text:
            return ""
        return format_html(
            '<span class="queue-due{}">{}</span>', " queue-due--late" if is_late(obj) else "", text
        )

    @display(description=_("Submitted"), ordering="submitted_at")
    def submitted(self, obj):
        return format_html(
            '<time datetime="{}" title="{}">{}</time>',
            obj.submitted_at.isoformat(),
            timezone.localtime(obj.submitted_at).strftime("%Y-%m-%d %H:%M"),
            gettext("%(time)s ago") % {"time": timesince(obj.submitted_at, depth=1)},
        )

    # URLs: the queue's own views only; the generic create, edit and delete views do not exist.

    def _instance_view(self, view_class):
        def view(request, instance_pk):
            return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

        return view

    def get_admin_urls_for_registration(self):
        base = self.url_helper.base_url_path
        urls = [
            re_path(rf"^{base}/$", moderators_only(self.index_view), name=f"{URL_PREFIX}index"),
            re_path(rf"^{base}/bulk/$", moderators_only(BulkView.as_view()), name=f"{URL_PREFIX}bulk"),
        ]
        for name, view_class in [
            ("inspect", ResponsePageView),
            ("transition", TransitionView),
            ("follow_up", FollowUpView),
            ("reply", ReplyView),
            ("message", MessageView),
        ]:
            urls.append(
                re_path(
                    rf"^{base}/{name}/(?P<instance_pk>\d+)/$",
                    moderators_only(self._instance_view(view_class)),
                    name=f"{URL_PREFIX}{name}",
                )
            )
        return tuple(urls)

    def register_admin_url_finders(self):
        register_admin_url_finder(SurveyResponse, QueueURLFinder)

    def register_indexing(self):
        """Responses are customers' data: kept out of Wagtail's reference index."""


class QueueURLFinder:
    """Links to a response from elsewhere in the admin (site history) open its queue page."""

    def __init__(self, user=None):
        self.user = user

    def get_edit_url(self, instance):
        if self.user is None or moderation.can_moderate(self.user):
            return queue_url("inspect", instance.pk)
        return None
