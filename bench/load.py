"""Load: article pages, the home page and the search API under gunicorn with concurrent clients.

Builds the demo help center in a PostgreSQL database of its own (``helpcenter_bench_load`` on the
server of DATABASE_URL, default: the one ``scripts/postgres`` runs), indexes it into the real search
engine (SEARCH_URLS, default: ``scripts/search-engine url``) under the index prefix ``bench_load_``,
and serves it with gunicorn (gthread) under the production settings on loopback (whitenoise and
collected static files, DEBUG off; only the HTTPS redirect and HSTS are off, since this is plain
HTTP). wrk drives each target from 16 keep-alive connections over 2 threads, ``--runs`` times for
``--duration`` seconds after a warm-up, and a Lua script reports requests/s, p50/p95/p99 and
errors; the median run is reported beside every run's throughput:

- an English article page and the Persian home ``/fa/``, first with the whole-page cache off
  (PAGE_CACHE_SECONDS=0), then on (300 s, a FileBasedCache in a temporary folder), for the ratio
  of cached to uncached throughput;
- ``GET /api/v1/help/search`` rotating through English and Persian queries (one misspelt) against
  the real engine; every search is logged with a ``degraded`` flag, so the run counts the searches
  the database had to answer because the engine failed.

Survey submissions are measured by ``bench/survey_submissions.py``; the section written here quotes
its recorded figure. Goals (issue 7): article pages at least 500 requests/s cached, the search API
at least 150 requests/s against the real engine, on this machine's 2 cores.

    .venv/bin/python bench/load.py [--write-results] [--duration 20] [--runs 3] [--reuse]

Needs wrk (``apt-get install -y wrk``), PostgreSQL and the search engine running.
"""

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode, urlparse

from common import HOST, RESULTS, ROOT, free_port, manage, start_gunicorn, stop, write_section

SECTION = "## Load (`bench/load.py`)"
DATABASE = "helpcenter_bench_load"
INDEX_PREFIX = "bench_load_"
CONNECTIONS = 16
WRK_THREADS = 2
WARM_UP = 3
# The engine's JVM compiles its query paths over its first couple of thousand searches: a freshly
# started node answered 110 searches/s here, and 148-190 once warm. A running help center's engine
# is warm, so the search API is measured after this much searching.
SEARCH_WARM_UP = 20
GOALS = {"article (en), cached": 500, "search API": 150}
SEARCH_QUERIES = [
    ("where is my parcel", "en"),
    ("refund", "en"),
    ("return policy", "en"),
    ("refnud", "en"),
    ("track my order", "en"),
    ("change delivery address", "en"),
    ("cancel my order", "en"),
    ("payment failed", "en"),
    ("damaged item", "en"),
    ("how long does shipping take", "en"),
    ("reset password", "en"),
    ("gift card", "en"),
    ("ارسال", "fa"),
    ("بازگشت وجه", "fa"),
    ("پیگیری سفارش", "fa"),
    ("لغو سفارش", "fa"),
    ("مرجوع کردن کالا", "fa"),
    ("پرداخت ناموفق", "fa"),
    ("تغییر آدرس", "fa"),
    ("زمان تحویل", "fa"),
]

# wrk's Lua: rotates through PATHS (when given), counts statuses per thread when COUNT is set, and
# prints one JSON line with the summary at the end. Latencies are in microseconds.
LUA = r"""
PATHS = {%(paths)s}
COUNT = %(count)s
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  s4xx = 0
  s5xx = 0
  counter = id or 0
end

if #PATHS > 0 then
  function request()
    counter = counter + 1
    return wrk.format("GET", PATHS[(counter %% #PATHS) + 1])
  end
end

if COUNT then
  function response(status, headers, body)
    if status >= 500 then
      s5xx = s5xx + 1
    elseif status >= 400 then
      s4xx = s4xx + 1
    end
  end
end

function done(summary, latency, requests)
  local c4, c5 = 0, 0
  for _, thread in ipairs(threads) do
    c4 = c4 + (thread:get("s4xx") or 0)
    c5 = c5 + (thread:get("s5xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %%d, "duration_us": %%d, "bytes": %%d, "connect": %%d, "read": %%d, ' ..
    '"write": %%d, "status": %%d, "timeout": %%d, "p50_us": %%d, "p95_us": %%d, "p99_us": %%d, ' ..
    '"max_us": %%d, "s4xx": %%d, "s5xx": %%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    c4, c5))
end
"""


def script_output(*command: str) -> str:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def database_url() -> str:
    server = os.environ.get("DATABASE_URL") or script_output(str(ROOT / "scripts" / "postgres"), "url")
    if not server:
        raise SystemExit("set DATABASE_URL or run scripts/postgres start")
    return urlparse(server)._replace(path=f"/{DATABASE}").geturl()


