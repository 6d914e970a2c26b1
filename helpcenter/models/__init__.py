from .feedback import ArticleFeedback, ArticleReadCount
from .pages import (
    AbstractHelpCenterIndexPage,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    CategoryPage,
    FAQPage,
    PurchaseStage,
)
from .settings import ContactSettings, OpeningHours

__all__ = [
    "AbstractHelpCenterIndexPage",
    "ArticleFeedback",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleReadCount",
    "ArticleRelatedPage",
    "CategoryPage",
    "ContactSettings",
    "FAQPage",
    "OpeningHours",
    "PurchaseStage",
]
