"""Mutants of a Python module, made on its syntax tree.

Each mutant is one small change a test should notice: a comparison or boolean operator
swapped, arithmetic turned around, a constant changed, a call or an assignment left out, a
return value dropped, an element taken out of a literal tuple or list, a decorator
removed, one branch of a conditional expression chosen for good.

What is never mutated: docstrings and annotations; the wording of messages and log lines
(string arguments of the gettext family and of logger calls: their text is not
behaviour, and the catalogue tests check it); the literal parts of f-strings.

Every mutant has a stable identifier that does not depend on line numbers:
``<function>: <old> => <new>`` (with ``#2``, ``#3`` … when the same change occurs twice in
one function), so the list of equivalent mutants survives edits elsewhere in the file.
"""

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass

SWAP_COMPARE = {
    ast.Eq: [ast.NotEq], ast.NotEq: [ast.Eq],
    ast.Lt: [ast.LtE, ast.GtE], ast.LtE: [ast.Lt, ast.Gt],
    ast.Gt: [ast.GtE, ast.LtE], ast.GtE: [ast.Gt, ast.Lt],
    ast.Is: [ast.IsNot], ast.IsNot: [ast.Is], ast.In: [ast.NotIn], ast.NotIn: [ast.In],
}  # fmt: skip
# Mod is left alone: in this code base it formats strings.
SWAP_BINARY = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult, ast.Pow: ast.Mult, ast.BitOr: ast.BitAnd, ast.BitAnd: ast.BitOr,
    ast.BitXor: ast.BitOr, ast.LShift: ast.RShift, ast.RShift: ast.LShift,
}  # fmt: skip
MESSAGE_CALLS = frozenset(
    {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "format_lazy"}
)
LOGGER_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical"})
KEPT_DECORATORS = frozenset(
    {"dataclass", "property", "staticmethod", "classmethod", "wraps", "cached_property"}
)
MAX_TEXT = 70


@dataclass
class Mutant:
    """One change of a module: its identifier, where it is, and the tree with it."""

    module: str  # the file, relative to the repository
    ident: str
    lineno: int
    end_lineno: int
    old: str  # the source lines it changes
    new: str  # those lines as the mutant has them
    tree: ast.Module


