"""The moderation queue at 10,000 and at 1,000,000 survey responses: is its list view still fast?

Goal (the moderation issue): with 1,000,000 responses the queue's list view answers its common
filters with p95 under 200 ms on this machine, and p95 at 1M is less than twice p95 at 10k.

Two PostgreSQL databases of its own on the server DATABASE_URL names (default: ``scripts/postgres
url``), ``<prefix>_10k`` and ``<prefix>_1m`` (``--database-prefix``, default
``helpcenter_bench_queue``): each is created, migrated, filled with a realistic mix of customers,
invitations, responses and the reasons they ticked, streamed in with COPY (never the ORM row by
row), then ANALYZEd. With ``--reuse`` a database whose data fingerprint (generator source, size,
seed) still matches is kept, and only migrated and analysed again; a fill of 1M takes a few minutes.

Each filter of the queue is then requested through Django's test client as a logged-in member of
the Support staff group: default view, state new, negative only, overdue, assigned to me,
unassigned, one reason, one language, one rating, a search word, page 2 and a deep page; warm-up
requests first, then ``--requests`` timed ones, p50/p95 per filter at each size and the 1M/10k ratio
side by side. The SQL time of each request is measured too, and of it the paginator's COUNT(*).

While the queue's view (surveys/moderation_admin.py, URL ``surveys_response_modeladmin_index``)
is not registered, the same work is timed on the equivalent querysets (``queue_queryset``: the
queue's ordering and filters, one page of 100 rows with the related rows the list shows, and the
paginator's count). When it is, each request's result count is checked against the equivalent
queryset, so a query parameter the view does not understand cannot pass unnoticed.

    .venv/bin/python bench/moderation_queue.py [--reuse] [--write-results] [--requests 40]

``--write-results`` replaces the "Moderation queue" section of bench/RESULTS.md.
"""

import argparse
import hashlib
import inspect
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import ROOT, log, percentiles, with_database, write_section

sys.path.insert(0, str(ROOT))
SECTION = "## Moderation queue (`bench/moderation_queue.py`)"

SIZES = (10_000, 1_000_000)
SEED = 20261124
GENERATOR_VERSION = 2
PAGE_SIZE = 50  # the queue's list_per_page
COUNT_LIMIT = 10_000  # the queue's capped count
GOAL_P95_MS = 200.0
GOAL_RATIO = 2.0
DAYS_OF_HISTORY = 730
STAFF = ("bench_agent", "ana", "bahram", "chloe", "darius", "elif")
LANGUAGE_SHARE = {"en": 0.6, "fa": 0.4}
CSAT_WEIGHTS = {5: 45, 4: 26, 3: 12, 2: 9, 1: 8}
NPS_BY_CSAT = {5: (8, 10), 4: (7, 10), 3: (5, 9), 2: (1, 6), 1: (0, 3)}
REASON_WEIGHTS = {
    "delivery": 30,
    "packaging": 14,
    "product_quality": 16,
    "after_sales_service": 12,
    "hidden_costs": 9,
    "slow_site": 7,
    "payment_options": 5,
    "site_design": 4,
    "data_security": 3,
}
COMMENTS = {
    "en": {
        "good": [
            "Fast delivery and the mug is lovely.",
            "Everything arrived as described, thank you.",
            "Great packaging, nothing broken.",
            "Easy checkout and quick shipping.",
            "Will order again, the quality is excellent.",
            "Customer service answered my question within an hour.",
        ],
        "bad": [
            "The parcel arrived late and the box was crushed.",
            "I was charged a delivery fee that was not shown before payment.",
            "Still waiting for my refund after two weeks.",
            "The site was very slow when I tried to pay.",
            "The colour is different from the photos.",
            "Nobody answered my e-mail about the missing item.",
            "The courier left the package in the rain.",
            "Only one payment option worked for my card.",
        ],
    },
    "fa": {
        "good": [
            "ارسال سریع بود و کالا سالم رسید.",
            "همه چیز مطابق توضیحات بود، ممنون.",
            "بسته‌بندی عالی بود.",
            "پرداخت آسان و ارسال سریع.",
            "دوباره خرید می‌کنم، کیفیت خیلی خوب است.",
        ],
        "bad": [
            "بسته دیر رسید و جعبه له شده بود.",
            "هزینه ارسال قبل از پرداخت نمایش داده نشد.",
            "بعد از دو هفته هنوز منتظر بازگشت وجه هستم.",
            "سایت هنگام پرداخت خیلی کند بود.",
            "رنگ کالا با عکس‌ها فرق داشت.",
            "کسی به ایمیل من درباره کالای جاافتاده جواب نداد.",
        ],
    },
}
SEARCH_WORD = "refund"
SEARCH_ORDER = "BENCH-5000"  # one order, in both sizes: the rare kind of search
# The demo survey's extra questions: a yes/no one and a free-text one the queue's search reads.
QUESTIONS = {
    "en": ("Would you buy again?", "How did you find us?"),
    "fa": ("دوباره از ما خرید می‌کنید؟", "چطور با ما آشنا شدید؟"),
}
FOUND_BY = {
    "en": ["A friend", "Instagram", "Search engine", "An advert", "I am a regular customer"],
    "fa": ["یک دوست", "اینستاگرام", "موتور جستجو", "تبلیغات", "مشتری همیشگی هستم"],
}


