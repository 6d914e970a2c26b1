"""Production: refuses to start without a real SECRET_KEY; HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, SHARED_CACHE_URL
from .env import env_bool, env_int, env_str

INSECURE_KEY_MARKERS = ("insecure", "change-me", "changeme", "dev-", "test-only")
if (
    not SECRET_KEY
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or any(marker in SECRET_KEY.lower() for marker in INSECURE_KEY_MARKERS)
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production "
        "(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

DEBUG = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe each server directly, often over plain HTTP: /health/ answers them there.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Whole public pages, shared by every server process (a purge must reach them all): the shared
# cache when CACHE_URL names one, otherwise a folder (one machine only); PAGE_CACHE_BACKEND and
# PAGE_CACHE_LOCATION may name another Django cache backend and its location.
if env_str("PAGE_CACHE_BACKEND") or not SHARED_CACHE_URL:
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": env_str("PAGE_CACHE_BACKEND", "django.core.cache.backends.filebased.FileBasedCache"),
        "LOCATION": env_str("PAGE_CACHE_LOCATION", str(BASE_DIR / "var" / "page-cache")),  # noqa: F405
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend"),
    }
}
