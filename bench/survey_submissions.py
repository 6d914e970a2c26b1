"""Survey submissions under load: sustained answers per second, latency, and nothing lost or doubled.

Starts gunicorn on loopback with the production settings (DEBUG off, the
django_tasks_db queue) against a PostgreSQL database of its own, creates
invitations, then drives ``POST /api/v1/surveys/responses`` from concurrent
keep-alive connections for ``--duration`` seconds. A share of the tokens is
submitted twice at once on two connections, as double clicks would: exactly one
must be stored, the other get 409.

Side by side, in the same run and on the same server and connections, it
measures a ceiling: ``GET /surveys/embed.js``, a Django view that returns a
file from memory through the same middleware. The ratio submissions/ceiling
says how much of what this machine can serve at all is left for storing
answers, whatever else the machine is doing.

The load generator shares the machine's cores with the server, so it is kept
light: one thread, non-blocking sockets with ``selectors``, every request built
before the clock starts.

At the end it counts: every 201 must be its own row in the database (none lost),
no invitation may have two rows or two 201s (none duplicated), and no request may
have failed otherwise.

    .venv/bin/python bench/survey_submissions.py [--duration 60] [--clients 16] [--record]

PostgreSQL comes from BENCH_DATABASE_URL (default: the one scripts/postgres
runs, database ``helpcenter_bench_surveys``, created if missing).
"""

import argparse
import json
import os
import platform
import random
import re
import secrets
import selectors
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from pathlib import Path
from urllib.parse import urlparse

from common import HOST, ROOT, free_port, start_gunicorn, stop, write_section

SECTION = "## Survey submissions (`bench/survey_submissions.py`)"

DEFAULT_DATABASE = "postgres://helpcenter:helpcenter@127.0.0.1:55432/helpcenter_bench_surveys"
SUBMIT_PATH = "/api/v1/surveys/responses"
CEILING_PATH = "/surveys/embed.js"
TARGET_PER_SECOND = 200
REASONS = ["delivery", "packaging", "slow_site", "hidden_costs"]
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)
CONNECTION_CLOSE = re.compile(rb"\r\nconnection:\s*close", re.IGNORECASE)


def server_environment(database_url: str, secret_key: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secret_key,
        "SEARCH_BACKEND": "database",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        # One loopback client stands in for thousands of customers: lift the per-address limit.
        "SURVEYS_RATE_LIMIT_SUBMIT": "100000000/60",
        "SURVEYS_STAFF_NOTIFICATION_EMAILS": "duty@shop.example",
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
    }


def ensure_database(database_url: str) -> None:
    import psycopg

    parsed = urlparse(database_url)
    name = parsed.path.lstrip("/")
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare(invitation_count: int) -> tuple[list[str], list[int]]:
    """Migrates, then makes a survey and ``invitation_count`` fresh invitations; returns their tokens."""
    import django

    django.setup()
    from django.core.management import call_command

    from home.demo.surveys import open_invitations

    call_command("migrate", verbosity=0)
    return open_invitations(invitation_count, label=f"bench{secrets.token_hex(4)}")


