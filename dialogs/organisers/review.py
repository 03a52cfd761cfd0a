"""Reading the survey's free-text answers one by one: mark read, or turn into an idea.

An organiser sees the words (masked when they were given), the question's name and the week,
and nothing about the person who wrote them. The audit log names the review id, never the words.
"""

from __future__ import annotations

from datetime import date

from dialogs.flow import Context, Goto, OptionSpec, Prompt, Reply, Result, Step
from dialogs.i18n import T
from dialogs.ideas.bank import AREAS
from dialogs.ideas.common import area_options, remember
from dialogs.organisers import decisions, moderation
from dialogs.organisers.role import FLOW, organiser_of, record, refuse
from dialogs.survey.flow import default_survey
from storage import reviews
from storage.models import Idea, Organiser
from storage.reviews import TextToRead

ACTIONS = ("read", "idea", "next", "stop")

_TEXT = "org_review"
_PASSED = "org_review_passed"
_IDEA = "org_review_idea"


async def begin(ctx: Context, organiser: Organiser) -> Result:
    record(ctx, organiser, "review")
    remember(ctx, {_PASSED: []})
    return await advance(ctx)


async def advance(ctx: Context, *said: T) -> Result:
    """On to the oldest words not read and not passed over in this round; home when none."""
    passed = list(ctx.data.get(_PASSED, []))
    for text in await reviews.waiting(ctx.session, limit=1, leaving_out=passed):
        remember(ctx, {_TEXT: text.review_id})
        return Result.to(FLOW, "review", *said)
    return Result.to(FLOW, "home", *said, T("organisers-review-none"))


async def _current(ctx: Context) -> TextToRead | None:
    return await reviews.text_to_read(ctx.session, str(ctx.data.get(_TEXT, "")))


def question_name(question_id: str) -> T:
    question = default_survey().question(question_id)
    if question is None:  # a question since removed from the survey file
        return T("organisers-review-question-removed")
    return T(question.short)


def _day(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def dimensions(question_id: str) -> list[str]:
    question = default_survey().question(question_id)
    return [question.dimension] if question is not None and question.dimension else []


class _ReviewStep:
    """Checks the role before acting on any answer, a button included."""

    name = ""

    async def receive(self, ctx: Context, reply: Reply) -> Result:
        organiser = await organiser_of(ctx)
        if organiser is None:
            return await refuse(ctx, f"{FLOW}.{self.name}")
        text = await _current(ctx)
        if text is None:
            return await advance(ctx, T("organisers-review-gone"))
        return await self.act(ctx, organiser, text, reply)

    async def prompt(self, ctx: Context) -> Prompt:
        raise NotImplementedError

    async def act(
        self, ctx: Context, organiser: Organiser, text: TextToRead, reply: Reply
    ) -> Result:
        raise NotImplementedError


class ReviewStep(_ReviewStep):
    name = "review"

    async def prompt(self, ctx: Context) -> Prompt:
        options = tuple(OptionSpec(a, T(f"organisers-review-option-{a}")) for a in ACTIONS)
        text = await _current(ctx)
        if text is None or await organiser_of(ctx) is None:
            return Prompt(T("organisers-review-gone"), options)
        message = T(
            "organisers-review-text",
            {
                "question": question_name(text.question_id),
                "week": _day(text.week),
                "waiting": await reviews.count_waiting(ctx.session),
                "text": text.text,
            },
        )
        return Prompt(message, options)

    async def act(
        self, ctx: Context, organiser: Organiser, text: TextToRead, reply: Reply
    ) -> Result:
        if reply.option == "read":
            if await decisions.mark_read(ctx.session, organiser, text.review_id, ctx.now) is None:
                return await advance(ctx, T("organisers-review-gone"))
            return await advance(ctx, T("organisers-review-marked"))
        if reply.option == "idea":
            return Result(goto=Goto(FLOW, "review_area"))
        if reply.option == "next":
            remember(ctx, {_PASSED: [*ctx.data.get(_PASSED, []), text.review_id]})
            return await advance(ctx)
        return Result(goto=Goto(FLOW, "home"))


class AreaStep(_ReviewStep):
    """The new idea's area; it joins the bank approved, in the words as they were written."""

    name = "review_area"

    async def prompt(self, ctx: Context) -> Prompt:
        back = OptionSpec("back", T("organisers-option-back"))
        return Prompt(T("organisers-review-area"), (*area_options(), back))

    async def act(
        self, ctx: Context, organiser: Organiser, text: TextToRead, reply: Reply
    ) -> Result:
        if reply.option not in AREAS:
            return Result(goto=Goto(FLOW, "review"))
        made = await decisions.make_idea(
            ctx.session, organiser, text, str(reply.option), dimensions(text.question_id), ctx.now
        )
        if made is None or made.idea is None:
            return await advance(ctx, T("organisers-review-gone"))
        idea = made.idea
        remember(ctx, {_IDEA: idea.id})
        added = T(
            "organisers-review-idea-added", {"code": idea.code, "area": T(f"area-{idea.area}")}
        )
        return Result.to(FLOW, "review_translate", added)


class _NewIdea:
    """The moderation's translation steps, on the idea just made from an answer."""

    async def current(self, ctx: Context) -> Idea | None:
        idea = await ctx.session.get(Idea, ctx.data.get(_IDEA, 0))
        return idea if decisions.just_made_from_survey(idea) else None

    async def gone(self, ctx: Context) -> Result:
        return await advance(ctx, T("organisers-moderate-gone"))


class TranslateStep(_NewIdea, moderation.TranslateStep):
    """Texts in more languages, so that more participants can read the idea; "done" moves on."""

    name = "review_translate"
    text_step = "review_translate_text"
    question = "organisers-review-translate"
    back_label = "organisers-review-option-done"

    async def back(self, ctx: Context) -> Result:
        return await advance(ctx)


class TranslateTextStep(_NewIdea, moderation.TranslateTextStep):
    name = "review_translate_text"
    choose_step = "review_translate"
    back_to = "review_translate"


def steps() -> dict[str, Step]:
    return {
        "review": ReviewStep(),
        "review_area": AreaStep(),
        "review_translate": TranslateStep(),
        "review_translate_text": TranslateTextStep(),
    }