def search_urls() -> str:
    urls = os.environ.get("SEARCH_URLS") or script_output(str(ROOT / "scripts" / "search-engine"), "url")
    if not urls:
        raise SystemExit("set SEARCH_URLS or run scripts/search-engine start")
    return urls


def site_environment(workdir: Path, database: str, engine: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": database,
        "SEARCH_BACKEND": "opensearch2",
        "SEARCH_URLS": engine,
        "SEARCH_INDEX_PREFIX": INDEX_PREFIX,
        "STATIC_ROOT": str(workdir / "static"),
        "PAGE_CACHE_LOCATION": str(workdir / "page-cache"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def admin_query(url: str, sql: str, params: list | None = None, database: str = "postgres"):
    import psycopg

    with psycopg.connect(urlparse(url)._replace(path=f"/{database}").geturl(), autocommit=True) as conn:
        cursor = conn.execute(sql, params or [])
        return cursor.fetchall() if cursor.description else []


def has_pages(url: str) -> bool:
    if not admin_query(url, "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]):
        return False
    try:
        rows = admin_query(url, "SELECT count(*) FROM helpcenter_articlepage", database=DATABASE)
    except Exception:  # not migrated: no table
        return False
    return rows[0][0] > 0


def has_index(engine: str) -> bool:
    """Whether the engine holds this benchmark's page index (a new engine node starts empty)."""
    url = f"{engine.split(',')[0]}/_cat/indices/{INDEX_PREFIX}*?h=index"
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (our own loopback engine)
            return bool(answer.read().strip())
    except OSError:
        return False


def build(env: dict[str, str], url: str, reuse: bool) -> None:
    if reuse and has_pages(url):
        print(f"Reusing {DATABASE}", flush=True)
        if not has_index(env["SEARCH_URLS"]):
            print("The engine has no index for it: indexing …", flush=True)
            manage(env, "update_index")
        return
    print(f"Building {DATABASE}: migrate, demo content, index into the engine …", flush=True)
    admin_query(url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    admin_query(url, f'CREATE DATABASE "{DATABASE}"')
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content")
    manage(env, "update_index")


def article_path(env: dict[str, str]) -> str:
    script = (
        "from helpcenter.models import ArticlePage; "
        "print(ArticlePage.objects.live().filter(locale__language_code='en').order_by('pk').first().url)"
    )
    return manage(env, "shell", "-c", script).strip().splitlines()[-1]


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (our own loopback server)
        return answer.status, dict(answer.headers), answer.read()


def wrk(base: str, path: str, duration: float, workdir: Path, paths: list[str] | None = None) -> dict:
    lua = workdir / "bench.lua"
    lua.write_text(
        LUA % {"paths": ", ".join(json.dumps(p) for p in paths or []), "count": "true" if paths else "false"}
    )
    command = [
        wrk_binary(),
        f"-t{WRK_THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{max(1, round(duration))}s",
        "--timeout",
        "10s",
        "-s",
        str(lua),
        base + path,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("WRK_JSON ")), None)
    if line is None:
        raise SystemExit(f"wrk gave no summary:\n{done.stdout}\n{done.stderr}")
    raw = json.loads(line.removeprefix("WRK_JSON "))
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "rps": raw["requests"] / seconds,
        "p50": raw["p50_us"] / 1000,
        "p95": raw["p95_us"] / 1000,
        "p99": raw["p99_us"] / 1000,
        "non_2xx_3xx": raw["status"],
        "socket_errors": raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
        "s5xx": raw["s5xx"] if paths else None,
    }


def measure(
    base: str,
    name: str,
    path: str,
    args,
    workdir: Path,
    paths: list[str] | None = None,
    warm_up: int = WARM_UP,
) -> dict:
    """The median of ``--runs`` runs by throughput, with every run's figure and the errors of all of them.

    One run on this shared machine can land anywhere in a 1.5x band minutes
    apart; the median of a few is the figure that repeats.
    """
    wrk(base, path, warm_up, workdir, paths)
    runs = [wrk(base, path, args.duration, workdir, paths) for _ in range(args.runs)]
    result = dict(sorted(runs, key=lambda run: run["rps"])[len(runs) // 2])
    result["runs"] = [run["rps"] for run in runs]
    for key in ("non_2xx_3xx", "socket_errors", "s5xx"):
        result[key] = None if result[key] is None else sum(run[key] for run in runs)
    print(
        f"  {name}: {result['rps']:.1f} requests/s (runs {', '.join(f'{x:.1f}' for x in result['runs'])}), "
        f"p50/p95/p99 {result['p50']:.1f}/{result['p95']:.1f}/{result['p99']:.1f} ms, "
        f"non-2xx/3xx {result['non_2xx_3xx']}, socket errors {result['socket_errors']}",
        flush=True,
    )
    return result


def search_paths() -> list[str]:
    return [
        "/api/v1/help/search?" + urlencode({"q": q, "locale": lang}, quote_via=quote)
        for q, lang in SEARCH_QUERIES
    ]


def check_search(base: str, paths: list[str]) -> list[str]:
    """Asks a few queries once: each must come from the engine (not degraded) and the set find something."""
    notes, found = [], 0
    for path in paths[:3] + paths[12:15]:
        status, _headers, body = get(base + path)
        answer = json.loads(body)
        if status != 200 or answer["degraded"]:
            raise SystemExit(f"{path}: status {status}, degraded {answer.get('degraded')}: not the engine")
        found += answer["total"] > 0
        notes.append(f"{answer['query']!r} ({answer['locale']}): {answer['total']} results")
    if not found:
        raise SystemExit("the engine found nothing for the sample queries: is the index empty?")
    return notes


def search_events(url: str) -> tuple[int, int, int]:
    """(last id, searches, degraded searches) in the search log."""
    rows = admin_query(
        url,
        "SELECT coalesce(max(id), 0), count(*), count(*) FILTER (WHERE degraded) FROM search_searchevent",
        database=DATABASE,
    )
    return rows[0]


def degraded_since(url: str, last_id: int) -> tuple[int, int]:
    rows = admin_query(
        url,
        "SELECT count(*), count(*) FILTER (WHERE degraded) FROM search_searchevent WHERE id > %s",
        [last_id],
        database=DATABASE,
    )
    return rows[0]


def survey_figure() -> str:
    text = RESULTS.read_text()
    section = re.search(
        r"## Survey submissions \(`bench/survey_submissions.py`\), (\S+)(.*?)(?=\n## |\Z)", text, re.S
    )
    if not section:
        return "not recorded yet"
    stored = re.search(r"sustained submissions stored \| \*\*([\d.]+)/s\*\*", section.group(2))
    latency = re.search(r"latency p50 / p95 / p99 \| ([^|]+) \|", section.group(2))
    figure = f"{stored.group(1)} stored/s" if stored else "see the section"
    if latency:
        figure += f", p50/p95/p99 {latency.group(1).strip()}"
    return f"{figure} (recorded {section.group(1)})"


def cpu_probe() -> float:
    """Milliseconds for a fixed piece of pure-Python work, the median of five tries.

    This shared machine's speed drifts: the same search cost 4.4 ms of process
    time in one hour and 7.1 ms in the next. The probe, taken at the start
    and the end, tells a slow run on a slow machine from a slow change.
    """
    times = []
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number * number
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.platform()}, Python {platform.python_version()}"
    )


def wrk_binary() -> str:
    return shutil.which("wrk") or "wrk"


def wrk_version() -> str:
    done = subprocess.run([wrk_binary(), "-v"], capture_output=True, text=True, check=False)
    return (done.stdout + done.stderr).split(" [")[0].strip()


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def table(results: dict[str, dict]) -> str:
    lines = [
        "| what | requests/s (median) | every run | p50 ms | p95 ms | p99 ms | errors, all runs "
        "| goal | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        errors = f"{r['non_2xx_3xx']} non-2xx/3xx, {r['socket_errors']} socket"
        if r["s5xx"] is not None:
            errors += f", {r['s5xx']} 5xx"
        goal = GOALS.get(name)
        met = "–" if goal is None else ("met" if r["rps"] >= goal else "**missed**")
        goal_text = "–" if goal is None else f"≥ {goal}/s"
        runs = ", ".join(f"{x:.0f}" for x in r["runs"])
        lines.append(
            f"| {name} | {r['rps']:.1f} | {runs} | {fmt(r['p50'])} | {fmt(r['p95'])} | {fmt(r['p99'])} "
            f"| {errors} | {goal_text} | {met} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=20, help="seconds of each measured run")
    parser.add_argument("--runs", type=int, default=3, help="measured runs per target (the median is kept)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=6, help="threads per gunicorn worker")
    parser.add_argument("--reuse", action="store_true", help=f"keep {DATABASE} if it already has pages")
    parser.add_argument(
        "--write-results", action="store_true", help="replace the section in bench/RESULTS.md"
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not shutil.which("wrk"):
        raise SystemExit("needs wrk: apt-get install -y wrk")

    load_at_start, probe_at_start = os.getloadavg(), cpu_probe()
    url = database_url()
    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env = site_environment(workdir, url, search_urls())
    log = workdir / "gunicorn.log"
    server = None
    results: dict[str, dict] = {}
    try:
        build(env, url, args.reuse)
        manage(env, "collectstatic", "--no-input", "-v0")
        article = article_path(env)
        targets = {"article (en)": article, "home (fa)": "/fa/"}
        print(f"Article: {article}; load average at start {load_at_start}", flush=True)

        print("Page cache off (PAGE_CACHE_SECONDS=0):", flush=True)
        server = start_gunicorn(
            {**env, "PAGE_CACHE_SECONDS": "0"}, port := free_port(), args.workers, args.threads, log
        )
        base = f"http://{HOST}:{port}"
        for name, path in targets.items():
            _status, headers, _body = get(base + path)
            if "X-Page-Cache" in headers:
                raise SystemExit(
                    f"{path} answered X-Page-Cache: {headers['X-Page-Cache']} with the cache off"
                )
            results[f"{name}, uncached"] = measure(base, f"{name}, uncached", path, args, workdir)
        paths = search_paths()
        samples = check_search(base, paths)
        last_id, _count, _degraded = search_events(url)
        results["search API"] = measure(base, "search API", paths[0], args, workdir, paths, SEARCH_WARM_UP)
        searches, degraded = degraded_since(url, last_id)
        stop(server)

        print("Page cache on (PAGE_CACHE_SECONDS=300):", flush=True)
        server = start_gunicorn(
            {**env, "PAGE_CACHE_SECONDS": "300"}, port := free_port(), args.workers, args.threads, log
        )
        base = f"http://{HOST}:{port}"
        for name, path in targets.items():
            get(base + path)
            _status, headers, _body = get(base + path)
            if headers.get("X-Page-Cache") != "hit":
                raise SystemExit(f"{path}: X-Page-Cache {headers.get('X-Page-Cache')!r} on a second request")
            results[f"{name}, cached"] = measure(base, f"{name}, cached", path, args, workdir)
    finally:
        stop(server)
    engine_failures = log.read_text().count("Search engine failed")
    shutil.rmtree(workdir, ignore_errors=True)
    load_at_end, probe_at_end = os.getloadavg(), cpu_probe()

    order = ["article (en), uncached", "article (en), cached", "home (fa), uncached", "home (fa), cached"]
    results = {name: results[name] for name in [*order, "search API"]}
    ratios = {
        name: results[f"{name}, cached"]["rps"] / results[f"{name}, uncached"]["rps"]
        for name in ("article (en)", "home (fa)")
    }
    errors = sum(r["non_2xx_3xx"] + r["socket_errors"] for r in results.values())
    goals_met = all(results[name]["rps"] >= goal for name, goal in GOALS.items())
    load_start = ", ".join(f"{x:.2f}" for x in load_at_start)
    load_end = ", ".join(f"{x:.2f}" for x in load_at_end)
    text = f"""Demo content in PostgreSQL, indexed into the real engine (OpenSearch, index prefix
`{INDEX_PREFIX}`); gunicorn gthread {args.workers} workers x {args.threads} threads, production settings
(DEBUG off, whitenoise, page cache a FileBasedCache in a temporary folder), on loopback;
wrk {WRK_THREADS} threads, {CONNECTIONS} keep-alive connections; each target warmed up ({WARM_UP} s,
the search API {SEARCH_WARM_UP} s for the engine's JIT), then measured {args.runs} times for
{args.duration:.0f} s, the median run reported (p50/p95/p99 are that run's); the load generator
shares the cores with the server, PostgreSQL and the engine.
Machine: {machine()}; {wrk_version()}. Load average at start / end:
{load_start} / {load_end}. CPU probe (a fixed pure-Python loop, lower is a faster machine) at start / end:
{probe_at_start:.0f} / {probe_at_end:.0f} ms.

{table(results)}

| what | figure |
|---|---|
| cached / uncached throughput, article (en) | **{ratios["article (en)"]:.1f}x** |
| cached / uncached throughput, home (fa) | **{ratios["home (fa)"]:.1f}x** |
| search API: searches logged / answered by the database because the engine failed | {searches} / {degraded} \
(gunicorn log: {engine_failures} engine failures) |
| survey submissions (`POST /api/v1/surveys/responses`), measured by `bench/survey_submissions.py` | \
{survey_figure()} |

Article page: `{article}` (uncached runs verified without `X-Page-Cache`, cached runs verified
`X-Page-Cache: hit` first). Search API: `GET /api/v1/help/search?q=…&locale=…` rotating through
{len(SEARCH_QUERIES)} queries, {sum(1 for _q, lang in SEARCH_QUERIES if lang == "en")} English (one misspelt,
"refnud") and {sum(1 for _q, lang in SEARCH_QUERIES if lang == "fa")} Persian; each search is also logged
(`search_searchevent`), as in production. Samples before the run: {"; ".join(samples)}."""
    print()
    print(text)
    print(
        f"\n{'PASS' if goals_met and not errors else 'FAIL'}: "
        f"goals {'met' if goals_met else 'missed'}, {errors} errors"
    )
    if args.write_results:
        write_section(SECTION, text)
    sys.exit(0 if goals_met and not errors else 1)


if __name__ == "__main__":
    main()
