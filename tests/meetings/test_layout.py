"""Meetings are built on lessons and cases, never the other way round."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_lessons_and_cases_do_not_import_meetings():
    """They reach a lesson's or a case's meetings through the relation the meetings app
    adds to them (``Lesson.meetings``, ``Case.meetings``)."""
    found = [
        f"{path.relative_to(ROOT)}: {module}"
        for app in ("lessons", "cases")
        for path in sorted((ROOT / app).rglob("*.py"))
        for module in sorted(_imports(path))
        if module == "meetings" or module.startswith("meetings.")
    ]
    assert found == []
