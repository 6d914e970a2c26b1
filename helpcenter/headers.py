"""Response headers the help center adds to every answer of the site."""

from django.http import HttpRequest, HttpResponse

from .conf import helpcenter_settings


class PermissionsPolicyMiddleware:
    """Sends HELPCENTER_PERMISSIONS_POLICY as ``Permissions-Policy``: the help center uses no
    camera, microphone, location or payment API, so no page (nor anything it frames) may."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = helpcenter_settings.PERMISSIONS_POLICY
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
