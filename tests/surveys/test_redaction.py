"""redact(): e-mail addresses and phone numbers never reach a public page."""

import pytest

from surveys.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to sara.k+shop@example.co.uk please", "Write to [email hidden] please"),
        ("MAIL: SARA@EXAMPLE.COM.", "MAIL: [email hidden]."),
        ("sara at example dot com", "[email hidden]"),
        ("sara [at] example [dot] com", "[email hidden]"),
        ("ایمیل من: علی@مثال.ایران است", "ایمیل من: [email hidden] است"),
        ("Call +44 20 7946 0958 today", "Call [phone hidden] today"),
        ("call 0044-20-7946-0958", "call [phone hidden]"),
        ("(021) 8888 7777", "[phone hidden]"),
        ("0912.345.6789", "[phone hidden]"),
        ("شماره من ۰۹۱۲۳۴۵۶۷۸۹ است", "شماره من [phone hidden] است"),
        ("با ۰۹۱۲ ۳۴۵ ۶۷۸۹ تماس بگیرید", "با [phone hidden] تماس بگیرید"),
        ("رقم عربی ٠٩١٢٣٤٥٦٧٨٩", "رقم عربی [phone hidden]"),
        ("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "[phone hidden]"),
        ("mixed ۰۹۱۲-345-۶۷۸۹ digits", "mixed [phone hidden] digits"),
    ],
)
def test_contact_details_are_hidden(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 12345 arrived on 2026-11-01.",
        "تحویل در ۱۴۰۳/۰۲/۱۵ بود",
        "It cost 1,250,000 toman",
        "I gave it 5 stars out of 5",
        "Delivered 01.05.2024",
        "SKU MUG-2024-BLUE",
        "",
    ],
)
def test_ordinary_numbers_dates_and_words_are_left_alone(text):
    assert redact(text) == text


def test_everything_in_one_comment_is_hidden_and_nothing_else_changes():
    text = "Late parcel! Reach me at a@b.io or 0912 345 6789 — order 4412."
    assert redact(text) == "Late parcel! Reach me at [email hidden] or [phone hidden] — order 4412."


def test_redaction_does_not_unescape_or_add_markup():
    assert redact("<b>x</b> 0912 345 6789") == "<b>x</b> [phone hidden]"
