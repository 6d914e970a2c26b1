"""/api/v1/: the routers of the help center's apps under one versioned API."""

from ninja import NinjaAPI

from helpcenter.api import router as helpcenter_router
from search.api import router as search_router
from surveys.api import router as surveys_router
from surveys.reviews_api import router as reviews_router

api = NinjaAPI(
    title="Storefront Help Center API",
    version="1",
    urls_namespace="api-v1",
    description="Search help content, rate articles, send survey invitations and read public reviews.",
)
api.add_router("/help/", helpcenter_router)
api.add_router("/help/", search_router)
api.add_router("/surveys/", surveys_router)
api.add_router("/reviews", reviews_router)
