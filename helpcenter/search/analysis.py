"""Index analysis per content language: English and Persian tuned, any other language sensible.

Every text field of a help document is indexed once per analysis language of
the site (``title.en`` and ``title.fa``), and a search in one language reads
only its own sub-fields. Wagtail's backends have one analyzer per field (wagtail issue
1177); multi-fields give each locale its own analysis inside Wagtail's index.

Persian spelling policy, applied to documents and queries alike:
- Arabic ي/ك/ى/ة and Persian ی/ک fold together (persian_normalization);
  Persian and Arabic-Indic digits become 0-9 (decimal_digit).
- A zero-width non-joiner (U+200C) before a suffix or after the verb prefix is removed (joining the
  parts), any other one parts two words of a compound («آسیب‌دیده»); a space after the verb
  prefixes می/نمی is closed up, so «می‌شود», «می شود» and «میشود» are one
  token; plural and possessive suffixes written with ZWNJ («سفارش‌ها») join
  their stem, and persian_stem takes them off again.
"""

import copy

from .vocabulary import STOP_WORDS, fold

ZWNJ = "\u200c"

# Digits of any script (Latin, Arabic-Indic, Persian) glued to letters («۱۴روزه», "14days", "۳۰day")
# are split into a number and a word, in documents and questions alike, so "14 days" finds them.
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
DIGIT_LETTER_SPLIT = {
    "digit_letter_split": {
        "type": "pattern_replace",
        "pattern": f"(?<=[{DIGITS}])(?=\\p{{L}})|(?<=\\p{{L}})(?=[{DIGITS}])",
        "replacement": " ",
    }
}

PERSIAN_ZWNJ_SUFFIXES = "ها|های|هایی|هایم|هایت|هایش|ام|ات|اش|ای|ایم|اید|اند|تر|ترین|ی"

PERSIAN_CHAR_FILTERS = {
    # A suffix («سفارش‌ها», «مرسوله‌ام») or the verb prefix («می‌شود») joins its word; any other
    # ZWNJ parts two words of a compound («آسیب‌دیده», «نشت‌کرده»), which customers write apart.
    "fa_zwnj_join": {
        "type": "pattern_replace",
        "pattern": f"{ZWNJ}(?=(?:{PERSIAN_ZWNJ_SUFFIXES})(?!\\p{{L}}))|(?<=می){ZWNJ}|[\u200e\u200f]",
        "replacement": "",
    },
    "fa_zwnj_split": {"type": "mapping", "mappings": [f"{ZWNJ}=>\\u0020"]},
    "fa_verb_prefix_join": {
        "type": "pattern_replace",
        "pattern": "(^|\\s)(ن?می)\\s+(?=\\S)",
        "replacement": "$1$2",
    },
}

ANALYSIS = {
    "char_filter": {**DIGIT_LETTER_SPLIT, **PERSIAN_CHAR_FILTERS},
    "filter": {
        "en_stop": {"type": "stop", "stopwords": "_english_"},
        "en_stemmer": {"type": "stemmer", "language": "english"},
        "en_possessive": {"type": "stemmer", "language": "possessive_english"},
        "fa_stop": {"type": "stop", "stopwords": "_persian_"},
        # Customers' filler words ("can I", «دارید»), folded as the tokens are.
        "en_filler": {"type": "stop", "stopwords": sorted(STOP_WORDS["en"])},
        "fa_filler": {
            "type": "stop",
            "stopwords": sorted({fold(word).replace(" ", "") for word in STOP_WORDS["fa"]}),
        },
        "prefix_grams": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
        # A duration used as an adjective («۱۴ روزه», «یک ساله») is the unit itself: persian_stem
        # leaves the final ه, and "a 14-day return" would not find «۱۴ روز».
        "fa_unit_adjectives": {
            "type": "stemmer_override",
            "rules": ["روزه => روز", "ساله => سال", "ماهه => ماه", "شبه => شب", "ساعته => ساعت"],
        },
    },
    "analyzer": {
        "help_en": {
            "type": "custom",
            "char_filter": ["digit_letter_split"],
            "tokenizer": "standard",
            "filter": [
                "en_possessive",
                "lowercase",
                "decimal_digit",
                "asciifolding",
                "en_stop",
                "en_filler",
                "en_stemmer",
            ],
        },
        "help_fa": {
            "type": "custom",
            "char_filter": ["digit_letter_split", "fa_zwnj_join", "fa_zwnj_split", "fa_verb_prefix_join"],
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "decimal_digit",
                "arabic_normalization",
                "persian_normalization",
                "fa_stop",
                "fa_filler",
                "fa_unit_adjectives",
                "persian_stem",
            ],
        },
    },
}