# --- The data set ------------------------------------------------------------------------------


def generate(size: int, now: datetime, staff_ids: list[int], surveys: dict[str, int]):
    """Rows for customers, invitations, responses and reasons, the same for a size and seed.

    The mix: about 20 % negative; published and new dominate (a response without consent to
    publish mostly stays new), decided ones were answered after hours to days, the last few days
    are mostly still open; a third of the rows carry a staff member; 60 % English, 40 % Persian.
    """
    from surveys.conf import surveys_settings
    from surveys.defaults import DEFAULT_REASONS
    from surveys.models.responses import severity_of

    rng = random.Random(SEED)  # noqa: S311 - seeded test data
    labels = dict(DEFAULT_REASONS)
    reason_keys, reason_weights = list(REASON_WEIGHTS), list(REASON_WEIGHTS.values())
    csat_values, csat_weights = list(CSAT_WEIGHTS), list(CSAT_WEIGHTS.values())
    customer_count = max(1, int(size * 0.7))
    customers = []
    for number in range(1, customer_count + 1):
        created = now - timedelta(days=DAYS_OF_HISTORY + 30)
        email = f"customer{number}@example.com"
        customers.append((number, f"bench-{number}", email, "Sara Karimi", created, created))
    invitations, responses, reasons, answers = [], [], [], []
    for number in range(1, size + 1):
        # Recent days are denser than two years ago: the shop grows.
        age = timedelta(days=DAYS_OF_HISTORY * (1 - rng.random() ** 0.7), seconds=rng.randrange(86400))
        submitted = now - age
        language = "en" if rng.random() < LANGUAGE_SHARE["en"] else "fa"
        csat = rng.choices(csat_values, csat_weights)[0]
        nps = rng.randint(*NPS_BY_CSAT[csat]) if rng.random() < 0.85 else None
        severity = severity_of(csat, nps)
        negative = (csat <= surveys_settings.NEGATIVE_CSAT_MAX) or (
            nps is not None and nps <= surveys_settings.NEGATIVE_NPS_MAX
        )
        consent = rng.random() < 0.65
        recent = age < timedelta(days=3)
        roll = rng.random()
        if recent:
            state = "new" if roll < 0.7 else "in_review"
        elif consent:
            state = (
                "published"
                if roll < 0.88
                else "rejected"
                if roll < 0.95
                else "new"
                if roll < 0.98
                else "in_review"
            )
        else:
            state = "new" if roll < 0.82 else "rejected" if roll < 0.94 else "in_review"
        handled = state in ("published", "rejected")
        assigned = None
        if state == "in_review" or (handled and rng.random() < 0.6):
            assigned = rng.choice(staff_ids)
        first_response = None
        if (
            handled
            or (state == "in_review" and rng.random() < 0.5)
            or (negative and not recent and rng.random() < 0.97)
        ):
            first_response = submitted + timedelta(hours=rng.expovariate(1 / 18))
        follow_up = ""
        if negative:
            follow_up = (
                "follow_up" if recent else rng.choices(["follow_up", "contacted", "resolved"], [2, 3, 5])[0]
            )
            if follow_up == "contacted" and first_response is None:
                first_response = submitted + timedelta(hours=rng.expovariate(1 / 18))
        resolved = None
        if handled and follow_up in ("", "resolved"):
            resolved = (first_response or submitted) + timedelta(hours=rng.expovariate(1 / 30))
        published = first_response if state == "published" else None
        comment = ""
        if rng.random() < 0.6:
            pool = COMMENTS[language]["bad" if negative or csat <= 3 else "good"]
            comment = " ".join(rng.sample(pool, rng.randint(1, 2)))
        ticked = []
        if negative or (csat == 3 and rng.random() < 0.5) or rng.random() < 0.04:
            ticked = sorted(set(rng.choices(reason_keys, reason_weights, k=rng.randint(1, 3))))
        customer = 1 + (number * 7919) % customer_count
        delivered = submitted - timedelta(days=8)
        invitations.append(
            (
                number,
                f"{number:032x}",
                f"BENCH-{number}",
                customer,
                surveys[language],
                language,
                '[{"sku": "MUG-1", "name": "Blue mug", "quantity": 1}]',
                delivered,
                delivered + timedelta(days=7),
                delivered + timedelta(days=37),
                delivered,
                submitted - timedelta(minutes=3),
            )
        )
        changed = max(moment for moment in (submitted, first_response, resolved) if moment is not None)
        responses.append(
            (
                number,
                number,
                customer,
                surveys[language],
                language,
                csat,
                nps,
                comment,
                consent,
                negative,
                "{}",
                rng.choice(["page", "page", "widget", "api"]),
                state,
                submitted,
                severity,
                assigned,
                follow_up,
                rng.choice(["spam", "abuse", "off_topic", "private_data"]) if state == "rejected" else "",
                first_response,
                published,
                resolved,
                int(handled) + int(assigned is not None) + int(bool(follow_up)),
                changed,
            )
        )
        reasons.extend((number, key, labels[key][language]) for key in ticked)
        buy_again, found_by = QUESTIONS[language]
        if rng.random() < 0.9:
            yes = csat >= 3 or rng.random() < 0.2
            answers.append((number, "would_buy_again", buy_again, "yes" if yes else "no", False, 0))
        if rng.random() < 0.4:
            answers.append((number, "found_by", found_by, rng.choice(FOUND_BY[language]), True, 1))
    return customers, invitations, responses, reasons, answers


