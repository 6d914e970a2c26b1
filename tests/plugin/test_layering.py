"""Dependencies point one way: host site → plugin; inside the plugin, surveys and help search may use
the help center's public names, never the reverse, and no app reaches for another's private names.

Read from the source with ``ast``, so it also holds for imports inside functions.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST_PACKAGES = {"home", "search", "config", "tests", "bench"}
# Which plugin apps each app may import (besides itself).
ALLOWED = {
    "helpcenter": set(),
    "helpcenter.search": {"helpcenter"},
    "helpcenter.widget": {"helpcenter", "helpcenter.search"},
    "surveys": {"helpcenter"},
    "surveys.contrib.salesman": {"helpcenter", "surveys"},
}


def app_of(module: str) -> str | None:
    for app in sorted(ALLOWED, key=len, reverse=True):
        if module == app or module.startswith(app + "."):
            return app
    return None


def plugin_modules():
    for package in ("helpcenter", "surveys"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def imports(module: str, path: Path):
    """(imported module, names taken from it) of every import in the file, made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, [alias.name for alias in node.names]


MODULES = list(plugin_modules())


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[module for module, _path in MODULES])
def test_the_module_imports_only_what_its_app_may(module, path):
    own = app_of(module)
    for imported, names in imports(module, path):
        top = imported.split(".")[0]
        assert top not in HOST_PACKAGES, f"{module} imports the host site's {imported}"
        other = app_of(imported)
        if other is None or other == own:
            continue
        assert other in ALLOWED[own], f"{module} ({own}) imports {imported} ({other})"
        private = [name for name in names if name.startswith("_")]
        private += [part for part in imported.split(".") if part.startswith("_") and part != "__init__"]
        assert not private, f"{module} takes private names {private} from {imported}"


def test_every_plugin_module_was_read():
    apps = {app_of(module) for module, _path in MODULES}
    assert apps == set(ALLOWED)
    assert len(MODULES) > 100
