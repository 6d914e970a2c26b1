import pytest
from wagtail.models import Locale, Site

from helpcenter.models import ContactSettings
from helpcenter.widget.models import WidgetAppearance, WidgetContext, WidgetSettings
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

SHOP = "https://shop.example.com"


@pytest.fixture(autouse=True)
def storefront_origins(settings):
    settings.CORS_ALLOWED_ORIGINS = [SHOP]
    settings.HELPCENTER_WIDGET_ORIGINS = None


@pytest.fixture
def help_site(home, search_backend):
    """A delivery topic (with an English and a Persian article) and a returns topic, the order-tracking
    context mapped to delivery, and the shop's contact channels."""
    delivery = CategoryPageFactory(parent=home, title="Delivery", slug="delivery", icon="truck")
    parcel = ArticlePageFactory(
        parent=delivery,
        title="Where is my parcel?",
        slug="where-is-my-parcel",
        summary="Track your parcel from the order page.",
        body=[{"type": "paragraph", "value": "<p>Open your order and tap Track parcel.</p>"}],
    )
    late = ArticlePageFactory(
        parent=delivery, title="My delivery is late", slug="late", summary="Allow two days."
    )
    returns = CategoryPageFactory(parent=home, title="Returns", slug="returns")
    refund = ArticlePageFactory(
        parent=returns, title="How refunds work", slug="refunds", summary="Five days."
    )
    persian = Locale.objects.get(language_code="fa")
    persian_home = home.get_translation(persian)
    fa_delivery = delivery.copy_for_translation(persian)
    fa_delivery.title = "ارسال"
    fa_delivery.save_revision().publish()
    fa_parcel = parcel.copy_for_translation(persian)
    fa_parcel.title = "مرسوله من کجاست؟"
    fa_parcel.summary = "مرسوله را از صفحه سفارش پیگیری کنید."
    fa_parcel.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    widget = WidgetSettings.for_site(site)
    widget.label = "Need help?"
    widget.colour = "#0b5cad"
    widget.save()
    WidgetAppearance.objects.create(setting=widget, language="fa", label="راهنما", position="start")
    WidgetContext.objects.create(
        setting=widget, key="order-tracking", url_pattern="/orders/*", topic=delivery
    )
    contact = ContactSettings.for_site(site)
    contact.email = "support@shop.example.com"
    contact.chat_url = "https://chat.example.com/start"
    contact.save()
    search_backend.refresh_indexes()
    return {
        "delivery": delivery,
        "parcel": parcel,
        "late": late,
        "refund": refund,
        "fa_parcel": fa_parcel.specific,
        "persian_home": persian_home,
        "widget": widget,
    }
