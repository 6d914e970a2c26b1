"""Local development: DEBUG on, mail to the console, SQLite unless told otherwise."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = True
# Dev only: a fixed key so sessions survive restarts. Production refuses it.
SECRET_KEY = env_str("SECRET_KEY") or "dev-insecure-key-never-use-in-production"
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
HELPCENTER_API_DOCS = env_bool("HELPCENTER_API_DOCS", True)