def _text(node: ast.AST) -> str:
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _name_of(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Finder(ast.NodeVisitor):
    """Walks the tree and records, for every mutable spot, the path to it and its changes."""

    def __init__(self) -> None:
        self.found: list[tuple[list, str, ast.AST, ast.AST | None, str | None]] = []
        self.path: list = []  # (parent field, index) steps from the module
        self.scope: list[str] = []
        self.skip_strings = 0

    # -- walking ---------------------------------------------------------------------

    def walk(self, node: ast.AST) -> None:
        for field, value in ast.iter_fields(node):
            if field in ("annotation", "returns", "type_comment"):
                continue
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        self.path.append((field, index))
                        self.visit(item)
                        self.path.pop()
            elif isinstance(value, ast.AST):
                self.path.append((field, None))
                self.visit(value)
                self.path.pop()

    def generic_visit(self, node: ast.AST) -> None:
        self.walk(node)

    def add(self, original: ast.AST, replacement: ast.AST | None, label: str = "") -> None:
        """``replacement`` None means: the statement is left out (``pass``); ``label``
        names the change where the new text would not (an element taken out)."""
        where = ".".join(self.scope) or "<module>"
        self.found.append((list(self.path), where, original, replacement, label or None))

    # -- scopes and what is never mutated --------------------------------------------

    def _body_without_docstring(self, node) -> None:
        body = node.body
        start = 1 if body and isinstance(body[0], ast.Expr) and _is_str(body[0].value) else 0
        for index in range(start, len(body)):
            self.path.append(("body", index))
            self.visit(body[index])
            self.path.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self._body_without_docstring(node)

    def _function(self, node) -> None:
        self.scope.append(node.name)
        for index, decorator in enumerate(node.decorator_list):
            if _name_of(decorator.func if isinstance(decorator, ast.Call) else decorator) in (
                KEPT_DECORATORS
            ):
                continue
            self.path.append(("decorator_list", index))
            self.add(decorator, None)
            self.path.pop()
        if not isinstance(node, ast.ClassDef):
            self.path.append(("args", None))
            self.walk(node.args)
            self.path.pop()
        self._body_without_docstring(node)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _function

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.path.append(("body", None))
        self.visit(node.body)
        self.path.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.skip_strings += 1
        self.walk(node)
        self.skip_strings -= 1

    def visit_Call(self, node: ast.Call) -> None:
        name = _name_of(node.func)
        is_message = name in MESSAGE_CALLS or (
            name in LOGGER_METHODS
            and isinstance(node.func, ast.Attribute)
            and _name_of(node.func.value) in ("logger", "logging", "log")
        )
        self.path.append(("func", None))
        self.visit(node.func)
        self.path.pop()
        self.skip_strings += is_message
        for field in ("args", "keywords"):
            for index, item in enumerate(getattr(node, field)):
                self.path.append((field, index))
                self.visit(item)
                self.path.pop()
        self.skip_strings -= is_message

    # -- the operators ---------------------------------------------------------------

    def visit_Compare(self, node: ast.Compare) -> None:
        for index, op in enumerate(node.ops):
            for other in SWAP_COMPARE.get(type(op), []):
                new = copy.deepcopy(node)
                new.ops[index] = other()
                self.add(node, new)
        self.walk(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        new = copy.deepcopy(node)
        new.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        self.add(node, new)
        self.walk(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not | ast.USub):
            self.add(node, copy.deepcopy(node.operand))
        self.walk(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if type(node.op) in SWAP_BINARY:
            new = copy.deepcopy(node)
            new.op = SWAP_BINARY[type(node.op)]()
            self.add(node, new)
        self.walk(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.add(node, None)
        if type(node.op) in SWAP_BINARY:
            new = copy.deepcopy(node)
            new.op = SWAP_BINARY[type(node.op)]()
            self.add(node, new)
        self.walk(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self.add(node, copy.deepcopy(node.body))
        self.add(node, copy.deepcopy(node.orelse))
        self.walk(node)

    def _condition(self, node) -> None:
        test = node.test
        if not isinstance(test, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Constant):
            self.path.append(("test", None))
            self.add(test, ast.UnaryOp(op=ast.Not(), operand=copy.deepcopy(test)))
            self.path.pop()
        self.walk(node)

    visit_If = visit_While = _condition

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool):
            self.add(node, ast.Constant(not value))
        elif isinstance(value, int | float):
            self.add(node, ast.Constant(value + 1))
        elif isinstance(value, str) and not self.skip_strings:
            self.add(node, ast.Constant(f"XX{value}XX"))

    def visit_Return(self, node: ast.Return) -> None:
        if node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        ):
            new = copy.deepcopy(node)
            new.value = ast.Constant(None)
            self.add(node, new)
        self.walk(node)

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Call):
            self.add(node, None)
        self.walk(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if self.scope and all(isinstance(t, ast.Attribute | ast.Subscript) for t in node.targets):
            self.add(node, None)
        if isinstance(node.value, ast.Tuple) and isinstance(node.targets[0], ast.Tuple):
            # a, b = x, y: taking out an element only breaks the unpacking
            self.path.append(("value", None))
            self.walk(node.value)
            self.path.pop()
            return
        self.walk(node)

    def visit_Continue(self, node: ast.Continue) -> None:
        self.add(node, ast.Break())

    def visit_Break(self, node: ast.Break) -> None:
        self.add(node, ast.Continue())

    def _collection(self, node) -> None:
        if isinstance(getattr(node, "ctx", ast.Load()), ast.Load):
            for index in range(len(node.elts)):
                new = copy.deepcopy(node)
                del new.elts[index]
                self.add(node, new, f"without {_text(node.elts[index])}")
        self.walk(node)

    visit_Tuple = visit_List = visit_Set = _collection


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _replace(tree: ast.Module, path: list, replacement: ast.AST | None) -> ast.Module:
    tree = copy.deepcopy(tree)
    parent: ast.AST = tree
    for field, index in path[:-1]:
        child = getattr(parent, field)
        parent = child[index] if index is not None else child
    field, index = path[-1]
    original = getattr(parent, field)[index] if index is not None else getattr(parent, field)
    if replacement is None:
        if field == "decorator_list":
            del getattr(parent, field)[index]
            return ast.fix_missing_locations(tree)
        replacement = ast.Pass()
    replacement = ast.copy_location(replacement, original)
    if index is None:
        setattr(parent, field, replacement)
    else:
        getattr(parent, field)[index] = replacement
    return ast.fix_missing_locations(tree)


def _changed_lines(lines: list[str], original: ast.AST, replacement: ast.AST | None) -> str:
    first, last = original.lineno, original.end_lineno or original.lineno
    if isinstance(original, ast.expr) and replacement is None:
        return ""  # a decorator left out
    new = "pass" if replacement is None else ast.unparse(replacement)
    if first == last:
        line = lines[first - 1]
        return line[: original.col_offset] + new + line[original.end_col_offset :]
    indent = lines[first - 1][: len(lines[first - 1]) - len(lines[first - 1].lstrip())]
    return indent + new


def mutants(module: str, source: str, functions: list[str] | None = None) -> Iterator[Mutant]:
    """Every mutant of ``source`` (the file ``module``), in source order; with
    ``functions``, only those inside these top-level functions or classes."""
    tree = ast.parse(source)
    lines = source.splitlines()
    finder = _Finder()
    finder.visit(tree)
    seen: dict[str, int] = {}
    for path, where, original, replacement, label in finder.found:
        if functions and where.split(".")[0] not in functions:
            continue
        new_text = label or ("pass" if replacement is None else _text(replacement))
        if replacement is None and path[-1][0] == "decorator_list":
            new_text = "(no decorator)"
        ident = f"{where}: {_text(original)} => {new_text}"
        seen[ident] = seen.get(ident, 0) + 1
        if seen[ident] > 1:
            ident += f" #{seen[ident]}"
        first, last = original.lineno, original.end_lineno or original.lineno
        yield Mutant(
            module=module,
            ident=ident,
            lineno=first,
            end_lineno=last,
            old="\n".join(lines[first - 1 : last]),
            new=_changed_lines(lines, original, replacement),
            tree=_replace(tree, path, replacement),
        )
