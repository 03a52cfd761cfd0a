"""Recording what became of an approved idea: its outcome, a short public note, translations.

The organiser picks the idea (from a short list or by its code), the outcome, then writes the
note in their own language; the note's other languages come through the moderation's
translation steps. Everyone who proposed or rated the idea and asked to hear of it is told by
the scheduler (bot/updates.py), at most once a day.
"""

from __future__ import annotations

from dialogs.flow import Context, Goto, OptionSpec, Prompt, Reply, Result, Step
from dialogs.i18n import LOCALES, T
from dialogs.ideas.common import remember
from dialogs.organisers import moderation
from dialogs.organisers.role import FLOW, organiser_of, refuse
from storage import ideas
from storage import organisers as organisers_repo
from storage import outcomes as repo
from storage.models import Idea, Organiser

CHOICES = 6

_IDEA = "org_outcome_idea"
_OUTCOME = "org_outcome"


def _back() -> OptionSpec:
    return OptionSpec("back", T("organisers-option-back"))


def _outcome_options() -> tuple[OptionSpec, ...]:
    return tuple(OptionSpec(o, T("outcomes-name", {"outcome": o})) for o in repo.OUTCOMES)


class IdeaStep:
    """Which idea: one of the most-rated without an outcome yet, or any approved one by code."""

    name = "outcome_idea"

    async def prompt(self, ctx: Context) -> Prompt:
        chosen = await repo.ideas_for_outcome(ctx.session, CHOICES)
        texts = await ideas.texts_of(ctx.session, [idea.id for idea in chosen])
        options = []
        for idea in chosen:
            text, _language = ideas.pick_text(idea, texts.get(idea.id, {}), ctx.locale)
            label = f"{idea.code}: {moderation.short(text)}"
            options.append(OptionSpec(idea.code, T.raw(label)))
        return Prompt(T("outcomes-org-idea"), (*options, _back()), accepts_text=True)

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        if await organiser_of(ctx) is None:
            return await refuse(ctx, f"{FLOW}.outcome_idea")
        if reply.option == "back":
            return Result(goto=Goto(FLOW, "home"))
        code = reply.option or reply.text or ""
        idea = await organisers_repo.approved_idea_by_code(ctx.session, code)
        if idea is None:
            return Result.stay(T("organisers-merge-unknown"))
        remember(ctx, {_IDEA: idea.id})
        return Result(goto=Goto(FLOW, "outcome_set"))


class _ChosenIdea(moderation.OrganiserStep):
    """The idea chosen in this round, while it is still approved."""

    back_to = "outcome_idea"

    async def current(self, ctx: Context) -> Idea | None:
        idea = await ctx.session.get(Idea, ctx.data.get(_IDEA, 0))
        return idea if idea is not None and idea.status == "approved" else None

    async def gone(self, ctx: Context) -> Result:
        return Result.to(FLOW, "outcome_idea", T("organisers-moderate-gone"))


class OutcomeStep(_ChosenIdea):
    name = "outcome_set"

    async def prompt(self, ctx: Context) -> Prompt:
        idea = await self.current(ctx)
        if idea is None:
            return Prompt(T("organisers-moderate-gone"), (*_outcome_options(), _back()))
        text, _language = await ideas.idea_text(ctx.session, idea, ctx.locale)
        message = T(
            "outcomes-org-outcome",
            {
                "code": idea.code,
                "idea": text,
                "current": T("outcomes-name", {"outcome": idea.outcome or "none"}),
            },
        )
        return Prompt(message, (*_outcome_options(), _back()))

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        if reply.option not in repo.OUTCOMES:
            return Result.stay(T("input-choose-option"))
        remember(ctx, {_OUTCOME: reply.option})
        return Result(goto=Goto(FLOW, "outcome_note"))


class NoteStep(_ChosenIdea):
    name = "outcome_note"
    back_to = "outcome_set"

    async def prompt(self, ctx: Context) -> Prompt:
        message = T("outcomes-org-note", {"max": repo.NOTE_MAX_LENGTH})
        return Prompt(message, (_back(),), accepts_text=True)

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        outcome = ctx.data.get(_OUTCOME)
        if reply.text is None or outcome not in repo.OUTCOMES:
            return Result(goto=Goto(FLOW, "outcome_set"))
        note = " ".join(reply.text.split())
        if len(note) > repo.NOTE_MAX_LENGTH:
            limits = {"length": len(note), "max": repo.NOTE_MAX_LENGTH}
            return Result.stay(T("outcomes-org-note-too-long", limits))
        await repo.set_outcome(ctx.session, organiser, idea.id, outcome, note, ctx.locale, ctx.now)
        named = T("outcomes-name", {"outcome": outcome})
        saved = T("outcomes-org-saved", {"code": idea.code, "outcome": named})
        return Result.to(FLOW, "outcome_translate", saved)


class TranslateStep(_ChosenIdea, moderation.TranslateStep):
    """The note in more languages, so that more people read it in theirs; "done" goes home."""

    name = "outcome_translate"
    text_step = "outcome_translate_text"
    question = "outcomes-org-translate"
    back_label = "organisers-review-option-done"

    async def missing(self, ctx: Context, idea: Idea) -> list[str]:
        have = (await repo.notes_of(ctx.session, [idea.id])).get(idea.id, {})
        return [locale for locale in LOCALES if locale not in have]

    async def back(self, ctx: Context) -> Result:
        return Result(goto=Goto(FLOW, "home"))


class TranslateTextStep(_ChosenIdea, moderation.TranslateTextStep):
    name = "outcome_translate_text"
    choose_step = "outcome_translate"
    back_to = "outcome_translate"

    async def save(
        self, ctx: Context, organiser: Organiser, idea: Idea, locale: str, text: str
    ) -> None:
        await repo.add_note_translation(ctx.session, organiser, idea.id, locale, text, ctx.now)


def steps() -> dict[str, Step]:
    found: list[IdeaStep | moderation.OrganiserStep] = [
        IdeaStep(),
        OutcomeStep(),
        NoteStep(),
        TranslateStep(),
        TranslateTextStep(),
    ]
    return {step.name: step for step in found}
