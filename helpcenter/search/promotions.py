"""Editors' picks (Wagtail's search promotions) at the top of a help search's first page.

Most searches have no pick, so which queries have one is remembered and only
a pick is loaded; a picked page shows only where the search itself could find it.
"""

from django.utils.html import escape
from wagtail.models import Page

from helpcenter import lookups

from .cards import card_for, hit_for
from .results import SearchHit, SearchResults
from .vocabulary import fold


def promote(results: SearchResults, category: Page | None) -> None:
    """Editors' picks for this query (Wagtail's search promotions) go first, in the search's language.

    A promoted page in another language, unpublished, private or outside the
    category filter is left out; an external link is shown in any language.
    A query with a pick is answered, whatever the ranking thought.
    """
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    asked = {normalise_query_string(text.rstrip("?؟!. ")) for text in (results.query, fold(results.query))}
    # Most searches have no pick: which queries have one is remembered, and only a pick is loaded.
    picked = lookups.remembered(
        ("promoted",),
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )
    if not asked & picked:
        return
    promotions = list(
        SearchPromotion.objects.filter(query__query_string__in=asked).order_by("sort_order", "pk")
    )
    if not promotions:
        return
    pages = Page.objects.filter(pk__in=[p.page_id for p in promotions if p.page_id]).select_related("locale")
    pages = {page.pk: page for page in pages}
    picks: list[SearchHit] = []
    for promotion in promotions:
        description = escape(promotion.description)
        if promotion.page_id is None:
            title = promotion.external_link_text or promotion.external_link_url
            picks.append(
                SearchHit(None, title, promotion.external_link_url, description, "", "link", promoted=True)
            )
            continue
        page = pages.get(promotion.page_id)
        if page is None:
            continue
        visible = page.live and page.locale.language_code == results.language
        visible = visible and (category is None or page.is_descendant_of(category))
        if visible and not page.get_view_restrictions().exists():
            card = card_for(page.specific)
            hit = hit_for(card, description or card.plain_snippet, None)
            hit.promoted = True
            picks.append(hit)
    if not picks:
        return
    promoted_pages = {hit.page_id for hit in picks if hit.page_id is not None}
    results.hits = picks + [hit for hit in results.hits if hit.page_id not in promoted_pages]
    results.low_confidence = False
