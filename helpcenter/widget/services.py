"""What the widget's views share: who may embed it, the visitor it counts, the launcher's settings,
the articles a storefront context opens on, and an article as the panel shows it."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Count, Q, Sum
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language_info, gettext, override
from wagtail.models import Locale, Page, Site

from helpcenter.conf import helpcenter_settings
from helpcenter.languages import content_language_codes, default_language, resolve_language
from helpcenter.models import ArticlePage, CategoryPage, help_home_for
from helpcenter.services import public_article

from .models import WidgetSettings

VISITOR_SALT = "helpcenter.widget.visitor"
VISITOR_HEADER = "HTTP_X_HELPCENTER_VISITOR"


def allowed_origins() -> list[str]:
    """Origins whose pages may show the widget: HELPCENTER_WIDGET_ORIGINS, else CORS_ALLOWED_ORIGINS."""
    origins = helpcenter_settings.WIDGET_ORIGINS
    if origins is None:
        origins = getattr(settings, "CORS_ALLOWED_ORIGINS", [])
    return [origin.rstrip("/") for origin in origins if origin]


def is_allowed_origin(origin: str | None) -> bool:
    return bool(origin) and origin.rstrip("/") in allowed_origins()


def widget_language(code: str | None) -> str:
    return resolve_language(code) or default_language()


# The visitor -----------------------------------------------------------------------------------
# The panel is framed by the storefront: on a shop of another site, the help center's cookies are
# third-party there, and browsers block or partition them. The panel page therefore hands its
# script a signed random visitor id, which the script keeps (in the frame's storage, partitioned
# per storefront) and sends back as a header. Like the cookie, it names a browser, not a person,
# and a script that collects many still meets the per-client-address limits (helpcenter.visitors).


def new_visitor_token() -> str:
    return signing.dumps(uuid.uuid4().hex, salt=VISITOR_SALT)


def widget_visitor(request: HttpRequest) -> str | None:
    """The visitor id of the panel's signed token, or None when missing or forged."""
    token = request.META.get(VISITOR_HEADER, "")
    if not token or len(token) > 200:
        return None
    try:
        value = signing.loads(token, salt=VISITOR_SALT, max_age=365 * 24 * 3600)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) and len(value) == 32 and value.isalnum() else None


# The launcher ------------------------------------------------------------------------------------


def settings_for(site: Site | None) -> WidgetSettings | None:
    return WidgetSettings.for_site(site) if site is not None else None


def launcher_config(site: Site | None) -> dict:
    """Per content language: label, colour, position and direction, for the loader script."""
    widget = settings_for(site)
    languages = {}
    for code in content_language_codes():
        appearance = (
            widget.appearance_for(code)
            if widget
            else {"label": "", "colour": WidgetSettings._meta.get_field("colour").default, "position": "end"}
        )
        with override(code):
            label = appearance["label"] or gettext("Help")
            close = gettext("Close help")
        try:
            rtl = get_language_info(code)["bidi"]
        except KeyError:
            rtl = False
        languages[code] = {**appearance, "label": label, "close": close, "dir": "rtl" if rtl else "ltr"}
    return {
        "enabled": bool(widget is None or widget.enabled),
        "origins": allowed_origins(),
        "default": default_language(),
        "languages": languages,
    }


# Contexts ----------------------------------------------------------------------------------------


@dataclass
class ContextList:
    key: str
    pattern: str
    articles: list


def _in_language(page: Page, language: str) -> Page | None:
    if page.locale.language_code == language:
        return page
    locale = Locale.objects.filter(language_code=language).first()
    return page.get_translation_or_none(locale) if locale else None


def most_helpful_in(topic: Page, limit: int | None = None) -> list[ArticlePage]:
    """The topic's articles by counted helpful votes, then counted reads, over the ranking window;
    unlike the help home's list there is no minimum, so a new shop's context is never empty."""
    limit = limit or helpcenter_settings.WIDGET_CONTEXT_ARTICLES
    since = timezone.now() - timedelta(days=helpcenter_settings.RANKING_DAYS)
    helpful = Q(feedback__counted=True, feedback__helpful=True, feedback__created_at__gte=since)
    return list(
        ArticlePage.objects.descendant_of(topic)
        .live()
        .public()
        .annotate(
            helpful_votes=Count("feedback", filter=helpful, distinct=True),
            reads=Sum("read_counts__count", filter=Q(read_counts__day__gte=since.date())),
        )
        .order_by("-helpful_votes", "-reads", "path")[:limit]
    )


def context_lists(site: Site | None, language: str) -> list[ContextList]:
    """Every context the editors mapped, with its topic's articles in the panel's language."""
    widget = settings_for(site)
    if widget is None:
        return []
    lists = []
    for row in widget.contexts.select_related("topic", "topic__locale"):
        topic = _in_language(row.topic, language)
        if topic is None or not topic.live or not isinstance(topic.specific, CategoryPage):
            continue
        lists.append(ContextList(row.key, row.url_pattern, most_helpful_in(topic)))
    return lists


def popular_articles(site: Site | None, language: str) -> list[ArticlePage]:
    """What the panel shows where no context applies: the most helpful, else most read, articles."""
    home = help_home_for(site, language)
    if home is None or home.locale.language_code != language:
        return []
    limit = helpcenter_settings.WIDGET_CONTEXT_ARTICLES
    return list(home.most_helpful(limit)) or list(home.most_read(limit)) or most_helpful_in(home, limit)


def panel_article(article_id: int, language: str) -> ArticlePage | None:
    article = public_article(article_id)
    return article if article is not None and article.locale.language_code == language else None
