"""Imported article HTML -> raw ArticleBodyBlock stream data, sanitised on the way.

Help-desk bodies are HTML typed or pasted by agents, so none of it is trusted:
dangerous elements go together with their content, and every piece of rich text
passes Wagtail's own whitelister limited to the article features, so what is
stored is what the rich-text editor itself could have produced.
"""

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from functools import cache

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag
from bs4.element import PreformattedString
from wagtail.admin.rich_text.converters.editor_html import DbWhitelister, EditorHTMLConverter, WhitelistRule
from wagtail.whitelist import allow_without_attributes, check_url

# The article features (helpcenter.blocks) minus document links: imports bring no documents.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "hr", "code"]
SECTION_HEADINGS = frozenset({"h2", "h3", "h4"})
# Headings that do not open a section survive as a bold line.
MINOR_HEADINGS = frozenset({"h1", "h5", "h6"})
# Removed with everything inside: their content is never text a reader should see.
DANGEROUS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
        "template", "svg", "math", "form", "input", "button", "select", "textarea", "link", "meta",
        "base", "head", "title", "audio", "video", "canvas", "source", "track",
    }
)  # fmt: skip
# Wrappers: looked through when they hold blocks, made a paragraph when they hold text
# (a <p> too: the lenient parser lets "<p>text<ul>...</ul></p>" nest).
CONTAINERS = frozenset(
    {
        "html", "body", "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "center", "blockquote", "figure", "figcaption", "address", "pre", "dl", "dt", "dd",
    }
)  # fmt: skip
# Inside rich text, a stray <li> or an unusable <details> is a wrapper too.
RICH_CONTAINERS = CONTAINERS | {"li", "details", "summary"}
BLOCKS = CONTAINERS | SECTION_HEADINGS | MINOR_HEADINGS | {"ul", "ol", "li", "hr", "table", "details"}
# Elements after which plain text needs a space, so "<li>a</li><li>b</li>" reads "a b".
TEXT_BREAKS = BLOCKS | {"br", "tr", "td", "th", "summary", "caption"}
HEADING_MAX_LENGTH = 120  # SectionBlock.heading
QUESTION_MAX_LENGTH = 250  # QuestionAnswerBlock.question
MAX_SPAN = 50  # a hostile colspan must not blow a table up to millions of cells


def html_to_stream(html: str | None) -> list[dict]:
    """Raw ArticleBodyBlock data for an article body; [] when nothing readable survives."""
    builder = _StreamBuilder()
    for node in _top_level(_parse(html or "")):
        builder.add(node)
    return builder.finish()


def sanitise(html: str) -> str:
    """Wagtail's stored rich-text format, limited to RICH_TEXT_FEATURES; "" when empty."""
    soup = _parse(html)
    _drop_empty_blocks(soup)
    return _whitelister().clean(str(soup))


def plain_text(html: str | None) -> str:
    """Readable text of a body (for summaries), with dangerous content already gone."""
    return readable_text(_parse(html or ""))


def readable_text(node: PageElement) -> str:
    """Text of a node with blocks kept apart and whitespace collapsed."""
    if isinstance(node, NavigableString):
        return _squash(str(node))
    return _squash("".join(_text_parts(node)))


def truncate_words(text: str, limit: int) -> str:
    """text cut at a word boundary to at most limit characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if not text[limit - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]  # drop the half word
    return head.rstrip(" ,;:.-–—") + "…"


def table_value(table: Tag) -> dict | None:
    """TableBlock raw value: cell text on a grid, row and column spans kept as merged cells."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: dict[tuple[int, int], str] = {}
    merges = []
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in grid:
                c += 1
            rowspan = min(_span(cell, "rowspan"), len(rows) - r)
            colspan = _span(cell, "colspan")
            grid.update({(r + dr, c + dc): "" for dr in range(rowspan) for dc in range(colspan)})
            grid[(r, c)] = readable_text(cell)
            if rowspan > 1 or colspan > 1:
                merges.append({"row": r, "col": c, "rowspan": rowspan, "colspan": colspan})
            c += colspan
    if not grid:
        return None
    width = max(col for _, col in grid) + 1
    header = _is_header_row(rows[0])
    caption = table.find("caption", recursive=False)
    return {
        "data": [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))],
        "first_row_is_table_header": header,
        "first_col_is_header": False,
        # What Wagtail's table editor saves since 6.0; stored up front so re-imports compare equal.
        "table_header_choice": "row" if header else "neither",
        "table_caption": readable_text(caption) if caption else "",
        "cell": [],
        "mergeCells": merges,
    }


