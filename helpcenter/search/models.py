"""Search vocabulary that editors manage: synonyms per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from helpcenter import lookups
from helpcenter.conf import helpcenter_settings
from helpcenter.languages import language_choices

from .analysis import analysis_language
from .vocabulary import Expansion, expand, starter_groups


class SynonymGroup(models.Model):
    """Words customers use interchangeably ("refund, money back"): a search for one finds the others."""

    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "Comma-separated, e.g. “refund, money back, reimbursement”. Applies to new searches at once."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")
        ordering = ["language", "terms"]

    def __str__(self) -> str:
        return f"{self.get_language_display()}: {self.terms}"

    def term_list(self) -> list[str]:
        return [term for term in (" ".join(part.split()).lower() for part in self.terms.split(",")) if term]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("List at least two words or phrases, separated by commas.")})

    @classmethod
    def groups(cls, language: str) -> list[list[str]]:
        """The editors' groups, then the built-in vocabulary unless it is switched off."""
        starter = helpcenter_settings.SEARCH_STARTER_VOCABULARY

        def load():
            groups = [group.term_list() for group in cls.objects.filter(language=language)]
            return groups + (starter_groups(analysis_language(language)) if starter else [])

        return lookups.remembered(("synonyms", language, starter), load)

    @classmethod
    def expand(cls, query: str, language: str) -> list[Expansion]:
        return expand(query, analysis_language(language), cls.groups(language))

    @classmethod
    def expansions(cls, query: str, language: str) -> list[str]:
        """The synonyms of every term in ``query`` (whole words, any inflection), without its own terms."""
        found: list[str] = []
        for expansion in cls.expand(query, language):
            found.extend(term for term in expansion.terms if term not in found)
        return found


register_snippet(SynonymGroup)


class SearchEvent(models.Model):
    """One customer search and what followed it. Nothing here identifies the customer.

    Searches that are not a customer's question are stored (for security) with the reason they
    are left out of the editors' reports; only events with no reason are counted."""

    COUNTED = ""
    PROBE = "probe"
    BOT = "bot"
    REPEAT = "repeat"
    EXCLUSIONS = [
        (COUNTED, _("counted")),
        (PROBE, _("looks like an attack probe")),
        (BOT, _("sent by a bot")),
        (REPEAT, _("repeated by the same visitor")),
    ]
    SITE = "site"
    WIDGET = "widget"
    API = "api"
    CHANNELS = [
        (SITE, _("help site")),
        (WIDGET, _("storefront widget")),
        (API, _("API")),
    ]

    query = models.CharField(_("query"), max_length=200, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    result_count = models.PositiveIntegerField(_("results"))
    low_confidence = models.BooleanField(_("no good answer"), default=False)
    degraded = models.BooleanField(_("answered by the database fallback"), default=False)
    clicked_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("clicked page"), null=True, blank=True, on_delete=models.SET_NULL
    )
    clicked_rank = models.PositiveSmallIntegerField(_("clicked rank"), null=True, blank=True)
    contacted = models.BooleanField(_("went on to contact us"), default=False)
    # The visitor's vote on the page they opened from this search; None when they did not vote.
    rated_helpful = models.BooleanField(_("rated the answer helpful"), null=True, blank=True)
    created_at = models.DateTimeField(_("searched at"), auto_now_add=True, db_index=True)
    excluded = models.CharField(
        _("left out of reports"), max_length=10, choices=EXCLUSIONS, default=COUNTED, blank=True
    )
    # Where the customer asked: editors compare the help site with the storefront's widget.
    channel = models.CharField(_("channel"), max_length=10, choices=CHANNELS, default=SITE, db_index=True)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        indexes = [models.Index(fields=["language", "query"])]

    def __str__(self) -> str:
        return f"{self.language}: {self.query} ({self.result_count})"

    @staticmethod
    def normalise(query: str) -> str:
        """Lower case, one space, Arabic letter forms folded to Persian: variants count as one query."""
        folded = query.lower().replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace("\u200c", " ")
        return " ".join(folded.split())[:200]


class LearnedWord(models.Model):
    """A word customers search an article by that the article may not contain ("trimmer" for the
    shavers' warranty): learned from searches that opened it and found it helpful (learning.py).

    The next run of ``learn_search_words`` updates or drops it as the evidence changes; an editor
    who rejects it keeps it from being learned again."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    word = models.CharField(_("word"), max_length=50)
    searches = models.PositiveIntegerField(
        _("helpful searches"), default=0, help_text=_("Net of searches whose customer voted “not helpful”.")
    )
    days = models.PositiveSmallIntegerField(_("days searched"), default=0)
    rejected = models.BooleanField(
        _("rejected"),
        default=False,
        help_text=_("A rejected word no longer finds this article, and is not learned for it again."),
    )
    updated_at = models.DateTimeField(_("last learned"), auto_now=True)

    panels = [FieldPanel("rejected")]

    class Meta:
        verbose_name = _("word learned from customers")
        verbose_name_plural = _("words learned from customers")
        ordering = ["language", "word"]
        constraints = [
            models.UniqueConstraint(fields=["page", "language", "word"], name="unique_learned_word")
        ]
        indexes = [models.Index(fields=["language", "word"])]

    def __str__(self) -> str:
        return f"{self.language}: {self.word}"


class PageVector(models.Model):
    """A help page's meaning as the sentence encoder read it (semantic.py), kept with a digest of the
    text it read: reindexing reuses it, and only a page whose title, summary or other questions
    changed is encoded again (the encoding, not the indexing, is the slow part)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    text_digest = models.CharField(max_length=64)
    vector = models.TextField()  # float16, base64: as the engine document stores it

    class Meta:
        verbose_name = _("page vector")

    def __str__(self) -> str:
        return f"vector of page {self.page_id}"


class ExcludedQuery(models.Model):
    """A query an editor took out of the search reports (test searches, spam, a colleague's name)."""

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    created_at = models.DateTimeField(_("excluded at"), auto_now_add=True)

    panels = [FieldPanel("query"), FieldPanel("language")]

    class Meta:
        verbose_name = _("query excluded from reports")
        verbose_name_plural = _("queries excluded from reports")
        ordering = ["language", "query"]
        constraints = [models.UniqueConstraint(fields=["query", "language"], name="unique_excluded_query")]

    def __str__(self) -> str:
        return f"{self.language}: {self.query}"


register_snippet(ExcludedQuery)


class IndexBacklog(models.Model):
    """An object the search engine failed to index (it was down); indexing.catch_up replays it."""

    model = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    failed_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("search index backlog entry")
        constraints = [
            models.UniqueConstraint(fields=["model", "object_pk"], name="unique_index_backlog_entry")
        ]

    def __str__(self) -> str:
        return f"{self.model} {self.object_pk}"


class LearnedWordViewSet(SnippetViewSet):
    """Editors review learned words and reject them; only the learning job adds them."""

    model = LearnedWord
    icon = "search"
    list_display = ["word", "page", "language", "searches", "days", "rejected", "updated_at"]
    list_filter = ["language", "rejected"]
    list_per_page = 100


class ReviewOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(LearnedWord, ReviewOnlyPolicy(LearnedWord))
register_snippet(LearnedWordViewSet)
