"""Issue 7: PostgreSQL restarts in the middle of a stream of survey submissions.

What a storefront needs from us then: every error it sees is a clear, retryable one (never a 500),
every submission we acknowledged with 201 is in the database afterwards, none is stored twice, a
retry of a submission that was in fact stored is told 409 (already answered), and submissions are
acknowledged again as soon as the database is back.

The test runs on a PostgreSQL cluster of its own (initdb into a temporary folder, a free port), never
on the shared one, because it stops and starts the server. gunicorn serves the production settings
as the bench does (bench/survey_submissions.py); a few client threads send each token once and, like
the storefront widget, retry the same token after a 503 or a connection error. Then, with the clients
idle, PostgreSQL restarts once more and a burst of submissions follows: that is where the server's
kept connections (DATABASE_CONN_MAX_AGE) are all stale, and DATABASE_CONN_HEALTH_CHECKS decides
whether a request finds out. One run is shared by the tests below, so each states one promise.
"""

import http.client
import json
import os
import queue
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"
SUBMIT_PATH = "/api/v1/surveys/responses"
INVITATIONS = 12000
CLIENTS = 4
SERVER_THREADS = 2 * 4  # gunicorn workers x threads
BURST_TOKENS = 48
SECONDS_BEFORE_RESTART = 3.0
SECONDS_DOWN = 2.0
SECONDS_AFTER_RESTART = 5.0
# A token still failing this long after the database is back counts as never answered.
SECONDS_TO_GIVE_UP_AFTER_RESTART = 15.0
CONNECTION_ERROR = 0  # the status recorded when no HTTP answer came back
RETRYABLE = {503, CONNECTION_ERROR}

# Migrates, then makes fresh invitations to answer; prints their tokens and ids as JSON on the last
# line. Run with the server's environment, so the tokens are signed with its SECRET_KEY.
PREPARE = """
import json, sys

import django

django.setup()
from django.core.management import call_command

from home.demo.surveys import open_invitations

call_command("migrate", verbosity=0)
tokens, ids = open_invitations(int(sys.argv[1]), label="fault")
print(json.dumps({"tokens": tokens, "ids": ids}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; as root, run it as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass
class PostgresCluster:
    folder: Path
    port: int
    password: str = field(default_factory=lambda: secrets.token_hex(16))

    @property
    def bin(self) -> Path:
        return max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def sockets(self) -> Path:
        return self.folder / "run"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    @property
    def url(self) -> str:
        return f"postgres://faults:{self.password}@{HOST}:{self.port}/faults"

    def pg_ctl(self, *args: str) -> None:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60", *args]
        subprocess.run(as_postgres(command), check=True, capture_output=True, timeout=90)

    def initdb(self) -> None:
        command = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth-local=trust"]
        command += ["--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"]
        subprocess.run(as_postgres(command), check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = f"-c listen_addresses={HOST} -p {self.port} -k {self.sockets} -c fsync=off"
        options += " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        self.pg_ctl("-l", str(self.log), "-o", options, "start")

    def stop(self) -> None:
        self.pg_ctl("-m", "fast", "stop")

    def is_running(self) -> bool:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "status"]
        return subprocess.run(as_postgres(command), capture_output=True).returncode == 0

    def create_database(self) -> None:
        sql = f"CREATE ROLE faults LOGIN PASSWORD '{self.password}'; CREATE DATABASE faults OWNER faults;"
        command = [str(self.bin / "psql"), "-h", str(self.sockets), "-p", str(self.port), "-U", "postgres"]
        command += ["-q", "-v", "ON_ERROR_STOP=1"]
        subprocess.run(as_postgres(command), input=sql, text=True, check=True, capture_output=True)


@pytest.fixture(scope="module")
def postgres_cluster():
    """A throwaway cluster, removed afterwards. Not under pytest's tmp folder: that one is private to
    its owner (0700), and the server runs as the postgres user."""
    folder = Path(tempfile.mkdtemp(prefix="helpcenter-faults-pg-"))
    cluster = PostgresCluster(folder, free_port())
    try:
        cluster.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
            shutil.chown(cluster.sockets, "postgres", "postgres")
        cluster.initdb()
        cluster.start()
        cluster.create_database()
        yield cluster
    finally:
        if cluster.data.joinpath("postmaster.pid").exists():
            cluster.pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def server_environment(database_url: str, secret_key: str) -> dict[str, str]:
    """The production settings, as the bench gives them to gunicorn, with the database's defaults for
    connections (DATABASE_CONN_MAX_AGE, DATABASE_CONN_HEALTH_CHECKS) left as a deployment has them."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "DJANGO_", "SURVEYS_", "SECURE_"))
    }
    return {
        **environment,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secret_key,
        "SEARCH_BACKEND": "database",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        # A few loopback clients stand in for many customers: lift the per-address limit.
        "SURVEYS_RATE_LIMIT_SUBMIT": "100000000/60",
        "SURVEYS_STAFF_NOTIFICATION_EMAILS": "duty@shop.example",
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
    }