class _StreamBuilder:
    """Top-level nodes -> blocks: headings open sections; tables and <details> stand alone."""

    def __init__(self) -> None:
        self.blocks: list[dict] = []
        self.heading: str | None = None
        self.pending: list[PageElement] = []

    def add(self, node: PageElement) -> None:
        name = node.name if isinstance(node, Tag) else None
        if name in SECTION_HEADINGS:
            self._flush()
            self.heading = truncate_words(readable_text(node), HEADING_MAX_LENGTH) or None
        elif name == "table" and (table := table_value(node)):
            self._flush()
            self._emit("table", table)
        elif name == "details" and (item := _accordion_item(node)):
            self._flush()
            self._add_accordion_item(item)
        else:
            self.pending.append(node)

    def finish(self) -> list[dict]:
        self._flush()
        return self.blocks

    def _flush(self) -> None:
        body = rich_text(self.pending)
        heading = self.heading
        self.pending, self.heading = [], None
        if heading and body:
            self._emit("section", {"heading": heading, "body": body})
        elif heading:
            # A section needs text; a bare heading (say, right above a table) stays as a bold line.
            self._emit("paragraph", f"<p><b>{html_lib.escape(heading, quote=False)}</b></p>")
        elif body:
            self._emit("paragraph", body)

    def _add_accordion_item(self, item: dict) -> None:
        """Consecutive <details> make one accordion."""
        if self.blocks and self.blocks[-1]["type"] == "accordion":
            self.blocks[-1]["value"]["items"].append({"type": "item", "value": item})
        else:
            self._emit("accordion", {"title": "", "items": [{"type": "item", "value": item}]})

    def _emit(self, block_type: str, value) -> None:
        self.blocks.append({"type": block_type, "value": value})


def rich_text(nodes: Iterable[PageElement]) -> str:
    """Sanitised rich text for a run of nodes; loose inline content is wrapped in paragraphs."""
    return sanitise("".join(_block_html(nodes)))


def _accordion_item(details: Tag) -> dict | None:
    """Question and answer from <details><summary>; None when either is missing."""
    summary = details.find("summary", recursive=False)
    if summary is None:
        return None
    question = truncate_words(readable_text(summary), QUESTION_MAX_LENGTH)
    answer = rich_text(child for child in details.children if child is not summary)
    return {"question": question, "answer": answer} if question and answer else None


def _block_html(nodes: Iterable[PageElement]) -> Iterator[str]:
    """HTML of block elements, with each run of inline nodes in between made a paragraph."""
    inline: list[PageElement] = []
    for node in nodes:
        if isinstance(node, Tag) and node.name in BLOCKS:
            yield _paragraph(inline)
            inline = []
            yield from _one_block(node)
        else:
            inline.append(node)
    yield _paragraph(inline)


def _one_block(tag: Tag) -> Iterator[str]:
    if tag.name in SECTION_HEADINGS | MINOR_HEADINGS:
        if text := readable_text(tag):
            yield f"<p><b>{html_lib.escape(text, quote=False)}</b></p>"
    elif tag.name == "table":  # only where a table block cannot go, e.g. inside <details>
        for row in (table_value(tag) or {}).get("data", []):
            yield f"<p>{html_lib.escape(' | '.join(row), quote=False)}</p>"
    elif tag.name in RICH_CONTAINERS and _holds_blocks(tag):
        yield from _block_html(tag.children)
    elif tag.name in RICH_CONTAINERS:
        yield f"<p>{tag.decode_contents()}</p>"
    else:
        yield str(tag)


