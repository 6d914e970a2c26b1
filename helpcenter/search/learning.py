"""Learning from customers: the words they find an article by become that article's search words.

A customer who searched "beard trimmer won't charge", opened the shavers' warranty article and
voted it helpful has told the help center that "trimmer" means that article, though the article
never says it. ``learn`` (run daily: ``manage.py learn_search_words``) turns the logged searches
(analytics.py) into LearnedWord rows; a search then scores an article for a learned word as if the
word were in it, a little below a word of its title, and the word counts as covered when
confidence is judged.

Safeguards, because votes come from anyone and customers' wording drifts:
- Only searches counted in the reports: not bots, attack probes, or one visitor's repeats.
- A word is learned after SEARCH_LEARNING_MIN_SEARCHES helpful searches, net of "not helpful"
  votes on the same article, on at least SEARCH_LEARNING_MIN_DAYS different days: one person (or
  script) in one sitting cannot teach a word, and a word typed once (a name, an order number) is
  never learned. Numbers and a long question's story words are never learned.
- Most of the helpful searches with the word (over half) must have chosen this article: a word that leads to
  many ("order") tells them apart no better than the articles' own text.
- Only the last SEARCH_LEARNING_DAYS count, and every run recomputes from them: a word customers
  stopped using, or an article that stopped answering it, is forgotten.
- A learned word weighs query.LEARNED_WORD_SCORE, at most SEARCH_LEARNING_MAX_WORDS per article,
  and editors see every one (Snippets → Words learned from customers) and can reject it for good.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from helpcenter import lookups
from helpcenter.conf import helpcenter_settings

from .analysis import analysis_language
from .vocabulary import is_story_word, searchable_words

# Of the helpful searches with a word, more than this share must have chosen the article.
MIN_SHARE = 0.5
LONGEST_WORD = 50


@dataclass
class Learned:
    words: int
    pages: int
    searches: int


def learnable_words(query: str, language: str) -> set[str]:
    """The words of a search that may be learned: its content words, without numbers (order
    numbers, prices) or a story's words, each once."""
    language = analysis_language(language)
    return {
        word
        for word in searchable_words(query, language)
        if len(word) <= LONGEST_WORD
        and not any(character.isdigit() for character in word)
        and not is_story_word(word, language)
    }


def learn(now=None) -> Learned:
    """Recomputes every language's learned words from the searches of the last SEARCH_LEARNING_DAYS."""
    from .models import LearnedWord, SearchEvent

    now = now or timezone.now()
    since = now - timedelta(days=helpcenter_settings.SEARCH_LEARNING_DAYS)
    votes: dict[tuple[str, str, int], int] = defaultdict(int)  # (language, word, page) -> net helpful
    days: dict[tuple[str, str, int], set] = defaultdict(set)
    helpful_with: dict[tuple[str, str], int] = defaultdict(int)  # (language, word) -> helpful searches
    events = SearchEvent.objects.filter(
        excluded=SearchEvent.COUNTED,
        created_at__gte=since,
        clicked_page__isnull=False,
        rated_helpful__isnull=False,
    ).values_list("query", "language", "clicked_page_id", "rated_helpful", "created_at")
    searches = 0
    for query, language, page, helpful, created_at in events.iterator(chunk_size=2000):
        searches += 1
        for word in learnable_words(query, language):
            key = (language, word, page)
            votes[key] += 1 if helpful else -1
            if helpful:
                days[key].add(created_at.date())
                helpful_with[language, word] += 1
    settings = helpcenter_settings
    most = settings.SEARCH_LEARNING_MAX_WORDS
    # Rejected words are left out before the per-article cut, so they take none of its slots.
    rejected = set(LearnedWord.objects.filter(rejected=True).values_list("page_id", "language", "word"))
    chosen: dict[int, list[tuple[int, str, str, int]]] = defaultdict(list)
    for (language, word, page), net in votes.items():
        if (
            (page, language, word) not in rejected
            and net >= settings.SEARCH_LEARNING_MIN_SEARCHES
            and len(days[language, word, page]) >= settings.SEARCH_LEARNING_MIN_DAYS
            and net / helpful_with[language, word] > MIN_SHARE
        ):
            chosen[page].append((net, language, word, len(days[language, word, page])))
    rows = [
        LearnedWord(page_id=page, language=language, word=word, searches=net, days=day_count)
        for page, words in chosen.items()
        for net, language, word, day_count in sorted(words, reverse=True)[:most]
    ]
    with transaction.atomic():
        LearnedWord.objects.filter(rejected=False).delete()
        LearnedWord.objects.bulk_create(rows, batch_size=1000)
    lookups.forget()
    return Learned(words=len(rows), pages=len({row.page_id for row in rows}), searches=searches)


def learned_pages(words: list[str], language: str) -> list[list[int]]:
    """For each of a question's words, the pages customers taught it to find (not rejected)."""
    from .models import LearnedWord

    if not helpcenter_settings.SEARCH_LEARNING:
        return [[] for _ in words]
    known = lookups.remembered(
        ("learned words", language),
        lambda: frozenset(
            LearnedWord.objects.filter(language=language, rejected=False).values_list("word", flat=True)
        ),
    )
    asked = [word for word in words if word in known]
    found: dict[str, list[int]] = defaultdict(list)
    if asked:
        rows = LearnedWord.objects.filter(language=language, rejected=False, word__in=asked)
        for word, page in rows.values_list("word", "page_id"):
            found[word].append(page)
    return [found.get(word, []) for word in words]
