"""The mutants of one Python module: small deliberate bugs made on its syntax tree.

Used by tools/mutate.py. Each mutant is found again in a freshly parsed tree by the
position of its node in `ast.walk` order (the same for the same source), changed there and
written out with `ast.unparse`: comments and layout go, behaviour stays but for the one
change.

Operators: comparison flip (negated, and the boundary moved: `<` to `<=`), constant ±1,
statement removal, `and`/`or` swap, boolean negation (`not x` to `x`, True/False),
return value replacement (`return x` to `return None`) and string emptying.

Not mutated, on purpose: docstrings, type annotations, message ids given to the
translation functions (their wording is checked through the catalogues, not here),
`__all__`, and any line carrying the comment `# no mutate`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass

_TRANSLATING = {"_", "N_", "ngettext", "lazy_gettext", "gettext"}
_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BOUNDARY: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
}
_SYMBOL = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}
_REMOVABLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Raise)


@dataclass(frozen=True)
class Mutant:
    index: int  # the node's position in ast.walk order
    line: int  # 1-based line of the node in the original source
    operator: str
    description: str  # stable across runs: what changes, without positions
    change: Callable[[ast.AST], ast.AST | None]  # applied to the fresh node; None: keep it


def _skipped_nodes(tree: ast.Module) -> set[int]:
    """ids of nodes never mutated: docstrings, annotations, message ids, __all__."""
    skipped: set[int] = set()

    def skip(node: ast.AST | None) -> None:
        if node is not None:
            skipped.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            skip(body[0])
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            skip(node.returns)
            for arg in [*node.args.args, *node.args.kwonlyargs, *node.args.posonlyargs]:
                skip(arg.annotation)
            skip(node.args.vararg and node.args.vararg.annotation)
            skip(node.args.kwarg and node.args.kwarg.annotation)
        if isinstance(node, ast.AnnAssign):
            skip(node.annotation)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _TRANSLATING
        ):
            for arg in node.args:
                if isinstance(arg, ast.Constant):
                    skip(arg)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            skip(node)
        if isinstance(node, ast.ImportFrom | ast.Import | ast.Global | ast.Nonlocal):
            skip(node)
    return skipped


def _in_function(tree: ast.Module) -> set[int]:
    """ids of statements inside a function body (where removing one is a behaviour bug
    rather than a NameError at import)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for child in ast.walk(node):
                if child is not node:
                    inside.add(id(child))
    return inside


def _set_op(position: int, new: type[ast.cmpop]) -> Callable[[ast.AST], ast.AST]:
    def change(node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Compare)
        node.ops[position] = new()
        return node

    return change


def _node_mutants(node: ast.AST, index: int, inside: bool) -> Iterator[Mutant]:
    line = getattr(node, "lineno", 0)
    if isinstance(node, ast.Compare):
        for position, op in enumerate(node.ops):
            old = _SYMBOL[type(op)]
            for operator, table in (("comparison flip", _NEGATED), ("boundary", _BOUNDARY)):
                if type(op) in table:
                    new = table[type(op)]
                    yield Mutant(
                        index,
                        line,
                        operator,
                        f"`{old}` -> `{_SYMBOL[new]}`",
                        _set_op(position, new),
                    )
    elif isinstance(node, ast.BoolOp):
        other = ast.Or if isinstance(node.op, ast.And) else ast.And
        name = "and" if isinstance(node.op, ast.And) else "or"

        def swap(n: ast.AST, other: type[ast.boolop] = other) -> ast.AST:
            assert isinstance(n, ast.BoolOp)
            n.op = other()
            return n

        yield Mutant(
            index, line, "and/or swap", f"`{name}` -> `{'or' if name == 'and' else 'and'}`", swap
        )
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield Mutant(
            index,
            line,
            "negation",
            "`not x` -> `x`",
            lambda n: n.operand,  # type: ignore[attr-defined]
        )
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield Mutant(
                index,
                line,
                "negation",
                f"`{value}` -> `{not value}`",
                lambda n: ast.Constant(not value),
            )
        elif isinstance(value, int | float):
            for step in (1, -1):
                yield Mutant(
                    index,
                    line,
                    "constant",
                    f"`{value!r}` -> `{value + step!r}`",
                    lambda n, s=step: ast.Constant(value + s),
                )
        elif isinstance(value, str) and value:
            shown = value if len(value) <= 30 else value[:27] + "..."
            yield Mutant(
                index, line, "string emptying", f"{shown!r} -> ''", lambda n: ast.Constant("")
            )
    elif (
        isinstance(node, ast.Return)
        and inside
        and node.value is not None
        and not (isinstance(node.value, ast.Constant) and node.value.value is None)
    ):

        def to_none(n: ast.AST) -> ast.AST:
            assert isinstance(n, ast.Return)
            n.value = ast.Constant(None)
            return n

        yield Mutant(index, line, "return value", "`return ...` -> `return None`", to_none)
    if isinstance(node, _REMOVABLE) and inside:
        yield Mutant(index, line, "statement removal", "statement -> `pass`", lambda n: ast.Pass())


def find_mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    skipped, inside = _skipped_nodes(tree), _in_function(tree)
    lines = source.splitlines()
    found = []
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skipped:
            continue
        line = getattr(node, "lineno", 0)
        if line and "# no mutate" in lines[line - 1]:
            continue
        found.extend(_node_mutants(node, index, id(node) in inside))
    return found


def mutated_source(source: str, mutant: Mutant) -> str:
    """The module's source with `mutant` applied (through a fresh tree)."""
    tree = ast.parse(source)
    for index, node in enumerate(ast.walk(tree)):
        if index == mutant.index:
            _replace(tree, node, mutant.change(node))
            break
    return ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST | None) -> None:
    if new is None or new is old:
        return
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, ast.copy_location(new, old))
                return
            if isinstance(value, list):
                for position, item in enumerate(value):
                    if item is old:
                        value[position] = ast.copy_location(new, old)
                        return
    raise LookupError("the mutated node has no parent")
