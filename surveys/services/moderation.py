"""The moderation rules: which state changes are allowed, who did them, and what the customer
is told. The admin's buttons, bulk actions and tasks all go through here.

Every change locks the row, checks the version the member of staff was looking at, applies
the transition and logs it (Wagtail's log entries), so two people acting at once cannot
silently overwrite each other.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from helpcenter import page_cache

from ..conf import admin_base_url, surveys_settings
from ..defaults import SUPPORT_STAFF_GROUP
from ..models import ModerationSettings, OutgoingEmail, Reply, ReplyVersion, Response
from ..reviews import reviews_path
from .errors import SurveyError
from .mail import enqueue_delivery

PERMISSION = "surveys.moderate_response"


class ModerationError(SurveyError):
    """A change that cannot be made; the message is safe to show staff."""

    code = "not_allowed"


class StaleResponse(ModerationError):
    code = "conflict"

    def __init__(self, response: Response):
        who = getattr(response, "last_changed_by_name", "") or gettext("someone else")
        super().__init__(
            gettext("%(who)s changed this response while you were looking at it. Reload to see what changed.")
            % {"who": who}
        )


@dataclass
class Transition:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str


# The review's public life. Follow-up is a separate track (FOLLOW_UP_STEPS).
TRANSITIONS = {
    t.name: t
    for t in [
        Transition(
            "assign", _("Assign"), (Response.STATE_NEW, Response.STATE_IN_REVIEW), Response.STATE_IN_REVIEW
        ),
        Transition("unassign", _("Unassign"), (Response.STATE_IN_REVIEW,), Response.STATE_NEW),
        Transition(
            "publish", _("Publish"), (Response.STATE_NEW, Response.STATE_IN_REVIEW), Response.STATE_PUBLISHED
        ),
        Transition(
            "reject",
            _("Reject"),
            (Response.STATE_NEW, Response.STATE_IN_REVIEW, Response.STATE_PUBLISHED),
            Response.STATE_REJECTED,
        ),
        Transition(
            "reopen",
            _("Reopen"),
            (Response.STATE_PUBLISHED, Response.STATE_REJECTED),
            Response.STATE_IN_REVIEW,
        ),
    ]
}

FOLLOW_UP_STEPS = {
    Response.FOLLOW_UP_NEEDED: (Response.FOLLOW_UP_NONE, Response.FOLLOW_UP_RESOLVED),
    Response.FOLLOW_UP_CONTACTED: (Response.FOLLOW_UP_NEEDED,),
    Response.FOLLOW_UP_RESOLVED: (Response.FOLLOW_UP_NEEDED, Response.FOLLOW_UP_CONTACTED),
}

LOG_ACTIONS = {
    "surveys.assign": (_("Assign"), _("Assigned")),
    "surveys.unassign": (_("Unassign"), _("Unassigned")),
    "surveys.publish": (_("Publish review"), _("Review published")),
    "surveys.reject": (_("Reject review"), _("Review rejected")),
    "surveys.reopen": (_("Reopen review"), _("Review reopened")),
    "surveys.follow_up": (_("Change follow-up"), _("Follow-up changed")),
    "surveys.reply_draft": (_("Save reply draft"), _("Reply draft saved")),
    "surveys.reply_publish": (_("Publish reply"), _("Reply published")),
    "surveys.reply_unpublish": (_("Withdraw reply"), _("Reply withdrawn")),
    "surveys.message": (_("Message customer"), _("Private e-mail sent to the customer")),
}


def can_moderate(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def allowed_transitions(response: Response) -> list[Transition]:
    allowed = [t for t in TRANSITIONS.values() if response.state in t.sources]
    if not response.consent_to_publish:
        allowed = [t for t in allowed if t.name != "publish"]
    return allowed


def allowed_follow_ups(response: Response) -> list[str]:
    return [step for step, sources in FOLLOW_UP_STEPS.items() if response.follow_up in sources]


def _locked(response_id: int, expected_version: int | None) -> Response:
    response = Response.objects.select_for_update().get(pk=response_id)
    if expected_version is not None and response.version != expected_version:
        response.last_changed_by_name = _last_actor_name(response)
        raise StaleResponse(response)
    return response


def _last_actor_name(response: Response) -> str:
    from wagtail.models import ModelLogEntry

    entry = ModelLogEntry.objects.for_instance(response).select_related("user").order_by("-timestamp").first()
    if entry is None or entry.user is None:
        return ""
    return entry.user.get_full_name() or entry.user.get_username()


def _save(response: Response, user, action: str, data: dict, fields: list[str]) -> Response:
    response.version += 1
    response.save(update_fields=[*fields, "version", "updated_at"])
    log(response, action, user=user, data=data)
    if Response.STATE_PUBLISHED in (response.state, data.get("from")):
        page_cache.purge()  # the reviews page shows it, or showed it
    return response


def _first_response(response: Response, now) -> list[str]:
    if response.first_response_at is None:
        response.first_response_at = now
        return ["first_response_at"]
    return []


def _resolution(response: Response, now) -> list[str]:
    """Resolved once the review is decided and no follow-up is still open."""
    done = response.state not in Response.OPEN_STATES and response.follow_up in (
        Response.FOLLOW_UP_NONE,
        Response.FOLLOW_UP_RESOLVED,
    )
    if done and response.resolved_at is None:
        response.resolved_at = now
        return ["resolved_at"]
    if not done and response.resolved_at is not None:
        response.resolved_at = None
        return ["resolved_at"]
    return []


def transition(
    response_id: int,
    name: str,
    *,
    by,
    version: int | None = None,
    assignee=None,
    reason: str = "",
) -> Response:
    """Moves a response along the review track. ``version`` is what the member of staff saw;
    ``None`` (bulk actions on rows picked from the list) skips the staleness check."""
    step = TRANSITIONS.get(name)
    if step is None:
        raise ModerationError(gettext("Unknown action."))
    now = timezone.now()
    with transaction.atomic():
        response = _locked(response_id, version)
        if response.state not in step.sources:
            raise ModerationError(
                gettext("A response that is “%(state)s” cannot be changed with “%(action)s”.")
                % {"state": response.get_state_display(), "action": step.label}
            )
        fields = ["state"]
        data = {"from": response.state, "to": step.target}
        if name == "assign":
            assignee = assignee or by
            if not can_moderate(assignee):
                raise ModerationError(gettext("Only support staff can be assigned responses."))
            response.assigned_to = assignee
            fields.append("assigned_to")
            data["assignee"] = assignee.get_username()
        elif name == "unassign":
            response.assigned_to = None
            fields.append("assigned_to")
        elif name == "publish":
            if not response.consent_to_publish:
                raise ModerationError(gettext("The customer did not agree to publication."))
            if response.anonymised_at is not None:
                raise ModerationError(gettext("The customer's data was erased; it cannot be published."))
            response.published_at = now
            fields += ["published_at", *_first_response(response, now)]
        elif name == "reject":
            valid = dict(Response.REJECTION_REASONS)
            if reason not in valid:
                raise ModerationError(gettext("Choose why the response is rejected."))
            response.rejection_reason = reason
            fields += ["rejection_reason", *_first_response(response, now)]
            data["reason"] = reason
        elif name == "reopen":
            response.rejection_reason = ""
            fields.append("rejection_reason")
        response.state = step.target
        fields += _resolution(response, now)
        return _save(response, by, f"surveys.{name}", data, fields)


def set_follow_up(response_id: int, step: str, *, by, version: int | None = None) -> Response:
    if step not in FOLLOW_UP_STEPS:
        raise ModerationError(gettext("Unknown follow-up step."))
    now = timezone.now()
    with transaction.atomic():
        response = _locked(response_id, version)
        if response.follow_up not in FOLLOW_UP_STEPS[step]:
            raise ModerationError(
                gettext("Follow-up cannot go from “%(current)s” to “%(next)s”.")
                % {
                    "current": response.get_follow_up_display(),
                    "next": dict(Response.FOLLOW_UPS)[step],
                }
            )
        data = {"from": response.follow_up, "to": step}
        response.follow_up = step
        fields = ["follow_up"]
        if step == Response.FOLLOW_UP_CONTACTED:
            fields += _first_response(response, now)
        fields += _resolution(response, now)
        return _save(response, by, "surveys.follow_up", data, fields)


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    refused: dict[int, str] = field(default_factory=dict)


def bulk(response_ids: list[int], action: str, *, by, assignee=None, reason: str = "") -> BulkResult:
    """Applies one action to many responses, each in its own transaction: one refusal (no consent,
    wrong state) does not undo the others, and the result says which were refused and why."""
    result = BulkResult()
    for response_id in sorted(set(response_ids)):
        try:
            if action in FOLLOW_UP_STEPS:
                set_follow_up(response_id, action, by=by)
            else:
                transition(response_id, action, by=by, assignee=assignee, reason=reason)
        except Response.DoesNotExist:
            result.refused[response_id] = gettext("It no longer exists.")
        except ModerationError as error:
            result.refused[response_id] = str(error)
        else:
            result.done.append(response_id)
    return result


# Public replies ----------------------------------------------------------------------------


def save_reply_draft(response_id: int, html: str, *, by, version: int | None = None) -> Reply:
    with transaction.atomic():
        response = _locked(response_id, version)
        reply, _created = Reply.objects.get_or_create(response=response)
        reply.draft = html
        reply.updated_by = by
        reply.save()
        _save(response, by, "surveys.reply_draft", {}, [])
    return reply


def publish_reply(response_id: int, *, by, version: int | None = None, html: str | None = None) -> Reply:
    """Publishes the draft (or ``html``) under the review. The first publication e-mails the
    customer a link to it; later edits are marked "edited" and kept in the history."""
    now = timezone.now()
    with transaction.atomic():
        response = _locked(response_id, version)
        if response.state != Response.STATE_PUBLISHED:
            raise ModerationError(
                gettext("Publish the review first: a public reply appears under a published review.")
            )
        reply, _created = Reply.objects.get_or_create(response=response)
        if html is not None:
            reply.draft = html
        if not strip_tags(reply.draft).strip():
            raise ModerationError(gettext("Write the reply before publishing it."))
        first_time = reply.first_published_at is None
        reply.body = reply.draft
        reply.published_at = now
        reply.first_published_at = reply.first_published_at or now
        reply.updated_by = by
        reply.save()
        ReplyVersion.objects.create(reply=reply, body=reply.body, published_at=now, published_by=by)
        fields = _first_response(response, now)
        _save(response, by, "surveys.reply_publish", {"first": first_time}, fields)
        notice = _queue_reply_notice(response) if first_time else None
    if notice is not None:
        enqueue_delivery(notice)
    return reply


def unpublish_reply(response_id: int, *, by, version: int | None = None) -> Reply:
    with transaction.atomic():
        response = _locked(response_id, version)
        reply = Reply.objects.filter(response=response).first()
        if reply is None or not reply.is_published:
            raise ModerationError(gettext("There is no published reply to withdraw."))
        reply.body = ""
        reply.published_at = None
        reply.updated_by = by
        reply.save()
        _save(response, by, "surveys.reply_unpublish", {}, [])
    return reply


def review_url(response: Response) -> str:
    base = (surveys_settings.BASE_URL or admin_base_url()).rstrip("/")
    path = reviews_path(response.language) or "/"
    return f"{base}{path}#review-{response.pk}"


def _customer_address(response: Response) -> str:
    customer = response.customer
    if customer is None or customer.erased_at is not None or not customer.email:
        return ""
    return customer.email


def _queue_reply_notice(response: Response) -> OutgoingEmail | None:
    address = _customer_address(response)
    if not address:
        return None
    context = {"response": response, "customer": response.customer, "review_url": review_url(response)}
    with translation.override(response.language):
        subject = render_to_string("surveys/emails/reply_notice_subject.txt", context).strip()
        body = render_to_string("surveys/emails/reply_notice_body.txt", context)
    email, _created = OutgoingEmail.objects.get_or_create(
        response=response,
        kind=OutgoingEmail.KIND_REPLY_NOTICE,
        defaults={
            "recipients": [address],
            "subject": subject[:250],
            "body": body,
            "customer": response.customer,
            "next_attempt_at": timezone.now(),
        },
    )
    return email if _created else None


def message_customer(
    response_id: int, subject: str, body: str, *, by, version: int | None = None
) -> OutgoingEmail:
    """A private e-mail from staff, sent through the outbox (retried until delivered) and kept
    on the customer's timeline. A pending follow-up moves to "contacted"."""
    subject, body = subject.strip(), body.strip()
    if not subject or not body:
        raise ModerationError(gettext("Write a subject and a message."))
    now = timezone.now()
    with transaction.atomic():
        response = _locked(response_id, version)
        address = _customer_address(response)
        if not address:
            raise ModerationError(gettext("This customer has no e-mail address on record."))
        email = OutgoingEmail.objects.create(
            kind=OutgoingEmail.KIND_FOLLOW_UP,
            recipients=[address],
            subject=subject[:250],
            body=body,
            customer=response.customer,
            response=response,
            sent_by=by,
            next_attempt_at=now,
        )
        fields = _first_response(response, now)
        data = {"email": email.pk}
        if response.follow_up == Response.FOLLOW_UP_NEEDED:
            response.follow_up = Response.FOLLOW_UP_CONTACTED
            fields.append("follow_up")
            data.update({"from": Response.FOLLOW_UP_NEEDED, "to": Response.FOLLOW_UP_CONTACTED})
        _save(response, by, "surveys.message", data, fields)
    enqueue_delivery(email)
    return email


