"""The response page and the actions posted from it and from the queue.

Every form carries the row version the page was rendered with; the moderation service refuses a
change made from a stale page and names who changed it, and the refusal is shown as a message
(never a server error). A refused text form is shown again with what was typed.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.models import ModelLogEntry
from wagtail_modeladmin.views import InspectView

from ..models import Reply, ResponseReason
from ..models import Response as SurveyResponse
from ..models.moderation import REPLY_FEATURES
from ..services import moderation, timeline
from .common import display_name, is_late, moderators, queue_url, time_left_text, with_due_dates

# At most this many rows change in one bulk action (each is its own locked transaction).
BULK_LIMIT = 500


def tolerant(widget):
    """The rich-text editor posts its own format (JSON for Draftail) and fails on a mangled post;
    read such a post as empty and remember it, so the form reports it instead of a server error."""
    read = widget.value_from_datadict
    widget.unreadable = False

    def value_from_datadict(data, files, name):
        try:
            return read(data, files, name)
        except (ValueError, KeyError, TypeError, AttributeError):
            widget.unreadable = True
            return None

    widget.value_from_datadict = value_from_datadict
    return widget


class ReplyForm(forms.Form):
    draft = forms.CharField(label=_("Public reply"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        widget = get_rich_text_editor_widget(features=REPLY_FEATURES)
        if isinstance(getattr(widget, "options", None), dict):
            # Draftail's editable area is not tied to the field's label; name it for screen readers.
            widget.options["ariaLabel"] = str(_("Public reply"))
        self.fields["draft"].widget = tolerant(widget)

    def clean_draft(self):
        if self.fields["draft"].widget.unreadable:
            raise ValidationError(_("The reply could not be read. Reload the page and try again."))
        return self.cleaned_data["draft"] or ""


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 6}))


class ResponseIdsField(forms.Field):
    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        try:
            return sorted({int(item) for item in value or []})
        except (TypeError, ValueError):
            raise ValidationError(_("Tick the responses to change first."), code="invalid") from None

    def validate(self, value):
        if not value:
            raise ValidationError(_("Tick the responses to change first."), code="required")
        if len(value) > BULK_LIMIT:
            raise ValidationError(
                _("Choose at most %(limit)d responses at once."), code="max", params={"limit": BULK_LIMIT}
            )


class AssigneeField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return display_name(obj)


REVIEW_ACTIONS = [("publish", _("Publish")), ("reject", _("Reject")), ("assign", _("Assign"))]
FOLLOW_UP_ACTIONS = [(key, label) for key, label in SurveyResponse.FOLLOW_UPS if key]


class BulkActionForm(forms.Form):
    ids = ResponseIdsField()
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("", _("Choose…")), (_("Review"), REVIEW_ACTIONS), (_("Follow-up"), FOLLOW_UP_ACTIONS)],
    )
    assignee = AssigneeField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), required=False, empty_label=_("Me")
    )
    reason = forms.ChoiceField(
        label=_("Rejection reason"),
        choices=[("", _("Choose…")), *SurveyResponse.REJECTION_REASONS],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = moderators()

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not data.get("reason"):
            self.add_error("reason", _("Choose why the responses are rejected."))
        return data

    @staticmethod
    def label_for(action: str) -> str:
        return str(dict(REVIEW_ACTIONS + FOLLOW_UP_ACTIONS)[action])


def answers_as_asked(response: SurveyResponse) -> list[tuple[str, str]]:
    """Each answer beside its question as the customer saw it, not as the survey reads today."""
    asked = response.questions or {}
    rows = []
    if response.csat is not None:
        rows.append((asked.get("csat") or gettext("Rating"), f"{response.csat} / 5"))
    if response.nps is not None:
        rows.append((asked.get("nps") or gettext("Recommendation"), f"{response.nps} / 10"))
    reasons = [reason.label for reason in response.reasons.all()]
    if reasons:
        rows.append((asked.get("reasons") or gettext("Reasons"), ", ".join(reasons)))
    if response.comment:
        rows.append((asked.get("comment") or gettext("Comment"), response.comment))
    rows += [(answer.question, answer.value) for answer in response.answers.all()]
    consent = gettext("Yes") if response.consent_to_publish else gettext("No")
    rows.append((asked.get("consent") or gettext("May be published"), consent))
    return rows


class ResponsePageView(InspectView):
    """Everything about one response: answers, customer and timeline, moderation, the public
    reply, a private e-mail, and the log of who did what."""

    def get_page_title(self):
        return gettext("Response %(id)s") % {"id": self.instance.pk}

    def get_meta_title(self):
        return self.get_page_title()

    def get_template_names(self):
        return ["surveys/admin/response.html"]

    def get_context_data(self, reply_form=None, message_form=None, **kwargs):
        response = (
            SurveyResponse.objects.select_related("invitation", "customer", "assigned_to")
            .prefetch_related(Prefetch("reasons", queryset=ResponseReason.objects.order_by("pk")), "answers")
            .get(pk=self.instance.pk)
        )
        with_due_dates([response])
        reply = Reply.objects.filter(response=response).first()
        if reply_form is None:
            reply_form = ReplyForm(initial={"draft": reply.draft if reply else ""}, prefix="reply")
        if message_form is None:
            subject = gettext("About your order %(order)s") % {
                "order": response.invitation.storefront_order_id
            }
            message_form = MessageForm(initial={"subject": subject}, prefix="message")
        follow_up_labels = dict(SurveyResponse.FOLLOW_UPS)
        context = {
            "response": response,
            "customer": response.customer,
            "answers": answers_as_asked(response),
            "time_left": time_left_text(response),
            "is_late": is_late(response),
            "transitions": {step.name: step for step in moderation.allowed_transitions(response)},
            "rejection_reasons": SurveyResponse.REJECTION_REASONS,
            "staff": moderators(),
            "follow_ups": [
                (step, follow_up_labels[step]) for step in moderation.allowed_follow_ups(response)
            ],
            "reply": reply,
            "reply_versions": reply.versions.select_related("published_by") if reply else [],
            "reply_form": reply_form,
            "message_form": message_form,
            "media": reply_form.media,
            "timeline": timeline.for_customer(response.customer),
            "log_entries": ModelLogEntry.objects.for_instance(response)
            .select_related("user")
            .order_by("-timestamp", "-pk")[:100],
            "urls": {
                name: queue_url(name, response.pk) for name in ("transition", "follow_up", "reply", "message")
            },
            "index_url": self.index_url,
            "breadcrumbs_items": [
                {"url": self.index_url, "label": self.model_admin.get_menu_label()},
                {"url": "", "label": self.get_page_title()},
            ],
            "header_title": self.get_page_title(),
            "header_icon": "comment",
            **kwargs,
        }
        # Skips InspectView's generic field listing (a query per relation, nothing we show).
        return super(InspectView, self).get_context_data(**context)


class ResponseActionView(ResponsePageView):
    """POST only; ``act`` returns nothing on success (back to the page) or a response to send."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            version = int(request.POST["version"])
        except (KeyError, ValueError):
            messages.error(request, gettext("This form is out of date. Reload the page and try again."))
            return self.back()
        try:
            return self.act(request, version) or self.back()
        except moderation.ModerationError as error:
            messages.error(request, str(error))
            return self.refused()

    def act(self, request, version: int):
        raise NotImplementedError

    def refused(self):
        return self.back()

    def back(self):
        return redirect(queue_url("inspect", self.instance.pk))


