"""Queries that are attack probes rather than questions: SQL or template syntax, markup, paths, or
long random strings. Scanners send thousands; editors write articles from the reports, so these are
kept out of the reports (and logged for security) instead of counted."""

import re

PROBE_PATTERNS = [
    # SQL: comments, stacked or boolean injections, UNION/ORDER BY probing, timing functions.
    r"\bunion\b.{0,20}\bselect\b",
    r"\bselect\b.{1,80}\bfrom\b",
    r"\b(order|group)\s+by\s+\d+",
    r"\b(sleep|benchmark|pg_sleep|extractvalue|updatexml|load_file)\s*\(|\bwaitfor\s+delay\b",
    r"\b(information_schema|sysobjects|xp_cmdshell|dbms_pipe)\b",
    r"\b(drop|truncate|alter)\s+table\b|\binsert\s+into\b|\bdelete\s+from\b",
    r"['\"`)]\s*(or|and|\|\||&&)\s*['\"`(\d]",
    r"\b(or|and)\s+(\d+|'[^']*')\s*(=|<|>|like)\s*(\d+|'[^']*')",
    r"(--|#)\s*$|/\*|\*/|;\s*(select|drop|insert|update|delete|shutdown)\b",
    r"['\"]\s*;|\bchar\s*\(\s*\d+|0x[0-9a-f]{8,}",
    # Template, expression and markup injection.
    r"\{\{|\}\}|\{%|%\}|\$\{|<%|%>|#\{",
    r"<\s*/?\s*[a-z!][^>]*>|<\s*script|javascript\s*:|\bon(error|load|click|mouseover)\s*=",
    # Paths, encodings and shell syntax.
    r"\.\./|\.\.\\|/etc/passwd|win\.ini|boot\.ini|%[0-9a-f]{2}|\\x[0-9a-f]{2}|\x00",
    r"\|\s*(cat|id|ls|whoami|curl|wget)\b|`[^`]*`|\$\([^)]*\)",
]
_PROBE = re.compile("|".join(f"(?:{pattern})" for pattern in PROBE_PATTERNS), re.IGNORECASE)


def _random_token(token: str) -> bool:
    """A token no person types as a question: very long, or long and mixing letters and digits."""
    if len(token) >= 32:
        return True
    digits = sum(character.isdigit() for character in token)
    letters = sum(character.isalpha() for character in token)
    return len(token) >= 16 and digits >= 3 and letters >= 3


def is_probe(query: str) -> bool:
    """Whether a search query looks like an attack probe or machine noise, not a customer's words."""
    if _PROBE.search(query):
        return True
    return any(_random_token(token) for token in query.split())
