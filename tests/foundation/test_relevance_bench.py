"""The README's relevance command runs: a set of one's own through bench/relevance.py on the database
backend (the engine runs are the benchmark's, recorded in bench/RESULTS.md)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_relevance_bench_scores_a_set_of_ones_own(tmp_path):
    queries = tmp_path / "queries.json"
    queries.write_text(
        json.dumps(
            {
                "queries": [
                    {
                        "id": "a",
                        "q": "vase arrived smashed",
                        "locale": "en-us",
                        "relevant": [4406017345635],
                        "kind": "paraphrase",
                    },
                    {
                        "id": "b",
                        "q": "ways to pay",
                        "locale": "en-us",
                        "relevant": [4406024643194],
                        "kind": "exact",
                    },
                    {
                        "id": "c",
                        "q": "gift wrapping service",
                        "locale": "en-us",
                        "relevant": [],
                        "kind": "no-answer",
                    },
                ]
            }
        )
    )
    out = subprocess.run(
        [
            sys.executable,
            "bench/relevance.py",
            "--articles",
            "tests/data/zendesk_sample.json",
            "--queries",
            str(queries),
            "--backends",
            "database",
            "--per-query",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    rows = {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines() if line.strip()}
    assert float(rows["all"][0]) > 0.5, out.stdout  # MRR@10 of the two answerable questions
    assert rows["all"][-1] == "2" and "flag recall" in out.stdout, out.stdout
