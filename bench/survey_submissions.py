"""Survey submissions under load: sustained answers per second, latency, and nothing lost or doubled.

Starts gunicorn on loopback with the production settings (DEBUG off, the
django_tasks_db queue) against a PostgreSQL database of its own, creates
invitations, then drives ``POST /api/v1/surveys/responses`` from concurrent
keep-alive HTTP clients (several processes of threads, stdlib http.client) for
``--duration`` seconds. A share of the tokens is submitted twice at once by two
clients, as double clicks would: exactly one must be stored, the other get 409.

At the end it counts: every 201 must be one row in the database, no invitation
may have two responses, and no request may have failed otherwise.

    .venv/bin/python bench/survey_submissions.py [--duration 60] [--clients 16] [--record]

PostgreSQL comes from BENCH_DATABASE_URL (default: the one scripts/postgres
runs, database ``helpcenter_bench_surveys``, created if missing).
"""

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import queue
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
DEFAULT_DATABASE = "postgres://helpcenter:helpcenter@127.0.0.1:55432/helpcenter_bench_surveys"
HOST, PORT = "127.0.0.1", 8765
TARGET_PER_SECOND = 200
REASONS = ["delivery", "packaging", "slow_site", "hidden_costs"]


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
    from django.utils import timezone

    from surveys.demo import build_demo_surveys
    from surveys.models import Customer, Invitation, Survey
    from surveys.tokens import make_token

    call_command("migrate", verbosity=0)
    build_demo_surveys()
    survey = Survey.current_for("en")
    run = secrets.token_hex(4)
    now = timezone.now()
    customers = Customer.objects.bulk_create(
        [
            Customer(storefront_id=f"bench-{run}-{n}", email=f"bench{n}@example.com", name=f"Bench {n}")
            for n in range(invitation_count)
        ],
        batch_size=2000,
    )
    invitations = Invitation.objects.bulk_create(
        [
            Invitation(
                storefront_order_id=f"BENCH-{run}-{n}",
                customer=customer,
                survey=survey,
                language="en",
                items=[{"sku": "MUG-1", "name": "Blue mug", "quantity": 1}],
                delivered_at=now,
                email_due_at=now,
                expires_at=now + timedelta(days=30),
            )
            for n, customer in enumerate(customers)
        ],
        batch_size=2000,
    )
    return [make_token(invitation.public_id) for invitation in invitations], [i.pk for i in invitations]


def start_gunicorn(env: dict[str, str], workers: int, threads: int, log: Path) -> subprocess.Popen:
    command = [
        str(VENV_BIN / "gunicorn"),
        "config.wsgi",
        "--bind",
        f"{HOST}:{PORT}",
        "--worker-class",
        "gthread",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--keep-alive",
        "30",
        "--backlog",
        "2048",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, PORT, timeout=2)
            connection.request("GET", "/surveys/embed.js")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"gunicorn did not answer within 30 s; see {log}")


