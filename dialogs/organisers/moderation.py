"""Moderation: the waiting ideas one by one — approve, reject, merge, fix typos, translate."""

from __future__ import annotations

from dialogs.flow import Context, Goto, OptionSpec, Prompt, Reply, Result, Step
from dialogs.i18n import LOCALES, T
from dialogs.organisers import decisions
from dialogs.organisers.role import FLOW, organiser_of, record, refuse
from dialogs.rights import LANGUAGE_NAMES
from dialogs.text import shorten
from storage import ideas
from storage import organisers as repo
from storage.ideas import REJECT_REASONS, IdeaError
from storage.models import Idea, Organiser

ACTIONS = ("approve", "reject", "merge", "edit", "translate", "skip", "stop")
MERGE_CHOICES = 6
LABEL_LENGTH = 60

_IDEA = "org_idea"
_SKIPPED = "org_skipped"
_LOCALE = "org_locale"


def _back() -> OptionSpec:
    return OptionSpec("back", T("organisers-option-back"))


def _remember(ctx: Context, **values: object) -> None:
    ctx.state.data = {**ctx.data, **values}


async def begin(ctx: Context, organiser: Organiser) -> Result:
    record(ctx, organiser, "moderate")
    _remember(ctx, **{_SKIPPED: []})
    return await advance(ctx)


async def advance(ctx: Context, *said: T) -> Result:
    """On to the oldest waiting idea not skipped in this round; home when there is none."""
    skipped = set(ctx.data.get(_SKIPPED, []))
    for idea in await ideas.waiting_ideas(ctx.session, limit=len(skipped) + 1):
        if idea.id not in skipped:
            _remember(ctx, **{_IDEA: idea.id})
            return Result.to(FLOW, "moderate", *said)
    return Result.to(FLOW, "home", *said, T("organisers-moderate-none"))


async def _current(ctx: Context) -> Idea | None:
    return await decisions.waiting_idea(ctx.session, ctx.data.get(_IDEA, 0))


def _in_language(texts: dict[str, str], *preferred: str) -> str:
    for language in (*preferred, *sorted(texts)):
        if language in texts:
            return texts[language]
    return ""


def short(text: str) -> str:
    return shorten(text, LABEL_LENGTH)


class OrganiserStep:
    """Checks the role before acting on any answer, a button included.

    The idea in hand, where "back" leads and what follows an idea gone meanwhile are the
    moderation queue's; the survey review reuses the translation steps with its own.
    """

    name = ""
    back_to = "moderate"  # where "back" leads, and where a finished correction returns

    async def current(self, ctx: Context) -> Idea | None:
        return await _current(ctx)

    async def back(self, ctx: Context) -> Result:
        return Result(goto=Goto(FLOW, self.back_to))

    async def gone(self, ctx: Context) -> Result:
        return await advance(ctx, T("organisers-moderate-gone"))

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.{self.name}")
        idea = await self.current(ctx)
        if idea is None:
            return await self.gone(ctx)
        if reply.option == "back":
            return await self.back(ctx)
        try:
            return await self.act(ctx, organiser, idea, reply)
        except IdeaError as error:
            if error.code in ("not_found", "not_allowed"):
                return await self.gone(ctx)
            return Result.stay(T("organisers-moderate-cannot"))

    async def prompt(self, ctx: Context) -> Prompt:
        raise NotImplementedError

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        raise NotImplementedError


class ModerateStep(OrganiserStep):
    name = "moderate"

    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(a, T(f"organisers-moderate-option-{a}")) for a in ACTIONS)
        idea = await _current(ctx)
        if idea is None or await organiser_of(ctx) is None:
            return Prompt(T("organisers-moderate-gone"), options)
        texts = (await ideas.texts_of(ctx.session, [idea.id])).get(idea.id, {})
        waiting = (await ideas.ideas_by_status(ctx.session)).get("waiting", 0)
        message = T(
            "organisers-moderate-idea",
            {
                "code": idea.code,
                "area": T(f"area-{idea.area}"),
                "language": LANGUAGE_NAMES.get(idea.language, idea.language),
                "waiting": waiting,
                "text": texts.get(idea.language, ""),
            },
        )
        return Prompt(message, options)

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        if reply.option == "approve":
            await decisions.approve(ctx.session, organiser, idea.id, ctx.now)
            return await advance(ctx, T("organisers-approved", {"code": idea.code}))
        if reply.option == "skip":
            _remember(ctx, **{_SKIPPED: [*ctx.data.get(_SKIPPED, []), idea.id]})
            return await advance(ctx)
        if reply.option == "stop":
            return Result(goto=Goto(FLOW, "home"))
        if reply.option == "translate" and not await _missing_languages(ctx, idea):
            return Result.stay(T("organisers-translate-complete"))
        return Result(goto=Goto(FLOW, str(reply.option)))