def submission(token: str, rng: random.Random) -> bytes:
    """One complete HTTP request answering the survey for ``token``."""
    csat = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    body = json.dumps(
        {
            "token": token,
            "csat": csat,
            "nps": min(10, max(0, csat * 2 + rng.choice([-1, 0, 0, 1]))),
            "reasons": rng.sample(REASONS, rng.choice([0, 1, 2])),
            "answers": {"would_buy_again": rng.choice(["yes", "no"])},
            "comment": rng.choice(["", "Fine.", "Late parcel, call me on 0912 345 6789", "عالی بود"]),
            "consent": rng.random() < 0.6,
        }
    ).encode()
    head = (
        f"POST {SUBMIT_PATH} HTTP/1.1\r\nHost: {HOST}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def submission_jobs(tokens: list[str], duplicate_share: float) -> list[tuple[int, bytes]]:
    """(token index, request) in sending order; a share of tokens twice in a row, so two connections
    race on them."""
    rng = random.Random(7)  # noqa: S311 (test data, not secrets)
    jobs = []
    for index, token in enumerate(tokens):
        request = submission(token, rng)
        jobs.append((index, request))
        if rng.random() < duplicate_share:
            jobs.append((index, request))
    return jobs


CEILING_REQUEST = f"GET {CEILING_PATH} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode()


@dataclass
class Outcome:
    key: int
    status: int  # 0: no complete answer (connection error or timeout)
    latency: float
    body: bytes


@dataclass
class Run:
    label: str
    outcomes: list[Outcome]
    elapsed: float
    cpu_ms: dict[str, float] = field(default_factory=dict)  # per request: gunicorn, postgres, client

    @property
    def statuses(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for outcome in self.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        return dict(sorted(counts.items()))

    def per_second(self, status: int | None = None) -> float:
        count = sum(1 for o in self.outcomes if status is None or o.status == status)
        return count / self.elapsed

    def latency_ms(self, share: float) -> float:
        ordered = sorted(o.latency for o in self.outcomes)
        return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class _Connection:
    __slots__ = ("buffer", "key", "sent_at", "sock")

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection((HOST, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.key, self.sent_at, self.buffer = -1, 0.0, b""


def drive(port: int, jobs: Iterator[tuple[int, bytes]], connections: int, duration: float, label: str) -> Run:
    """Keeps one request in flight on each keep-alive connection until ``duration`` is up, then
    waits for every request sent to be answered, so each has an outcome."""
    selector = selectors.DefaultSelector()
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    deadline = started + duration
    last_answer = started

    def open_connection() -> None:
        connection = _Connection(port)
        selector.register(connection.sock, selectors.EVENT_READ, connection)
        send_next(connection)

    def close(connection: _Connection) -> None:
        selector.unregister(connection.sock)
        connection.sock.close()

    def send_next(connection: _Connection) -> None:
        job = next(jobs, None) if time.perf_counter() < deadline else None
        if job is None:
            close(connection)
            return
        connection.key, request = job
        connection.buffer = b""
        connection.sent_at = time.perf_counter()
        try:
            connection.sock.sendall(request)
        except OSError:
            failed(connection)

    def failed(connection: _Connection) -> None:
        outcomes.append(Outcome(connection.key, 0, time.perf_counter() - connection.sent_at, b""))
        close(connection)
        open_connection()

    for _ in range(connections):
        open_connection()
    while selector.get_map():
        events = selector.select(timeout=30)
        if not events:  # nothing answered for 30 s: what is in flight has failed
            for key in list(selector.get_map().values()):
                outcomes.append(Outcome(key.data.key, 0, time.perf_counter() - key.data.sent_at, b""))
                close(key.data)
            break
        for key, _mask in events:
            connection = key.data
            try:
                data = connection.sock.recv(65536)
            except OSError:
                data = b""
            if not data:
                failed(connection)
                continue
            buffer = connection.buffer + data
            head_end = buffer.find(b"\r\n\r\n")
            length = CONTENT_LENGTH.search(buffer, 0, head_end) if head_end >= 0 else None
            end = head_end + 4 + (int(length.group(1)) if length else 0)
            if head_end < 0 or len(buffer) < end:
                connection.buffer = buffer
                continue
            last_answer = time.perf_counter()
            status = int(buffer[9:12])
            outcomes.append(
                Outcome(connection.key, status, last_answer - connection.sent_at, buffer[head_end + 4 : end])
            )
            if CONNECTION_CLOSE.search(buffer, 0, head_end):
                close(connection)
                open_connection()
            else:
                send_next(connection)
    selector.close()
    return Run(label, outcomes, last_answer - started)


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU time of each process, from /proc (clock ticks)."""
    ticks = os.sysconf("SC_CLK_TCK")
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return times


def server_pids(gunicorn_pid: int, database: str) -> tuple[list[int], list[int]]:
    children = Path(f"/proc/{gunicorn_pid}/task/{gunicorn_pid}/children").read_text().split()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [database]
        )
        backends = [row[0] for row in cursor.fetchall()]
    return [gunicorn_pid, *map(int, children)], backends


def measured(server: subprocess.Popen, database: str, run_drive) -> Run:
    """Runs the load and charges the CPU that gunicorn, its PostgreSQL backends and this process
    (the load generator) spent on it, per request: figures that hold however busy the machine is."""
    app_before, database_before = (cpu_seconds(p) for p in server_pids(server.pid, database))
    client_before = os.times()
    run = run_drive()
    client_after = os.times()
    app_after, database_after = (cpu_seconds(p) for p in server_pids(server.pid, database))
    requests = max(1, len(run.outcomes))

    def spent(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(after[pid] - before.get(pid, 0.0) for pid in after)

    client = (client_after.user + client_after.system) - (client_before.user + client_before.system)
    run.cpu_ms = {
        "gunicorn": round(spent(app_before, app_after) * 1000 / requests, 2),
        "postgres": round(spent(database_before, database_after) * 1000 / requests, 2),
        "client": round(client * 1000 / requests, 2),
    }
    return run


def count_check(runs: list[Run], invitation_ids: list[int]) -> dict[str, int]:
    """Acknowledged answers against the rows stored, per invitation and by response id."""
    from django.db import connection

    acknowledged: dict[int, list[int]] = {}  # invitation id -> response ids answered with 201
    used = set()
    for run in runs:
        for outcome in run.outcomes:
            used.add(invitation_ids[outcome.key])
            if outcome.status == 201:
                acknowledged.setdefault(invitation_ids[outcome.key], []).append(
                    json.loads(outcome.body)["id"]
                )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT invitation_id, id FROM surveys_response WHERE invitation_id = ANY(%s)", [sorted(used)]
        )
        stored: dict[int, list[int]] = {}
        for invitation_id, response_id in cursor.fetchall():
            stored.setdefault(invitation_id, []).append(response_id)
    acknowledged_ids = {response_id for ids in acknowledged.values() for response_id in ids}
    stored_ids = {response_id for ids in stored.values() for response_id in ids}
    return {
        "acknowledged": sum(len(ids) for ids in acknowledged.values()),
        "rows": len(stored_ids),
        # a 201 whose row is not in the database
        "lost": len(acknowledged_ids - stored_ids),
        # an invitation with two rows, or answered 201 twice
        "duplicated": sum(len(ids) - 1 for ids in stored.values())
        + sum(len(ids) - 1 for ids in acknowledged.values()),
        # stored although its client saw no 201 (an error or timeout): not lost, but reported
        "stored_unacknowledged": len(stored_ids - acknowledged_ids),
    }


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.platform()}, Python {platform.python_version()}"
    )


def summary(run: Run) -> dict:
    return {
        "duration_s": round(run.elapsed, 1),
        "requests": len(run.outcomes),
        "statuses": run.statuses,
        "requests_per_s": round(run.per_second(), 1),
        "p50_ms": round(run.latency_ms(0.50), 1),
        "p95_ms": round(run.latency_ms(0.95), 1),
        "p99_ms": round(run.latency_ms(0.99), 1),
        "mean_ms": round(1000 * statistics.fmean(o.latency for o in run.outcomes), 1),
        "cpu_ms_per_request": run.cpu_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60, help="seconds of submissions")
    parser.add_argument("--ceiling-duration", type=float, default=15, help="seconds of the ceiling run")
    parser.add_argument("--clients", type=int, default=12, help="concurrent keep-alive connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=6, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: a free one)")
    parser.add_argument("--invitations", type=int, default=40000)
    parser.add_argument("--duplicates", type=float, default=0.05, help="share of tokens submitted twice")
    parser.add_argument("--record", action="store_true", help="replace its section of bench/RESULTS.md")
    parser.add_argument("--note", default="", help="a sentence added to the recorded section")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    secret_key = secrets.token_urlsafe(64)
    env = server_environment(database_url, secret_key)
    os.environ.update({key: env[key] for key in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SECRET_KEY")})
    os.environ.update({key: value for key, value in env.items() if key.startswith(("SURVEYS_", "SECURE_"))})
    os.environ.update(ALLOWED_HOSTS=HOST, SEARCH_BACKEND="database", LOG_LEVEL="ERROR")
    sys.path.insert(0, str(ROOT))

    ensure_database(database_url)
    database_name = urlparse(database_url).path.lstrip("/")
    print(f"Preparing {args.invitations} invitations in {database_name} …", flush=True)
    tokens, invitation_ids = prepare(args.invitations)
    jobs = iter(submission_jobs(tokens, args.duplicates))
    log = Path(tempfile.gettempdir()) / f"bench-surveys-gunicorn-{os.getpid()}.log"
    port = args.port or free_port()
    server = start_gunicorn(env, port, args.workers, args.threads, log, ready_path=CEILING_PATH)
    load_before = os.getloadavg()
    try:
        # Every worker thread opens its database connection and fills its caches before the clock runs.
        warm_up = drive(port, jobs, args.clients, 3, "warm-up")
        print(
            f"Ceiling: GET {CEILING_PATH} for {args.ceiling_duration:.0f} s, then POST {SUBMIT_PATH} for "
            f"{args.duration:.0f} s, {args.clients} keep-alive connections …",
            flush=True,
        )
        ceiling = measured(
            server,
            database_name,
            lambda: drive(
                port, zip(repeat(-1), repeat(CEILING_REQUEST)), args.clients, args.ceiling_duration, "ceiling"
            ),
        )
        submissions = measured(
            server, database_name, lambda: drive(port, jobs, args.clients, args.duration, "submissions")
        )
    finally:
        stop(server)
    load_after = os.getloadavg()
    if next(jobs, None) is None:
        print("WARNING: the invitations ran out before the time was up; raise --invitations")

    check = count_check([warm_up, submissions], invitation_ids)
    stored_per_second = submissions.per_second(201)
    result = {
        "date": date.today().isoformat(),
        "machine": machine(),
        "server": f"gunicorn gthread {args.workers} workers x {args.threads} threads",
        "clients": args.clients,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "submissions_per_s": round(stored_per_second, 1),
        "submissions": summary(submissions),
        "ceiling": summary(ceiling),
        "ratio_to_ceiling": round(stored_per_second / ceiling.per_second(), 3),
        "count_check": check,
    }
    print(json.dumps(result, indent=2))
    print(side_by_side(result))
    ok = (
        stored_per_second >= TARGET_PER_SECOND
        and check["lost"] == 0
        and check["duplicated"] == 0
        and set(submissions.statuses) <= {201, 409}
        and set(warm_up.statuses) <= {201, 409}
    )
    verdict = "PASS" if ok else "FAIL"
    print(f"\n{verdict}: target ≥ {TARGET_PER_SECOND}/s stored, zero lost, zero duplicated, no errors")
    if args.record:
        record(result, args.note)
    sys.exit(0 if ok else 1)


def side_by_side(result: dict) -> str:
    ceiling, submissions = result["ceiling"], result["submissions"]
    rows = [
        ("requests/s", ceiling["requests_per_s"], submissions["requests_per_s"]),
        ("latency p50 (ms)", ceiling["p50_ms"], submissions["p50_ms"]),
        ("latency p95 (ms)", ceiling["p95_ms"], submissions["p95_ms"]),
        ("latency p99 (ms)", ceiling["p99_ms"], submissions["p99_ms"]),
        *(
            (
                f"{part} CPU per request (ms)",
                ceiling["cpu_ms_per_request"][part],
                submissions["cpu_ms_per_request"][part],
            )
            for part in ("gunicorn", "postgres", "client")
        ),
    ]
    lines = [
        f"| what | ceiling: GET {CEILING_PATH} | submissions: POST {SUBMIT_PATH} | submissions / ceiling |",
        "|---|---|---|---|",
    ]
    for label, ceiling_value, submissions_value in rows:
        ratio = f"{submissions_value / ceiling_value:.2f}" if ceiling_value else "–"
        lines.append(f"| {label} | {ceiling_value} | {submissions_value} | {ratio} |")
    stored = result["submissions_per_s"]
    lines.append(f"| **stored submissions/s** | | **{stored}** | **{result['ratio_to_ceiling']}** |")
    return "\n".join(lines)


def record(result: dict, note: str = "") -> None:
    submissions, check = result["submissions"], result["count_check"]
    statuses = ", ".join(f"{status}: {count}" for status, count in submissions["statuses"].items())
    section = f"""`POST {SUBMIT_PATH}` over loopback to {result["server"]} (production settings, DEBUG off,
django_tasks_db queue) on PostgreSQL on the same machine; {result["clients"]} keep-alive connections from
a one-thread load generator; each token answered once, and 5 % of tokens sent twice at once on two
connections (double clicks). Side by side, the same server and connections on `GET {CEILING_PATH}` (a
trivial Django view through the same middleware): the ceiling of this machine.
Machine: {result["machine"]}. Load average before / after: {result["load_before"]} / {result["load_after"]}.

{side_by_side(result)}

| what | figure | goal |
|---|---|---|
| sustained submissions stored | **{result["submissions_per_s"]}/s** over {submissions["duration_s"]} s | \
≥ {TARGET_PER_SECOND}/s |
| latency p50 / p95 / p99 | {submissions["p50_ms"]} / {submissions["p95_ms"]} / {submissions["p99_ms"]} ms | |
| acknowledged (201) vs rows in the database | {check["acknowledged"]} vs {check["rows"]} | equal |
| lost / duplicated | {check["lost"]} / {check["duplicated"]} | 0 / 0 |
| HTTP statuses | {statuses} | only 201 and 409 |
"""
    if note:
        section += f"\n{note}\n"
    write_section(SECTION, section.rstrip())


if __name__ == "__main__":
    main()
