"""The shape of the interface code: no module over 500 lines, no module reaching into
another object's private members, and a record form that does not ask which register it
is (the forms say what differs through hooks)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "src" / "intzaken" / "ui"
MAX_LINES = 500


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_no_ui_module_is_over_500_lines() -> None:
    long = {
        str(p.relative_to(UI)): n
        for p in ui_modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules: {long}"


def _private_uses(tree: ast.AST) -> list[str]:
    """`x._name` where x is not self, cls or super(): another object's private member."""
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if (
            isinstance(owner, ast.Call)
            and isinstance(owner.func, ast.Name)
            and owner.func.id == "super"
        ):
            continue
        found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return found


def test_no_ui_module_uses_another_objects_private_members() -> None:
    uses = {
        str(p.relative_to(UI)): found
        for p in ui_modules()
        if (found := _private_uses(ast.parse(p.read_text(encoding="utf-8"))))
    }
    assert not uses, f"give these a public name: {uses}"


def test_the_private_member_check_finds_a_write_and_a_call() -> None:
    tree = ast.parse("form._initial = data\nwindow._forms_closed()\nself._mine = 1\n")
    assert _private_uses(tree) == ["form._initial (line 1)", "window._forms_closed (line 2)"]


def test_the_record_form_does_not_compare_its_register() -> None:
    for name in ("base.py", "validation.py"):
        tree = ast.parse((UI / "forms" / name).read_text(encoding="utf-8"))
        compared = [
            ast.unparse(node)
            for node in ast.walk(tree)
            if isinstance(node, ast.Compare) and "register" in ast.unparse(node)
        ]
        assert not compared, f"forms/{name}: a hook the forms override instead of {compared}"
