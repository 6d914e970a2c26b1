"""Links in rich text (articles, FAQ answers, review replies) to pages a visitor may not open."""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class PublicPageLinkHandler(PageLinkHandler):
    """An internal link to a draft, unpublished or view-restricted page keeps its text but loses
    its address: a dead link helps nobody, and the slug of a page not yet announced is news."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        numbers = [id_ for id_ in ids if id_.isdigit()]  # a mangled id is a missing page, not an error
        pages = Page.objects.filter(id__in=numbers).live().public().defer_streamfields().specific()
        found = {str(page.id): page for page in pages}
        return [found.get(id_) for id_ in ids]
