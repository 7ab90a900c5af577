"""The shape of the house, checked: the core's imports run one way and never reach the desktop,
no module grows long without saying why, and no module reaches into another's private names.

Read from the source with `ast` (nothing is imported), so an import inside a function or under
`if TYPE_CHECKING:` counts as much as one at the top.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LONG_MODULE_LINES = 600
DESKTOP = ("ui", "PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources(*folders: str) -> Iterator[tuple[str, Path, ast.Module]]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield module_name(path), path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def imported_names(name: str, path: Path, tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Every module this one imports, wherever the import stands (absolute names)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            yield origin, node.lineno
            for alias in node.names:  # `from . import rows` imports the module journal.vault.rows
                yield f"{origin}.{alias.name}", node.lineno
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Name, ast.Attribute))
            and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, node.lineno


def core_graph() -> dict[str, set[str]]:
    """journal's modules and what each one makes Python load of journal (packages included)."""
    modules = {name: (path, tree) for name, path, tree in sources("journal")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, tree) in modules.items():
        for imported, _ in imported_names(name, path, tree):
            parts = imported.split(".")
            # Importing a.b.c runs a/__init__ and a/b/__init__ first, unless we are inside them.
            for end in range(1, len(parts) + 1):
                target = ".".join(parts[:end])
                if target in modules and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


# ---- the core ---------------------------------------------------------------------------------


def test_the_core_imports_run_one_way() -> None:
    assert find_cycle(core_graph()) is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above could not fail if this could not: exchange -> vault -> exchange, as it was."""
    graph = core_graph()
    graph["journal.exchange"].add("journal.vault")
    cycle = find_cycle(graph)
    assert cycle is not None and cycle[0] == cycle[-1]
    assert {"journal.exchange", "journal.vault"} <= set(cycle)


def test_the_export_format_does_not_know_the_database() -> None:
    graph = core_graph()
    reached, todo = set(), ["journal.exchange"]
    while todo:
        for nxt in graph[todo.pop()] - reached:
            reached.add(nxt)
            todo.append(nxt)
    assert not {m for m in reached if m.startswith("journal.vault")}


def test_the_core_never_names_the_desktop() -> None:
    found = []
    for name, path, tree in sources("journal"):
        for imported, line in imported_names(name, path, tree):
            if imported.split(".")[0] in DESKTOP:
                found.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"PySide|shiboken|\bui[./](?!ini\b)[a-z_]", text):
                found.append(f"{path.relative_to(ROOT)}:{number} {text.strip()}")
    assert found == []


def test_all_sql_lives_under_journal_vault() -> None:
    """Outside journal/vault/ (and the table definitions in schema.py) no module runs SQL."""
    found = []
    for name, path, tree in sources("journal"):
        if name.startswith("journal.vault") or name == "journal.schema":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "execute", "executemany", "query"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.func.attr}(")
    assert found == []


# ---- every package ---------------------------------------------------------------------------


def long_modules(folder: str) -> list[str]:
    found = []
    for _, path, tree in sources(folder):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        docstring = ast.get_docstring(tree) or ""
        explained = any(line.startswith("Long because") for line in docstring.splitlines())
        if lines > LONG_MODULE_LINES and not explained:
            found.append(f"{path.relative_to(ROOT)} ({lines} lines)")
    return found


def test_no_core_module_is_long_without_a_reason() -> None:
    assert long_modules("journal") == []


def test_no_desktop_module_is_long_without_a_reason() -> None:
    assert long_modules("ui") == []


OURS = ("journal", "ui", "bench", "tests", "build")


def private_uses() -> list[str]:
    """Names starting with `_` that one module of ours takes from another.

    `from x import _name`, `module._name` for a module of ours, and `thing._name` where `_name`
    is not defined in this module but is in another of ours (reaching into its objects).
    """
    parsed = list(sources(*OURS))
    defined: dict[str, set[str]] = {}
    for name, _, tree in parsed:
        names = defined.setdefault(name, set())
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("self", "cls")
            ):
                names.add(node.attr)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    everywhere = set().union(*defined.values())

    def private(text: str) -> bool:
        return text.startswith("_") and not (text.startswith("__") and text.endswith("__"))

    found = []
    for name, path, tree in parsed:
        where = path.relative_to(ROOT)
        modules_here: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] in OURS):
                for alias in node.names:
                    if private(alias.name):
                        found.append(f"{where}:{node.lineno} from {node.module or '.'} import {alias.name}")
                    modules_here.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] in OURS:
                        modules_here.add((alias.asname or alias.name).split(".")[0])
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and private(node.attr)):
                continue
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                continue
            if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
                continue
            if isinstance(owner, ast.Name) and owner.id in modules_here:
                found.append(f"{where}:{node.lineno} {owner.id}.{node.attr}")
            elif node.attr not in defined[name] and node.attr in everywhere:
                found.append(f"{where}:{node.lineno} …{node.attr}")
    return found


def desktop_side(use: str) -> bool:
    return use.startswith(("ui/", "tests/ui/"))


def test_no_private_name_crosses_a_module_in_the_core_bench_and_tests() -> None:
    assert [use for use in private_uses() if not desktop_side(use)] == []


def test_no_private_name_crosses_a_module_in_the_desktop_app() -> None:
    assert [use for use in private_uses() if desktop_side(use)] == []
