"""The suite's own layout: what several test modules share lives in a shared module."""

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def test_no_test_module_imports_from_another_test_module():
    """Shared steps, data and fixtures live in tests/forms.py, tests/browser/pages.py, the
    factories or a conftest; a test module imported for its helpers would also be collected
    again under another name, and its tests changed to change someone else's."""
    found = []
    for path in TESTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            if module and module.split(".")[-1].startswith("test_"):
                found.append(f"{path.relative_to(TESTS)}: from {module}")
    assert found == []
