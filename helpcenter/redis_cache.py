"""Django's Redis cache backend, for a cache that may go away: reads miss and writes are dropped
while Redis does not answer, instead of raising.

Wagtail itself reads the default cache to build every page's URL (``Site.get_site_root_paths``),
so with the stock backend a Redis outage answers every page with a 500. With this one an outage
costs speed (nothing cached, each process's own lookups expire by time) and the shared counts:
``incr`` and ``clear`` still raise, so a rate limit can tell "not counted" from "first request".
Use it as ``"BACKEND": "helpcenter.redis_cache.RedisCache"`` with the usual LOCATION and OPTIONS.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)
UNREACHABLE = (ConnectionError, TimeoutError)
WARN_EVERY = 60  # seconds: one log line a minute per process, not one per request
_last_warning = {"at": float("-inf")}


def _unreachable(operation: str) -> None:
    now = time.monotonic()
    if now - _last_warning["at"] >= WARN_EVERY:
        _last_warning["at"] = now
        logger.warning("Redis cache unreachable (%s); serving without it", operation, exc_info=True)


class TolerantClient(RedisCacheClient):
    def get(self, key, default):
        try:
            return super().get(key, default)
        except UNREACHABLE:
            _unreachable("get")
            return default

    def get_many(self, keys):
        try:
            return super().get_many(keys)
        except UNREACHABLE:
            _unreachable("get_many")
            return {}

    def has_key(self, key):
        try:
            return super().has_key(key)
        except UNREACHABLE:
            _unreachable("has_key")
            return False

    def add(self, key, value, timeout):
        try:
            return super().add(key, value, timeout)
        except UNREACHABLE:
            _unreachable("add")
            return False

    def set(self, key, value, timeout):
        try:
            super().set(key, value, timeout)
        except UNREACHABLE:
            _unreachable("set")

    def set_many(self, data, timeout):
        try:
            super().set_many(data, timeout)
        except UNREACHABLE:
            _unreachable("set_many")

    def touch(self, key, timeout):
        try:
            return super().touch(key, timeout)
        except UNREACHABLE:
            _unreachable("touch")
            return False

    def delete(self, key):
        try:
            return super().delete(key)
        except UNREACHABLE:
            _unreachable("delete")
            return False

    def delete_many(self, keys):
        try:
            super().delete_many(keys)
        except UNREACHABLE:
            _unreachable("delete_many")


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = TolerantClient
