"""The help site's page types: index, categories (and their sections), articles and FAQs."""

from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageViewRestriction
from wagtail.search import index

from .. import lookups, page_cache
from ..blocks import ArticleBodyBlock, FAQBodyBlock
from ..conf import helpcenter_settings
from ..context import help_page_context


def help_search_fields(*fields: tuple[str, float]) -> list:
    """Page.search_fields, then the title again (weighed more) and ``fields``.

    On an engine, the help search app's backend analyses these per content
    language (helpcenter/search/analysis.py); the database backend uses the boosts.
    """
    return [
        *Page.search_fields,
        index.SearchField("title", boost=2),
        *(index.SearchField(name, boost=boost) for name, boost in fields),
    ]


class PurchaseStage(models.TextChoices):
    BEFORE_PURCHASE = "before_purchase", _("Before purchase")
    PAYMENT = "payment", _("Payment")
    DELIVERY = "delivery", _("Delivery")
    RETURNS = "returns", _("Returns and refunds")
    WARRANTY = "warranty", _("Warranty")
    ACCOUNT = "account", _("Account and privacy")


CATEGORY_ICONS = [
    ("box", _("Parcel")),
    ("truck", _("Delivery van")),
    ("return", _("Return arrow")),
    ("card", _("Payment card")),
    ("shield", _("Shield")),
    ("user", _("Person")),
    ("chat", _("Speech bubble")),
    ("tag", _("Price tag")),
]


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages under a view restriction (login, password, groups); a page is
    restricted when its path starts with one. A site has few."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


class HelpPageMixin:
    """What every help page offers its templates: its help home, breadcrumbs and translations.

    They are kept for the page's render: the header, the breadcrumb trail and
    the structured data each ask, and asking again cost a query per ancestor.
    A help page is served in its own language and marked for the page cache.
    """

    @cached_property
    def _live_ancestors(self) -> list[Page]:
        return list(self.get_ancestors().filter(depth__gt=1).live().specific())

    @cached_property
    def help_home(self) -> "AbstractHelpCenterIndexPage | None":
        """The help home this page belongs to: the nearest help home at or above it."""
        if isinstance(self, AbstractHelpCenterIndexPage):
            return self
        homes = [page for page in self._live_ancestors if isinstance(page, AbstractHelpCenterIndexPage)]
        return homes[-1] if homes else None

    @cached_property
    def breadcrumbs(self) -> list[Page]:
        """Ancestors from the help home down to the parent (the shop's own pages above the help
        home are not part of the help center's trail). An unpublished topic keeps its live
        articles served (Wagtail's choice) but is neither named nor linked."""
        home = self.help_home
        if home is None or home is self:
            return []
        return [page for page in self._live_ancestors if page.depth >= home.depth]

    @cached_property
    def translations_for_hreflang(self) -> list[Page]:
        """Translations any visitor may open: a restricted one's address is not advertised."""
        return self._public(self.get_translations(inclusive=True).live().select_related("locale"))

    @cached_property
    def _restricted_paths(self) -> tuple[str, ...]:
        """Tree paths under a view restriction: one query for all this render links to, where
        each ``.public()`` would ask again."""
        return restricted_paths()

    def _public(self, pages) -> list[Page]:
        return [page for page in pages if not page.path.startswith(self._restricted_paths)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        return {**context, **help_page_context()}

    def serve(self, request, *args, **kwargs):
        """The page in its own language, whatever the address's language prefix said (a shop's
        site may have none), rendered here while that language is active."""
        with translation.override(self.locale.language_code):
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return page_cache.mark_cacheable(response)

    def route(self, request, path_components):
        """The page at the end of the path by its URL path, in two queries.

        Wagtail walks the path a level at a time, two queries per level (the
        child, then its specific type): eight for an article under a section.
        A path that names no page (a sub-route of the last page, or nothing)
        takes Wagtail's walk, which also gives the 404.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            # The slug narrows it down by its index; the URL path (not indexed) picks the page.
            page = Page.objects.filter(
                slug=path_components[-1],
                depth=self.depth + len(path_components),
                path__startswith=self.path,
                url_path=url_path,
            ).first()
            if page is not None and page.live:
                return page.specific.route(request, [])
        return super().route(request, path_components)


class AbstractHelpCenterIndexPage(HelpPageMixin, RoutablePageMixin, Page):
    """The home of a help center: anywhere in the site's tree, one per language.

    ``HelpCenterPage`` is the plugin's own; a site may subclass this to add
    fields of its own. Other apps add routes below it (the help search app
    adds ``search/``) through the ``register_help_home_routes`` hook, each a
    URL pattern whose view takes the help home and the request.
    """

    search_prompt = models.CharField(
        _("search prompt"),
        max_length=120,
        blank=True,
        help_text=_("The question above the search box, e.g. “How can we help?”"),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("search_prompt"), FieldPanel("intro")]
    subpage_types = ["helpcenter.CategoryPage", "helpcenter.ArticlePage", "helpcenter.FAQPage"]

    class Meta:
        abstract = True

    @classmethod
    def get_subpage_urls(cls):
        routes = [route for hook in hooks.get_hooks("register_help_home_routes") for route in hook()]
        return (*super().get_subpage_urls(), *routes)

    def route_url(self, name: str, *args) -> str | None:
        """The address of one of this help home's routes (None when no app provides it)."""
        try:
            return self.url + self.reverse_subpage(name, args=args).lstrip("/")
        except NoReverseMatch:
            return None

    def topics(self):
        return CategoryPage.objects.child_of(self).live().public().specific()

    def articles(self):
        return ArticlePage.objects.descendant_of(self).live().public()

    def most_read(self, limit: int = 5):
        """Articles by counted reads over the last HELPCENTER_RANKING_DAYS days (a read counts once
        per visitor per article and day, at most HELPCENTER_SIGNALS_PER_CLIENT_PER_DAY per client
        address), listed once they have HELPCENTER_RANKING_MIN_VISITORS of them."""
        since = timezone.now().date() - timedelta(days=helpcenter_settings.RANKING_DAYS)
        return (
            self.articles()
            .annotate(reads=models.Sum("read_counts__count", filter=Q(read_counts__day__gte=since)))
            .filter(reads__gte=max(1, helpcenter_settings.RANKING_MIN_VISITORS))
            .order_by("-reads", "title")[:limit]
        )

    def most_helpful(self, limit: int = 5):
        """Articles by counted "helpful" votes over the same window (one per visitor, a few per
        client address and day), listed once that many distinct visitors found them helpful."""
        since = timezone.now() - timedelta(days=helpcenter_settings.RANKING_DAYS)
        counted = Q(feedback__counted=True, feedback__created_at__gte=since)
        return (
            self.articles()
            .annotate(
                helpful_votes=Count("feedback", filter=counted & Q(feedback__helpful=True)),
                votes=Count("feedback", filter=counted),
            )
            .filter(helpful_votes__gte=max(1, helpcenter_settings.RANKING_MIN_VISITORS))
            .order_by("-helpful_votes", "votes", "title")[:limit]
        )


class HelpCenterPage(AbstractHelpCenterIndexPage):
    """The help center's home: search first, then topics, the most read and most helpful
    articles and the shop's contact channels. Put one where the help center should live
    (``/help/`` under the shop's home page), one per language."""

    class Meta:
        verbose_name = _("help center home")
        verbose_name_plural = _("help center homes")


def help_home_models() -> list[type[AbstractHelpCenterIndexPage]]:
    """Every concrete help home type of the site (the plugin's and any a site derives)."""
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractHelpCenterIndexPage) and not model._meta.abstract
    ]