# Search-as-you-type: the same spelling normalisation, no stemming, and
# word prefixes at index time only.
PREFIX_FILTERS = {
    "en": ["lowercase", "decimal_digit", "asciifolding"],
    "fa": ["lowercase", "decimal_digit", "arabic_normalization", "persian_normalization"],
}
for _language, _filters in PREFIX_FILTERS.items():
    _char_filters = ["fa_zwnj_join", "fa_zwnj_split", "fa_verb_prefix_join"] if _language == "fa" else []
    ANALYSIS["analyzer"][f"help_{_language}_prefix"] = {
        "type": "custom",
        "char_filter": _char_filters,
        "tokenizer": "standard",
        "filter": [*_filters, "prefix_grams"],
    }
    ANALYSIS["analyzer"][f"help_{_language}_prefix_search"] = {
        "type": "custom",
        "char_filter": _char_filters,
        "tokenizer": "standard",
        "filter": _filters,
    }

# Two neighbouring words written as one («رمزعبور», "login", "giftcard"): the short texts are also
# indexed as pairs of words joined together, which a one-word question finds (query.py).
ANALYSIS["filter"]["joined_pairs"] = {
    "type": "shingle",
    "min_shingle_size": 2,
    "max_shingle_size": 2,
    "output_unigrams": False,
    "token_separator": "",
}
for _language, _filters in PREFIX_FILTERS.items():
    ANALYSIS["analyzer"][f"help_{_language}_joined"] = {
        **ANALYSIS["analyzer"][f"help_{_language}_prefix_search"],
        "filter": [*_filters, "joined_pairs"],
    }

# Languages the engines analyse with their own stemmer and stop words; the key is a language's base
# code (de-AT and de-CH are both "de"). English and Persian have the custom analyzers above.
STEMMED_LANGUAGES = {
    "ar": ("arabic", "arabic"),
    "cs": ("czech", "czech"),
    "da": ("danish", "danish"),
    "de": ("german", "light_german"),
    "el": ("greek", "greek"),
    "es": ("spanish", "light_spanish"),
    "fi": ("finnish", "light_finnish"),
    "fr": ("french", "light_french"),
    "hi": ("hindi", "hindi"),
    "hu": ("hungarian", "light_hungarian"),
    "id": ("indonesian", "indonesian"),
    "it": ("italian", "light_italian"),
    "nb": ("norwegian", "norwegian"),
    "nl": ("dutch", "dutch"),
    "no": ("norwegian", "norwegian"),
    "pt": ("portuguese", "light_portuguese"),
    "ro": ("romanian", "romanian"),
    "ru": ("russian", "light_russian"),
    "sv": ("swedish", "light_swedish"),
    "tr": ("turkish", "turkish"),
}
# Any other language: words split by the Unicode rules, lower-cased, accents and digits folded.
# It finds whole words in every script without knowing the language's grammar.
DEFAULT_LANGUAGE = "default"
DEFAULT_FILTERS = ["lowercase", "decimal_digit", "asciifolding"]


def analysis_language(language_code: str) -> str:
    """The analysis a content language gets: ``en``, ``fa``, a stemmed language, or ``default``."""
    base = language_code.lower().replace("_", "-").split("-")[0]
    return base if base in PREFIX_FILTERS or base in STEMMED_LANGUAGES else DEFAULT_LANGUAGE


def analysis_languages() -> list[str]:
    """The analyses the site's content languages (WAGTAIL_CONTENT_LANGUAGES) need, each once."""
    from wagtail.coreutils import get_content_languages

    return sorted({analysis_language(code) for code in get_content_languages()})


# Lucene's Persian stemmer (the persian_stem filter), as token filters for engines without it:
# Elasticsearch 7 has none (OpenSearch 2 and 3 do; of Elasticsearch 8, only later releases). Each suffix, in
# Lucene's order, comes off when at least two letters stay; the yeh is the Arabic one that
# persian_normalization leaves. The same words come out, so relevance is the same.
PERSIAN_STEM_SUFFIXES = (
    "\u0627\u062a",
    "\u0627\u0646",
    "\u062a\u0631\u064a\u0646",
    "\u062a\u0631",
    "\u064a\u064a",
    "\u064a",
    "\u0647\u0627",
    ZWNJ,
)
PERSIAN_STEM_FILTERS = {
    f"fa_stem_{number}": {"type": "pattern_replace", "pattern": f"^(.{{2,}}){suffix}$", "replacement": "$1"}
    for number, suffix in enumerate(PERSIAN_STEM_SUFFIXES, start=1)
}


