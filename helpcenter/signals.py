"""Signals other apps listen to without the help content depending on them."""

from django.dispatch import Signal

# A visitor rated an article: sender=ArticlePage, request=, article=, helpful=.
# Search analytics uses it to tell whether a search led to a helpful answer.
article_rated = Signal()
