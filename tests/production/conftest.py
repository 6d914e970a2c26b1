"""Fixtures for the production tests: a real database task queue with tasks waiting in it, and
the production stack, as operators run it: PostgreSQL, Redis and the search engine from
scripts/test, and the Procfile's processes started by honcho with the production settings.

This module makes its own database, index prefix and cache key prefix on those services, so it never
touches another test's data, and removes them afterwards. The two web servers (``honcho start -c
web=2 web``: gunicorn on PORT and PORT+1) run in one honcho; the task worker runs in a honcho of its
own, so that a test can kill it and start it again without taking the servers down (honcho stops
every process it runs when one of them exits).
"""

import json
import os
import re
import secrets
import shlex
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis
import requests
from django.test import override_settings
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from tests.surveys.conftest import editor  # noqa: F401  (pytest finds fixtures by name)

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"
EDITOR = ("editor", secrets.token_urlsafe(12))
SUBMIT_LIMIT = 10  # survey submissions per client and minute, across both servers together

# Run with the servers' environment after README's release commands: makes a help home with a
# topic, an editor and a storefront key; prints what the tests need.
PREPARE = """
import json, sys
from io import StringIO

import django

django.setup()
from django.contrib.auth import get_user_model
from django.core.management import call_command

call_command("setup_helpcenter", stdout=StringIO())
from helpcenter.models import CategoryPage
from helpcenter.services import ensure_help_home

home, _ = ensure_help_home(language="en")
topic = CategoryPage(title="Returns", slug="returns")
home.add_child(instance=topic)
topic.save_revision().publish()
get_user_model().objects.create_superuser(sys.argv[1], "editor@shop.example", sys.argv[2])
key = StringIO()
call_command("create_api_key", "storefront", stdout=key, stderr=StringIO())
print(json.dumps({"topic_id": topic.pk, "topic_path": topic.url, "api_key": key.getvalue().strip()}))
"""


