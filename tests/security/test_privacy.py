"""Issue 23, the privacy decision: opening a survey link (as a page of its own) links that browser's
anonymous visitor cookie, and so its article votes, to the named customer. The link is kept, said
plainly in README's privacy notes, exported with the customer's data and deleted by erase_customer;
the storefront's frame makes no link, and reads and searches are never linked."""

from pathlib import Path

from django.test import Client, RequestFactory

from helpcenter.models import ArticleFeedback
from helpcenter.services import visitor_fingerprint
from helpcenter.visitors import get_visitor_id
from surveys.models import CustomerVisitor
from surveys.services import erase_customer, export_customer
from tests.factories.helpcenter import ArticlePageFactory
from tests.surveys.conftest import invite

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
CUSTOMER = {"id": "c-42", "email": "sara@shop.example", "name": "Sara Karimi"}


def test_the_link_is_documented_in_the_privacy_notes():
    assert "Privacy: a survey link names the browser that opens it" in README
    assert "`erase_customer` deletes it" in README


def test_opening_the_survey_link_links_the_browser_and_export_and_erasure_follow_it(english_survey, home):
    article = ArticlePageFactory(parent=home, title="Returns", slug="returns")
    browser = Client()
    browser.get(article.url)  # the help site gave this browser its anonymous cookie
    visitor = browser.cookies["hc_visitor"].value
    _invitation, token = invite(survey=english_survey, customer=CUSTOMER)
    assert browser.get(f"/surveys/s/{token}/").status_code == 200
    request = RequestFactory().get("/")
    request.COOKIES["hc_visitor"] = visitor
    raw = get_visitor_id(request)
    link = CustomerVisitor.objects.get()
    assert link.visitor == visitor_fingerprint(raw)
    ArticleFeedback.objects.create(article=article, helpful=False, comment="Too long", visitor=link.visitor)

    exported = export_customer(CUSTOMER["email"])["customers"][0]
    [vote] = exported["help_article_votes"]
    assert (vote["article"], vote["helpful"], vote["comment"]) == ("Returns", False, "Too long")
    erase_customer(CUSTOMER["email"])
    assert not CustomerVisitor.objects.exists()
    assert ArticleFeedback.objects.get().visitor == link.visitor  # the vote stays, anonymous again


def test_the_storefronts_frame_links_nothing(english_survey):
    _invitation, token = invite(survey=english_survey, customer=CUSTOMER)
    framed = Client().get(f"/surveys/s/{token}/?embed=1")
    assert framed.status_code == 200
    assert "hc_visitor" not in framed.cookies
    assert not CustomerVisitor.objects.exists()