class TransitionView(ResponseActionView):
    def act(self, request, version):
        name = request.POST.get("name", "")
        assignee = None
        chosen = request.POST.get("assignee", "")
        if name == "assign" and chosen:
            assignee = moderators().filter(pk=chosen).first() if chosen.isdigit() else None
            if assignee is None:
                raise moderation.ModerationError(gettext("Only support staff can be assigned responses."))
        response = moderation.transition(
            self.instance.pk,
            name,
            by=request.user,
            version=version,
            assignee=assignee,
            reason=request.POST.get("reason", ""),
        )
        done = {
            "assign": gettext("Assigned to %(name)s.") % {"name": display_name(response.assigned_to)},
            "unassign": gettext("Nobody is assigned now."),
            "publish": gettext("The review is published."),
            "reject": gettext("The review is rejected."),
            "reopen": gettext("The review is open again."),
        }
        messages.success(request, done[name])


class FollowUpView(ResponseActionView):
    def act(self, request, version):
        response = moderation.set_follow_up(
            self.instance.pk, request.POST.get("step", ""), by=request.user, version=version
        )
        messages.success(
            request, gettext("Follow-up: %(step)s.") % {"step": response.get_follow_up_display()}
        )


class ReplyView(ResponseActionView):
    form = None

    def act(self, request, version):
        if request.POST.get("intent") == "unpublish":
            moderation.unpublish_reply(self.instance.pk, by=request.user, version=version)
            messages.success(request, gettext("The reply is withdrawn; its text is kept as a draft."))
            return None
        self.form = ReplyForm(request.POST, prefix="reply")
        if not self.form.is_valid():
            messages.error(request, gettext("The reply could not be saved."))
            return self.render_to_response(self.get_context_data(reply_form=self.form), status=400)
        html = self.form.cleaned_data["draft"]
        if request.POST.get("intent") == "publish":
            reply = moderation.publish_reply(self.instance.pk, by=request.user, version=version, html=html)
            if reply.is_edited:
                messages.success(request, gettext("The reply is published again, marked “edited”."))
            else:
                messages.success(request, gettext("The reply is published."))
        else:
            moderation.save_reply_draft(self.instance.pk, html, by=request.user, version=version)
            messages.success(request, gettext("The draft is saved."))
        return None

    def refused(self):
        if self.form is None:
            return self.back()
        return self.render_to_response(self.get_context_data(reply_form=self.form), status=409)


