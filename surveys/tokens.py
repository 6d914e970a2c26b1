"""Survey links: the invitation's random public id, signed so a forged or altered link is refused
before any database lookup. Expiry and single use are enforced from the invitation itself."""

from django.core import signing

SALT = "surveys.invitation"
SEPARATOR = "."


def _signer() -> signing.Signer:
    return signing.Signer(salt=SALT, sep=SEPARATOR, algorithm="sha256")


def make_token(public_id: str) -> str:
    return _signer().sign(public_id)


def read_token(token: str) -> str | None:
    """The public id inside a genuine token, or None for anything forged, altered or malformed."""
    if not token or len(token) > 200:
        return None
    try:
        return _signer().unsign(token)
    except signing.BadSignature:
        return None
