"""Every e-mail the surveys app sends, as a row: a failed send is retried and recorded, never dropped."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True
    KIND_INVITATION = "invitation"
    KIND_NEGATIVE_ALERT = "negative_alert"
    KIND_REPLY_NOTICE = "reply_notice"
    KIND_FOLLOW_UP = "follow_up"
    KIND_OVERDUE_DIGEST = "overdue_digest"
    KINDS = [
        (KIND_INVITATION, _("Survey invitation")),
        (KIND_NEGATIVE_ALERT, _("Negative response alert")),
        (KIND_REPLY_NOTICE, _("Your review was answered")),
        (KIND_FOLLOW_UP, _("Private message to the customer")),
        (KIND_OVERDUE_DIGEST, _("Overdue responses digest")),
    ]
    # Sent at most once per response, however often asked (a reply edited later is not re-announced).
    ONCE_PER_RESPONSE = (KIND_NEGATIVE_ALERT, KIND_REPLY_NOTICE)

    SCHEDULED = "scheduled"
    RETRYING = "retrying"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    STATUSES = [
        (SCHEDULED, _("Scheduled")),
        (RETRYING, _("Waiting to retry")),
        (SENT, _("Sent")),
        (FAILED, _("Failed")),
        (CANCELLED, _("Cancelled")),
    ]
    PENDING = (SCHEDULED, RETRYING)

    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    recipients = models.JSONField(_("to"), default=list)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    customer = models.ForeignKey(
        "surveys.Customer", on_delete=models.SET_NULL, null=True, blank=True, related_name="emails"
    )
    invitation = models.ForeignKey(
        "surveys.Invitation", on_delete=models.CASCADE, null=True, blank=True, related_name="emails"
    )
    response = models.ForeignKey(
        "surveys.Response", on_delete=models.CASCADE, null=True, blank=True, related_name="emails"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=SCHEDULED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"))
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]
        constraints = [
            # One invitation e-mail per invitation; one alert and one reply notice per response.
            models.UniqueConstraint(
                fields=["invitation", "kind"],
                condition=models.Q(invitation__isnull=False),
                name="surveys_one_email_per_invitation_kind",
            ),
            models.UniqueConstraint(
                fields=["response", "kind"],
                condition=models.Q(response__isnull=False, kind__in=("negative_alert", "reply_notice")),
                name="surveys_one_email_per_response_kind",
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="surveys_email_due")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {', '.join(self.recipients)} ({self.get_status_display()})"
