"""Moderation: response-time targets, the shop's public replies and their history, and the link
between a customer and the browser they use on the help site (for their timeline)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

from .responses import Response

REPLY_FEATURES = ["bold", "italic", "link", "ol", "ul"]


@register_setting(icon="time")
class ModerationSettings(BaseGenericSetting):
    """How fast staff should answer, per severity; a blank target means "no target"."""

    critical_hours = models.PositiveIntegerField(
        _("critical: answer within (hours)"),
        null=True,
        blank=True,
        default=4,
        help_text=_("The lowest ratings (1 star, or NPS 0–2)."),
    )
    negative_hours = models.PositiveIntegerField(
        _("negative: answer within (hours)"),
        null=True,
        blank=True,
        default=24,
        help_text=_("Other low ratings and NPS detractors."),
    )
    normal_hours = models.PositiveIntegerField(
        _("other responses: answer within (hours)"),
        null=True,
        blank=True,
        default=None,
        help_text=_("Leave blank: neutral and positive responses have no target."),
    )
    digest_recipients = models.TextField(
        _("overdue digest goes to"),
        blank=True,
        help_text=_(
            "E-mail addresses, one per line. "
            "Blank: everyone in the Support staff group with an e-mail address."
        ),
    )

    class Meta:
        verbose_name = _("response-time targets")

    def target(self, severity: str) -> timedelta | None:
        hours = {
            Response.SEVERITY_CRITICAL: self.critical_hours,
            Response.SEVERITY_NEGATIVE: self.negative_hours,
            Response.SEVERITY_NORMAL: self.normal_hours,
        }.get(severity)
        return None if hours is None else timedelta(hours=hours)

    def overdue_q(self, now) -> Q:
        """Responses nobody has answered within their severity's target, as one filter."""
        condition = Q(pk__in=[])
        for severity, _label in Response.SEVERITIES:
            target = self.target(severity)
            if target is not None:
                condition |= Q(severity=severity, submitted_at__lt=now - target)
        return condition & Q(first_response_at__isnull=True, state__in=Response.OPEN_STATES)

    def due_at(self, response: Response):
        target = self.target(response.severity)
        return None if target is None else response.submitted_at + target

    def digest_addresses(self) -> list[str]:
        return [line.strip() for line in self.digest_recipients.splitlines() if line.strip()]


class Reply(models.Model):
    """The shop's public answer under a review: a draft staff work on, and the text customers see."""

    wagtail_reference_index_ignore = True

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="reply")
    draft = RichTextField(_("reply"), features=REPLY_FEATURES, blank=True)
    body = RichTextField(_("published reply"), features=REPLY_FEATURES, blank=True, editable=False)
    first_published_at = models.DateTimeField(_("first published"), null=True, blank=True)
    published_at = models.DateTimeField(_("last published"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("public reply")
        verbose_name_plural = _("public replies")

    def __str__(self) -> str:
        return f"{_('Reply to')} {self.response_id}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None and bool(self.body)

    @property
    def is_edited(self) -> bool:
        """Shown publicly as "edited": the published text changed after it first went out."""
        return self.is_published and self.published_at != self.first_published_at

    @property
    def has_unpublished_changes(self) -> bool:
        return self.draft != self.body


class ReplyVersion(models.Model):
    """Every text a reply was published with, for the history staff see."""

    wagtail_reference_index_ignore = True

    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="versions")
    body = RichTextField(features=REPLY_FEATURES)
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.reply} @ {self.published_at:%Y-%m-%d %H:%M}"


class CustomerVisitor(models.Model):
    """A help-site browser seen opening the customer's survey link: links their article votes
    (which only know that browser's keyed hash) to the customer's timeline."""

    wagtail_reference_index_ignore = True

    customer = models.ForeignKey("surveys.Customer", on_delete=models.CASCADE, related_name="visitors")
    visitor = models.CharField(max_length=64, db_index=True)
    first_seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["customer", "visitor"], name="surveys_customer_visitor_once")
        ]

    def __str__(self) -> str:
        return f"{self.customer_id}: {self.visitor[:8]}…"
