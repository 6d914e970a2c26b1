"""What editors write: surveys per language, their extra questions, and the reasons they offer."""

import time

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

PARTS_CACHE_SECONDS = 10
_PARTS_CACHE: dict[tuple, tuple[float, list, list]] = {}

# Shown when the editor leaves a text blank, in the survey's own language.
DEFAULT_TEXTS = {
    "heading": _("How was your order?"),
    "intro": _("It takes less than a minute, and it helps us do better."),
    "csat_question": _("How satisfied are you with your order?"),
    "nps_question": _("How likely are you to recommend us to a friend?"),
    "reasons_question": _("What could we do better?"),
    "comment_question": _("Anything else you would like to tell us?"),
    "consent_label": _("You may publish my review on the website"),
    "thank_you": _("Thank you! Your answers help us improve."),
}


class Reason(TranslatableMixin, models.Model):
    """One answer to "what could we do better?"; its key groups it across languages."""

    key = models.SlugField(
        _("key"),
        max_length=50,
        help_text=_("A stable identifier used in statistics, the same in every language, e.g. 'delivery'."),
    )
    label = models.CharField(_("label"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)
    active = models.BooleanField(
        _("offered"), default=True, help_text=_("Offered on surveys that do not pick their own reasons.")
    )

    panels = [FieldPanel("label"), FieldPanel("key"), FieldPanel("sort_order"), FieldPanel("active")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("survey reason")
        verbose_name_plural = _("survey reasons")
        ordering = ["sort_order", "label"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "key"], name="surveys_reason_key_per_locale"),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.locale.language_code})" if self.locale_id else self.label


class Survey(TranslatableMixin, ClusterableModel):
    """A post-purchase survey in one language. Blank texts fall back to translated defaults."""

    title = models.CharField(
        _("name"), max_length=120, help_text=_("For editors; customers see the heading.")
    )
    live = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("New invitations in this language use the newest active survey."),
    )
    heading = models.CharField(_("heading"), max_length=150, blank=True)
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    ask_csat = models.BooleanField(_("ask for a 1–5 star rating (CSAT)"), default=True)
    csat_question = models.CharField(_("rating question"), max_length=200, blank=True)
    ask_nps = models.BooleanField(_("ask how likely they are to recommend us (NPS, 0–10)"), default=False)
    nps_question = models.CharField(_("recommendation question"), max_length=200, blank=True)
    ask_reasons = models.BooleanField(_("ask what we could do better"), default=True)
    reasons_question = models.CharField(_("reasons question"), max_length=200, blank=True)
    reasons = ParentalManyToManyField(
        Reason,
        blank=True,
        verbose_name=_("reasons offered"),
        help_text=_("Leave empty to offer every active reason in the survey's language."),
    )
    ask_comment = models.BooleanField(_("ask for a comment"), default=True)
    comment_question = models.CharField(_("comment question"), max_length=200, blank=True)
    consent_label = models.CharField(_("publication consent label"), max_length=200, blank=True)
    thank_you = models.CharField(_("thank-you message"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("live")]),
        MultiFieldPanel([FieldPanel("heading"), FieldPanel("intro")], heading=_("Heading")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ask_csat"), FieldPanel("csat_question")]),
                FieldRowPanel([FieldPanel("ask_nps"), FieldPanel("nps_question")]),
            ],
            heading=_("Ratings"),
        ),
        MultiFieldPanel(
            [FieldPanel("ask_reasons"), FieldPanel("reasons_question"), FieldPanel("reasons")],
            heading=_("What could we do better?"),
        ),
        InlinePanel("questions", heading=_("Extra questions"), label=_("Question")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ask_comment"), FieldPanel("comment_question")]),
                FieldPanel("consent_label"),
                FieldPanel("thank_you"),
            ],
            heading=_("Comment and consent"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if not (self.ask_csat or self.ask_nps):
            raise ValidationError(
                _("A survey needs at least one rating: the star rating or the NPS question.")
            )

    def text(self, name: str) -> str:
        """The editor's wording, or the default in the active language (use inside the survey's language)."""
        return getattr(self, name, "") or str(DEFAULT_TEXTS[name])

    def offered_reasons(self) -> list[Reason]:
        """The chosen reasons in the survey's language, else every active reason in that language."""
        chosen = list(self.reasons.select_related("locale").order_by("sort_order", "label"))
        if not chosen:
            return list(Reason.objects.filter(locale_id=self.locale_id, active=True))
        reasons = []
        for reason in chosen:
            if reason.locale_id != self.locale_id:
                reason = reason.get_translation_or_none(self.locale) or reason
            reasons.append(reason)
        return reasons

    def parts(self) -> tuple[list["Reason"], list["SurveyQuestion"]]:
        """The reasons offered and the extra questions, cached per process for a few seconds.

        A survey is read on every submission; editing it changes ``updated_at`` and so the cache
        key, while an edited reason label shows up within PARTS_CACHE_SECONDS.
        """
        key = (self.pk, self.updated_at)
        cached = _PARTS_CACHE.get(key)
        now = time.monotonic()
        if cached is not None and cached[0] > now:
            return cached[1], cached[2]
        reasons = self.offered_reasons() if self.ask_reasons else []
        questions = list(self.questions.all())
        if self.pk is not None:
            if len(_PARTS_CACHE) > 256:
                _PARTS_CACHE.clear()
            _PARTS_CACHE[key] = (now + PARTS_CACHE_SECONDS, reasons, questions)
        return reasons, questions

    @classmethod
    def current_for(cls, language_code: str) -> "Survey | None":
        """The newest active survey in a language."""
        return (
            cls.objects.filter(live=True, locale__language_code=language_code).order_by("-updated_at").first()
        )


class SurveyQuestion(Orderable):
    """An extra question an editor adds; answers keep its key and wording."""

    KIND_CHOICE = "choice"
    KIND_YES_NO = "yes_no"
    KIND_TEXT = "text"
    KINDS = [
        (KIND_CHOICE, _("One of several answers")),
        (KIND_YES_NO, _("Yes or no")),
        (KIND_TEXT, _("Short text")),
    ]

    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("key"), max_length=50, help_text=_("A stable identifier for statistics, e.g. 'would_buy_again'.")
    )
    text = models.CharField(_("question"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS, default=KIND_CHOICE)
    choices = models.TextField(
        _("answers"), blank=True, help_text=_("For 'one of several': one answer per line.")
    )
    required = models.BooleanField(_("required"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("text"), FieldPanel("key")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("choices"),
    ]

    def __str__(self) -> str:
        return self.text

    def clean(self) -> None:
        super().clean()
        if self.kind == self.KIND_CHOICE and len(self.choice_list()) < 2:
            raise ValidationError({"choices": _("Give at least two answers, one per line.")})
        if self.key in {"csat", "nps", "reasons", "comment", "consent", "token"}:
            raise ValidationError({"key": _("This key is reserved; choose another.")})

    def choice_list(self) -> list[str]:
        return [line.strip() for line in (self.choices or "").splitlines() if line.strip()]
