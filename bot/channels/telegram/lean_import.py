"""Imports aiogram so that each Bot API type builds its validator when first used, not at import.

The types declare `defer_build=True`, but `aiogram/types/__init__.py` ends with a loop that calls
`model_rebuild(_types_namespace=...)` on every one of them (about 400), to resolve the forward
references their modules import only for type checkers. That builds every validator at once,
each with its own copy of what it nests: about 100 MB of resident memory and seconds of start-up
in every Telegram process, of which an update uses a few types (aiogram issue #1513, "High memory
consumption due to importing any object from aiogram").

Here that loop only hands over its namespace, and a type is built where pydantic builds a
deferred one, at its first use, or at once by `build` (the channel builds what every update uses
as it starts). Where pydantic then looks up the names in a type's annotations:
- the namespace is each deferred aiogram model's parent namespace, which pydantic puts before
  the names local to the code that first uses the type (a first use inside a function with its
  own `User` still gets aiogram's). The other names annotations use (`datetime`, `Any`, enums,
  builtins) come from their modules, after such local names, as for any deferred pydantic model;
- the names a module's annotations use are added to its globals, for a type built nested in one
  made at run time (`Response[Message]`, in aiogram's session). A module's own names stay.

`tests/channels/telegram/test_lean_import.py` compares schemas and validated updates with
aiogram's own build.

Two differences remain, neither met by the bot:
- an object validated only inside another (a message's `Chat`) has its type built when its own
  `model_dump`, `model_dump_json` or `model_validate` is first called; pydantic_core's
  `to_json` given it directly before then fails;
- building a type is not thread-safe in pydantic: two threads using one type for the first time
  at once can fail. The bot uses aiogram on its event loop only (its handlers and filters are
  coroutines: tests/channels/telegram/test_routers.py).

When aiogram is already imported, or its loop no longer calls `model_rebuild` this way, nothing
is deferred and aiogram builds its types as it always did.
"""

from __future__ import annotations

import inspect
import re
import sys
from types import ModuleType
from typing import Any

from pydantic import BaseModel

MODEL_MODULES = ("aiogram.types.", "aiogram.methods.")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
# What aiogram's loop passes: every Bot API type by name, and the typing names they use.
_namespace: dict[str, Any] = {}


def import_aiogram() -> None:
    if "aiogram" in sys.modules:
        return
    rebuild = BaseModel.__dict__["model_rebuild"]

    def keep_namespace(
        model: type[BaseModel], /, *, _types_namespace: Any = None, **options: Any
    ) -> bool | None:
        if _types_namespace is None or options or not model.__module__.startswith("aiogram."):
            return rebuild.__func__(model, _types_namespace=_types_namespace, **options)  # type: ignore[no-any-return]
        _namespace.update(_types_namespace)
        return None

    # Only aiogram's own calls with a namespace are kept; any other, from any thread, goes through.
    BaseModel.model_rebuild = classmethod(keep_namespace)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401
    finally:
        BaseModel.model_rebuild = rebuild  # type: ignore[method-assign]
    if not _namespace:
        return
    for name, module in list(sys.modules.items()):
        if name.startswith(MODEL_MODULES):
            models = _models_of(module)
            for model in models:
                if not model.__pydantic_complete__:
                    model.__pydantic_parent_namespace__ = _namespace
            names = vars(module)
            for used in _names_used(models):
                names.setdefault(used, _namespace[used])


def build(*models: type[BaseModel]) -> None:
    """Build these types now, as aiogram's loop would have."""
    for model in models:
        if not model.__pydantic_complete__:
            model.model_rebuild(_types_namespace=_namespace)


def _models_of(module: ModuleType) -> list[type[BaseModel]]:
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == module.__name__
    ]


def _names_used(models: list[type[BaseModel]]) -> set[str]:
    """The namespace's names in these models' annotations."""
    used: set[str] = set()
    for model in models:
        for annotation in inspect.get_annotations(model).values():
            used.update(_IDENTIFIER.findall(str(annotation)))
    return used & _namespace.keys()
