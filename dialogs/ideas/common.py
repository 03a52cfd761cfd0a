"""What the idea flows share: their piece of the conversation state, and the area options."""

from __future__ import annotations

from typing import Any

from dialogs.flow import Context, OptionSpec
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS

MENU = OptionSpec("menu", T("ideas-option-menu"))


def remember(ctx: Context, values: dict[str, Any]) -> None:
    # Reassigned, not mutated in place: the JSON column only notices a new value.
    ctx.state.data = {**ctx.data, **values}


def forget(ctx: Context, prefix: str) -> None:
    ctx.state.data = {k: v for k, v in ctx.data.items() if not k.startswith(prefix)}


def area_options() -> tuple[OptionSpec, ...]:
    return tuple(OptionSpec(area, T(f"area-{area}")) for area in AREAS)
