"""Page weight of the help pages a customer lands on, against the budget in the help-content issue.

Builds the demo help center in a throwaway SQLite database, renders home,
topic, article and FAQ pages in English and Persian, and adds up what a
first visit downloads: the HTML, and every stylesheet, script and font it
references (fonts found through the stylesheets). Sizes are reported raw
and gzip-compressed (what whitenoise and any proxy serve).

    .venv/bin/python bench/page_weight.py
"""

import gzip
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "weight.sqlite3"
os.environ.update(
    DJANGO_SETTINGS_MODULE="config.settings.test", DATABASE_URL=f"sqlite:///{DB}", SEARCH_BACKEND="database"
)

import django

django.setup()

from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client

HTML_BUDGET = 60 * 1024
TRANSFER_BUDGET = 250 * 1024
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')
CSS_URL = re.compile(r"url\([\"']?([^\"')]+)[\"']?\)")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def static_bytes(url: str) -> bytes:
    return Path(finders.find(url.removeprefix("/static/"))).read_bytes()


def assets_of(html: str) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for url in ASSET.findall(html):
        found[url] = static_bytes(url)
        if url.endswith(".css"):
            base = url.rsplit("/", 1)[0]
            for ref in CSS_URL.findall(found[url].decode()):
                resolved = os.path.normpath(f"{base}/{ref}")
                found.setdefault(resolved, static_bytes(resolved))
    return found


def main() -> None:
    call_command("migrate", verbosity=0)
    from helpcenter.models import ArticlePage, CategoryPage, FAQPage
    from home.demo import build_demo

    build_demo()
    client = Client(HTTP_HOST="localhost")
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    article = max(english, key=lambda a: len(str(a.body)))
    pages = {
        "home": "/",
        "topic": CategoryPage.objects.filter(depth=3).first().url,
        "article (longest)": article.url,
        "faq": FAQPage.objects.filter(locale__language_code="en").first().url,
    }
    rows = []
    for language in ["en", "fa"]:
        for name, url in pages.items():
            if language == "fa":
                url = "/fa/" if url == "/" else "/fa" + url
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content
            assets = assets_of(html.decode())
            raw = len(html) + sum(len(body) for body in assets.values())
            # Fonts are already compressed: gzip only the text.
            compressed = gz(html) + sum(len(b) if u.endswith(".woff2") else gz(b) for u, b in assets.items())
            rows.append((f"{name} ({language})", len(html), gz(html), raw, compressed, len(assets)))
    print(f"{'page':24} {'HTML':>9} {'HTML gz':>9} {'total raw':>10} {'total gz':>9} {'files':>5}  vs budget")
    for name, html, html_gz, raw, compressed, files in rows:
        sizes = f"{html / 1024:8.1f}K {html_gz / 1024:8.1f}K {raw / 1024:9.1f}K {compressed / 1024:8.1f}K"
        ratios = f"HTML {html / HTML_BUDGET:.2f}x of 60K, total {compressed / TRANSFER_BUDGET:.2f}x of 250K"
        print(f"{name:24} {sizes} {files + 1:5}  {ratios}")
    over = [row[0] for row in rows if row[1] > HTML_BUDGET or row[4] > TRANSFER_BUDGET]
    print("over budget:", ", ".join(over) if over else "none")


if __name__ == "__main__":
    main()
