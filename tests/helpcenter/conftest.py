import pytest

from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory, FAQPageFactory


@pytest.fixture
def category(home):
    return CategoryPageFactory(parent=home, title="Delivery", slug="delivery", icon="truck")


@pytest.fixture
def section(category):
    return CategoryPageFactory(parent=category, title="Your parcel", slug="your-parcel")


@pytest.fixture
def article(section):
    return ArticlePageFactory(
        parent=section,
        title="Where is my parcel?",
        slug="where-is-my-parcel",
        summary="Track your parcel from the order page.",
        body=[
            {"type": "section", "value": {"heading": "Tracking", "body": "<p>Open your order.</p>"}},
            {"type": "section", "value": {"heading": "Delays", "body": "<p>Allow two days.</p>"}},
            {"type": "section", "value": {"heading": "Missing parcels", "body": "<p>Tell us.</p>"}},
            {
                "type": "steps",
                "value": {
                    "title": "",
                    "steps": [
                        {"text": "<p>Open <b>Orders</b>.</p>", "image": None},
                        {"text": "<p>Tap Track.</p>", "image": None},
                    ],
                },
            },
            {"type": "callout", "value": {"kind": "warning", "text": "<p>Never pay a courier in cash.</p>"}},
            {
                "type": "table",
                "value": {
                    "data": [["Service", "Days"], ["Standard", "3-5"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Delivery times",
                    "cell": [],
                    "mergedCells": [],
                },
            },
        ],
    )


@pytest.fixture
def faq(section):
    return FAQPageFactory(parent=section, title="Delivery FAQ", slug="delivery-faq")
