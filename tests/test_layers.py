"""The import rules of the layers, checked by walking every module's imports with `ast`.

bot (entry points) -> handlers -> jobs -> bot.core, bot.blockkit (leaves) -> store.
The store knows no Slack; SQL is written only in the store.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "jobs", "store")

# The one table: a module belongs to the longest layer name that prefixes it, and may
# import only the project layers listed for it.
MAY_IMPORT: dict[str, set[str]] = {
    "store": {"store"},
    "bot.core": {"bot.core", "store"},
    "bot.blockkit": {"bot.blockkit", "store"},
    "jobs": {"jobs", "bot.core", "bot.blockkit", "store"},
    "handlers": {"handlers", "jobs", "bot.core", "bot.blockkit", "store"},
    "bot.local_slack": {"bot.local_slack"},  # a stand-in for Slack: knows nothing of the bot
    "bot": {"bot", "bot.core", "bot.blockkit", "bot.local_slack", "handlers", "jobs", "store"},
}

# Third-party packages a layer must not use: Slack stays out of the store and the pure
# builders; SQL stays in the store.
SLACK = {"slack_bolt", "slack_sdk", "starlette", "uvicorn"}
FORBIDDEN_PACKAGES: dict[str, set[str]] = {
    "store": SLACK,
    "bot.blockkit": SLACK | {"sqlalchemy", "sqlmodel", "httpx"},
}
# Outside the store, sqlalchemy and sqlmodel may be imported for these names only (types
# and errors); building a query (select, func, col, text, update...) is the store's job.
SQL_NAMES_OUTSIDE_STORE = {
    "Session",
    "Connection",  # a unit of work of Core statements (store.db.connection_scope)
    "Engine",
    "SQLAlchemyError",
    "OperationalError",
    "IntegrityError",
}


def layer_of(module: str) -> str:
    return max((name for name in MAY_IMPORT if module == name or module.startswith(name + ".")), key=len)


def project_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue  # Alembic's env and versions are the store's own tooling
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


@functools.cache  # each project file is parsed once per run, not once per parametrised case
def imports_of(module: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(imported module, imported names, line) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, list[str], int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            found.append((base, [alias.name for alias in node.names], node.lineno))
    return found


def violations(modules: dict[str, Path]) -> list[str]:
    problems = []
    for module, path in sorted(modules.items()):
        layer = layer_of(module)
        for target, names, line in imports_of(module, path):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}:{line}"
            top = target.split(".")[0]
            if top in PACKAGES:
                # `from bot import cli` names a module: check each imported submodule.
                targets = [f"{target}.{n}" if f"{target}.{n}" in modules else target for n in names] or [
                    target
                ]
                for t in targets:
                    if layer_of(t) not in MAY_IMPORT[layer]:
                        problems.append(f"{where}: {layer} may not import {t} ({layer_of(t)})")
            elif top in FORBIDDEN_PACKAGES.get(layer, set()):
                problems.append(f"{where}: {layer} may not use {top}")
            elif top in {"sqlalchemy", "sqlmodel"} and layer != "store":
                extra = set(names) - SQL_NAMES_OUTSIDE_STORE if names else {target}
                if extra:
                    problems.append(
                        f"{where}: SQL belongs in store/, not {layer} ({', '.join(sorted(extra))})"
                    )
    return problems


def test_every_import_points_down_the_layers() -> None:
    modules = project_modules()
    assert len(modules) > 40  # the walk found the code
    assert violations(modules) == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("store.widgets", "from handlers.router import Reply\n", "store may not import handlers.router"),
        ("store.widgets", "import slack_sdk\n", "store may not use slack_sdk"),
        ("jobs.widgets", "from handlers import slash\n", "jobs may not import handlers.slash"),
        ("bot.blockkit.widgets", "from bot.app import create_app\n", "bot.blockkit may not import bot.app"),
        ("handlers.widgets", "from sqlmodel import select\n", "SQL belongs in store/, not handlers (select)"),
        ("bot.core.widgets", "from ..app import make_client\n", "bot.core may not import bot.app"),
    ],
)
def test_an_upward_import_is_caught(tmp_path: Path, module: str, source: str, expected: str) -> None:
    path = tmp_path / "widgets.py"
    path.write_text(source)
    modules = {**project_modules(), module: path}
    problems = [p for p in violations(modules) if "widgets.py" in p]
    assert any(expected in p for p in problems), problems
