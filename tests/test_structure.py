"""The code's shape: modules depend on each other one way, every import is at the top, and no
module grows past what a reader can hold (data files are not modules)."""

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRECTORIES = {".venv", "tests", "node_modules", "staticfiles", "mutants"}
MAX_LINES = 400


def project_modules() -> dict[str, Path]:
    """Every Python module of the project outside the test suite, by dotted name."""
    modules = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if SKIPPED_DIRECTORIES & set(parts) or any(part.startswith(".") for part in parts):
            continue
        name = ".".join(parts)[: -len(".py")]
        modules[name.removesuffix(".__init__")] = path
    return modules


def imported_names(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The dotted names one import statement asks for (``from a import b`` asks for ``a.b``
    and ``a``, since ``b`` may be a module or a name in ``a``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join([*package[: len(package) - node.level + 1], node.module or ""]).strip(".")
    else:
        base = node.module or ""
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Which project module imports which, at module level or inside a function alike;
    imports only made for type checkers do not run and are left out."""
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_checking = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom) or id(node) in type_checking:
                continue
            for name in imported_names(node, module, path.name == "__init__.py"):
                if name in modules and name != module:
                    graph[module].add(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def tail_imports(path: Path) -> list[int]:
    """Lines of module-level imports that come after the module's code has begun."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    late, code_started = [], False
    for position, node in enumerate(body):
        is_docstring = (
            position == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        )
        if isinstance(node, ast.Import | ast.ImportFrom):
            if code_started:
                late.append(node.lineno)
        elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        elif not is_docstring:
            code_started = True
    return late


def test_the_import_graph_has_no_cycles():
    """A module that needs another which needs it back only works in one import order; a
    function-level import that hides such a loop counts as much as one at the top."""
    assert cycles(import_graph(project_modules())) == []


def test_the_cycle_check_finds_a_hidden_loop():
    graph = {"a.models": {"a.querysets"}, "a.querysets": {"b.search"}, "b.search": {"a.models"}}
    assert cycles(graph) == [["a.models", "a.querysets", "b.search"]]
    assert cycles({"a": {"b"}, "b": {"c"}}) == []


def test_relative_and_package_imports_are_resolved():
    tree = ast.parse("from . import models\nfrom .views import page\nimport lessons.models")
    names = [imported_names(node, "cases.admin", False) for node in tree.body]
    assert names == [
        ["cases", "cases.models"],
        ["cases.views", "cases.views.page"],
        ["lessons.models"],
    ]


def test_every_module_level_import_is_at_the_top():
    """An import at the bottom of a module (to make models of another module part of an
    app, or to dodge a cycle) is found by nobody who reads the top."""
    found = {
        name: lines for name, path in project_modules().items() if (lines := tail_imports(path))
    }
    assert found == {}


def test_no_module_is_longer_than_a_reader_can_hold():
    """Prose and data live in data files; code over this length is split by concern."""
    long = {
        name: length
        for name, path in project_modules().items()
        if (length := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
