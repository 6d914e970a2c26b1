"""The site's search page.

This demo site is all help center, so its search page is the help search of
the visitor's language: the same view a help home serves at ``<help home>/search/``.
A shop's own site keeps its own search page here, and its help center searches at
``/help/search/``.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language
from wagtail.models import Site

from helpcenter.languages import default_language, resolve_language
from helpcenter.models import help_home_for


def search(request: HttpRequest) -> HttpResponse:
    language = resolve_language(get_language()) or default_language()
    help_home = help_home_for(Site.find_for_request(request), language)
    if help_home is None:
        raise Http404("This site has no help center yet.")
    view, args, kwargs = help_home.resolve_subpage("/search/")
    return help_home.serve(request, view, args, kwargs)
