"""What visitors tell us about articles, kept anonymous."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleFeedback(models.Model):
    """One "was this helpful?" vote. A visitor is a salted hash, never a person."""

    article = models.ForeignKey("helpcenter.ArticlePage", on_delete=models.CASCADE, related_name="feedback")
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True)
    visitor = models.CharField(_("visitor"), max_length=64, editable=False)
    # False for a vote beyond its client address's daily share: kept, never counted.
    counted = models.BooleanField(_("counted"), default=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("article feedback")
        verbose_name_plural = _("article feedback")
        ordering = ["-created_at"]
        constraints = [
            # One vote per visitor per article, enforced where races cannot slip past.
            models.UniqueConstraint(fields=["article", "visitor"], name="helpcenter_one_vote_per_visitor"),
        ]
        indexes = [models.Index(fields=["article", "created_at"])]

    def __str__(self) -> str:
        return f"{'👍' if self.helpful else '👎'} {self.article_id}"


class ArticleReadCount(models.Model):
    """Counted reads per article per day (at most one per visitor, a few per client address:
    helpcenter.visitors), for "most read" without storing who read what."""

    article = models.ForeignKey(
        "helpcenter.ArticlePage", on_delete=models.CASCADE, related_name="read_counts"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="helpcenter_one_count_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} on {self.day}: {self.count}"
