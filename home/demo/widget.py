"""The demo shop's help widget: its launcher in both languages, and storefront places mapped to topics."""

from django.db import transaction
from wagtail.models import Page, Site

from helpcenter.models import CategoryPage
from helpcenter.widget.models import WidgetSettings

from .data import load


@transaction.atomic
def build_demo_widget(home: Page) -> WidgetSettings:
    """Idempotent: the settings are rewritten from home/demo/data/widget.json each run."""
    data = load("widget")
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    widget = WidgetSettings.for_site(site)
    widget.label, widget.colour, widget.position = data["label"], data["colour"], data["position"]
    widget.save()
    widget.appearances.all().delete()
    for language, label in data["labels"].items():
        widget.appearances.create(language=language, label=label)
    widget.contexts.all().delete()
    for context in data["contexts"]:
        topic = CategoryPage.objects.child_of(home).filter(slug=context["topic"]).first()
        if topic is not None:
            widget.contexts.create(key=context["key"], url_pattern=context["url_pattern"], topic=topic)
    widget.save()
    return widget
