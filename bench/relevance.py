"""Search relevance on Zendesk-format sets: MRR@10 and recall@5, per backend side by side.

For each set and backend (the engine from SEARCH_URLS, and Wagtail's database
backend) a child process builds a throwaway SQLite help site, imports the
articles with import_zendesk, indexes them, and runs every query through
the search API. Scores are broken down by language and by kind of query, and
``low_confidence`` is scored as a detector of unanswerable questions
(precision and recall), besides how many answerable questions it flags.

    .venv/bin/python bench/relevance.py [--sets sample,dev,unseen] [--backends opensearch2,database]
    .venv/bin/python bench/relevance.py --articles FILE --queries FILE

The sets: ``sample``, the public sample in ../shared/eval/sample (tests/data
as a fallback); ``dev`` to ``dev4`` and ``unseen``, our own customers' questions in
eval/customers (search changes are developed against the ``dev`` sets; ``unseen`` is only
ever measured); ``demo``, the demo content and bench/data/demo_queries.json.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "eval" / "sample"
OWN = ROOT / "eval" / "customers"
LANGUAGE = {"en-us": "en", "en": "en", "fa": "fa"}


def run_backend(backend: str, articles: Path, queries: Path, index_prefix: str = "relevance_") -> dict:
    """One backend in its own process, so settings are read fresh; "<backend>+learning" ranks
    each half of the questions after learning from the other half's (simulated) customers,
    "<backend>+recurring" after learning from customers who asked the same questions before, and
    "<backend>+words" with search by meaning off (HELPCENTER_SEARCH_SEMANTIC, on by default), and
    "<backend>+semantic" with it on."""
    backend, _, mode = backend.partition("+")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"sqlite:///{tmp}/relevance.sqlite3",
            "SEARCH_BACKEND": backend,
            "SEARCH_INDEX_PREFIX": f"{index_prefix}{backend}_",
            # One client asking every question of a set in a minute: not the abuse the limit is for.
            "HELPCENTER_RATE_LIMIT_SEARCH": "1000000/60",
            # Relevance, not speed: a busy machine must not turn the engine's answers into fallbacks.
            "SEARCH_TIMEOUT": "10",
            "RELEVANCE_MODE": mode,
        }
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(articles), str(queries)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"{backend} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def child(articles: Path, queries: Path) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from io import StringIO

    from django.conf import settings

    # --no-vocabulary: the analysis alone, without the built-in after-sales thesaurus.
    settings.HELPCENTER_SEARCH_STARTER_VOCABULARY = os.environ.get("RELEVANCE_VOCABULARY", "1") == "1"
    mode = os.environ.get("RELEVANCE_MODE", "")
    # +words: results ranked by words alone; +semantic: by meaning too (search/semantic.py), as by
    # default when its packages are installed.
    if mode in ("words", "semantic"):
        settings.HELPCENTER_SEARCH_SEMANTIC = mode == "semantic"

    from django.core.management import call_command
    from django.test import Client

    from home.demo import build_site

    call_command("migrate", verbosity=0)
    demo = str(articles) == "demo"
    if demo:  # the demo content, without its editor synonyms: ranked by title
        from helpcenter.search.models import SynonymGroup
        from home.demo import build_demo

        build_demo()
        SynonymGroup.objects.all().delete()
    else:
        build_site()
        call_command("import_zendesk", str(articles), stdout=StringIO())
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    from wagtail.search.backends import get_search_backend

    get_search_backend().refresh_indexes()
    client = Client(HTTP_HOST="localhost")
    asked = json.loads(queries.read_text())["queries"]
    if mode in ("learning", "recurring"):
        print(json.dumps(learned_rankings(client, asked, mode == "recurring")))
        return
    print(json.dumps(rankings(client, asked, demo)))


def rankings(client, asked: list[dict], demo: bool = False) -> dict:
    from helpcenter.search.services import search_help

    ranked = {}
    for query in asked:
        response = client.get(
            "/api/v1/help/search", {"q": query["q"], "locale": LANGUAGE[query["locale"]], "page_size": 10}
        )
        data = response.json()
        # What the confidence judgement saw (engine only), for --per-query.
        judged = search_help(query["q"], language=LANGUAGE[query["locale"]])
        ranked[query["id"]] = {
            "ids": [r["title"] for r in data.get("results", [])]
            if demo
            else [int(r["external_id"]) for r in data.get("results", []) if r.get("external_id")],
            "low_confidence": data.get("low_confidence"),
            "status": response.status_code,
            "coverage": judged.coverage,
            "strength": judged.strength,
            "unknown": judged.unknown_words,
        }
    return ranked


# Simulated traffic for --learning: each question of the other fold asked by this many customers on
# as many days, who opened the relevant article and voted it helpful; one more opened a wrong one
# and voted it helpful too (the noise learning must ignore).
TAUGHT_BY = 3


def learned_rankings(client, asked: list[dict], recurring: bool = False) -> dict:
    """Each half of the questions ranked after learning from the other half's simulated customers
    (search/learning.py): whether customers' words for an article help the next customer's. With
    ``recurring``, after customers asked the very same questions before: how a question that keeps
    coming back is answered once it has been learned (an upper bound)."""
    from datetime import timedelta

    from django.utils import timezone

    from helpcenter.models import ArticlePage
    from helpcenter.search.learning import learn
    from helpcenter.search.models import LearnedWord, SearchEvent

    pages = {int(page.external_id): page.pk for page in ArticlePage.objects.exclude(external_id="")}
    ordered = sorted(pages.values())
    now = timezone.now()
    ranked = {}
    for fold in (0, 1):
        SearchEvent.objects.all().delete()
        LearnedWord.objects.all().delete()
        events = []
        for position, query in enumerate(asked):
            if (position % 2 == fold and not recurring) or not query["relevant"]:
                continue
            right = pages[query["relevant"][0]]
            wrong = ordered[(ordered.index(right) + 1 + position) % len(ordered)]
            for day, page in [*((day, right) for day in range(TAUGHT_BY)), (0, wrong)]:
                events.append(
                    SearchEvent(
                        query=SearchEvent.normalise(query["q"]),
                        language=LANGUAGE[query["locale"]],
                        result_count=1,
                        clicked_page_id=page,
                        rated_helpful=True,
                    )
                )
                events[-1].day = day
        created = SearchEvent.objects.bulk_create(events)
        for event in created:  # auto_now_add: dated afterwards
            SearchEvent.objects.filter(pk=event.pk).update(created_at=now - timedelta(days=event.day))
        learn()
        ranked.update(rankings(client, [q for i, q in enumerate(asked) if i % 2 == fold]))
    return ranked


def scores(queries: list[dict], ranked: dict) -> dict:
    groups: dict[str, list[tuple[float, float]]] = defaultdict(list)
    flags: dict[str, list[bool]] = defaultdict(list)
    for query in queries:
        result = ranked[query["id"]]
        language = LANGUAGE[query["locale"]]
        if not query["relevant"]:
            flags["no-answer flagged"].append(bool(result["low_confidence"]))
            continue
        flags["answerable flagged"].append(bool(result["low_confidence"]))
        flags[f"answerable flagged/{query['kind']}"].append(bool(result["low_confidence"]))
        ids = result["ids"]
        relevant = set(query["relevant"])
        rank = next((i for i, doc in enumerate(ids[:10], start=1) if doc in relevant), None)
        rr = 1 / rank if rank else 0.0
        recall = len(relevant & set(ids[:5])) / len(relevant)
        for key in ("all", language, f"{language}/{query['kind']}", query["kind"]):
            groups[key].append((rr, recall))
    table = {
        key: (sum(r for r, _ in v) / len(v), sum(c for _, c in v) / len(v), len(v))
        for key, v in groups.items()
    }
    table.update({key: (sum(v) / len(v), None, len(v)) for key, v in flags.items()})
    # low_confidence as a detector of questions the help center cannot answer.
    caught, missed = sum(flags["no-answer flagged"]), len(flags["no-answer flagged"])
    false_alarms = sum(flags["answerable flagged"])
    if missed:
        table["flag precision"] = (
            caught / (caught + false_alarms) if caught + false_alarms else 1.0,
            None,
            caught + false_alarms,
        )
        table["flag recall"] = (caught / missed, None, missed)
    return table


def print_per_query(queries: list[dict], runs: dict, titles: dict) -> None:
    """Rank of the first relevant result (- when not in the top 10) and the low-confidence flag; when
    the first backend's answer is not first, under the query, the title that was."""
    for query in queries:
        cells = []
        for ranked in runs.values():
            result = ranked[query["id"]]
            ids = result["ids"][:10]
            rank = next((i for i, doc in enumerate(ids, 1) if doc in set(query["relevant"])), "-")
            cells.append(f"{rank!s:>3}{'?' if result['low_confidence'] else ' '}")
        first = next(iter(runs.values()))[query["id"]]
        coverage = "" if first.get("coverage") is None else f"{first['coverage']:.2f}"
        coverage += "" if first.get("strength") is None else f" {first['strength']:4.1f}"
        unknown = ",".join(first.get("unknown") or [])
        label = f"{query['id']:10} {query['kind']:20}"
        print(f"{label} {''.join(cells)} {coverage:>10} {query['q'][:60]}  {unknown}")
        if first["ids"] and first["ids"][0] not in query["relevant"]:
            print(f"{'':31} first: {titles.get(first['ids'][0], first['ids'][0])}")
    print()