COPY_COLUMNS = {
    "surveys_customer": "id, storefront_id, email, name, created_at, updated_at",
    "surveys_invitation": (
        "id, public_id, storefront_order_id, customer_id, survey_id, language, items, delivered_at,"
        " email_due_at, expires_at, created_at, opened_at"
    ),
    "surveys_response": (
        "id, invitation_id, customer_id, survey_id, language, csat, nps, comment, consent_to_publish,"
        " is_negative, questions, channel, state, submitted_at, severity, assigned_to_id, follow_up,"
        " rejection_reason, first_response_at, published_at, resolved_at, version, updated_at"
    ),
    "surveys_responsereason": "response_id, key, label",
    "surveys_responseanswer": "response_id, key, question, value, is_free_text, sort_order",
}


def fill(size: int, fingerprint: str) -> dict:
    """Migrates the (empty) database and streams the data set into it."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Locale

    from surveys.defaults import ensure_default_reasons, ensure_support_staff_group
    from surveys.models import Survey

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    for code in LANGUAGE_SHARE:
        Locale.objects.get_or_create(language_code=code)
    ensure_default_reasons()
    group = ensure_support_staff_group()
    staff_ids = []
    for username in STAFF:
        user = get_user_model().objects.create_user(username, f"{username}@shop.example", "bench")
        user.groups.add(group)
        staff_ids.append(user.pk)
    surveys = {}
    for code in LANGUAGE_SHARE:
        survey = Survey(title=f"Bench {code}", locale=Locale.objects.get(language_code=code), ask_nps=True)
        survey.save()
        surveys[code] = survey.pk
    now = datetime.now(UTC)
    tables = dict(
        zip(COPY_COLUMNS, generate(size, now, staff_ids, surveys), strict=True),
    )
    generated = time.perf_counter()
    with connection.cursor() as cursor:
        # Building an index once over a million rows is much faster than updating it row by row:
        # the indexes that back no constraint are dropped for the COPY and made again after it.
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)"
            " AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            [list(COPY_COLUMNS)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        # Likewise the foreign keys: checked row by row (a deferred trigger per row and key) they
        # cost more than the COPY; added back afterwards, each is checked by one join.
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)",
            [list(COPY_COLUMNS)],
        )
        foreign_keys = cursor.fetchall()
        for table, name, _definition in foreign_keys:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        raw = cursor.cursor  # psycopg's own cursor, for COPY
        for table, columns in COPY_COLUMNS.items():
            with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in tables[table]:
                    copy.write_row(row)
            log(f"  {table}: {len(tables[table]):,} rows")
        indexed = time.perf_counter()
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in foreign_keys:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        log(
            f"  {len(indexes)} indexes and {len(foreign_keys)} foreign keys made again"
            f" in {time.perf_counter() - indexed:.0f} s"
        )
        for table in ("surveys_customer", "surveys_invitation", "surveys_response"):
            # Table names from the constant above, not input.
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608
            )
        cursor.execute("CREATE TABLE bench_queue_fingerprint (value text)")
        cursor.execute("INSERT INTO bench_queue_fingerprint VALUES (%s)", [fingerprint])
    copied = time.perf_counter()
    analyse()
    return {
        "generate_s": generated - started,
        "copy_s": copied - generated,
        "analyse_s": time.perf_counter() - copied,
        "reasons": len(tables["surveys_responsereason"]),
        "answers": len(tables["surveys_responseanswer"]),
    }


def analyse() -> None:
    from django.db import connection

    connection.ensure_connection()
    connection.connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # visibility map too: index-only scans and counts need it


# --- The queue ---------------------------------------------------------------------------------


def queue_filters(user, now) -> dict:
    """Per filter: (the queue view's query parameters, the equivalent queryset condition)."""
    from django.db.models import Exists, OuterRef, Q

    from surveys.models import Invitation, ModerationSettings, ResponseAnswer, ResponseReason

    ticked = ResponseReason.objects.filter(response=OuterRef("pk"), key="delivery")
    answered = ResponseAnswer.objects.filter(
        response=OuterRef("pk"), is_free_text=True, value__icontains=SEARCH_WORD
    )
    order = Invitation.objects.filter(storefront_order_id=SEARCH_WORD).values("pk")
    deep = COUNT_LIMIT // PAGE_SIZE  # the last page a capped count lets anyone reach
    return {
        "default": ({}, Q()),
        "state new": ({"state": "new"}, Q(state="new")),
        "negative only": ({"negative": "1"}, Q(is_negative=True)),
        "overdue": ({"overdue": "1"}, ModerationSettings.load().overdue_q(now)),
        "assigned to me": ({"assigned": "me"}, Q(assigned_to=user)),
        "unassigned": ({"assigned": "none"}, Q(assigned_to__isnull=True)),
        "reason delivery": ({"reason": "delivery"}, Q(Exists(ticked))),
        "language fa": ({"language": "fa"}, Q(language="fa")),
        "rating 1": ({"rating": "1"}, Q(csat=1)),
        f"search '{SEARCH_WORD}'": (
            {"q": SEARCH_WORD},
            Q(comment__icontains=SEARCH_WORD) | Q(Exists(answered)) | Q(invitation_id__in=order),
        ),
        "search an order": (
            {"q": SEARCH_ORDER},
            Q(comment__icontains=SEARCH_ORDER)
            | Q(
                Exists(
                    ResponseAnswer.objects.filter(
                        response=OuterRef("pk"), is_free_text=True, value__icontains=SEARCH_ORDER
                    )
                )
            )
            | Q(invitation__storefront_order_id=SEARCH_ORDER),
        ),
        "page 2": ({"p": "2"}, Q()),
        f"page {deep}": ({"p": str(deep)}, Q()),
    }


def queue_ordering() -> list:
    """The queue's own default order: open first, most severe first, newest first."""
    try:
        from surveys.moderation_admin.queue import QUEUE_ORDERING
    except ImportError:  # before the queue existed: the same expression it orders by
        from django.db.models import Case, IntegerField, Value, When

        from surveys.models import Response

        open_first = Case(
            When(state__in=Response.OPEN_STATES, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        return [open_first.asc(), "severity", "-submitted_at", "-pk"]
    return QUEUE_ORDERING


def queue_queryset(condition):
    """The queue's rows in the queue's order, with the related rows its list shows."""
    from surveys.models import Response

    return (
        Response.objects.filter(condition)
        .select_related("assigned_to")
        .prefetch_related("reasons")
        .order_by(*queue_ordering())
    )


def capped_count(queryset, cap: int = COUNT_LIMIT) -> int:
    """COUNT(*) of at most ``cap`` + 1 rows, as the queue counts: "more than 10,000"."""
    return queryset.order_by()[: cap + 1].count()


class SqlTimer:
    """Times every SQL statement of a request; COUNT(*) statements separately."""

    def __init__(self):
        self.total = 0.0
        self.count = 0.0
        self.statements = 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            self.total += elapsed
            self.statements += 1
            if sql.lstrip().upper().startswith("SELECT COUNT(*)"):
                self.count += elapsed


def view_available() -> bool:
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("surveys_response_modeladmin_index")
    except NoReverseMatch:
        return False
    return True


def measure(size: int, requests: int, warmup: int) -> dict:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from surveys.models import Response

    user = get_user_model().objects.get(username=STAFF[0])
    now = timezone.now()
    use_view = view_available()
    client = Client()
    client.force_login(user)
    url = reverse("surveys_response_modeladmin_index") if use_view else ""
    results = {}
    for name, (params, condition) in queue_filters(user, now).items():
        queryset = queue_queryset(condition)
        started = time.perf_counter()
        expected = queryset.count()
        full_count_ms = (time.perf_counter() - started) * 1000
        offset = (int(params.get("p", "1")) - 1) * PAGE_SIZE

        def once(params=params, queryset=queryset, offset=offset):
            if use_view:
                response = client.get(url, params)
                assert response.status_code == 200, (params, response.status_code)
                return response
            rows = list(queryset[offset : offset + PAGE_SIZE])
            for row in rows:  # what a list row shows
                (row.assigned_to, list(row.reasons.all()))
            return capped_count(queryset)

        shown, cap = shown_count(once) if use_view else (once(), COUNT_LIMIT)
        for _ in range(warmup):
            once()
        timings, sql, counts, statements = [], [], [], []
        for _ in range(requests):
            timer = SqlTimer()
            with connection.execute_wrapper(timer):
                started = time.perf_counter()
                once()
                timings.append((time.perf_counter() - started) * 1000)
            sql.append(timer.total)
            counts.append(timer.count)
            statements.append(timer.statements)
        results[name] = {
            **percentiles(timings),
            "sql_p50": statistics.median(sql),
            "count_p50": statistics.median(counts),
            "statements": statistics.median(statements),
            "rows": expected,
            # The view's own count must be the equivalent queryset's (capped): else the view
            # ignored a parameter and the timing is of the wrong list.
            "count_agrees": shown == min(expected, cap + 1),
            "full_count_ms": full_count_ms,
        }
        figures = results[name]
        log(
            f"  {name:<18} p50 {figures['p50']:7.1f}  p95 {figures['p95']:7.1f} ms  ({expected:,} rows"
            f"{'' if figures['count_agrees'] else f'; THE VIEW COUNTED {shown}'})"
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        version = cursor.fetchone()[0].split(" on ")[0]
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('surveys_response'))")
        table_size = cursor.fetchone()[0]
    return {
        "size": Response.objects.count(),
        "view": use_view,
        "filters": results,
        "postgres": version,
        "table_size": table_size,
        "open": Response.objects.filter(state__in=Response.OPEN_STATES).count(),
        "negative": Response.objects.filter(is_negative=True).count(),
    }


def shown_count(request) -> tuple[int, int]:
    """The count the view put in its context (the test environment records contexts; it is
    switched on for this one request only, as recording costs time)."""
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    try:
        context = request().context
        # The cap the view counted to: lower for a search with a common word.
        return context["result_count"], context["paginator"].limit
    finally:
        teardown_test_environment()


def explain(size: int) -> dict:
    """The plan of each filter's page query (for looking at, with --explain)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    user = get_user_model().objects.get(username=STAFF[0])
    plans = {}
    for name, (params, condition) in queue_filters(user, timezone.now()).items():
        queryset = queue_queryset(condition).prefetch_related(None)
        offset = (int(params.get("p", "1")) - 1) * PAGE_SIZE
        page = queryset[offset : offset + PAGE_SIZE]
        plans[name] = {
            "page": page.explain(analyze=True),
            "count": queryset.order_by().explain(analyze=True) if name in ("default", "state new") else "",
        }
    return plans


# --- Running it --------------------------------------------------------------------------------


def fingerprint(size: int) -> str:
    digest = hashlib.sha256(f"{GENERATOR_VERSION}:{SEED}:{size}".encode())
    digest.update(inspect.getsource(generate).encode())  # the data, not how it is loaded
    return digest.hexdigest()[:16]


def _server_url() -> str:
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return os.environ["DATABASE_URL"]
    out = subprocess.run(
        [str(ROOT / "scripts" / "postgres"), "url"], capture_output=True, text=True, check=False
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(
            "DATABASE_URL is not set and scripts/postgres has no URL: run scripts/postgres start"
        )
    return out.stdout.strip().splitlines()[-1]


def ensure_database(server: str, name: str, wanted: str, reuse: bool) -> bool:
    """True when the database already holds the wanted data set; otherwise it is made anew, empty."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if exists and reuse:
        try:
            with psycopg.connect(with_database(server, name)) as conn:
                row = conn.execute("SELECT value FROM bench_queue_fingerprint").fetchone()
            if row and row[0] == wanted:
                return True
        except psycopg.errors.UndefinedTable:
            pass
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return False


def run_child(mode: str, size: int, env: dict, *extra: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(size), *extra],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{mode} ({size:,}) failed (exit {out.returncode}); see the output above")
    return json.loads(out.stdout.strip().splitlines()[-1])


def child(mode: str, size: int, extra: list[str]) -> None:
    if mode == "fill":
        result = fill(size, extra[0])
    elif mode == "migrate":
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        analyse()
        result = {}
    elif mode == "explain":
        result = explain(size)
    else:
        result = measure(size, int(extra[0]), int(extra[1]))
    print(json.dumps(result, default=str))


class LoadSampler(threading.Thread):
    """The 1-minute load average every few seconds: was the machine busy with other work?"""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(5):
            self.samples.append(os.getloadavg()[0])


def machine() -> str:
    memory = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    os_name = platform.platform()
    release = Path("/etc/os-release")
    if release.exists():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME"):
                os_name = line.split("=", 1)[1].strip('"')
    cores = f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable)"
    return f"{cores}, {memory / 1024 / 1024:.0f} GiB RAM, {os_name}, Python {platform.python_version()}"


def label(size: int) -> str:
    return f"{size // 1_000_000}m" if size >= 1_000_000 else f"{size // 1000}k"


def report(runs: dict[int, dict], meta: dict) -> tuple[str, str]:
    """The printed table and the Markdown section for RESULTS.md."""
    small, large = min(runs), max(runs)
    names = list(runs[large]["filters"])
    rows = []
    for name in names:
        a, b = runs[small]["filters"][name], runs[large]["filters"][name]
        ratio = b["p95"] / a["p95"] if a["p95"] else float("inf")
        met = b["p95"] < GOAL_P95_MS and ratio < GOAL_RATIO and a["count_agrees"] and b["count_agrees"]
        rows.append(
            (
                name,
                f"{b['rows']:,}",
                f"{a['p50']:.1f}",
                f"{a['p95']:.1f}",
                f"{b['p50']:.1f}",
                f"{b['p95']:.1f}",
                f"{ratio:.2f}x",
                f"{b['sql_p50']:.1f}",
                f"{b['count_p50']:.1f}",
                f"{b['full_count_ms']:.0f}",
                "met" if met else "MISSED" if a["count_agrees"] and b["count_agrees"] else "WRONG LIST",
            )
        )
    header = (
        "filter",
        f"rows at {label(large)}",
        f"{label(small)} p50",
        f"{label(small)} p95",
        f"{label(large)} p50",
        f"{label(large)} p95",
        "p95 ratio",
        f"SQL p50 at {label(large)}",
        "of it count p50",
        f"full count at {label(large)}",
        "goal",
    )
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    mode = "the queue's list view (test client)" if runs[large]["view"] else "the equivalent querysets"
    all_p95 = [runs[large]["filters"][name]["p95"] for name in names]
    notes = [
        f"timed: {mode}; {meta['requests']} requests per filter after {meta['warmup']} warm-up,"
        f" page size {PAGE_SIZE}",
        f"sizes: {runs[small]['size']:,} and {runs[large]['size']:,} responses"
        f" ({runs[large]['table_size']} table with indexes at {label(large)};"
        f" {runs[large]['open']:,} open, {runs[large]['negative']:,} negative); {runs[large]['postgres']}",
        f"worst p95 at {label(large)}: {max(all_p95):.1f} ms"
        f" (goal < {GOAL_P95_MS:g} ms, 1M/10k < {GOAL_RATIO:g}x)",
        f"SQL p50: time in SQL per request at {label(large)}; of it count p50: the paginator's count, capped"
        f" at {COUNT_LIMIT + 1:,} rows (1,001 for a search with a common word);"
        " full count: an uncapped COUNT(*) of the same filter, timed once",
    ]
    for size in (small, large):
        fills = runs[size].get("fill")
        if fills:
            notes.append(
                f"fill {label(size)}: generate {fills['generate_s']:.0f} s, COPY {fills['copy_s']:.0f} s,"
                f" VACUUM ANALYZE {fills['analyse_s']:.0f} s ({fills['reasons']:,} reasons ticked,"
                f" {fills['answers']:,} answers to extra questions)"
            )
    text = "\n".join(
        [
            f"Moderation queue: {label(small)} vs {label(large)} responses, {meta['date']}",
            "  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)),
            *("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows),
            "",
            *notes,
            f"machine: {meta['machine']}; {meta['load']}",
        ]
    )
    md = [
        f"The queue's list at {runs[small]['size']:,} and {runs[large]['size']:,} survey responses"
        " (a realistic mix: ~20 % negative, mostly published or new, a third handled by one of six"
        " staff, English and Persian, answers to a free-text question), each filter requested as a"
        " logged-in member of Support staff."
        f" Goal: p95 < {GOAL_P95_MS:g} ms at 1M and p95 1M/10k < {GOAL_RATIO:g}. Times in ms."
        f" Machine: {meta['machine']}.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(str(c) for c in row) + " |" for row in rows),
        "",
        *(f"- {note}" for note in notes),
        f"- {meta['shared']}",
    ]
    return text, "\n".join(md)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--database-prefix", default="helpcenter_bench_queue")
    parser.add_argument("--reuse", action="store_true", help="keep a database whose data set is current")
    parser.add_argument("--requests", type=int, default=40, help="timed requests per filter and size")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument(
        "--explain", action="store_true", help="print each filter's query plan at the largest size"
    )
    parser.add_argument(
        "--write-results", action="store_true", help="replace the section in bench/RESULTS.md"
    )
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.child[2:])
        return
    started = time.perf_counter()
    load_start = os.getloadavg()
    sampler = LoadSampler()
    sampler.start()
    server = _server_url()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    runs = {}
    for size in sizes:
        name = f"{args.database_prefix}_{label(size)}"
        env = {
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": with_database(server, name),
            "SEARCH_BACKEND": "database",
            "LOG_LEVEL": "WARNING",
            "ALLOWED_HOSTS": "testserver",
        }
        wanted = fingerprint(size)
        fills = None
        if ensure_database(server, name, wanted, args.reuse):
            log(f"--- {size:,}: data set {wanted} is current in {name}; migrating and analysing")
            run_child("migrate", size, env)
        else:
            log(f"--- {size:,}: filling {name}")
            fills = run_child("fill", size, env, wanted)
        if args.explain and size == sizes[-1]:
            for filter_name, plans in run_child("explain", size, env).items():
                print(f"\n### {filter_name}\n{plans['page']}\n{plans['count']}")
        log(f"--- {size:,}: measuring")
        runs[size] = run_child("measure", size, env, str(args.requests), str(args.warmup))
        runs[size]["fill"] = fills
    sampler.stopped.set()
    samples = sampler.samples or [os.getloadavg()[0]]
    load = (
        f"1-minute load average {load_start[0]:.2f} at the start, then mean {statistics.fmean(samples):.2f},"
        f" max {max(samples):.2f}"
    )
    busy = load_start[0] > 0.5 or max(samples) > (os.cpu_count() or 1) + 0.5
    shared = (
        f"The machine was shared with other work during the run ({load}, on {os.cpu_count()} cores):"
        " the figures are pessimistic."
        if busy
        else f"The machine was otherwise idle at the start of the run ({load})."
    )
    meta = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "load": load,
        "shared": shared,
        "requests": args.requests,
        "warmup": args.warmup,
    }
    if len(runs) < 2:
        print(json.dumps(runs, indent=1, default=str))
        return
    text, section = report(runs, meta)
    print(text)
    print(f"\n(whole run {time.perf_counter() - started:.0f} s)")
    if args.write_results:
        write_section(SECTION, section)
        print("wrote the 'Moderation queue' section of bench/RESULTS.md")


if __name__ == "__main__":
    main()
