"""What several benchmarks share: a free loopback port, a gunicorn server started and stopped as
one process group, the services' URLs and a database on them, manage.py, progress lines, latency
percentiles, and their section of bench/RESULTS.md replaced in place."""

import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
RESULTS = ROOT / "bench" / "RESULTS.md"
HOST = "127.0.0.1"


def percentiles(values: list[float]) -> dict:
    """p50/p95/p99, mean and count of a list of timings (at least two)."""
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
        "mean": statistics.fmean(values),
        "n": len(values),
    }


def free_port() -> int:
    """A port nobody listens on, so a benchmark never measures someone else's server."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_gunicorn(
    env: dict[str, str], port: int, workers: int, threads: int, log: Path, ready_path: str = "/"
) -> subprocess.Popen:
    """gunicorn gthread on loopback in its own process group, once ``ready_path`` answers 200."""
    command = [
        str(VENV_BIN / "gunicorn"),
        "config.wsgi",
        "--bind",
        f"{HOST}:{port}",
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
        command, cwd=ROOT, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", ready_path)
            if connection.getresponse().status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop(process)
    raise SystemExit(f"gunicorn did not start; see {log}")


def stop(process: subprocess.Popen | None) -> None:
    """Stops the server and every worker it started."""
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def write_section(heading: str, text: str) -> None:
    """Replaces the section that starts with ``heading`` (dated today), or appends it."""
    current = RESULTS.read_text()
    section = f"{heading}, {date.today().isoformat()}\n\n{text.strip()}\n"
    start = current.find(heading)
    if start == -1:
        RESULTS.write_text(current.rstrip() + "\n\n" + section)
        return
    end = current.find("\n## ", start + 1)
    RESULTS.write_text(current[:start] + section + ("" if end == -1 else current[end:]))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def script_url(script: str, variable: str) -> str:
    """A service's URL: the environment variable, or what ``scripts/<script> url`` prints."""
    if os.environ.get(variable):
        return os.environ[variable]
    out = subprocess.run([str(ROOT / "scripts" / script), "url"], capture_output=True, text=True, check=False)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{variable} is not set and scripts/{script} has no URL: run scripts/{script} start")
    return out.stdout.strip().splitlines()[-1]


def with_database(url: str, name: str) -> str:
    """A database server's URL with another database name."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def manage(env: dict[str, str], *args: str) -> str:
    """A manage.py command in a child process with ``env``; its output, or the benchmark stops."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout
