"""An anonymous, random visitor id kept in a signed cookie: enough for one vote per visitor."""

import uuid

from django.http import HttpRequest, HttpResponse

COOKIE_NAME = "hc_visitor"
COOKIE_SALT = "helpcenter.visitor"
ONE_YEAR = 365 * 24 * 3600


def get_visitor_id(request: HttpRequest) -> str | None:
    value = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if value and len(value) == 32 and value.isalnum():
        return value
    return None


def ensure_visitor_id(request: HttpRequest, response: HttpResponse) -> str:
    """The request's visitor id, minting one (and setting its cookie) when there is none."""
    visitor_id = get_visitor_id(request)
    if visitor_id is None:
        visitor_id = uuid.uuid4().hex
        response.set_signed_cookie(
            COOKIE_NAME,
            visitor_id,
            salt=COOKIE_SALT,
            max_age=ONE_YEAR,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return visitor_id
