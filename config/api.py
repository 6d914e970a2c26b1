"""/api/v1/: the routers of the help center's apps under one versioned API."""

from ninja import NinjaAPI

from helpcenter.api import router as helpcenter_router
from helpcenter.search.api import router as search_router
from surveys.api import router as surveys_router
from surveys.reviews_api import router as reviews_router


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _add_response(responses: dict, status: int, description: str, schema: dict) -> None:
    """Adds a response the framework or the deployment can give; where the operation already
    documents that status with its own shape, either shape is allowed."""
    if status not in responses:
        responses[status] = {"description": description, "content": {"application/json": {"schema": schema}}}
        return
    content = responses[status].setdefault("content", {}).setdefault("application/json", {})
    own = content.get("schema")
    if own is not None and own != schema:
        content["schema"] = {"anyOf": [own, schema]}


class HelpCenterAPI(NinjaAPI):
    """Documents, on every operation, the answers that come from django-ninja or the deployment
    rather than from the operation's own code, so clients (and schemathesis) can rely on them:
    422 for a request the schema refuses, 400 for a body that is not JSON, 401 without a valid
    key, 503 while the database is unavailable (helpcenter.views.server_error)."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation["responses"]
                if operation.get("parameters") or "requestBody" in operation:
                    _add_response(
                        responses, 422, "The request does not match the schema", _ref("ValidationErrors")
                    )
                if "requestBody" in operation:
                    _add_response(responses, 400, "The body is not valid JSON", _ref("Error"))
                if operation.get("security"):
                    _add_response(responses, 401, "No valid API key", _ref("Error"))
                _add_response(
                    responses, 503, "Briefly unavailable; retry after Retry-After seconds", _ref("Error")
                )
        return schema


api = HelpCenterAPI(
    title="Storefront Help Center API",
    version="1",
    urls_namespace="api-v1",
    description="Search help content, rate articles, send survey invitations and read public reviews.",
)
api.add_router("/help/", helpcenter_router)
api.add_router("/help/", search_router)
api.add_router("/surveys/", surveys_router)
api.add_router("/reviews", reviews_router)