# Response-time targets ---------------------------------------------------------------------


def overdue(now=None):
    """Open responses past their severity's target, oldest first."""
    now = now or timezone.now()
    targets = ModerationSettings.load()
    return Response.objects.filter(targets.overdue_q(now)).order_by("submitted_at")


def support_staff_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(groups__name=SUPPORT_STAFF_GROUP)
        .values_list("email", flat=True)
    )
    return sorted(set(users))


def queue_overdue_digest(now=None) -> OutgoingEmail | None:
    """Today's digest of overdue responses, once per day whatever calls it; nothing when none."""
    now = now or timezone.now()
    targets = ModerationSettings.load()
    late = list(overdue(now).select_related("assigned_to")[:200])
    if not late:
        return None
    recipients = targets.digest_addresses() or support_staff_addresses()
    if not recipients:
        return None
    subject_day = timezone.localdate(now).isoformat()
    if OutgoingEmail.objects.filter(
        kind=OutgoingEmail.KIND_OVERDUE_DIGEST, subject__endswith=subject_day
    ).exists():
        return None
    total = overdue(now).count()
    base = admin_base_url()
    context = {
        "responses": late,
        "total": total,
        "day": subject_day,
        "queue_url": base + reverse("surveys_response_modeladmin_index") + "?overdue=1",
        "base_url": base,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("surveys/emails/overdue_digest_subject.txt", context).strip()
        body = render_to_string("surveys/emails/overdue_digest_body.txt", context)
    email = OutgoingEmail.objects.create(
        kind=OutgoingEmail.KIND_OVERDUE_DIGEST,
        recipients=recipients,
        subject=f"{subject[:200]} {subject_day}",
        body=body,
        next_attempt_at=now,
    )
    enqueue_delivery(email)
    return email