def payload(token: str, rng: random.Random) -> bytes:
    csat = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return json.dumps(
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


def client_process(jobs, results, deadline: float, threads: int, seed: int) -> None:
    """Threads with one keep-alive connection each, taking (token) jobs until the deadline."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    records: list[tuple[float, int, float]] = []
    lock = threading.Lock()

    def worker(number: int) -> None:
        rng = random.Random(seed * 1000 + number)  # noqa: S311 (test data, not secrets)
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        local: list[tuple[float, int, float]] = []
        while time.time() < deadline:
            try:
                token = jobs.get(timeout=0.5)
            except queue.Empty:
                continue
            body = payload(token, rng)
            started = time.perf_counter()
            try:
                connection.request(
                    "POST", "/api/v1/surveys/responses", body, {"Content-Type": "application/json"}
                )
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
                status = 0
            local.append((time.time(), status, time.perf_counter() - started))
        connection.close()
        with lock:
            records.extend(local)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put(records)


def feed(jobs, tokens: list[str], duplicate_share: float, stop: threading.Event) -> None:
    """Queues tokens; a share of them twice, back to back, so two clients race on them."""
    rng = random.Random(7)  # noqa: S311 (test data, not secrets)
    for token in tokens:
        if stop.is_set():
            return
        jobs.put(token)
        if rng.random() < duplicate_share:
            jobs.put(token)


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


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def count_check(invitation_ids: list[int]) -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), count(DISTINCT invitation_id) FROM surveys_response"
            " WHERE invitation_id = ANY(%s)",
            [invitation_ids],
        )
        rows, distinct = cursor.fetchone()
    return {"rows": rows, "distinct_invitations": distinct}


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.platform()}, Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--clients", type=int, default=16, help="concurrent connections in all")
    parser.add_argument("--client-processes", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--invitations", type=int, default=30000)
    parser.add_argument("--duplicates", type=float, default=0.05, help="share of tokens submitted twice")
    parser.add_argument("--record", action="store_true", help="append the result to bench/RESULTS.md")
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
    log = Path(tempfile.gettempdir()) / f"bench-surveys-gunicorn-{os.getpid()}.log"
    server = start_gunicorn(env, args.workers, args.threads, log)
    load_before = os.getloadavg()
    try:
        context = multiprocessing.get_context("fork")
        jobs, results = context.Queue(maxsize=5000), context.Queue()
        stop = threading.Event()
        feeder = threading.Thread(target=feed, args=(jobs, tokens, args.duplicates, stop), daemon=True)
        feeder.start()
        started = time.time()
        deadline = started + args.duration
        per_process = max(1, args.clients // args.client_processes)
        processes = [
            context.Process(target=client_process, args=(jobs, results, deadline, per_process, n))
            for n in range(args.client_processes)
        ]
        print(
            f"Driving POST /api/v1/surveys/responses for {args.duration:.0f} s with "
            f"{per_process * len(processes)} keep-alive clients …",
            flush=True,
        )
        app_before, database_before = (cpu_seconds(p) for p in server_pids(server.pid, database_name))
        clients_before = os.times()
        for process in processes:
            process.start()
        records = [record for _ in processes for record in results.get()]
        for process in processes:
            process.join()
        stop.set()
        elapsed = max(record[0] for record in records) - started
        app_after, database_after = (cpu_seconds(p) for p in server_pids(server.pid, database_name))
        clients_after = os.times()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    load_after = os.getloadavg()

    statuses: dict[int, int] = {}
    for _at, status, _latency in records:
        statuses[status] = statuses.get(status, 0) + 1
    latencies_ms = [latency * 1000 for _at, _status, latency in records]
    acknowledged = statuses.get(201, 0)
    app_cpu = sum(app_after[pid] - app_before.get(pid, 0.0) for pid in app_after)
    database_cpu = sum(database_after[pid] - database_before.get(pid, 0.0) for pid in database_after)
    client_cpu = (clients_after.children_user + clients_after.children_system) - (
        clients_before.children_user + clients_before.children_system
    )
    check = count_check(invitation_ids)
    result = {
        "date": date.today().isoformat(),
        "machine": machine(),
        "duration_s": round(elapsed, 1),
        "requests": len(records),
        "statuses": statuses,
        "acknowledged": acknowledged,
        "submissions_per_s": round(acknowledged / elapsed, 1),
        "requests_per_s": round(len(records) / elapsed, 1),
        "p50_ms": round(percentile(latencies_ms, 0.50), 1),
        "p95_ms": round(percentile(latencies_ms, 0.95), 1),
        "p99_ms": round(percentile(latencies_ms, 0.99), 1),
        "mean_ms": round(statistics.fmean(latencies_ms), 1),
        # CPU spent per request by gunicorn + its PostgreSQL backends, and by the load generator:
        # a figure that does not depend on what else the machine is doing.
        "gunicorn_cpu_ms_per_request": round(app_cpu * 1000 / len(records), 2),
        "postgres_cpu_ms_per_request": round(database_cpu * 1000 / len(records), 2),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / len(records), 2),
        "rows_in_db": check["rows"],
        "duplicates": check["rows"] - check["distinct_invitations"],
        "lost": acknowledged - check["rows"],
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "server": f"gunicorn gthread {args.workers} workers x {args.threads} threads",
        "clients": per_process * args.client_processes,
    }
    print(json.dumps(result, indent=2))
    ok = (
        result["submissions_per_s"] >= TARGET_PER_SECOND
        and result["lost"] == 0
        and result["duplicates"] == 0
        and set(statuses) <= {201, 409}
    )
    verdict = "PASS" if ok else "FAIL"
    print(f"\n{verdict}: target ≥ {TARGET_PER_SECOND}/s, zero lost, zero duplicated, no errors")
    if args.record:
        record(result, args.note)
    sys.exit(0 if ok else 1)


def record(result: dict, note: str = "") -> None:
    statuses = ", ".join(f"{status}: {count}" for status, count in sorted(result["statuses"].items()))
    cpu = " / ".join(str(result[f"{part}_cpu_ms_per_request"]) for part in ("gunicorn", "postgres", "client"))
    section = f"""
## Survey submissions (`bench/survey_submissions.py`), {result["date"]}

`POST /api/v1/surveys/responses` over loopback to {result["server"]} (production settings, DEBUG off,
django_tasks_db queue) on PostgreSQL on the same machine; {result["clients"]} keep-alive clients in 2
processes; each token answered once, and 5 % of tokens sent twice at once to two clients (double clicks).
Machine: {result["machine"]}. Load average before / after: {result["load_before"]} / {result["load_after"]}.

| what | figure | goal |
|---|---|---|
| sustained submissions stored | **{result["submissions_per_s"]}/s** over {result["duration_s"]} s | ≥ 200/s |
| all requests (incl. refused duplicates) | {result["requests_per_s"]}/s | |
| latency p50 / p95 / p99 | {result["p50_ms"]} / {result["p95_ms"]} / {result["p99_ms"]} ms | |
| acknowledged (201) vs rows in the database | {result["acknowledged"]} vs {result["rows_in_db"]} | equal |
| lost / duplicated | {result["lost"]} / {result["duplicates"]} | 0 / 0 |
| HTTP statuses | {statuses} | only 201 and 409 |
| CPU per request: gunicorn / PostgreSQL / load generator | {cpu} ms | |
"""
    if note:
        section += f"\n{note}\n"
    with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as file:
        file.write(section)


if __name__ == "__main__":
    main()