async def _missing_languages(ctx: Context, idea: Idea) -> list[str]:
    texts = await ideas.texts_of(ctx.session, [idea.id])
    return decisions.missing_languages(texts.get(idea.id, {}))


class RejectStep(OrganiserStep):
    name = "reject"

    async def prompt(self, ctx: Context) -> Prompt:
        reasons = tuple(
            OptionSpec(r, T(f"organisers-reason-{r.replace('_', '-')}")) for r in REJECT_REASONS
        )
        return Prompt(T("organisers-reject-choose"), (*reasons, _back()))

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        reason = str(reply.option)
        await decisions.reject(ctx.session, organiser, idea.id, reason, ctx.now)
        return await advance(ctx, T("organisers-rejected", {"code": idea.code}))


class MergeStep(OrganiserStep):
    """Into an approved idea: one from a short list of the same area, or any typed by its code."""

    name = "merge"

    async def prompt(self, ctx: Context) -> Prompt:
        idea = await _current(ctx)
        choices: list[OptionSpec] = []
        if idea is not None:
            chosen = await repo.approved_ideas_in_area(ctx.session, idea.area, MERGE_CHOICES)
            texts = await ideas.texts_of(ctx.session, [target.id for target in chosen])
            for target in chosen:
                text = _in_language(texts.get(target.id, {}), ctx.locale, target.language)
                choices.append(OptionSpec(target.code, T.raw(f"{target.code}: {short(text)}")))
        return Prompt(T("organisers-merge-choose"), (*choices, _back()), accepts_text=True)

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        code = reply.option or reply.text or ""
        try:
            _merged, target = await decisions.merge(ctx.session, organiser, idea.id, code, ctx.now)
        except IdeaError as error:
            if error.code != "unknown_target":
                raise
            return Result.stay(T("organisers-merge-unknown"))
        return await advance(ctx, T("organisers-merged", {"code": idea.code, "into": target.code}))


class EditStep(OrganiserStep):
    """Typos in the idea's own words, in the language it was written in."""

    name = "edit"

    async def prompt(self, ctx: Context) -> Prompt:
        return Prompt(T("organisers-edit-prompt"), (_back(),), accepts_text=True)

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        if reply.text is None:
            return Result.stay()
        limit = ctx.config.idea_max_length
        await decisions.edit(ctx.session, organiser, idea, reply.text, ctx.now, limit)
        return Result.to(FLOW, "moderate", T("organisers-edited"))


class TranslateStep(OrganiserStep):
    name = "translate"
    text_step = "translate_text"
    question = "organisers-translate-choose"
    back_label = "organisers-option-back"

    async def missing(self, ctx: Context, idea: Idea) -> list[str]:
        """The languages the text being translated has no version in yet."""
        return await _missing_languages(ctx, idea)

    async def prompt(self, ctx: Context) -> Prompt:
        idea = await self.current(ctx)
        missing = await self.missing(ctx, idea) if idea is not None else []
        options = tuple(OptionSpec(locale, T.raw(LANGUAGE_NAMES[locale])) for locale in missing)
        back = OptionSpec("back", T(self.back_label))
        return Prompt(T(self.question), (*options, back))

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        _remember(ctx, **{_LOCALE: reply.option})
        return Result(goto=Goto(FLOW, self.text_step))


class TranslateTextStep(OrganiserStep):
    name = "translate_text"
    choose_step = "translate"

    async def prompt(self, ctx: Context) -> Prompt:
        language = LANGUAGE_NAMES.get(ctx.data.get(_LOCALE, ""), "")
        message = T("organisers-translate-prompt", {"language": language})
        return Prompt(message, (_back(),), accepts_text=True)

    async def act(self, ctx: Context, organiser: Organiser, idea: Idea, reply: Reply) -> Result:
        locale = ctx.data.get(_LOCALE)
        if reply.text is None or locale not in LOCALES:
            return Result(goto=Goto(FLOW, self.choose_step))
        await self.save(ctx, organiser, idea, locale, reply.text)
        return Result.to(FLOW, self.back_to, T("organisers-translated"))

    async def save(
        self, ctx: Context, organiser: Organiser, idea: Idea, locale: str, text: str
    ) -> None:
        limit = ctx.config.idea_max_length
        await decisions.translate(ctx.session, organiser, idea, locale, text, ctx.now, limit)


def steps() -> dict[str, Step]:
    found: list[OrganiserStep] = [
        ModerateStep(),
        RejectStep(),
        MergeStep(),
        EditStep(),
        TranslateStep(),
        TranslateTextStep(),
    ]
    return {step.name: step for step in found}
