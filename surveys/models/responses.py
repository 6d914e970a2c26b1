"""What customers answered. Every answer keeps the wording it answered, so editing a survey never
changes the meaning of answers already given."""

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

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submitted_at"]
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
