"""The Zendesk importer: HTML conversion, validation, the page tree it builds, and re-runs.

Importing the whole sample takes seconds (every page is added, revised and
published), so only the round trip uses all of it; re-runs use two of its
categories, and most other tests a one-article export.
"""

import copy
import json
import os
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision, Site

from helpcenter.importers import zendesk
from helpcenter.importers.html import html_to_stream, plain_text, sanitise, truncate_words
from helpcenter.importers.zendesk import ZendeskImportError, guess_stage, import_zendesk_export
from helpcenter.models import ArticlePage, CategoryPage, HelpCenterPage
from home.demo import build_site

# A copy of shared/eval/sample/articles.json, so the suite needs nothing outside the repository.
SAMPLE = Path(os.environ.get("ZENDESK_SAMPLE", Path(__file__).parents[1] / "data" / "zendesk_sample.json"))
# Two categories of the sample, one per language: "Delivery" and "ارسال و تحویل".
SMALL_CATEGORY_IDS = {4406000152209, 4406000114049}
DRAFT_ID = 4406057400799
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="https://evil.test/x.png" onerror="alert(1)" alt="A parcel">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" JaVa&#x09;ScRiPt:alert(1)">click</a>',
    '<iframe src="https://evil.test/"></iframe>',
    "<style>body { display: none }</style>",
    '<p onclick="alert(1)" style="color: red">styled</p>',
    '<a href="https://ok.test/" data-linktype="page" data-id="1">page</a>',
    '<svg onload="alert(1)"><circle r="1"></circle></svg>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
]
FORBIDDEN = ["<script", "alert(", "onerror", "onclick", "javascript", "<iframe", "<style", "linktype", "<svg"]


@pytest.fixture
def sample() -> dict:
    assert SAMPLE.exists(), f"the sample export {SAMPLE} is missing"
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def small_export(sample) -> dict:
    """Two categories of the sample with their sections and articles: quick to import."""
    sections = [s for s in sample["sections"] if s["category_id"] in SMALL_CATEGORY_IDS]
    section_ids = {s["id"] for s in sections}
    return {
        "categories": [c for c in sample["categories"] if c["id"] in SMALL_CATEGORY_IDS],
        "sections": sections,
        "articles": [a for a in sample["articles"] if a["section_id"] in section_ids],
    }


@pytest.fixture
def help_home(db):
    return build_site()


def tiny_export(body: str = "<p>Open your order.</p>", locale: str = "en-us", **article) -> dict:
    """One category, one section and one article."""
    return {
        "categories": [{"id": 1, "name": "Delivery", "description": "Parcels.", "locale": locale}],
        "sections": [
            {"id": 10, "category_id": 1, "name": "Your parcel", "description": "", "locale": locale}
        ],
        "articles": [
            {
                "id": 100,
                "section_id": 10,
                "title": "Where is my parcel?",
                "body": body,
                "label_names": ["parcel_status"],
                "locale": locale,
                "draft": False,
                "updated_at": "2024-05-28T19:43:01Z",
            }
            | article
        ],
    }


def page_state() -> dict[int, tuple]:
    return {page.pk: (page.title, page.url_path) for page in Page.objects.all()}


def article(zendesk_id: int) -> ArticlePage:
    return ArticlePage.objects.get(external_id=str(zendesk_id))


def stored_html(page: ArticlePage) -> str:
    return json.dumps(list(page.body.raw_data), ensure_ascii=False)


# HTML conversion ---------------------------------------------------------------------------------


def test_headings_start_sections_and_text_before_them_is_a_paragraph():
    stream = html_to_stream(
        "<p>Intro</p><h2>Tracking</h2><p>Open <b>Orders</b>.</p><ul><li>One</li></ul>"
        "<h3>Delays</h3><p>Allow a day.</p><h4>Still nothing?</h4>Tell us."
    )
    assert [block["type"] for block in stream] == ["paragraph", "section", "section", "section"]
    assert stream[0]["value"] == "<p>Intro</p>"
    assert stream[1]["value"] == {
        "heading": "Tracking",
        "body": "<p>Open <b>Orders</b>.</p><ul><li>One</li></ul>",
    }
    assert stream[3]["value"] == {"heading": "Still nothing?", "body": "<p>Tell us.</p>"}


