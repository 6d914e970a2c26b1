"""Demo synonyms (``data/synonyms.json``): the everyday words customers use for the shop's own terms."""

from helpcenter.search.models import SynonymGroup

from .data import load


def build_synonyms() -> int:
    """Creates the demo groups that are missing; editors' own groups are left alone."""
    created = 0
    for language, groups in load("synonyms").items():
        for terms in groups:
            _, was_created = SynonymGroup.objects.get_or_create(language=language, terms=terms)
            created += was_created
    return created
