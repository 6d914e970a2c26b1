"""Issue 23: the audit's bursts replayed against gunicorn under the production settings, before and
after, side by side: what one client with ``curl`` could change.

For each code tree (``--before``: a checkout of the code before issue 23, e.g. ``git worktree add
--detach /tmp/hc-before 8264f9b``; and this tree) it makes a PostgreSQL database of its own, runs
the release commands, builds a help home with three articles, starts gunicorn with two workers
(``WEB_CONCURRENCY=2``, as the audit), and replays from one client address, without cookies and
with a curl user agent:

- 400 ``POST /api/v1/help/articles/{id}/read`` on one article;
- 20 ``POST .../feedback`` ("helpful") on another;
- 75 quick ``POST /api/v1/surveys/responses``;
- 200 scanner-shaped searches (``refund order by 1731#`` and the like) through the search API;

then reads, through Django in that tree, what the home page's "Most read" and "Most helpful" and
the editors' search report show, and what ``/api/v1/docs`` and the headers expose. The code after
issue 23 shares its counters through Redis (``CACHE_URL``); the code before has no shared cache.

    .venv/bin/python bench/abuse.py --before /tmp/hc-before [--write-results]

PostgreSQL from BENCH_DATABASE_URL (default: scripts/postgres's server), Redis from REDIS_URL.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import requests
from common import HOST, ROOT, free_port, stop, write_section

SECTION = "## Abuse bursts before and after issue 23 (`bench/abuse.py`)"
DEFAULT_DATABASE = "postgres://helpcenter:helpcenter@127.0.0.1:55432/postgres"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
CURL = {"User-Agent": "curl/8.11.1"}
PROBES = [
    "refund order by {n}#",
    "refund' AND {n}={n}-- -",
    'parcel" UNION ALL SELECT NULL,{n}--',
    "{{{{{n}*7}}}}",
    "../../etc/passwd%00{n}",
    "aZ9kQ2mP8xL4vN7bR3tY{n:06d}",
]

PREPARE = """
import json, django
django.setup()
from io import StringIO
from django.core.management import call_command
call_command("setup_helpcenter", stdout=StringIO())
from helpcenter.models import ArticlePage, CategoryPage
from helpcenter.services import ensure_help_home
home, _ = ensure_help_home(language="en")
topic = CategoryPage(title="Delivery", slug="delivery")
home.add_child(instance=topic)
topic.save_revision().publish()
ids = []
for number, title in enumerate(["Where is my parcel?", "Returning an item", "Paying by card"]):
    article = ArticlePage(title=title, slug=f"article-{number}", summary="An answer.")
    topic.add_child(instance=article)
    article.save_revision().publish()
    ids.append(article.pk)