def release_commands() -> list[str]:
    """README's "once per release" commands (migrate, collectstatic, update_index), as written."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Running it in production") :]
    block = re.search(r"once per release.*?```sh\n(.*?)```", section, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if "honcho run" in line]
    assert [command.split()[-1] for command in commands][:2] == ["migrate", "--no-input"], commands
    return commands


def run(command: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)


def required() -> bool:
    """scripts/test sets REQUIRE_PRODUCTION_STACK so missing services fail instead of skipping."""
    return os.environ.get("REQUIRE_PRODUCTION_STACK") == "1"


def services() -> dict[str, str]:
    found = {
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "SEARCH_URLS": os.environ.get("SEARCH_URLS", ""),
    }
    missing = [name for name, value in found.items() if not value]
    if not found["DATABASE_URL"].startswith("postgres"):
        missing.append("DATABASE_URL (PostgreSQL)")
    if missing:
        message = f"the production stack needs {', '.join(missing)} (scripts/test starts them)"
        if required():
            pytest.fail(message)
        pytest.skip(message)
    return found


def free_port_pair() -> int:
    """A port P with P+1 free too (honcho gives the second web server PORT+1)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind((HOST, 0))
            port = probe.getsockname()[1]
        try:
            with socket.socket() as second:
                second.bind((HOST, port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no two consecutive free ports on loopback")


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def descendants(ancestor: int, needle: str) -> list[int]:
    """Processes under ``ancestor`` (honcho, whose children run in sessions of their own) whose
    command has ``needle``, the shell honcho runs each command with left out."""
    parents, commands = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            commands[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])

    def under(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == ancestor:
                return True
        return False

    return [
        pid
        for pid, command in commands.items()
        if needle in command and not command.startswith(("/bin/sh", "sh ")) and under(pid)
    ]


def stop_session(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


class Browser:
    """One client of one server. Production marks its cookies Secure (TLS is the proxy's job);
    these servers speak plain HTTP on loopback, so the cookies are kept and sent by hand."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, self.base + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post_form(self, path: str, data: dict) -> requests.Response:
        """A form post as the browser makes it: with the CSRF token of the page it came from."""
        page = self.get(path)
        assert page.status_code == 200, (path, page.status_code, page.text[:500])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return self.request("POST", path, data={**data, "csrfmiddlewaretoken": token})

    def log_in(self, username: str, password: str) -> None:
        response = self.post_form("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, response.text[:2000]


@dataclass
class Stack:
    environment: dict[str, str]
    ports: tuple[int, int]
    topic_id: int
    topic_path: str
    api_key: str
    database_url: str
    mail_dir: Path
    logs: Path
    worker: subprocess.Popen | None = None
    worker_starts: int = field(default=0)

    def url(self, server: int) -> str:
        return f"http://{HOST}:{self.ports[server]}"

    def honcho(self, *args: str, log_name: str) -> subprocess.Popen:
        command = [str(VENV_BIN / "honcho"), "start", "-f", str(ROOT / "Procfile"), "-d", str(ROOT), *args]
        with (self.logs / log_name).open("a") as output:
            return subprocess.Popen(
                command, env=self.environment, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )

    def start_worker(self) -> None:
        self.worker_starts += 1
        self.worker = self.honcho("worker", log_name="worker.log")
        deadline = time.monotonic() + 30
        while not descendants(self.worker.pid, "db_worker"):
            assert self.worker.poll() is None, self.log("worker.log")
            assert time.monotonic() < deadline, self.log("worker.log")
            time.sleep(0.2)

    def kill_worker(self) -> None:
        """SIGKILL to the worker itself, as the kernel's OOM killer or a lost machine would."""
        pids = descendants(self.worker.pid, "db_worker")
        assert pids, self.log("worker.log")
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        self.worker.wait(timeout=30)  # honcho sees its process die and exits

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        """A periodic job as README's crontab line runs it: ``honcho run``, the servers' environment."""
        return run(
            [str(VENV_BIN / "honcho"), "run", str(VENV_BIN / "python"), "manage.py", *args], self.environment
        )

    def log(self, name: str) -> str:
        path = self.logs / name
        return path.read_text()[-4000:] if path.exists() else ""

    def sql(self, query: str) -> list[tuple]:
        with psycopg.connect(self.database_url, autocommit=True) as connection:
            return connection.execute(query).fetchall()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    found = services()
    name = f"hc_production_{secrets.token_hex(4)}"
    prefix = f"hcprod_{secrets.token_hex(3)}_"
    maintenance = with_database(found["DATABASE_URL"], "postgres")
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    folder = tmp_path_factory.mktemp("production")
    mail_dir, logs = folder / "mail", folder / "logs"
    mail_dir.mkdir()
    logs.mkdir()
    configured_here = ("DATABASE_", "DJANGO_", "SURVEYS_", "SECURE_", "SEARCH_", "PAGE_CACHE_", "PORT")
    inherited = {key: value for key, value in os.environ.items() if not key.startswith(configured_here)}
    database_url = with_database(found["DATABASE_URL"], name)
    environment = {
        **inherited,
        "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": database_url,
        "CACHE_URL": found["REDIS_URL"],
        "CACHE_KEY_PREFIX": prefix,
        "SEARCH_BACKEND": "opensearch2",
        "SEARCH_URLS": found["SEARCH_URLS"],
        "SEARCH_INDEX_PREFIX": prefix,
        "SEARCH_REPLICAS": "0",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(folder / "static"),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_dir),
        "SURVEYS_INVITATION_DELAY_DAYS": "0",
        "SURVEYS_RATE_LIMIT_SUBMIT": f"{SUBMIT_LIMIT}/60",
        # test_stack polls the search API every 50 ms for each publication: one loopback client
        # stands in for the many customers searching. Reads and votes keep production's limits.
        "HELPCENTER_RATE_LIMIT_SEARCH": "100000/60",
        "SURVEYS_BASE_URL": f"http://{HOST}",
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    web = None
    stack = None
    try:
        for command in release_commands():
            done = run(shlex.split(command.replace(".venv/bin/", f"{VENV_BIN}/")), environment)
            assert done.returncode == 0, (command, done.stderr[-4000:])
        prepared = subprocess.run(
            [str(VENV_BIN / "python"), "-c", PREPARE, *EDITOR],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert prepared.returncode == 0, prepared.stderr[-4000:]
        made = json.loads(prepared.stdout.strip().splitlines()[-1])
        port = free_port_pair()
        stack = Stack(
            environment,
            (port, port + 1),
            made["topic_id"],
            made["topic_path"],
            made["api_key"],
            database_url,
            mail_dir,
            logs,
        )
        web = stack.honcho("-p", str(port), "-c", "web=2", "web", log_name="web.log")
        stack.start_worker()
        for server in (0, 1):
            deadline = time.monotonic() + 60
            while True:
                assert web.poll() is None, stack.log("web.log")
                assert time.monotonic() < deadline, stack.log("web.log")
                try:
                    if requests.get(stack.url(server) + stack.topic_path, timeout=20).status_code == 200:
                        break
                except requests.RequestException:
                    pass
                time.sleep(0.3)
        yield stack
    finally:
        if web is not None:
            stop_session(web)
        if stack is not None and stack.worker is not None:
            stop_session(stack.worker)
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        requests.delete(f"{found['SEARCH_URLS'].split(',')[0]}/{prefix}*", timeout=30)
        shared = redis.Redis.from_url(found["REDIS_URL"])
        for key in shared.scan_iter(f"*{prefix}*"):
            shared.delete(key)


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


@task()
def wait_in_the_queue() -> None:
    """A task that only ever waits: no worker runs in these tests."""


@pytest.fixture
def database_queue(db):
    """Production's task backend (django-tasks-db), and a way to put a task in it that became due
    ``waited`` ago (enqueued then, or enqueued earlier and deferred until then)."""

    def enqueue(waited: timedelta, *, deferred: bool = False) -> DBTaskResult:
        result = wait_in_the_queue.enqueue()
        now = timezone.now()
        rows = DBTaskResult.objects.filter(pk=result.id)
        if deferred:
            rows.update(enqueued_at=now - waited - timedelta(days=2), run_after=now - waited)
        else:
            rows.update(enqueued_at=now - waited)
        return rows.get()

    with override_settings(TASKS=DATABASE_TASKS):
        yield enqueue
