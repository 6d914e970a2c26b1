"""The search engine's part of the help center's health endpoint (helpcenter.health)."""

import dataclasses
import datetime

from asgiref.sync import sync_to_async
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable

from .engine import engine_backend

# Seconds the engine has to answer the ping: a load balancer polls often and must not wait long.
PING_TIMEOUT = 2


@dataclasses.dataclass
class SearchEngine(HealthCheck):
    """Pings the configured Elasticsearch or OpenSearch node through Wagtail's search backend (its
    own client, URLs and credentials). Always fine on Wagtail's database backend, which answers
    whenever the database does. While the engine is down visitors' searches are answered from the
    database, so the site still works, but the result is worse and publishing builds a backlog."""

    timeout = datetime.timedelta(seconds=PING_TIMEOUT)

    async def run(self) -> None:
        # In the request's thread: the backend may read the site's languages from the database.
        await sync_to_async(self.ping)()

    def ping(self) -> None:
        backend = engine_backend()
        if backend is None:
            return
        client = backend.es
        try:
            if hasattr(client, "options"):  # elasticsearch 8/9 clients
                client.options(request_timeout=PING_TIMEOUT, max_retries=0).info()
            else:
                client.info(request_timeout=PING_TIMEOUT)
        except Exception as error:  # any client or transport error: the engine does not answer
            # The client's message names the node's URL, which may hold credentials: not repeated.
            raise ServiceUnavailable("the search engine does not answer") from error