print(json.dumps({"articles": ids, "topic": topic.url}))
"""

MEASURE = """
import json, django
django.setup()
from helpcenter.models import ArticleFeedback, HelpCenterPage
from helpcenter.search import insights
from helpcenter.search.models import SearchEvent
home = HelpCenterPage.objects.live().first()
print(json.dumps({
    "most_read": [article.pk for article in home.most_read()],
    "most_helpful": [article.pk for article in home.most_helpful()],
    "votes_stored": ArticleFeedback.objects.count(),
    "search_rows": SearchEvent.objects.count(),
    "report_rows": insights.top_queries(insights.events(30)).count(),
    "report_searches": sum(row["searches"] for row in insights.top_queries(insights.events(30))),
}))
"""


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def run(tree: Path, environment: dict, *args: str) -> str:
    done = subprocess.run(
        [str(PYTHON), *args], cwd=tree, env=environment, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[:2]} failed in {tree}:\n{done.stderr[-3000:]}")
    return done.stdout


def start(tree: Path, environment: dict, port: int, log: Path) -> subprocess.Popen:
    command = [str(GUNICORN), "config.wsgi", "--bind", f"{HOST}:{port}", "--worker-class", "gthread"]
    command += ["--workers", "2", "--threads", "4"]
    process = subprocess.Popen(
        command,
        cwd=tree,
        env=environment,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://{HOST}:{port}/robots.txt", timeout=5).status_code == 200:
                return process
        except requests.RequestException:
            pass
        time.sleep(0.3)
    stop(process)
    raise SystemExit(f"gunicorn did not start in {tree}; see {log}")


def statuses(responses: list[requests.Response]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for response in responses:
        counted[str(response.status_code)] = counted.get(str(response.status_code), 0) + 1
    return dict(sorted(counted.items()))


def replay(tree: Path, label: str, database_url: str, redis_url: str, work: Path) -> dict:
    name = f"hc_bench_abuse_{label}_{secrets.token_hex(3)}"
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "HELPCENTER_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": with_database(database_url, name),
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SEARCH_BACKEND": "database",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(work / f"static-{label}"),
        "PAGE_CACHE_LOCATION": str(work / f"pages-{label}"),
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(tree),
    }
    environment.pop("CACHE_URL", None)
    environment.pop("REDIS_URL", None)
    if label == "after":  # the code before issue 23 has no shared cache to point at
        environment.update(CACHE_URL=redis_url, CACHE_KEY_PREFIX=f"hcbench_{secrets.token_hex(3)}")
    server = None
    try:
        run(tree, environment, "manage.py", "migrate", "--no-input")
        run(tree, environment, "manage.py", "collectstatic", "--no-input")
        prepared = json.loads(run(tree, environment, "-c", PREPARE).strip().splitlines()[-1])
        read_target, vote_target, _other = prepared["articles"]
        port = free_port()
        server = start(tree, environment, port, work / f"gunicorn-{label}.log")
        base = f"http://{HOST}:{port}"
        session = requests.Session  # a new one each time: no cookie is ever sent back
        figures: dict = {}
        started = time.monotonic()
        reads = [
            session().post(f"{base}/api/v1/help/articles/{read_target}/read", headers=CURL, timeout=30)
            for _ in range(400)
        ]
        figures["reads"] = {"statuses": statuses(reads), "seconds": round(time.monotonic() - started, 1)}
        votes = [
            session().post(
                f"{base}/api/v1/help/articles/{vote_target}/feedback",
                json={"helpful": True},
                headers=CURL,
                timeout=30,
            )
            for _ in range(20)
        ]
        figures["votes"] = {"statuses": statuses(votes)}
        surveys = [
            session().post(f"{base}/api/v1/surveys/responses", json={"token": "x"}, headers=CURL, timeout=30)
            for _ in range(75)
        ]
        figures["surveys"] = {
            "statuses": statuses(surveys),
            "passed": sum(response.status_code != 429 for response in surveys),
        }
        searches = [
            session().get(
                f"{base}/api/v1/help/search",
                params={"q": PROBES[n % len(PROBES)].format(n=1000 + n)},
                headers=CURL,
                timeout=30,
            )
            for n in range(200)
        ]
        figures["searches"] = {"statuses": statuses(searches)}
        refused = [response for response in reads + votes + surveys if response.status_code == 429]
        figures["retry_after"] = sorted({response.headers.get("Retry-After", "") for response in refused})
        page = requests.get(base + prepared["topic"], timeout=30)
        figures["headers"] = {
            "docs": requests.get(f"{base}/api/v1/docs", timeout=30).status_code,
            "docs_cdn": "cdn.jsdelivr" in requests.get(f"{base}/api/v1/docs", timeout=30).text,
            "permissions_policy": "Permissions-Policy" in page.headers,
            "server": page.headers.get("Server", ""),
        }
        measured = json.loads(run(tree, environment, "-c", MEASURE).strip().splitlines()[-1])
        figures["most_read_first"] = bool(measured["most_read"]) and measured["most_read"][0] == read_target
        figures["most_helpful_first"] = (
            bool(measured["most_helpful"]) and measured["most_helpful"][0] == vote_target
        )
        figures.update(measured)
        return figures
    finally:
        stop(server)
        with psycopg.connect(database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table(before: dict, after: dict) -> str:
    def row(what: str, key) -> str:
        return f"| {what} | {key(before)} | {key(after)} |"

    def short(figures: dict) -> str:
        return ", ".join(f"{count}× {status}" for status, count in figures.items())

    return "\n".join(
        [
            "| burst (one client, no cookie, `curl` user agent) | before (8264f9b) | after |",
            "|---|---|---|",
            row("400 read POSTs: answers", lambda f: short(f["reads"]["statuses"])),
            row('… the article is #1 of "Most read"', lambda f: "yes" if f["most_read_first"] else "no"),
            row("20 vote POSTs: answers", lambda f: short(f["votes"]["statuses"])),
            row(
                '… votes stored / article #1 of "Most helpful"',
                lambda f: f"{f['votes_stored']} / {'yes' if f['most_helpful_first'] else 'no'}",
            ),
            row(
                "75 survey POSTs, two workers: passed the limit", lambda f: f"{f['surveys']['passed']} of 75"
            ),
            row("200 scanner searches: answers", lambda f: short(f["searches"]["statuses"])),
            row(
                "… rows stored / queries in the editors' report",
                lambda f: f"{f['search_rows']} / {f['report_rows']}",
            ),
            row("Retry-After on 429", lambda f: ", ".join(f["retry_after"]) or "–"),
            row(
                "`/api/v1/docs` (Swagger from a CDN)",
                lambda f: f"{f['headers']['docs']}{' (CDN)' if f['headers']['docs_cdn'] else ''}",
            ),
            row(
                "Permissions-Policy / Server header",
                lambda f: (
                    f"{'yes' if f['headers']['permissions_policy'] else 'no'} / "
                    + (f"`{f['headers']['server']}`" if f["headers"]["server"] else "none")
                ),
            ),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the code before issue 23")
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:56379/0")
    with tempfile.TemporaryDirectory(prefix="hc-abuse-") as folder:
        work = Path(folder)
        before = replay(args.before.resolve(), "before", database_url, redis_url, work)
        after = replay(ROOT, "after", database_url, redis_url, work)
    print(json.dumps({"before": before, "after": after}, indent=1))
    text = table(before, after)
    print(text)
    if args.write_results:
        note = (
            "gunicorn with two workers (gthread, 4 threads) under `config.settings.production`, "
            "PostgreSQL, search from the database backend; after: Redis as the shared cache. "
            f"Machine: {os.environ.get('BENCH_MACHINE', os.uname().nodename)}, {os.cpu_count()} cores.\n\n"
        )
        write_section(SECTION, note + text)


if __name__ == "__main__":
    sys.exit(main())
