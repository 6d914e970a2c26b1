from .feedback import ArticleFeedback, ArticleReadCount
from .pages import (
    AbstractHelpCenterIndexPage,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
    CategoryPage,
    FAQPage,
    HelpCenterPage,
    PurchaseStage,
    help_home_for,
    help_home_models,
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
    "HelpCenterPage",
    "OpeningHours",
    "PurchaseStage",
    "help_home_for",
    "help_home_models",
]
