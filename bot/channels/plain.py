"""Rendering for channels without buttons (terminal, Signal): options as a numbered list."""

from __future__ import annotations

from dialogs.messages import Inbound, Outbound


def render(outbound: Outbound) -> str:
    lines = [outbound.text]
    if outbound.options:
        lines.append("")
        numbered = list(enumerate(outbound.options, 1))
        # A scale's numbers are its values ("1 · very hard", "2", …): one line, no "2) 2".
        scale = [option.label for _number, option in numbered if option.closes]
        if scale:
            lines.append("   ".join(scale))
        lines.extend(
            f"{number}) {option.label}" for number, option in numbered if not option.closes
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
