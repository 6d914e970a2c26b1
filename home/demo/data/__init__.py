"""The demo's content, kept as JSON beside this module so editors change words, not code.

Every file is read through ``load``, relative to this package (not the working
directory) and once per process. Importing this module needs no Django settings:
the search benchmark builds its vocabulary from the help topics before it sets
Django up.
"""

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> Any:
    """The parsed ``<name>.json`` under this folder, e.g. ``load("topics/orders")``.

    Shared between callers, as module constants were: read it, don't change it.
    """
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def help_topics() -> list[dict]:
    """The help center's topics (sections, articles, FAQ inside), in the order help.json gives.

    One file per topic keeps each readable; the order is the menu's, so it is data too.
    """
    return [load(f"topics/{key}") for key in load("help")["topics"]]
