"""Factories for help content; pages are created under a parent and published."""

import factory
import wagtail_factories

from helpcenter.models import ArticleFeedback, ArticlePage, CategoryPage, FAQPage


class CategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "Everything about this topic."
    icon = "box"

    class Meta:
        model = CategoryPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short summary of the answer."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>The answer.</p>"}])
    stage = "delivery"

    class Meta:
        model = ArticlePage


class FAQPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"FAQ {n}")
    slug = factory.Sequence(lambda n: f"faq-{n}")
    intro = "Quick answers."
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "question",
                "value": {"question": "Do you ship abroad?", "answer": "<p>Yes, to 30 countries.</p>"},
            }
        ]
    )

    class Meta:
        model = FAQPage


class ArticleFeedbackFactory(factory.django.DjangoModelFactory):
    helpful = True
    visitor = factory.Sequence(lambda n: f"visitor-{n:04d}")

    class Meta:
        model = ArticleFeedback


def paragraph(text: str) -> list[dict]:
    """An article body of one paragraph."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page