@dataclass
class Site:
    port: int
    database_url: str
    tokens: list[str]
    invitation_ids: list[int]
    log: Path


@pytest.fixture(scope="module")
def site(postgres_cluster, tmp_path_factory):
    """gunicorn (2 workers x 4 threads) on a free loopback port, over a migrated database with
    invitations to answer."""
    environment = server_environment(postgres_cluster.url, secrets.token_urlsafe(64))
    prepared = subprocess.run(
        [str(VENV_BIN / "python"), "-c", PREPARE, str(INVITATIONS)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert prepared.returncode == 0, prepared.stderr[-3000:]
    made = json.loads(prepared.stdout.strip().splitlines()[-1])
    port = free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    command = [str(VENV_BIN / "gunicorn"), "config.wsgi", "--bind", f"{HOST}:{port}"]
    command += ["--worker-class", "gthread", "--workers", "2", "--threads", "4", "--keep-alive", "30"]
    with log.open("w") as output:
        server = subprocess.Popen(
            command,
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, f"gunicorn exited: {log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"gunicorn did not answer: {log.read_text()[-3000:]}"
            try:
                connection = http.client.HTTPConnection(HOST, port, timeout=2)
                connection.request("GET", "/surveys/embed.js")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        yield Site(port, postgres_cluster.url, made["tokens"], made["ids"], log)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@dataclass
class Attempt:
    token: int  # index into Site.tokens
    status: int  # CONNECTION_ERROR when no HTTP answer came back
    body: bytes
    content_type: str | None
    retry_after: str | None
    sent_at: float
    answered_at: float
    phase: str = "stream"  # or "idle restart"

    def json(self) -> dict | None:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class RestartRun:
    attempts: list[Attempt]
    stopping_at: float  # just before pg_ctl stop
    back_at: float  # pg_ctl start has returned: the database accepts connections again
    tokens_left: int  # not yet sent when the stream stopped
    rows: dict[int, list[int]]  # invitation id -> ids of its rows in surveys_response
    invitation_ids: list[int]
    log: Path

    def by_token(self) -> dict[int, list[Attempt]]:
        tokens: dict[int, list[Attempt]] = {}
        for attempt in sorted(self.attempts, key=lambda attempt: attempt.sent_at):
            tokens.setdefault(attempt.token, []).append(attempt)
        return tokens

    def rows_of(self, token: int) -> list[int]:
        return self.rows.get(self.invitation_ids[token], [])

    def summary(self) -> str:
        def window(attempt: Attempt) -> str:
            if attempt.phase != "stream":
                return attempt.phase
            if attempt.answered_at < self.stopping_at:
                return "before"
            return "outage" if attempt.sent_at < self.back_at else "after"

        statuses = Counter((window(attempt), attempt.status) for attempt in self.attempts)
        errors = [a for a in self.attempts if a.status not in (201, 409)]
        samples = {a.status: (a.content_type, a.retry_after, a.body[:160]) for a in errors}
        acknowledged = sum(1 for a in self.attempts if a.status == 201)
        rows = sum(len(self.rows_of(token)) for token in self.by_token())
        errors_after = [
            round(a.sent_at - self.back_at, 2)
            for a in errors
            if a.sent_at >= self.back_at and a.phase == "stream"
        ]
        return (
            f"statuses by (window, status): {dict(sorted(statuses.items()))}; "
            f"outage {self.back_at - self.stopping_at:.1f} s; tokens {len(self.by_token())}, "
            f"201s {acknowledged}, rows {rows}; errors after the restart at +s {errors_after}; "
            f"an error of each status: {samples}"
        )


def payload(token: str, number: int) -> bytes:
    csat = [5, 4, 5, 2, 4, 1][number % 6]  # some negative: those queue a staff alert in the same transaction
    return json.dumps(
        {
            "token": token,
            "csat": csat,
            "nps": min(10, csat * 2),
            "reasons": ["delivery"] if csat <= 2 else [],
            "answers": {"would_buy_again": "yes" if csat > 2 else "no"},
            "comment": "Late parcel" if csat <= 2 else "",
            "consent": number % 2 == 0,
        }
    ).encode()


def answer_tokens(site: Site, tokens: queue.SimpleQueue, stop: threading.Event, give_up: list[float], record):
    """One storefront client: each token once, the same token again after a retryable error."""
    connection = None
    while not stop.is_set():
        try:
            token = tokens.get_nowait()
        except queue.Empty:
            break
        body = payload(site.tokens[token], token)
        while True:
            connection = connection or http.client.HTTPConnection(HOST, site.port, timeout=15)
            sent_at = time.monotonic()
            try:
                connection.request("POST", SUBMIT_PATH, body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                content = response.read()
                attempt = Attempt(
                    token,
                    response.status,
                    content,
                    response.getheader("Content-Type"),
                    response.getheader("Retry-After"),
                    sent_at,
                    time.monotonic(),
                )
                if response.will_close:
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = None
                attempt = Attempt(token, CONNECTION_ERROR, repr(error).encode(), None, None, sent_at, 0.0)
                attempt.answered_at = time.monotonic()
            record(attempt)
            if attempt.status not in RETRYABLE or time.monotonic() > give_up[0]:
                break
            delay = float(attempt.retry_after) if (attempt.retry_after or "").isdigit() else 0.2
            time.sleep(min(delay, 1.0))
    if connection is not None:
        connection.close()


def run_clients(site: Site, tokens: queue.SimpleQueue, clients: int, stop: threading.Event, give_up, record):
    threads = [
        threading.Thread(target=answer_tokens, args=(site, tokens, stop, give_up, record), daemon=True)
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    return threads


def join(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(timeout=SECONDS_TO_GIVE_UP_AFTER_RESTART + 20)
    assert not any(thread.is_alive() for thread in threads), "a client is still waiting for an answer"


@pytest.fixture(scope="module")
def restart_run(site, postgres_cluster) -> RestartRun:
    """Streams submissions, restarts PostgreSQL (fast shutdown, 2 s down) midway and keeps streaming
    for a few seconds after it is back; restarts it again while the clients are idle and sends a
    burst; then reads what was stored."""
    tokens: queue.SimpleQueue = queue.SimpleQueue()
    for token in range(len(site.tokens) - BURST_TOKENS):
        tokens.put(token)
    attempts: list[Attempt] = []
    stop = threading.Event()
    give_up = [float("inf")]
    clients = run_clients(site, tokens, CLIENTS, stop, give_up, attempts.append)
    try:
        time.sleep(SECONDS_BEFORE_RESTART)
        stopping_at = time.monotonic()
        postgres_cluster.stop()
        time.sleep(SECONDS_DOWN)
        postgres_cluster.start()
        back_at = time.monotonic()
        give_up[0] = back_at + SECONDS_TO_GIVE_UP_AFTER_RESTART
        time.sleep(SECONDS_AFTER_RESTART)
    finally:
        stop.set()  # no new tokens; a token being retried is finished first
        join(clients)
        if not postgres_cluster.is_running():
            postgres_cluster.start()
    tokens_left = tokens.qsize()

    # Every server thread now holds a connection opened after the first restart; restart again
    # while nobody submits, then a burst wide enough to reach each of them.
    postgres_cluster.stop()
    postgres_cluster.start()
    burst: queue.SimpleQueue = queue.SimpleQueue()
    for token in range(len(site.tokens) - BURST_TOKENS, len(site.tokens)):
        burst.put(token)
    give_up[0] = time.monotonic() + SECONDS_TO_GIVE_UP_AFTER_RESTART

    def record_burst(attempt: Attempt) -> None:
        attempt.phase = "idle restart"
        attempts.append(attempt)

    join(run_clients(site, burst, SERVER_THREADS, threading.Event(), give_up, record_burst))

    import psycopg

    with psycopg.connect(site.database_url) as database:
        found = database.execute(
            "SELECT invitation_id, id FROM surveys_response WHERE invitation_id = ANY(%s)",
            [site.invitation_ids],
        ).fetchall()
    rows: dict[int, list[int]] = {}
    for invitation_id, response_id in found:
        rows.setdefault(invitation_id, []).append(response_id)
    run = RestartRun(list(attempts), stopping_at, back_at, tokens_left, rows, site.invitation_ids, site.log)
    print(f"\nDatabase restart: {run.summary()}")
    return run


def test_every_acknowledged_submission_is_stored_exactly_once(restart_run):
    lost, doubled, acknowledged = [], [], 0
    for token, attempts in restart_run.by_token().items():
        acknowledgements = [a.json()["id"] for a in attempts if a.status == 201]
        acknowledged += len(acknowledgements)
        rows = restart_run.rows_of(token)
        if len(rows) > 1 or len(acknowledgements) > 1:
            doubled.append((token, rows, acknowledgements))
        if acknowledgements and rows != acknowledgements:
            lost.append((token, rows, acknowledgements))
    assert acknowledged > 0, restart_run.summary()
    assert lost == [], f"acknowledged but not stored as acknowledged; {restart_run.summary()}"
    assert doubled == [], f"stored or acknowledged twice; {restart_run.summary()}"


def test_a_retried_submission_that_was_stored_is_answered_already_answered(restart_run):
    """A token stored although its client saw an error is, on retry, a 409, not a second row; and every
    retried token ends answered one way or the other."""
    unsettled, not_told = [], []
    for token, attempts in restart_run.by_token().items():
        if len(attempts) == 1:
            continue
        if attempts[-1].status not in (201, 409):
            unsettled.append((token, [a.status for a in attempts]))
        acknowledged = any(a.status == 201 for a in attempts)
        if restart_run.rows_of(token) and not acknowledged and attempts[-1].status != 409:
            not_told.append((token, [a.status for a in attempts]))
        if attempts[-1].status == 409:
            assert attempts[-1].json()["code"] == "already_answered"
            assert len(restart_run.rows_of(token)) == 1, (token, [a.status for a in attempts])
    assert unsettled == [], f"retried tokens never answered 201 or 409; {restart_run.summary()}"
    assert not_told == [], f"stored, but the retry was not told 409; {restart_run.summary()}"


def test_submissions_are_acknowledged_again_once_the_database_is_back(restart_run):
    stream = [a for a in restart_run.attempts if a.phase == "stream"]
    assert restart_run.tokens_left > 0, "the tokens ran out: the stream stopped early; raise INVITATIONS"
    after = [a for a in stream if a.sent_at >= restart_run.back_at]
    assert any(a.status == 201 for a in after), restart_run.summary()
    # From a couple of seconds after the restart on, every submission is stored again.
    settled = [a for a in after if a.sent_at >= restart_run.back_at + 2]
    assert settled and all(a.status == 201 for a in settled), restart_run.summary()


def test_a_connection_the_restart_broke_fails_no_request(restart_run):
    """DATABASE_CONN_HEALTH_CHECKS is on by default: a kept connection is checked before a request
    reuses it, so a restart while the site is idle costs nobody an error (with the checks off,
    each server thread's first request failed)."""
    burst = [a for a in restart_run.attempts if a.phase == "idle restart"]
    failed = [a for a in burst if a.status not in (201, 409)]
    assert any(a.status == 201 for a in burst), restart_run.summary()
    assert failed == [], restart_run.summary()


def test_clients_see_only_clear_retryable_errors_while_the_database_restarts(restart_run):
    server_errors = [a for a in restart_run.attempts if a.status >= 500 and a.status != 503]
    assert server_errors == [], f"{len(server_errors)} server errors; {restart_run.summary()}"
    unexpected = [a for a in restart_run.attempts if a.status not in {201, 409, *RETRYABLE}]
    assert unexpected == [], restart_run.summary()
    for unavailable in (a for a in restart_run.attempts if a.status == 503):
        assert (unavailable.content_type or "").startswith("application/json"), restart_run.summary()
        assert (unavailable.json() or {}).get("detail"), restart_run.summary()
        assert unavailable.retry_after, restart_run.summary()