def _analysis(languages: list[str], persian_stem: bool = True) -> dict:
    """English and Persian as above, and the analyzers of the other languages the site has."""
    analysis = copy.deepcopy(ANALYSIS)
    if not persian_stem:
        analysis["filter"].update(PERSIAN_STEM_FILTERS)
        filters = analysis["analyzer"]["help_fa"]["filter"]
        at = filters.index("persian_stem")
        filters[at : at + 1] = list(PERSIAN_STEM_FILTERS)
    for language in languages:
        if language in PREFIX_FILTERS:
            continue
        filters = list(DEFAULT_FILTERS)
        if language in STEMMED_LANGUAGES:
            stop_words, stemmer = STEMMED_LANGUAGES[language]
            analysis["filter"][f"{language}_stop"] = {"type": "stop", "stopwords": f"_{stop_words}_"}
            analysis["filter"][f"{language}_stemmer"] = {"type": "stemmer", "language": stemmer}
            filters = ["lowercase", "decimal_digit", f"{language}_stop", f"{language}_stemmer"]
        analyzer = {
            "type": "custom",
            "char_filter": ["digit_letter_split"],
            "tokenizer": "standard",
            "filter": filters,
        }
        analysis["analyzer"][f"help_{language}"] = analyzer
        for suffix, extra in (
            ("prefix", ["prefix_grams"]),
            ("prefix_search", []),
            ("joined", ["joined_pairs"]),
        ):
            analysis["analyzer"][f"help_{language}_{suffix}"] = {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [*DEFAULT_FILTERS, *extra],
            }
    return analysis


def language_fields(languages: list[str], prefixes: bool = False, joined: bool = False) -> dict:
    """A text field's sub-fields: one analysed per language (and prefix sub-fields for titles,
    joined word pairs for the short texts)."""
    fields = {language: {"type": "text", "analyzer": f"help_{language}"} for language in languages}
    fields["plain"] = {"type": "text", "analyzer": "standard"}
    if joined:
        for language in languages:
            fields[f"{language}_joined"] = {
                "type": "text",
                "analyzer": f"help_{language}_joined",
                "search_analyzer": f"help_{language}_prefix_search",
            }
    if prefixes:
        for language in languages:
            fields[f"{language}_prefix"] = {
                "type": "text",
                "analyzer": f"help_{language}_prefix",
                "search_analyzer": f"help_{language}_prefix_search",
            }
    return fields


# The text fields of help pages analysed per language, and whether they get prefix sub-fields for
# search-as-you-type. Other pages of the site (the shop's own) keep Wagtail's analysis.
LANGUAGE_FIELD_SOURCES = {
    "title": True,
    "helpcenter_articlepage__summary": False,
    "helpcenter_articlepage__body": False,
    "helpcenter_articlepage__tag_text": False,
    "helpcenter_articlepage__other_questions": False,
    "helpcenter_faqpage__intro": False,
    "helpcenter_faqpage__body": False,
}


# The short texts of a help page copied into one field, analysed per language like the rest:
# typo-tolerant matching then expands a word against one field's terms instead of four, which
# was a third of the engine's time per search (search/backends.py adds it to the mapping).
SHORT_TEXT_FIELD = "help_short_text"
SHORT_TEXT_SOURCES = (
    "title",
    "helpcenter_articlepage__summary",
    "helpcenter_articlepage__tag_text",
    "helpcenter_articlepage__other_questions",
    "helpcenter_faqpage__intro",
)


# The fields a result's snippet is highlighted from. Their language sub-fields keep each word's
# offsets in the index, so the highlighter reads them instead of analysing every result's body
# again per search: that analysis was half of the engine's time per search.
SNIPPET_FIELDS = (
    "helpcenter_articlepage__body",
    "helpcenter_articlepage__summary",
    "helpcenter_faqpage__body",
)


def with_language_fields(mapping: dict, languages: list[str]) -> dict:
    """A page index mapping with each help text field analysed per language, the short-text field
    its sources copy into, and the snippet fields' word offsets."""
    properties = mapping["properties"]
    for name, prefixes in LANGUAGE_FIELD_SOURCES.items():
        if name in properties:
            properties[name]["fields"] = language_fields(languages, prefixes=prefixes)
    for name in SNIPPET_FIELDS:
        for language in languages:
            if name in properties:
                properties[name]["fields"][language]["index_options"] = "offsets"
    sources = [name for name in SHORT_TEXT_SOURCES if name in properties]
    if sources:
        properties[SHORT_TEXT_FIELD] = {"type": "text", "fields": language_fields(languages, joined=True)}
        for name in sources:
            copy_to = properties[name].get("copy_to", [])
            copy_to = [copy_to] if isinstance(copy_to, str) else list(copy_to)
            properties[name]["copy_to"] = [*copy_to, SHORT_TEXT_FIELD]
    return mapping


def index_settings(languages: list[str], persian_stem: bool = True) -> dict:
    """The analysis part of the index settings: what a deployment's own INDEX_SETTINGS are merged into.
    Without ``persian_stem`` (an engine that lacks the filter), the same stemming by pattern filters."""
    return {"settings": {"analysis": _analysis(languages, persian_stem)}}
