"""What a member of support staff sees first: the queue's counts on the dashboard, and readable
log messages for moderation actions wherever Wagtail lists log entries."""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter

from ..models import ModerationSettings
from ..models import Response as SurveyResponse
from ..services import moderation
from .common import queue_url

# Each count links to the queue filtered to exactly the responses it counts.
QUEUE_LINKS = {
    "overdue": {"overdue": "1"},
    "negative": {"state": "open", "negative": "1"},
    "unassigned": {"state": "open", "assigned": "none"},
    "mine": {"state": "open", "assigned": "me"},
}


def queue_counts(request) -> dict[str, int]:
    """One pass over the open responses for all four counts, once per request."""
    cached = getattr(request, "_surveys_queue_counts", None)
    if cached is not None:
        return cached
    targets = ModerationSettings.load(request_or_site=request)
    counts = {
        "negative": Count("pk", filter=Q(is_negative=True)),
        "unassigned": Count("pk", filter=Q(assigned_to__isnull=True)),
        "mine": Count("pk", filter=Q(assigned_to=request.user)),
    }
    if any(targets.target(severity) is not None for severity, _label in SurveyResponse.SEVERITIES):
        counts["overdue"] = Count("pk", filter=targets.overdue_q(timezone.now()))
    result = {
        "overdue": 0,
        **SurveyResponse.objects.filter(state__in=SurveyResponse.OPEN_STATES).aggregate(**counts),
    }
    request._surveys_queue_counts = result
    return result


def queue_links() -> dict[str, str]:
    index = queue_url("index")
    return {name: f"{index}?{urlencode(params)}" for name, params in QUEUE_LINKS.items()}


class QueuePanel(Component):
    name = "surveys_feedback_queue"
    template_name = "surveys/admin/dashboard_panel.html"
    order = 50  # above Wagtail's own panels: an overdue complaint matters more than recent edits

    class Media:
        css = {"all": ["surveys/admin/queue.css"]}

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        counts = queue_counts(self.request)
        links = queue_links()
        labels = {
            "overdue": gettext("Overdue"),
            "negative": gettext("Open negative"),
            "unassigned": gettext("Unassigned"),
            "mine": gettext("Assigned to me"),
        }
        return {
            "stats": [(name, labels[name], counts[name], links[name]) for name in QUEUE_LINKS],
            "queue_url": queue_url("index"),
        }


class QueueSummaryItem(SummaryItem):
    order = 50
    template_name = "surveys/admin/summary_item.html"

    def get_context_data(self, parent_context=None):
        return {"overdue": queue_counts(self.request)["overdue"], "url": queue_links()["overdue"]}

    def is_shown(self):
        return moderation.can_moderate(self.request.user)


def add_queue_panel(request, panels) -> None:
    if moderation.can_moderate(request.user):
        panels.append(QueuePanel(request))


def add_queue_summary_item(request, items) -> None:
    items.append(QueueSummaryItem(request))


class ModerationLogFormatter(LogFormatter):
    """The action's message with what changed: whom it was assigned to, why it was rejected,
    which follow-up step, whether a reply was an edit."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        action = log_entry.action
        states = dict(SurveyResponse.STATES)
        steps = dict(SurveyResponse.FOLLOW_UPS)
        if action == "surveys.assign" and data.get("assignee"):
            return gettext("Assigned to %(name)s") % {"name": data["assignee"]}
        if action == "surveys.reject" and data.get("reason"):
            reason = dict(SurveyResponse.REJECTION_REASONS).get(data["reason"], data["reason"])
            return gettext("Review rejected: %(reason)s") % {"reason": reason}
        if action == "surveys.follow_up" and "to" in data:
            return gettext("Follow-up: %(from)s → %(to)s") % {
                "from": steps.get(data.get("from"), "–"),
                "to": steps.get(data["to"], data["to"]),
            }
        if action == "surveys.reply_publish" and data.get("first") is False:
            return gettext("Reply edited and published again")
        if action == "surveys.message" and data.get("to"):
            return gettext("Private e-mail sent to the customer (follow-up: %(step)s)") % {
                "step": steps.get(data["to"], data["to"])
            }
        if action in ("surveys.publish", "surveys.reopen", "surveys.unassign") and "from" in data:
            return f"{self.message} ({states.get(data['from'], data['from'])} → {states.get(data['to'], '')})"
        return str(self.message)


def register_log_actions(actions) -> None:
    for action, (label, message) in moderation.LOG_ACTIONS.items():
        formatter = type("Formatter", (ModerationLogFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)
