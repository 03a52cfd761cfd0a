"""Imports aiogram so that each Bot API type builds its validator when first used, not at import.

The types declare `defer_build=True`, but `aiogram/types/__init__.py` ends with a loop that calls
`model_rebuild(_types_namespace=...)` on every one of them, to resolve the forward references
their modules import only for type checkers. That builds all ~300 validators at once, each with
its own copy of what it nests: about 100 MB of resident memory and seconds of start-up in every
Telegram process, of which an update uses a few types (aiogram issue #1513, "High memory
consumption due to importing any object from aiogram").

Here that loop only hands over its namespace, and the names are put in the globals of the modules
that define aiogram's models, where pydantic looks when it builds a type later, alone or nested in
another (`Response[Message]` is made at run time). A module's own names are never replaced.
`tests/channels/telegram/test_lean_import.py` checks that the types validate as aiogram's own
build does and that the import leaves them unbuilt.

When aiogram is already imported, or its loop no longer calls `model_rebuild` this way, nothing
is deferred and aiogram builds its types as it always did.
"""

from __future__ import annotations

import sys
from typing import Any

from pydantic import BaseModel

MODEL_MODULES = ("aiogram.types.", "aiogram.methods.")


def import_aiogram() -> None:
    if "aiogram" in sys.modules:
        return
    namespace: dict[str, Any] = {}
    rebuild = BaseModel.__dict__["model_rebuild"]

    def keep_namespace(
        model: type[BaseModel], /, *, _types_namespace: Any = None, **options: Any
    ) -> bool | None:
        if _types_namespace is None or options or not model.__module__.startswith("aiogram."):
            return rebuild.__func__(model, _types_namespace=_types_namespace, **options)  # type: ignore[no-any-return]
        namespace.update(_types_namespace)
        return None

    # Replaced for the import alone, which runs before the bot has any other thread.
    BaseModel.model_rebuild = classmethod(keep_namespace)  # type: ignore[method-assign,assignment]
    try:
        import aiogram  # noqa: F401
    finally:
        BaseModel.model_rebuild = rebuild  # type: ignore[method-assign]
    for name, module in list(sys.modules.items()):
        if name.startswith(MODEL_MODULES):
            names = vars(module)
            for key, value in namespace.items():
                names.setdefault(key, value)
