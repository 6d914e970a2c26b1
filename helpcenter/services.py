"""Operations on help content that views, the API and commands share."""

import hashlib
import hmac
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .conf import helpcenter_settings
from .models import ArticleFeedback, ArticlePage, ArticleReadCount
from .signals import article_rated


class FeedbackError(Exception):
    """A vote that cannot be stored; the message is safe to show the visitor."""

    status = 400


class ArticleNotFound(FeedbackError):
    status = 404


class AlreadyVoted(FeedbackError):
    status = 409


class InvalidFeedback(FeedbackError):
    status = 422


def visitor_fingerprint(visitor_id: str) -> str:
    """A keyed hash of the visitor's random cookie: stable per visitor, meaningless to anyone else."""
    key = f"helpcenter.visitor:{settings.SECRET_KEY}".encode()
    return hmac.new(key, visitor_id.encode(), hashlib.sha256).hexdigest()


def get_public_article(article_id: int) -> ArticlePage:
    article = ArticlePage.objects.live().public().filter(pk=article_id).first()
    if article is None:
        raise ArticleNotFound("This article does not exist or is not published.")
    return article


def record_feedback(
    article_id: int, *, helpful: bool, comment: str, visitor_id: str, request=None
) -> ArticleFeedback:
    """Stores one vote. The database constraint, not a prior lookup, keeps it to one per visitor.

    Sends ``article_rated`` with the request, so a search that led here learns the answer helped.
    """
    comment = (comment or "").strip()
    limit = helpcenter_settings.FEEDBACK_COMMENT_MAX_LENGTH
    if len(comment) > limit:
        raise InvalidFeedback(f"Please keep your comment under {limit} characters.")
    if "\x00" in comment:
        raise InvalidFeedback("The comment contains characters we cannot store.")
    article = get_public_article(article_id)
    try:
        with transaction.atomic():
            vote = ArticleFeedback.objects.create(
                article=article,
                helpful=helpful,
                comment=comment,
                visitor=visitor_fingerprint(visitor_id),
            )
    except IntegrityError:
        raise AlreadyVoted("You have already rated this article. Thank you!") from None
    if request is not None:
        article_rated.send(sender=ArticlePage, request=request, article=article, helpful=helpful)
    return vote


def record_read(article_id: int, day: date | None = None) -> None:
    """Counts one read for today; safe under concurrent requests."""
    article = get_public_article(article_id)
    day = day or timezone.now().date()
    counts = ArticleReadCount.objects.filter(article=article, day=day)
    if counts.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ArticleReadCount.objects.create(article=article, day=day, count=1)
    except IntegrityError:  # another request created today's row first
        counts.update(count=F("count") + 1)
