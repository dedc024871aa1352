"""Putting a mutant into a module that is already imported (tools/mutate.py, quick mode).

The app and the tests are imported once in the parent process; each child forked for a
mutant runs the mutated source and moves what it defines into the live module: a
function keeps its identity and takes the mutant's code (so `from .parsing import
parse_amount` elsewhere calls the mutant), a class's methods likewise, and the module's
other names (constants, patterns, tables) are rebound in its namespace, where its own
functions look them up.

One thing this cannot reach: a value another module copied at its import (`from .checks
import AMOUNT_LIMIT`). A mutant of such a constant may then survive where a fresh import
would kill it; `--fresh` imports every mutant from scratch (slower) to settle it.
"""

from __future__ import annotations

import contextlib
import enum
import types
from typing import Any


def _swap_function(old: Any, new: Any) -> bool:
    old = getattr(old, "__wrapped__", old)  # functools.lru_cache and friends
    new = getattr(new, "__wrapped__", new)
    if not isinstance(old, types.FunctionType) or not isinstance(new, types.FunctionType):
        return False
    if old.__code__.co_freevars != new.__code__.co_freevars:
        return False
    old.__code__ = new.__code__
    old.__defaults__ = new.__defaults__
    old.__kwdefaults__ = new.__kwdefaults__
    return True


def _unwrapped(value: Any) -> Any:
    if isinstance(value, staticmethod | classmethod):
        return value.__func__
    return value


def _swap_class(old: type, new: type) -> None:
    for name, value in vars(new).items():
        if name in ("__dict__", "__weakref__", "__doc__", "__module__", "__qualname__"):
            continue
        current = vars(old).get(name)
        if isinstance(value, property) and isinstance(current, property):
            for part in ("fget", "fset", "fdel"):
                if getattr(value, part) is not None and getattr(current, part) is not None:
                    _swap_function(getattr(current, part), getattr(value, part))
        elif isinstance(_unwrapped(value), types.FunctionType) and _swap_function(
            _unwrapped(current), _unwrapped(value)
        ):
            continue
        else:
            with contextlib.suppress(AttributeError, TypeError):
                setattr(old, name, value)


def apply_mutant(module: types.ModuleType, source: str) -> None:
    """Run `source` (the mutated module) and move its definitions into `module`."""
    namespace: dict[str, Any] = {
        "__name__": module.__name__,
        "__file__": module.__file__,
        "__package__": module.__package__,
        "__spec__": module.__spec__,
    }
    exec(compile(source, module.__file__ or module.__name__, "exec"), namespace)  # noqa: S102
    live = vars(module)
    for name, new in namespace.items():
        if name.startswith("__") and name.endswith("__"):
            continue
        old = live.get(name)
        if old is new:
            continue
        if _swap_function(old, new):
            if hasattr(old, "cache_clear"):
                old.cache_clear()
            continue
        if (
            isinstance(old, type)
            and isinstance(new, type)
            and old.__module__ == module.__name__
            and not issubclass(old, enum.Enum)
        ):
            _swap_class(old, new)
            continue
        live[name] = new