def named_sets() -> dict[str, tuple[str, Path]]:
    """Each set's articles (a file, or "demo" for the demo content) and queries."""
    sample = SAMPLE / "articles.json"
    sample = sample if sample.exists() else ROOT / "tests" / "data" / "zendesk_sample.json"
    return {
        "sample": (str(sample), SAMPLE / "queries.json"),
        "dev": (str(OWN / "dev" / "articles.json"), OWN / "dev" / "queries.json"),
        "dev2": (str(OWN / "dev2" / "articles.json"), OWN / "dev2" / "queries.json"),
        "dev3": (str(OWN / "dev3" / "articles.json"), OWN / "dev3" / "queries.json"),
        "dev4": (str(OWN / "dev4" / "articles.json"), OWN / "dev4" / "queries.json"),
        "unseen": (str(OWN / "unseen" / "articles.json"), OWN / "unseen" / "queries.json"),
        "demo": ("demo", ROOT / "bench" / "data" / "demo_queries.json"),
    }


def report(name: str, articles: str, queries_file: Path, backends: list[str], args) -> None:
    queries = json.loads(Path(queries_file).read_text())["queries"]
    runs = {
        backend: run_backend(backend, Path(articles), Path(queries_file), f"{args.index_prefix}{name}_")
        for backend in backends
    }
    tables = {backend: scores(queries, ranked) for backend, ranked in runs.items()}
    print(f"\n== {name}: {len(queries)} queries, {articles}")
    if args.per_query:
        titles = (
            {}
            if articles == "demo"
            else {
                article["id"]: article["title"]
                for article in json.loads(Path(articles).read_text())["articles"]
            }
        )
        print_per_query(queries, runs, titles)
    keys = sorted({key for table in tables.values() for key in table}, key=lambda k: (k != "all", k))
    print(f"{'group':24}" + "".join(f"{b + ' MRR@10':>22}{'R@5':>7}" for b in backends) + f"{'n':>5}")
    for key in keys:
        row = f"{key:24}"
        n = 0
        for backend in backends:
            mrr, recall, n = tables[backend].get(key, (0.0, None, 0))
            row += f"{mrr:22.3f}{'' if recall is None else f'{recall:.3f}':>7}"
        print(row + f"{n:5}")
    base, other = backends[0], backends[-1]
    if base != other and tables[other]["all"][0]:
        print(f"\nMRR@10 ratio {base}/{other}: {tables[base]['all'][0] / tables[other]['all'][0]:.2f}x")
    print(
        "(flag rows: share of queries marked low_confidence; flag precision/recall: as a no-answer detector)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2)
    parser.add_argument(
        "--sets", default="sample,dev,dev2,dev3,dev4,unseen", help="named sets, comma-separated"
    )
    parser.add_argument("--articles", help="a Zendesk export of your own (with --queries)")
    parser.add_argument("--queries")
    parser.add_argument("--per-query", action="store_true", help="also print each query's rank per backend")
    parser.add_argument("--no-vocabulary", action="store_true", help="without the built-in thesaurus")
    parser.add_argument(
        "--index-prefix", default="relevance_", help="engine index prefix, so concurrent runs do not collide"
    )
    parser.add_argument("--demo", action="store_true", help="the same as --sets demo")
    parser.add_argument(
        "--backends", default=f"{os.environ.get('SEARCH_BACKEND_ENGINE', 'opensearch2')},database"
    )
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    if args.no_vocabulary:
        os.environ["RELEVANCE_VOCABULARY"] = "0"
    backends = args.backends.split(",")
    if args.articles or args.queries:
        if not (args.articles and args.queries):
            parser.error("--articles and --queries go together")
        report("own", args.articles, Path(args.queries).resolve(), backends, args)
        return
    sets = named_sets()
    for name in ["demo"] if args.demo else args.sets.split(","):
        if name not in sets:
            parser.error(f"unknown set {name!r}; the sets are {', '.join(sets)}")
        report(name, *sets[name], backends, args)


if __name__ == "__main__":
    main()
