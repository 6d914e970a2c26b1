"""Lighthouse (mobile profile) on the pages customers land on, in English and Persian.

Builds the demo help center in a throwaway SQLite database, serves it with gunicorn under the
production settings (whitenoise, compressed and hashed static files, DEBUG off; only the HTTPS
redirect is off, since this is plain loopback HTTP), and runs Lighthouse from node_modules with
Debian's Chromium on the home, article, search and reviews pages. Goal (issue 8): performance
and accessibility 100, best practices and SEO at least 95.

    .venv/bin/python bench/lighthouse.py [--write-results]
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from common import ROOT, free_port, manage, write_section

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GOALS = {"performance": 100, "accessibility": 100, "best-practices": 95, "seo": 95}
SECTION = "## Lighthouse (`bench/lighthouse.py`)"


def site_environment(workdir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'lighthouse.sqlite3'}",
        "SEARCH_BACKEND": "database",
        "STATIC_ROOT": str(workdir / "static"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }


def pages(env: dict[str, str]) -> dict[str, str]:
    """Paths of one page of each kind in both languages, asked of the demo database."""
    script = (
        "import json; from helpcenter.models import ArticlePage; "
        "a = ArticlePage.objects.live().filter(locale__language_code='en').order_by('pk').first(); "
        "f = a.get_translation(a.locale.__class__.objects.get(language_code='fa')); "
        "print(json.dumps([a.url, f.url]))"
    )
    english, persian = json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])
    return {
        "home (en)": "/",
        "article (en)": english,
        "search (en)": "/search/?q=refund",
        "reviews (en)": "/reviews/",
        "home (fa)": "/fa/",
        "article (fa)": persian,
        "search (fa)": "/fa/search/?q=" + urllib.request.quote("بازگشت وجه"),
        "reviews (fa)": "/fa/reviews/",
    }


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (our own loopback server)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def lighthouse(url: str, chromium: str, out: Path) -> dict[str, int]:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run",
    ]
    # Lighthouse sometimes loses the page-load trace on a busy machine (NO_NAVSTART); try again.
    for attempt in range(3):
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": chromium}, timeout=240, check=False)
        if done.returncode == 0:
            break
        print(f"lighthouse failed on {url} (attempt {attempt + 1}), retrying", file=sys.stderr)
    else:
        raise SystemExit(f"lighthouse failed three times on {url}")
    report = json.loads(out.read_text())
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                print(f"  {name}: {ref['id']} {audit['score']} {audit.get('displayValue', '')}", flush=True)
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def table(scores: dict[str, dict[str, int]]) -> str:
    lines = [
        "| page | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|",
    ]
    for page, row in scores.items():
        lines.append(f"| {page} | " + " | ".join(str(row[name]) for name in CATEGORIES) + " |")
    goal = " | ".join(f"{'=' if GOALS[n] == 100 else '≥'} {GOALS[n]}" for n in CATEGORIES)
    lines.append(f"| goal | {goal} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write-results", action="store_true", help="replace the section in bench/RESULTS.md"
    )
    args = parser.parse_args()
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not chromium or not LIGHTHOUSE.exists():
        raise SystemExit("needs Debian's chromium and `npm ci` (lighthouse); scripts/test installs both")
    workdir = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    env = site_environment(workdir)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content")
    manage(env, "update_index")
    manage(env, "collectstatic", "--no-input", "-v0")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/")
        scores = {}
        for name, path in pages(env).items():
            scores[name] = lighthouse(base + path, chromium, workdir / "report.json")
            print(name, scores[name], flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, Lighthouse {lighthouse_version()}"
    text = (
        "Mobile profile (Lighthouse's default: emulated mid-range phone, simulated slow 4G), demo content, "
        f"production settings under gunicorn on loopback; {machine}.\n\n{table(scores)}"
    )
    print(text)
    if args.write_results:
        write_section(SECTION, text)


def lighthouse_version() -> str:
    return subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    main()
