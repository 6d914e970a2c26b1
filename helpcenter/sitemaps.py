from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Every language's tree: Wagtail's sitemap only walks the site's own root, not its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = root.get_translations(inclusive=True)
        under_any_root = Q()
        for translated_root in roots:
            under_any_root |= Q(path__startswith=translated_root.path)
        return (
            Page.objects.filter(under_any_root)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
