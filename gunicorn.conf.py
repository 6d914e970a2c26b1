"""gunicorn's settings for this site, read from the working directory (gunicorn loads
./gunicorn.conf.py by default; the Procfile and the systemd unit start it from the project folder).

No banner: gunicorn 27 writes ``Server: gunicorn`` on every answer and has no setting to leave it
out (its version never appears). The one line is dropped here, in gunicorn's response class; if a
later gunicorn renames that method, the server refuses to start rather than silently send it again.
"""

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _headers_without_banner(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_banner
