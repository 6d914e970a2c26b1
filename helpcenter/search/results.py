"""What a help search is asked and what it answers: the query as we accept it, and the results.

Every other part of the search (query building, result cards, corrections,
promotions, autocomplete) reads or fills these, and they need none of them.
"""

import re
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Locale

from helpcenter import lookups

from .vocabulary import WORD

MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidQuery(ValueError):
    """A query we refuse to run; the message is safe to show."""


@dataclass
class SearchHit:
    page_id: int | None  # None for an editor-promoted external link
    title: str
    url: str
    snippet: SafeString
    category: str
    kind: str
    external_id: str | None = None
    score: float | None = None
    rank: int = 0
    promoted: bool = False
    path: str = ""  # the page's tree path, for its topic


@dataclass
class SearchResults:
    query: str
    language: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10
    suggestion: str | None = None
    low_confidence: bool = False
    backend: str = "database"
    degraded: bool = False
    # How much of the question the best answer covers (share of its content words), on the engine.
    coverage: float | None = None
    # How strongly the best page matches per question word (query.judge_confidence), on the engine.
    strength: float | None = None
    # Content words none of the returned results mention, not even misspelt or by a synonym.
    unknown_words: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def normalise_query(raw: str | None) -> str:
    """Trims, drops control characters, collapses spaces; refuses what no customer would type."""
    query = CONTROL_CHARACTERS.sub(" ", raw or "")
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidQuery(
            _("Please shorten your question to %(limit)s characters or fewer.") % {"limit": MAX_QUERY_LENGTH}
        )
    return query


def words_only(query: str) -> str:
    """The query's words without punctuation: SQLite's full-text syntax chokes on a stray quote."""
    return " ".join(WORD.findall(query))


def search_locale(language: str) -> Locale | None:
    """The Locale of the search's language, remembered for seconds (lookups.py); None for a content
    language the site has no Locale for yet (nothing can be written in it)."""
    return lookups.remembered(
        ("locale", language), lambda: Locale.objects.filter(language_code=language).first()
    )
