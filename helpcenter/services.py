"""Operations on help content that views, the API and commands share."""

import hashlib
import hmac
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale, Page, Site

from .conf import helpcenter_settings
from .languages import base_language, default_language, resolve_language
from .models import ArticleFeedback, ArticlePage, ArticleReadCount, HelpCenterPage, help_home_for
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


# The largest id a database integer holds: a bigger one in a URL names no page, and SQLite
# refuses to compare with it (a 500 instead of a 404).
MAX_PAGE_ID = 2**63 - 1


def public_article(article_id: int) -> ArticlePage | None:
    """The live, public article with this id, if there is one."""
    if not 0 < article_id <= MAX_PAGE_ID:
        return None
    return ArticlePage.objects.live().public().filter(pk=article_id).first()


def get_public_article(article_id: int) -> ArticlePage:
    article = public_article(article_id)
    if article is None:
        raise ArticleNotFound("This article does not exist or is not published.")
    return article


def record_feedback(
    article_id: int, *, helpful: bool, comment: str, visitor_id: str, request=None, counted: bool = True
) -> ArticleFeedback:
    """Stores one vote. The database constraint, not a prior lookup, keeps it to one per visitor.

    A vote that is not ``counted`` (its client address has used up its share) is kept, with its
    comment, for editors, but no ranking or share counts it. Sends ``article_rated`` with the
    request for counted votes, so a search that led here learns the answer helped.
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
                counted=counted,
            )
    except IntegrityError:
        raise AlreadyVoted("You have already rated this article. Thank you!") from None
    if request is not None and counted:
        article_rated.send(sender=ArticlePage, request=request, article=article, helpful=helpful)
    return vote


def record_read(article_id: int, day: date | None = None, counted: bool = True) -> None:
    """Counts one read for today; safe under concurrent requests. A read that is not ``counted``
    (no visitor, a bot, a repeat) only checks that the article exists."""
    article = get_public_article(article_id)
    if not counted:
        return
    day = day or timezone.now().date()
    counts = ArticleReadCount.objects.filter(article=article, day=day)
    if counts.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ArticleReadCount.objects.create(article=article, day=day, count=1)
    except IntegrityError:  # another request created today's row first
        counts.update(count=F("count") + 1)


# Help homes ---------------------------------------------------------------------------------------

DEFAULT_HOME_SLUG = "help"
DEFAULT_HOME_TITLE = "Help Center"


def ensure_help_home(site: Site | None = None, language: str | None = None) -> tuple[Page, bool]:
    """The site's help home in a language, made when missing; True when it was made.

    A site with no help home gets one under its root page (``/help/``, a
    ``HelpCenterPage``), published, in the root page's language. Another
    language gets a translation of the first help home (``ensure_translation``).
    """
    site = site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise ValueError("The site has no default Site: create one in Settings → Sites first.")
    language = language or resolve_language(site.root_page.locale.language_code) or default_language()
    home = help_home_for(site, language)
    if home is not None:  # a fresh copy: the remembered one is shared by every request of the process
        home = Page.objects.get(pk=home.pk).specific
    if home is not None and home.locale.language_code == language:
        return home, False
    if home is not None:
        return ensure_translation(home, language)
    root = site.root_page.specific
    with translation.override(root.locale.language_code):
        home = HelpCenterPage(
            title=gettext(DEFAULT_HOME_TITLE), slug=_free_child_slug(root, DEFAULT_HOME_SLUG)
        )
    root.add_child(instance=home)
    home.save_revision().publish()
    if root.locale.language_code != language:
        return ensure_translation(home, language)
    return home, True


def ensure_translation(page: Page, language: str) -> tuple[Page, bool]:
    """The page's translation in a language, made as an untranslated copy when missing.

    Where the parent has a translation, the copy goes under it (Wagtail's
    translation trees, e.g. ``/fa/``); where it has none (a shop that is not
    translated), the copy is a sibling (``/help-fa/``), served in its own language.
    """
    locale, _ = Locale.objects.get_or_create(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    try:
        copy = page.copy_for_translation(locale)
    except ParentNotTranslatedError:
        parent = page.get_parent()
        copy = page.specific.copy(
            to=parent,
            update_attrs={
                "locale": locale,
                "slug": _free_child_slug(parent, f"{page.slug}-{base_language(language)}"),
                "live": False,
            },
            reset_translation_key=False,
            copy_revisions=False,
            log_action=None,
        )
    copy.save_revision().publish()
    return copy.specific, True


def _free_child_slug(parent: Page, slug: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
