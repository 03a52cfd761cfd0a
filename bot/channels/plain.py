"""Rendering for channels without buttons (terminal, Signal): options as a numbered list."""

from __future__ import annotations

from dialogs.messages import Inbound, Outbound


def render(outbound: Outbound) -> str:
    lines = [outbound.text]
    if outbound.options:
        lines.append("")
        lines.extend(
            f"{number}) {option.label}" for number, option in enumerate(outbound.options, 1)
        )
        if outbound.hint:
            lines.append(outbound.hint)
    return "\n".join(lines)


def parse(
    channel: str,
    user_id: str,
    text: str,
    *,
    update_id: str | None = None,
    language_hint: str | None = None,
) -> Inbound:
    """Typed text: `/command arg` is a command; anything else is an answer or a command word."""
    stripped = text.strip()
    if stripped.startswith("/") and len(stripped) > 1:
        name, _, arg = stripped[1:].partition(" ")
        return Inbound(
            channel,
            user_id,
            update_id=update_id,
            command=name.lower(),
            command_arg=arg.strip() or None,
            language_hint=language_hint,
        )
    return Inbound(channel, user_id, update_id=update_id, text=text, language_hint=language_hint)
