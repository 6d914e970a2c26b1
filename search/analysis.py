"""Index analysis for English and Persian help content (plain data: settings import it).

Every text field of a help document is indexed twice, once per language
(``title.en`` and ``title.fa``), and a search in one language reads only its
own sub-fields. Wagtail's backends have one analyzer per field (wagtail issue
1177); multi-fields give each locale its own analysis inside Wagtail's index.

Persian spelling policy, applied to documents and queries alike:
- Arabic ي/ك/ى/ة and Persian ی/ک fold together (persian_normalization);
  Persian and Arabic-Indic digits become 0-9 (decimal_digit).
- The zero-width non-joiner (U+200C) is removed, and a space after the verb
  prefixes می/نمی is closed up, so «می‌شود», «می شود» and «میشود» are one
  token; plural and possessive suffixes written with ZWNJ («سفارش‌ها») join
  their stem, and persian_stem takes them off again.
"""

from .vocabulary import STOP_WORDS, fold

ZWNJ = "\u200c"

PERSIAN_CHAR_FILTERS = {
    "fa_zwnj_join": {"type": "mapping", "mappings": [f"{ZWNJ}=>", "\u200f=>", "\u200e=>"]},
    "fa_verb_prefix_join": {
        "type": "pattern_replace",
        "pattern": "(^|\\s)(ن?می)\\s+(?=\\S)",
        "replacement": "$1$2",
    },
}

ANALYSIS = {
    "char_filter": PERSIAN_CHAR_FILTERS,
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
    },
    "analyzer": {
        "help_en": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["en_possessive", "lowercase", "asciifolding", "en_stop", "en_filler", "en_stemmer"],
        },
        "help_fa": {
            "type": "custom",
            "char_filter": ["fa_zwnj_join", "fa_verb_prefix_join"],
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "decimal_digit",
                "arabic_normalization",
                "persian_normalization",
                "fa_stop",
                "fa_filler",
                "persian_stem",
            ],
        },
    },
}

# Search-as-you-type: the same spelling normalisation, no stemming, and
# word prefixes at index time only.
PREFIX_FILTERS = {
    "en": ["lowercase", "asciifolding"],
    "fa": ["lowercase", "decimal_digit", "arabic_normalization", "persian_normalization"],
}
for _language, _filters in PREFIX_FILTERS.items():
    _char_filters = ["fa_zwnj_join", "fa_verb_prefix_join"] if _language == "fa" else []
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

LANGUAGE_ANALYZERS = {"en": "help_en", "fa": "help_fa"}


def multi_fields(prefixes: bool = False) -> dict:
    """``es_extra`` for a SearchField: one analysed sub-field per language (and prefix sub-fields)."""
    fields = {lang: {"type": "text", "analyzer": name} for lang, name in LANGUAGE_ANALYZERS.items()}
    fields["plain"] = {"type": "text", "analyzer": "standard"}
    if prefixes:
        for lang in LANGUAGE_ANALYZERS:
            fields[f"{lang}_prefix"] = {
                "type": "text",
                "analyzer": f"help_{lang}_prefix",
                "search_analyzer": f"help_{lang}_prefix_search",
            }
    return {"fields": fields}


# The short texts of a help page copied into one field, analysed per language like the rest:
# typo-tolerant matching then expands a word against one field's terms instead of four, which
# was a third of the engine's time per search (search/backends.py adds it to the mapping).
SHORT_TEXT_FIELD = "help_short_text"
SHORT_TEXT_SOURCES = (
    "title",
    "helpcenter_articlepage__summary",
    "helpcenter_articlepage__tag_text",
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


def with_short_text(mapping: dict) -> dict:
    """An index mapping with the short-text field, its sources copying into it, and snippet offsets."""
    properties = mapping["properties"]
    for name in SNIPPET_FIELDS:
        for language in LANGUAGE_ANALYZERS:
            if name in properties:
                properties[name]["fields"][language]["index_options"] = "offsets"
    sources = [name for name in SHORT_TEXT_SOURCES if name in properties]
    if sources:
        properties[SHORT_TEXT_FIELD] = {"type": "text", "fields": multi_fields()["fields"]}
        for name in sources:
            copy_to = properties[name].get("copy_to", [])
            copy_to = [copy_to] if isinstance(copy_to, str) else list(copy_to)
            properties[name]["copy_to"] = [*copy_to, SHORT_TEXT_FIELD]
    return mapping


def index_settings(replicas: int = 1) -> dict:
    return {"settings": {"index": {"number_of_replicas": replicas}, "analysis": ANALYSIS}}
