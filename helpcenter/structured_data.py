"""schema.org JSON-LD for help pages: search engines show FAQ answers and steps directly."""

import json
from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """A JSON-LD script element, escaped like Django's json_script so that text from editors or
    customers cannot close the tag."""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))


def breadcrumb_list(page, request) -> dict[str, Any]:
    trail = [*page.breadcrumbs, page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def article(page, request) -> dict[str, Any]:
    """An Article, or a HowTo when the article walks through numbered steps."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "inLanguage": page.locale.language_code,
        "url": page.get_full_url(request),
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": (page.last_published_at or page.latest_revision_created_at).isoformat()
        if (page.last_published_at or page.latest_revision_created_at)
        else None,
    }
    steps = page.steps()
    if steps:
        data["@type"] = "HowTo"
        data["name"] = page.title
        data["step"] = [
            {"@type": "HowToStep", "position": position, "text": text}
            for position, text in enumerate(steps, start=1)
        ]
    return {key: value for key, value in data.items() if value is not None}


def faq_page(page, request) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": page.locale.language_code,
        "url": page.get_full_url(request),
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
            for question, answer in page.questions()
        ],
    }