def _paragraph(inline: list[PageElement]) -> str:
    html = "".join(
        html_lib.escape(str(node), quote=False) if isinstance(node, NavigableString) else str(node)
        for node in inline
    ).strip()
    return f"<p>{html}</p>" if html else ""


def _top_level(parent: Tag) -> Iterator[PageElement]:
    """Children of parent, looking through wrappers such as a <div> around the whole body."""
    for node in list(parent.children):
        if isinstance(node, Tag) and node.name in CONTAINERS and _holds_blocks(node):
            yield from _top_level(node)
        else:
            yield node


def _text_parts(tag: Tag) -> Iterator[str]:
    for child in tag.children:
        if isinstance(child, NavigableString):
            yield str(child)
        elif child.name in TEXT_BREAKS:
            yield " "
            yield from _text_parts(child)
            yield " "
        else:
            yield from _text_parts(child)


def _holds_blocks(tag: Tag) -> bool:
    return any(isinstance(child, Tag) and child.name in BLOCKS for child in tag.children)


def _parse(html: str) -> BeautifulSoup:
    """Parse and defuse, so the rest of this module only ever sees harmless markup."""
    soup = BeautifulSoup(html, "html.parser")
    for special in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        special.extract()  # comments, CDATA, doctypes, processing instructions
    for tag in soup.find_all(DANGEROUS):
        if not tag.decomposed:  # already gone with a dangerous ancestor
            tag.decompose()
    for tag in soup.find_all(True):
        _defuse(tag)
    for paragraph in soup.select("li > p"):
        _unwrap_list_paragraph(paragraph)
    return soup


def _defuse(tag: Tag) -> None:
    """Only safe link targets and table spans survive; images (external here) leave their alt text."""
    if tag.name == "img":
        alt = _squash(str(tag.get("alt", "")))
        if alt:
            tag.replace_with(alt)
        else:
            tag.decompose()
    elif tag.name == "a":
        href = str(tag.get("href", "")).strip()
        href = check_url(href) if href else None
        tag.attrs = {"href": href} if href else {}
        if not href:
            tag.unwrap()  # a link to nowhere (or to javascript:) is just its text
    else:
        # No styles, event handlers or data-linktype page references; table spans are read later.
        tag.attrs = {key: value for key, value in tag.attrs.items() if key in ("colspan", "rowspan")}


def _unwrap_list_paragraph(paragraph: Tag) -> None:
    """<li><p>a</p><p>b</p></li> -> <li>a<br>b</li>: list items hold inline text in Wagtail."""
    if paragraph.find_next_sibling(True) is not None:
        paragraph.insert_after(BeautifulSoup("<br/>", "html.parser").br)
    paragraph.unwrap()


def _drop_empty_blocks(soup: BeautifulSoup) -> None:
    """Remove blank paragraphs and lists (&nbsp; spacers) and the whitespace between blocks."""
    for tag in reversed(soup.find_all(["p", "li", "ul", "ol"])):
        if not tag.get_text(strip=True) and not tag.find("hr"):
            tag.decompose()
    for parent in [soup, *soup.find_all(["ul", "ol"])]:
        for node in list(parent.contents):
            if isinstance(node, NavigableString) and not node.strip():
                node.extract()


def _is_header_row(row: Tag) -> bool:
    cells = row.find_all(["td", "th"], recursive=False)
    return row.parent.name == "thead" or (bool(cells) and all(cell.name == "th" for cell in cells))


def _span(cell: Tag, attribute: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attribute, 1))), MAX_SPAN))
    except ValueError:
        return 1


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def _whitelister() -> DbWhitelister:
    """Wagtail's whitelister for the article features, plus inline code (it has no editorhtml rule)."""
    rules = EditorHTMLConverter(features=RICH_TEXT_FEATURES).converter_rules
    return DbWhitelister([*rules, WhitelistRule("code", allow_without_attributes)])