class MessageView(ResponseActionView):
    form = None

    def act(self, request, version):
        self.form = MessageForm(request.POST, prefix="message")
        if not self.form.is_valid():
            messages.error(request, gettext("Write a subject and a message."))
            return self.render_to_response(self.get_context_data(message_form=self.form), status=400)
        data = self.form.cleaned_data
        moderation.message_customer(
            self.instance.pk, data["subject"], data["body"], by=request.user, version=version
        )
        messages.success(request, gettext("The e-mail is on its way to the customer."))
        return None

    def refused(self):
        return self.render_to_response(self.get_context_data(message_form=self.form), status=409)


class BulkView(View):
    """Applies one action to the ticked rows, each on its own, and says which were refused and why."""

    http_method_names = ["post"]

    def post(self, request):
        back = self.back_url(request)
        form = BulkActionForm(request.POST)
        if not form.is_valid():
            problems = [str(error) for errors in form.errors.values() for error in errors]
            messages.error(request, " ".join(problems))
            return redirect(back)
        data = form.cleaned_data
        result = moderation.bulk(
            data["ids"], data["action"], by=request.user, assignee=data.get("assignee"), reason=data["reason"]
        )
        label = BulkActionForm.label_for(data["action"])
        if result.done:
            done = ngettext(
                "“%(action)s” done for %(count)d response.",
                "“%(action)s” done for %(count)d responses.",
                len(result.done),
            )
            messages.success(request, done % {"action": label, "count": len(result.done)})
        if result.refused:
            heading = ngettext(
                "%(count)d response was refused:", "%(count)d responses were refused:", len(result.refused)
            ) % {"count": len(result.refused)}
            items = format_html_join(
                "",
                '<li><a href="{}">{}</a>: {}</li>',
                (
                    (queue_url("inspect", pk), gettext("Response %(id)s") % {"id": pk}, reason)
                    for pk, reason in sorted(result.refused.items())
                ),
            )
            messages.warning(request, format_html('{}<ul class="queue-refusals">{}</ul>', heading, items))
        return redirect(back)

    @staticmethod
    def back_url(request) -> str:
        """Back to the queue as it was filtered; never anywhere else."""
        index = queue_url("index")
        back = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
        return back if safe and back.startswith(index) else index