def help_home_for(site, language_code: str | None = None) -> AbstractHelpCenterIndexPage | None:
    """The site's help home in a language (the closest to the site's root), else its first one.

    Asked on every page outside the tree (search, reviews, errors): remembered per process for
    seconds like the other lookups, and forgotten when any page changes.
    """
    if site is None:
        return None
    homes = lookups.remembered(("help_homes", site.pk), lambda: _help_homes(site))
    matching = [home for home in homes if home.locale.language_code == language_code]
    return (matching or homes or [None])[0]


def _help_homes(site) -> list[AbstractHelpCenterIndexPage]:
    roots = [page.path for page in site.root_page.get_translations(inclusive=True).only("path")]
    homes = (
        Page.objects.type(*help_home_models())
        .live()
        .filter(reduce(or_, (Q(path__startswith=path) for path in roots)))
        .order_by("depth", "path")
        .specific()
    )
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    for home in homes:
        home.locale = locales[home.locale_id]
    return list(homes)


class CategoryPage(HelpPageMixin, Page):
    """A topic (under the help home) or a section of a topic (one level deeper)."""

    icon = models.CharField(_("icon"), max_length=20, choices=CATEGORY_ICONS, default="box")
    description = models.TextField(_("description"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("icon"), FieldPanel("description")]
    search_fields = Page.search_fields + [index.SearchField("description", boost=2)]
    subpage_types = ["helpcenter.CategoryPage", "helpcenter.ArticlePage", "helpcenter.FAQPage"]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # Categories hold sections, and sections hold articles: two levels at most.
        parent = parent.specific
        if isinstance(parent, CategoryPage):
            return not parent.is_section and super().can_create_at(parent)
        return isinstance(parent, AbstractHelpCenterIndexPage) and super().can_create_at(parent)

    @cached_property
    def is_section(self) -> bool:
        return isinstance(self.get_parent().specific, CategoryPage)

    def sections(self):
        return CategoryPage.objects.child_of(self).live().public().specific()

    def articles(self):
        return ArticlePage.objects.child_of(self).live().public().specific()

    def faqs(self):
        return FAQPage.objects.child_of(self).live().public().specific()


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "helpcenter.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(HelpPageMixin, Page):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: shown in search results and on topic pages."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    # Help desks call these alternative questions: customers' wording the article's does not use,
    # searched like the title (not shown to customers), so an editor fixes a missed question at its source.
    other_questions = models.TextField(
        _("other ways customers ask"),
        blank=True,
        help_text=_(
            "One question per line, in customers' own words "
            '("my parcel says delivered but it isn\'t here"). '
            "Search finds the article by them; customers do not see them."
        ),
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    stage = models.CharField(
        _("purchase stage"),
        max_length=20,
        choices=PurchaseStage.choices,
        blank=True,
        help_text=_("Which part of buying from us this article is about."),
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who keeps this article correct."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    external_id = models.CharField(
        _("external id"),
        max_length=40,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("The article's id in the system it was imported from (Zendesk)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("other_questions"),
        InlinePanel("related_links", label=_("Related articles"), max_num=6),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [
                FieldPanel("stage"),
                FieldPanel("tags"),
                FieldPanel("content_owner"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Help center"),
        ),
    ]
    search_fields = help_search_fields(
        ("summary", 2), ("body", 1), ("tag_text", 2), ("other_questions", 2)
    ) + [
        index.FilterField("stage"),
        index.FilterField("external_id"),
        index.AutocompleteField("summary"),
    ]
    parent_page_types = ["helpcenter.CategoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("help article")
        verbose_name_plural = _("help articles")

    FEEDBACK_OUTCOMES = {"thanks", "already", "invalid"}

    @classmethod
    def get_indexed_objects(cls):
        # tag_text below reads the prefetched tags: one query for all articles, not one each.
        return super().get_indexed_objects().prefetch_related("tagged_items__tag")

    def tag_text(self) -> str:
        """Tags as one searchable string (nested tag documents cannot carry per-language analysis)."""
        return " ".join(item.tag.name for item in self.tagged_items.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outcome = request.GET.get("feedback")
        context["feedback_outcome"] = outcome if outcome in self.FEEDBACK_OUTCOMES else None
        return context

    @property
    def category(self) -> CategoryPage | None:
        """The top-level topic this article belongs to."""
        crumbs = [p for p in self.breadcrumbs if isinstance(p, CategoryPage)]
        return crumbs[0] if crumbs else None

    def sections(self) -> list[tuple[str, str]]:
        """(anchor, heading) of every headed section, for the table of contents."""
        return [
            (block.block.anchor(block.value), block.value["heading"])
            for block in self.body
            if block.block_type == "section"
        ]

    def show_toc(self) -> bool:
        return len(self.sections()) >= helpcenter_settings.TOC_MIN_SECTIONS

    def body_with_heading_levels(self) -> list[tuple[object, int]]:
        """Each body block with the level its own title should use: a titled block (steps,
        accordion) sits under the section before it (h3), or directly under the page title (h2),
        so screen-reader users never meet a skipped heading level."""
        level, blocks = 2, []
        for block in self.body:
            if block.block_type == "section":
                level = 3
            blocks.append((block, level))
        return blocks

    def steps(self) -> list[str]:
        """Plain text of every numbered step, for schema.org HowTo."""
        return [
            strip_tags(step["text"].source).strip()
            for block in self.body
            if block.block_type == "steps"
            for step in block.value["steps"]
        ]

    def related_articles(self) -> list["ArticlePage"]:
        """The editor's picks in their order: those any visitor may open, in this page's language."""
        chosen = list(self.related_links.values_list("page_id", flat=True))
        if not chosen:
            return []
        visible = ArticlePage.objects.filter(pk__in=chosen, locale_id=self.locale_id).live()
        pages = {page.pk: page for page in self._public(visible)}
        return [pages[pk] for pk in chosen if pk in pages]

    def needs_review(self) -> bool:
        if self.last_reviewed is None:
            return True
        return (timezone.now().date() - self.last_reviewed).days > helpcenter_settings.REVIEW_AFTER_DAYS


class ArticleRelatedPage(Orderable):
    article = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", "helpcenter.ArticlePage")]


class FAQPage(HelpPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(FAQBodyBlock(), verbose_name=_("questions"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = help_search_fields(("intro", 2), ("body", 1.5))
    parent_page_types = ["helpcenter.CategoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")

    def questions(self) -> list[tuple[str, str]]:
        """(question, plain answer) pairs for schema.org FAQPage."""
        return [
            (block.value["question"], block.block.plain_answer(block.value).strip())
            for block in self.body
            if block.block_type == "question"
        ]