def test_a_wrapper_div_is_looked_through():
    stream = html_to_stream("<div class='article'><h2>Title</h2><div><p>Text</p></div></div>")
    assert stream == [{"type": "section", "value": {"heading": "Title", "body": "<p>Text</p>"}}]


def test_a_heading_without_text_stays_as_a_bold_line():
    stream = html_to_stream("<h2>Times</h2><table><tr><td>1</td></tr></table>")
    assert [block["type"] for block in stream] == ["paragraph", "table"]
    assert stream[0]["value"] == "<p><b>Times</b></p>"


def test_table_becomes_a_table_block_with_its_header_row_and_spans():
    stream = html_to_stream(
        "<table><caption>Refunds</caption><thead><tr><th>Paid by</th><th>Back in</th></tr></thead>"
        "<tbody><tr><td>Card</td><td>3&ndash;7 <b>days</b></td></tr>"
        "<tr><td colspan='2'>Vouchers: at once</td></tr></tbody></table>"
    )
    assert stream == [
        {
            "type": "table",
            "value": {
                "data": [["Paid by", "Back in"], ["Card", "3–7 days"], ["Vouchers: at once", ""]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_header_choice": "row",
                "table_caption": "Refunds",
                "cell": [],
                "mergeCells": [{"row": 2, "col": 0, "rowspan": 1, "colspan": 2}],
            },
        }
    ]


def test_table_without_header_cells_has_no_header_row():
    [block] = html_to_stream("<table><tr><td>a</td><td>b</td></tr></table>")
    assert block["value"]["first_row_is_table_header"] is False
    assert block["value"]["data"] == [["a", "b"]]


def test_lists_links_and_inline_formatting_are_kept():
    html = (
        "<ol><li>Open <strong>Orders</strong></li><li>Tap <em>Track</em></li></ol>"
        '<ul><li><p>See <a href="https://example.test/help" target="_blank">help</a></p></li></ul>'
        "<p>Type <code>JO-123</code>.</p><hr>"
    )
    [block] = html_to_stream(html)
    assert block["value"] == (
        "<ol><li>Open <strong>Orders</strong></li><li>Tap <em>Track</em></li></ol>"
        '<ul><li>See <a href="https://example.test/help">help</a></li></ul>'
        "<p>Type <code>JO-123</code>.</p><hr/>"
    )


def test_headings_and_unknown_markup_inside_rich_text_are_flattened():
    assert sanitise("<p><span class='x'>Hi</span> <u>there</u></p><p>&nbsp;</p>") == "<p>Hi there</p>"


def test_consecutive_details_become_one_accordion():
    stream = html_to_stream(
        "<details><summary>Can I swap?</summary><p>Yes.</p></details>\n"
        "<details><summary>Is it free?</summary>Always.</details>"
    )
    assert stream == [
        {
            "type": "accordion",
            "value": {
                "title": "",
                "items": [
                    {"type": "item", "value": {"question": "Can I swap?", "answer": "<p>Yes.</p>"}},
                    {"type": "item", "value": {"question": "Is it free?", "answer": "<p>Always.</p>"}},
                ],
            },
        }
    ]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_html_is_sanitised(payload):
    stream = html_to_stream(f"<h2>Help</h2><p>Before</p>{payload}<p>After</p>")
    stored = json.dumps(stream).lower()
    assert not [word for word in FORBIDDEN if word in stored]
    assert "Before" in stream[0]["value"]["body"] and "After" in stream[0]["value"]["body"]


def test_external_images_are_dropped_but_their_alt_text_is_kept():
    assert sanitise('<p>See <img src="https://cdn.test/a.png" alt="the label"> here</p>') == (
        "<p>See the label here</p>"
    )


def test_summary_text_is_cut_at_a_word_boundary():
    text = plain_text("<p>Every order gets a <b>tracking</b> link.</p><ul><li>One</li><li>Two</li></ul>")
    assert text == "Every order gets a tracking link. One Two"
    assert truncate_words(text, 22) == "Every order gets a…"
    assert truncate_words("short", 22) == "short"


def test_stage_is_guessed_only_when_obvious():
    assert guess_stage(["card_declined"], "Anything", "Anything") == "payment"
    # Labels naming two stages fall through to the section.
    assert guess_stage(["refund", "card"], "Getting your money back", "Paying") == "returns"
    # Persian typed with Arabic letters still matches.
    assert guess_stage(["گفتگوي-آنلاين"], "حساب و ارتباط", "") == "account"
    assert guess_stage(["chat"], "Talk to us", "Contact") == ""


# Validation: nothing touches the database --------------------------------------------------------


def _set_locale_of_first_category(data: dict, locale: str) -> None:
    category = data["categories"][0]
    category["locale"] = locale
    sections = [s for s in data["sections"] if s["category_id"] == category["id"]]
    for item in sections + [a for a in data["articles"] if a["section_id"] in {s["id"] for s in sections}]:
        item["locale"] = locale


MALFORMED = {
    "missing key": (lambda d: d.pop("sections"), "missing top-level key 'sections'"),
    "not a list": (lambda d: d.update(articles={}), "'articles' must be a list, got an object"),
    "missing title": (
        lambda d: d["articles"][3].pop("title"),
        "articles[3] (id 4406028452337): missing 'title'",
    ),
    "unknown section": (
        lambda d: d["articles"][0].update(section_id=123),
        "articles[0] (id 4406017345635): section_id 123 is not in 'sections'",
    ),
    "wrong id type": (
        lambda d: d["articles"][2].update(id="4406024643194"),
        "articles[2]: 'id' must be an integer, got '4406024643194'",
    ),
    "wrong flag type": (
        lambda d: d["articles"][1].update(draft="no"),
        "articles[1] (id 4406022924711): 'draft' must be true or false, got 'no'",
    ),
    "labels not a list": (
        lambda d: d["articles"][5].update(label_names="courier"),
        "articles[5] (id 4406034844323): 'label_names' must be a list of strings, got 'courier'",
    ),
    "locale mismatch": (
        lambda d: d["articles"][0].update(locale="fa"),
        "articles[0] (id 4406017345635): locale 'fa' does not match sections id 4406000282011 "
        "(locale 'en-us')",
    ),
    "duplicate": (
        lambda d: d["sections"].append(dict(d["sections"][0])),
        "sections[10] (id 4406000282011): duplicate of sections[0] (id 4406000282011)",
    ),
    "bad timestamp": (
        lambda d: d["articles"][0].update(updated_at="yesterday"),
        "'updated_at' must be an ISO 8601 date and time, got 'yesterday'",
    ),
}


def test_a_topic_in_a_language_the_site_lacks_is_left_out_and_noted(help_home, sample):
    """A Zendesk help center in more languages than the shop: the rest is imported."""
    _set_locale_of_first_category(sample, "de")
    left_out = 1 + sum(1 for item in sample["sections"] + sample["articles"] if item["locale"] == "de")
    report = import_zendesk_export(sample)
    assert f"left out {left_out} item(s) in 'de': not a content language of this site" in " ".join(
        report.notes
    )
    assert not ArticlePage.objects.filter(
        external_id__in=[str(a["id"]) for a in sample["articles"] if a["locale"] == "de"]
    ).exists()
    assert ArticlePage.objects.exists()


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_export_is_rejected_with_the_problem_named(help_home, sample, name):
    spoil, message = MALFORMED[name]
    spoil(sample)
    before = page_state()
    with pytest.raises(ZendeskImportError) as caught:
        import_zendesk_export(sample)
    assert message in str(caught.value)
    assert page_state() == before


def test_every_problem_is_listed_at_once(sample):
    sample["articles"][0].pop("title")
    sample["articles"][1]["section_id"] = 5
    with pytest.raises(ZendeskImportError) as caught:
        zendesk.validate_export(sample)
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith("2 problems in the export:")


def test_not_an_object_is_rejected(db):
    with pytest.raises(ZendeskImportError, match="must be a JSON object"):
        import_zendesk_export([])


def test_without_a_default_site_nothing_is_imported(help_home):
    Site.objects.all().delete()
    with pytest.raises(ZendeskImportError, match="has no default Site"):
        import_zendesk_export(tiny_export())
    assert not CategoryPage.objects.exists()


def test_a_fresh_site_gets_a_help_home_at_help_under_its_root(db):
    """A shop's site whose root is its own home page (here Wagtail's "Welcome" page): the import
    makes a help home at /help/ below it, and the topics go there."""
    root = Site.objects.get(is_default_site=True).root_page
    report = import_zendesk_export(tiny_export())
    home = HelpCenterPage.objects.get()
    assert home.get_parent().pk == root.pk and home.live and home.url == "/help/"
    assert CategoryPage.objects.child_of(home).exists()
    assert any("created the help home" in note for note in report.notes)
    import_zendesk_export(tiny_export())  # again: the same help home is used
    assert HelpCenterPage.objects.count() == 1


def test_a_failure_half_way_leaves_the_tree_untouched(help_home, monkeypatch):
    def fail(self, item):
        raise RuntimeError("disk full")

    monkeypatch.setattr(zendesk._Importer, "_sync_article", fail)
    before = page_state()
    with pytest.raises(RuntimeError):
        import_zendesk_export(tiny_export())
    assert page_state() == before


# The import --------------------------------------------------------------------------------------


def test_sample_round_trip(help_home, sample):
    report = import_zendesk_export(sample)

    assert (report.categories.created, report.sections.created) == (7, 10)
    assert (report.articles.created, report.articles.skipped) == (20, 1)
    assert CategoryPage.objects.count() == 17 and ArticlePage.objects.count() == 20
    assert not ArticlePage.objects.filter(external_id=str(DRAFT_ID)).exists()
    assert all(page.live for page in Page.objects.type(CategoryPage, ArticlePage))

    parcel = article(4406034844323)
    assert parcel.title == "Where's my parcel?"
    assert parcel.url_path == "/home/delivery/your-parcel/wheres-my-parcel/"
    assert set(parcel.tags.names()) == {"parcel status", "courier"}
    assert parcel.last_reviewed == date(2024, 5, 28)
    assert parcel.stage == "delivery"
    assert parcel.summary.startswith("Every order gets a tracking link as soon as a courier picks it up.")
    assert len(parcel.summary) <= 251 and parcel.summary.endswith("…")

    persian_home = help_home.get_translation(Locale.objects.get(language_code="fa"))
    persian = article(4406084160698)
    assert persian.locale.language_code == "fa"
    assert persian.get_ancestors().filter(pk=persian_home.pk).exists()
    assert persian.get_parent().get_parent().specific.title == "ارسال و تحویل"
    assert set(persian.tags.names()) == {"شماره-رهگیری", "وضعیت-مرسوله"}

    refunds = article(4406065989216)
    assert [block.block_type for block in refunds.body] == ["paragraph", "table", "paragraph"]
    assert refunds.body[1].value["data"][0] == ["You paid by", "Money back in"]

    for page in ArticlePage.objects.all():
        assert not [word for word in FORBIDDEN if word in stored_html(page).lower()]


def test_reimport_creates_and_changes_nothing(help_home, small_export):
    import_zendesk_export(copy.deepcopy(small_export))
    before, revisions = page_state(), Revision.objects.count()

    report = import_zendesk_export(small_export)

    assert (report.categories.unchanged, report.sections.unchanged, report.articles.unchanged) == (2, 2, 6)
    assert report.articles.created == report.articles.updated == 0
    assert page_state() == before
    assert Revision.objects.count() == revisions


def test_reimport_after_an_edit_updates_that_page_only(help_home, small_export):
    import_zendesk_export(copy.deepcopy(small_export))
    before = page_state()
    edited = small_export["articles"][1]
    edited["title"] = "Marked as delivered but missing"
    old_slug = article(edited["id"]).slug
    revisions = Revision.objects.count()

    report = import_zendesk_export(small_export)

    assert (report.articles.updated, report.articles.unchanged, report.articles.created) == (1, 5, 0)
    assert Revision.objects.count() == revisions + 1
    page = article(edited["id"])
    assert page.title == "Marked as delivered but missing" and page.live
    assert page.slug == old_slug  # links to it keep working
    changed = {pk for pk, state in page_state().items() if before.get(pk) != state}
    assert changed == {page.pk}


def test_section_headings_become_section_blocks(help_home):
    body = "<p>Quick answer.</p><h2>Tracking</h2><p>Open your order.</p><h2>Delays</h2><p>Allow a day.</p>"
    import_zendesk_export(tiny_export(body))
    page = article(100)
    assert [block.block_type for block in page.body] == ["paragraph", "section", "section"]
    assert page.sections() == [("tracking", "Tracking"), ("delays", "Delays")]


def test_hostile_body_is_stored_sanitised(help_home):
    import_zendesk_export(tiny_export("<p>Safe text</p>" + "".join(HOSTILE)))
    stored = stored_html(article(100))
    assert "Safe text" in stored and "A parcel" in stored
    assert not [word for word in FORBIDDEN if word in stored.lower()]


def test_an_article_moved_to_another_section_is_moved(help_home):
    data = tiny_export()
    data["sections"].append({"id": 11, "category_id": 1, "name": "Delays", "locale": "en-us"})
    import_zendesk_export(copy.deepcopy(data))
    pk = article(100).pk

    data["articles"][0]["section_id"] = 11
    report = import_zendesk_export(data)

    assert report.articles.updated == 1
    page = article(100)
    assert page.pk == pk and page.get_parent().title == "Delays"


@pytest.mark.parametrize(
    ("change", "reason"),
    [({"user_segment_id": 7}, "visible only to user segment 7"), ({"draft": True}, "a draft")],
)
def test_an_article_not_for_everyone_in_zendesk_is_not_public_here(help_home, change, reason):
    """Signed-in-only or agent-only articles (a user segment) and drafts are never published; one
    imported while public is unpublished when it stops being so, and the report says so."""
    report = import_zendesk_export(tiny_export(**change))
    assert report.articles.skipped == 1 and not ArticlePage.objects.exists()

    import_zendesk_export(tiny_export())
    assert article(100).live
    report = import_zendesk_export(tiny_export(**change))
    assert not article(100).live
    assert report.notes == [
        f"unpublished 'Where is my parcel?', articles[0] (id 100): it is now {reason} in Zendesk"
        " (publish it in Wagtail should it become public again)"
    ]
    # Public in Zendesk again: an editor decides, as for any page unpublished in Wagtail.
    assert import_zendesk_export(tiny_export()).articles.unchanged == 1 and not article(100).live
    with pytest.raises(zendesk.ZendeskImportError, match="user_segment_id"):
        import_zendesk_export(tiny_export(user_segment_id="agents"))


def test_names_shared_under_one_parent_get_the_zendesk_id(help_home):
    data = tiny_export()
    data["categories"].insert(0, {"id": 2, "name": "Delivery", "locale": "en-us"})
    import_zendesk_export(copy.deepcopy(data))
    import_zendesk_export(data)
    slugs = sorted(CategoryPage.objects.child_of(help_home).values_list("slug", flat=True))
    assert slugs == ["delivery", "delivery-2"]
    assert article(100).url_path == "/home/delivery/your-parcel/where-is-my-parcel/"


def test_an_editors_stage_is_kept(help_home):
    import_zendesk_export(tiny_export())
    page = article(100)
    assert page.stage == "delivery"
    page.stage = "warranty"
    page.save_revision().publish()

    report = import_zendesk_export(tiny_export())

    assert report.articles.unchanged == 1
    assert article(100).stage == "warranty"


def test_a_missing_persian_home_is_created(help_home):
    help_home.get_translation(Locale.objects.get(language_code="fa")).delete()

    report = import_zendesk_export(tiny_export(locale="fa"))

    page = article(100)
    home = page.get_ancestors().get(depth=2).specific
    assert home.locale.language_code == "fa" and home.live
    assert home.translation_key == help_home.translation_key
    assert any("'fa' help home" in note for note in report.notes)


# The command -------------------------------------------------------------------------------------


def test_command_imports_and_reports(help_home, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tiny_export()), encoding="utf-8")
    out = StringIO()
    call_command("import_zendesk", str(path), stdout=out)
    assert "articles: 1 created, 0 updated, 0 unchanged, 0 skipped" in out.getvalue()
    assert article(100).title == "Where is my parcel?"


def test_command_reports_invalid_json_with_line_and_column(help_home, tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{\n  "categories": [,]\n}', encoding="utf-8")
    with pytest.raises(CommandError, match=r"not valid JSON: .* at line 2, column 18"):
        call_command("import_zendesk", str(path))


def test_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_zendesk", str(tmp_path / "nope.json"))


def test_command_turns_import_errors_into_command_errors(help_home, tmp_path):
    data = tiny_export()
    del data["articles"][0]["title"]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = page_state()
    with pytest.raises(CommandError, match=r"articles\[0\] \(id 100\): missing 'title'"):
        call_command("import_zendesk", str(path))
    assert page_state() == before
