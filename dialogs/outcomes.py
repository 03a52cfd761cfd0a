"""What happened to the ideas: the menu's list, and the words of the messages pushed about it.

Each idea and its note are shown in the reader's language where there is a text in it, else in
the original, labelled with the language it is in. The list and the pushed message say an
outcome in the same words (`item`).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from dialogs.engine import messenger_of
from dialogs.flow import Context, Flow, Goto, Prompt, Reply, Result, Step
from dialogs.i18n import T, Translator
from dialogs.ideas.common import MENU
from dialogs.messages import Outbound
from dialogs.text import shorten
from storage import outcomes as repo
from storage.ideas import UNDETERMINED
from storage.outcomes import Outcome

FLOW = "outcomes"
LISTED = 8  # the newest outcomes in the menu's list: a phone screen or two
IDEA_LENGTH = 200  # an idea is cut to this beside its outcome; the note is short already


def _in_language(texts: dict[str, str], own: str, locale: str) -> tuple[str, str]:
    """(text, "same" or the language it is in) — the reader's language first, else the original."""
    for language in (locale, own, *sorted(texts)):
        if language in texts:
            return texts[language], "same" if language == locale else language
    return "", "same"


def item(outcome: Outcome, locale: str, timezone: str) -> T:
    idea, idea_original = _in_language(outcome.texts, outcome.idea_language, locale)
    note, note_original = _in_language(outcome.notes, outcome.note_language, locale)
    day = outcome.at.astimezone(ZoneInfo(timezone)).date()
    return T(
        "outcomes-item",
        {
            "idea": shorten(idea, IDEA_LENGTH),
            "idea_original": "und" if outcome.idea_language == UNDETERMINED else idea_original,
            "outcome": T("outcomes-name", {"outcome": outcome.outcome}),
            "day": T("digest-date", {"day": day.day, "month": day.month, "year": day.year}),
            "note": note,
            "note_original": note_original,
        },
    )


def notice(
    translator: Translator, locale: str, outcomes: list[Outcome], timezone: str, channel: str
) -> Outbound:
    """One message about every outcome a person is owed today."""
    shared = {"messenger": messenger_of(channel)}
    parts = [T("outcomes-notice", {"ideas": len(outcomes)})]
    parts += [item(outcome, locale, timezone) for outcome in outcomes]
    parts.append(T("outcomes-notice-footer"))
    text = "\n\n".join(translator.render(locale, part, shared) for part in parts)
    return Outbound(key="outcomes-notice", text=text)


def reminder(translator: Translator, locale: str, channel: str) -> Outbound:
    text = translator.render(locale, T("outcomes-reminder"), {"messenger": messenger_of(channel)})
    return Outbound(key="outcomes-reminder", text=text)


class ListStep:
    async def prompt(self, ctx: Context) -> Prompt:
        shown = await repo.latest_outcomes(ctx.session, limit=LISTED)
        if not shown:
            return Prompt(T("outcomes-list-empty"), (MENU,))
        items = tuple(item(outcome, ctx.locale, ctx.config.timezone) for outcome in shown)
        return Prompt(T("outcomes-list-end"), (MENU,), before=(T("outcomes-list"), *items))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        return Result(goto=Goto("menu", "main"))


def build_flow() -> Flow:
    steps: dict[str, Step] = {"list": ListStep()}
    return Flow(FLOW, steps, first="list")
