"""What customers answered. Every answer keeps the wording it answered, so editing a survey never
changes the meaning of answers already given."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Response(models.Model):
    """One customer's answers to one invitation; the one-to-one makes a second one impossible."""

    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True

    STATE_NEW = "new"
    STATE_IN_REVIEW = "in_review"
    STATE_PUBLISHED = "published"
    STATE_REJECTED = "rejected"
    STATES = [
        (STATE_NEW, _("New")),
        (STATE_IN_REVIEW, _("In review")),
        (STATE_PUBLISHED, _("Published")),
        (STATE_REJECTED, _("Rejected")),
    ]
    # A response waits for staff while in these states; the response-time target applies to them.
    OPEN_STATES = (STATE_NEW, STATE_IN_REVIEW)

    # Follow-up is a separate track: an unhappy customer may need contacting whatever is published.
    FOLLOW_UP_NONE = ""
    FOLLOW_UP_NEEDED = "follow_up"
    FOLLOW_UP_CONTACTED = "contacted"
    FOLLOW_UP_RESOLVED = "resolved"
    FOLLOW_UPS = [
        (FOLLOW_UP_NONE, _("None")),
        (FOLLOW_UP_NEEDED, _("Follow-up needed")),
        (FOLLOW_UP_CONTACTED, _("Customer contacted")),
        (FOLLOW_UP_RESOLVED, _("Resolved")),
    ]

    REJECTION_REASONS = [
        ("spam", _("Spam")),
        ("abuse", _("Abuse")),
        ("off_topic", _("Off-topic")),
        ("private_data", _("Private data")),
    ]

    # Lower is more urgent, so ordering by severity puts the angriest customers first.
    SEVERITY_CRITICAL = 1
    SEVERITY_NEGATIVE = 2
    SEVERITY_NORMAL = 3
    SEVERITIES = [
        (SEVERITY_CRITICAL, _("Critical")),
        (SEVERITY_NEGATIVE, _("Negative")),
        (SEVERITY_NORMAL, _("Normal")),
    ]

    CHANNELS = [("page", _("Survey page")), ("widget", _("Storefront widget")), ("api", _("API"))]

    invitation = models.OneToOneField("surveys.Invitation", on_delete=models.PROTECT, related_name="response")
    customer = models.ForeignKey(
        "surveys.Customer", on_delete=models.SET_NULL, null=True, blank=True, related_name="responses"
    )
    survey = models.ForeignKey(
        "surveys.Survey", on_delete=models.SET_NULL, null=True, blank=True, related_name="responses"
    )
    language = models.CharField(_("language"), max_length=10)
    csat = models.PositiveSmallIntegerField(_("rating (1–5)"), null=True, blank=True, db_index=True)
    nps = models.PositiveSmallIntegerField(_("recommendation (0–10)"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    consent_to_publish = models.BooleanField(_("may be published"), default=False)
    is_negative = models.BooleanField(_("negative"), default=False, db_index=True)
    # The wording of the fixed questions as the customer saw them.
    questions = models.JSONField(_("questions asked"), default=dict, blank=True)
    channel = models.CharField(_("channel"), max_length=10, choices=CHANNELS, default="page")
    state = models.CharField(_("state"), max_length=20, choices=STATES, default=STATE_NEW, db_index=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    # Moderation (surveys.moderation holds the rules; change these through it, never directly).
    severity = models.PositiveSmallIntegerField(_("severity"), choices=SEVERITIES, default=SEVERITY_NORMAL)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_responses",
    )
    follow_up = models.CharField(_("follow-up"), max_length=12, choices=FOLLOW_UPS, blank=True, default="")
    rejection_reason = models.CharField(
        _("rejected because"), max_length=20, choices=REJECTION_REASONS, blank=True, default=""
    )
    first_response_at = models.DateTimeField(_("first answered"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    # Bumped by every moderation change: a change made from a stale page is refused, not merged.
    version = models.PositiveIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submitted_at"]
        permissions = [("moderate_response", _("Can moderate survey responses"))]
        indexes = [
            # The moderation queue's default order, term for term (moderation_admin.queue's
            # QUEUE_ORDERING: open first, most severe, newest; the literals are OPEN_STATES): the
            # first page is read straight off the index at any size, and filters that keep many
            # rows (state, language, unassigned, rating) are read in order until a page is full.
            models.Index(
                models.Case(
                    models.When(state__in=["new", "in_review"], then=models.Value(0)),
                    default=models.Value(1),
                    output_field=models.IntegerField(),
                ),
                models.F("severity"),
                models.F("submitted_at").desc(),
                models.F("id").desc(),
                name="surveys_response_queue_order",
            ),
            # "Assigned to me" in the same order: a member of staff's own list, and its count,
            # come from the index alone instead of from thousands of scattered rows.
            models.Index(
                models.F("assigned_to"),
                models.Case(
                    models.When(state__in=["new", "in_review"], then=models.Value(0)),
                    default=models.Value(1),
                    output_field=models.IntegerField(),
                ),
                models.F("severity"),
                models.F("submitted_at").desc(),
                models.F("id").desc(),
                name="surveys_response_by_assignee",
            ),
            # The queue's "overdue" filter (ModerationSettings.overdue_q): open and unanswered
            # responses by severity and age; small, because answered ones drop out of it.
            models.Index(
                fields=["severity", "submitted_at"],
                condition=models.Q(first_response_at__isnull=True, state__in=["new", "in_review"]),
                name="surveys_response_unanswered",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(csat__isnull=True) | models.Q(csat__gte=1, csat__lte=5),
                name="surveys_response_csat_range",
            ),
            models.CheckConstraint(
                condition=models.Q(nps__isnull=True) | models.Q(nps__lte=10),
                name="surveys_response_nps_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.invitation} · {self.csat or '–'}★"

    def save(self, *args, **kwargs):
        if self._state.adding:
            self.severity = severity_of(self.csat, self.nps)
        super().save(*args, **kwargs)

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES


def severity_of(csat: int | None, nps: int | None) -> int:
    """Critical at the very bottom of either scale, negative at or below the configured limits."""
    from ..conf import surveys_settings

    if (csat is not None and csat <= 1) or (nps is not None and nps <= 2):
        return Response.SEVERITY_CRITICAL
    if (csat is not None and csat <= surveys_settings.NEGATIVE_CSAT_MAX) or (
        nps is not None and nps <= surveys_settings.NEGATIVE_NPS_MAX
    ):
        return Response.SEVERITY_NEGATIVE
    return Response.SEVERITY_NORMAL


class ResponseReason(models.Model):
    """A reason the customer ticked, with its label as they saw it."""

    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="reasons")
    key = models.SlugField(max_length=50, db_index=True)
    label = models.CharField(max_length=120)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["response", "key"], name="surveys_one_reason_once")]

    def __str__(self) -> str:
        return self.label


class ResponseAnswer(models.Model):
    """The answer to an editor's extra question, with the question as it was asked."""

    # Customers' data, not content: kept out of Wagtail's reference index (and its per-save task).
    wagtail_reference_index_ignore = True

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    key = models.SlugField(max_length=50)
    question = models.CharField(max_length=200)
    value = models.TextField(blank=True)
    # Typed by the customer (may hold personal data) rather than picked from the editor's answers.
    is_free_text = models.BooleanField(default=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        constraints = [models.UniqueConstraint(fields=["response", "key"], name="surveys_one_answer_per_key")]

    def __str__(self) -> str:
        return f"{self.question}: {self.value}"
