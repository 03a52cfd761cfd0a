"""Moderation: the waiting ideas and the survey's answers in people's own words, with the chat's
operations through the chat's own functions (dialogs.organisers.decisions), each written to the
audit log.

A form shown before someone else decided is answered kindly and changes nothing (409). Input the
operation does not allow is said in the organiser's language and changes nothing (400).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from aiohttp import web
from multidict import MultiDictProxy
from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.text import Speaker
from bot.web.context import DASHBOARD
from bot.web.idea_words import IdeaWords
from bot.web.pages.ideas import words_for
from bot.web.render import message, render, see_other, url_for
from bot.web.visitors import signed_in
from dialogs.ideas.bank import AREAS
from dialogs.organisers import decisions, review
from dialogs.organisers.moderation import MERGE_CHOICES
from storage import ideas, reviews
from storage import organisers as repo
from storage.ideas import REJECT_REASONS, IdeaError
from storage.models import Idea, Organiser

LIST_LIMIT = 50

# What the operations refuse, said to the organiser; "not_allowed" and "not_found" are a stale
# form, answered as such.
REFUSALS = {
    "bad_reason": "dashboard-moderation-bad-reason",
    "unknown_target": "dashboard-moderation-bad-target",
    "bad_target": "dashboard-moderation-bad-target",
    "empty_text": "dashboard-moderation-empty-text",
    "text_exists": "dashboard-moderation-text-exists",
    "bad_locale": "dashboard-moderation-bad-language",
    "seeded": "dashboard-moderation-seeded",
}
DONE = ("approved", "rejected", "merged", "edited", "translated", "read", "made")

Form = MultiDictProxy[str | bytes | Any]
Operation = Callable[["Decision"], Awaitable[str]]


def routes() -> list[web.RouteDef]:
    idea = r"/moderation/ideas/{idea_id:\d+}"
    answer = r"/moderation/answers/{review_id:\d+}"
    return [
        web.get("/moderation", queue, name="moderation"),
        web.get(idea, one_idea, name="moderate-idea"),
        web.post(idea + "/approve", approve, name="moderate-approve"),
        web.post(idea + "/reject", reject, name="moderate-reject"),
        web.post(idea + "/merge", merge, name="moderate-merge"),
        web.post(idea + "/edit", edit, name="moderate-edit"),
        web.post(idea + "/translate", translate, name="moderate-translate"),
        web.post(answer + "/read", mark_read, name="moderate-read"),
        web.post(answer + "/idea", make_idea, name="moderate-make-idea"),
    ]


# --- what waits ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Waiting:
    idea: Idea
    text: str
    language: str
    area: str


@dataclass(frozen=True)
class Answer:
    review_id: str
    question: str
    week: str
    text: str


async def queue(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    words = words_for(request)
    async with dashboard.reader() as session:
        waiting = await ideas.waiting_ideas(session, limit=LIST_LIMIT)
        texts = await ideas.texts_of(session, [idea.id for idea in waiting])
        counts = await ideas.ideas_by_status(session)
        answers = await reviews.waiting(session, limit=LIST_LIMIT)
        to_read = await reviews.count_waiting(session)
    speaker = Speaker(words.say.translator, words.say.locale)
    writer = dashboard.maker.writer
    return render(
        request,
        "moderation.html",
        ideas=[_waiting(idea, texts.get(idea.id, {}), words) for idea in waiting],
        waiting=counts.get("waiting", 0),
        answers=[
            Answer(
                a.review_id,
                dashboard.dialogs.translator.render(
                    words.say.locale, review.question_name(a.question_id)
                ),
                writer.spoken_day(datetime.combine(a.week, time(12), UTC), speaker),
                a.text,
            )
            for a in answers
        ],
        to_read=to_read,
        reasons=_reasons(words),
        areas=[(area, words.area(area)) for area in AREAS],
        done=_done(request),
    )


def _waiting(idea: Idea, texts: dict[str, str], words: IdeaWords) -> Waiting:
    return Waiting(
        idea, texts.get(idea.language, ""), words.language(idea.language), words.area(idea.area)
    )


def _reasons(words: IdeaWords) -> list[tuple[str, str]]:
    return [(reason, words.reason(reason)) for reason in REJECT_REASONS]


def _done(request: web.Request) -> tuple[str, str] | None:
    """What the last form did, said once above the page: (key, code of the idea)."""
    done = request.query.get("done", "")
    if done not in DONE:
        return None
    return f"dashboard-moderation-done-{done}", request.query.get("code", "")[:64]


@dataclass(frozen=True)
class OneIdea:
    waiting: Waiting
    decided: bool  # no longer waiting: made from survey words, only translations remain
    others: list[tuple[str, str]]  # (language, text) beside the original
    missing: list[tuple[str, str]]  # (code, name) of the languages it has no text in
    targets: list[tuple[str, str]]  # (code, label) of likely ideas to merge into


async def one_idea(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    words = words_for(request)
    idea_id = int(request.match_info["idea_id"])
    locale = words.say.locale
    async with dashboard.reader() as session:
        idea = await session.get(Idea, idea_id)
        if idea is None:
            raise web.HTTPNotFound()
        if idea.status != decisions.WAITING and not decisions.just_made_from_survey(idea):
            return _stale(request, idea, words)
        targets = await repo.approved_ideas_in_area(session, idea.area, MERGE_CHOICES)
        texts = await ideas.texts_of(session, [idea.id, *(t.id for t in targets)])
    own = texts.get(idea.id, {})
    view = OneIdea(
        waiting=_waiting(idea, own, words),
        decided=idea.status != decisions.WAITING,
        others=[
            (words.language(lang), text) for lang, text in own.items() if lang != idea.language
        ],
        missing=[(lang, words.language(lang)) for lang in decisions.missing_languages(own)],
        targets=[
            (t.code, f"{t.code}: {picked[0]}")
            for t in targets
            if (picked := ideas.pick(texts.get(t.id, {}), t.language, locale)) is not None
        ],
    )
    return render(
        request,
        "moderate_idea.html",
        view=view,
        reasons=_reasons(words),
        max_length=dashboard.dialogs.config.idea_max_length,
        done=_done(request),
    )


def _stale(request: web.Request, idea: Idea, words: IdeaWords) -> web.Response:
    status = words.status(idea.status)
    return message(
        request,
        "dashboard-moderation-conflict-title",
        ("dashboard-moderation-conflict", {"code": idea.code, "status": status}),
        status=409,
        template="moderation_message.html",
    )


# --- deciding -----------------------------------------------------------------------------------


async def _decide(request: web.Request, operation: Operation, *, then: str) -> web.Response:
    """Run an operation on a waiting idea in one transaction; on to `then` ("moderation", or
    the idea's own page) with a word on what was done."""
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    words = words_for(request)
    idea_id = int(request.match_info["idea_id"])
    form = await request.post()
    translating = operation is _translate
    try:
        async with dashboard.dialogs.sessionmaker() as session, session.begin():
            idea = await decisions.idea_to_decide(session, idea_id)
            if idea is None:
                raise web.HTTPNotFound()
            open_to_it = idea.status == decisions.WAITING or (
                translating and decisions.just_made_from_survey(idea)
            )
            if not open_to_it:
                return _stale(request, idea, words)
            organiser = await session.get(Organiser, visitor.organiser_id)
            assert organiser is not None  # the session was checked on this request
            limit = dashboard.dialogs.config.idea_max_length
            done = await operation(Decision(session, organiser, idea, form, dashboard.now, limit))
            code = idea.code
    except IdeaError as error:
        if error.code in ("not_allowed", "not_found"):
            async with dashboard.reader() as session:
                idea = await session.get(Idea, idea_id)
            if idea is None:
                raise web.HTTPNotFound() from error
            return _stale(request, idea, words)
        return message(
            request,
            "dashboard-moderation-refused-title",
            REFUSALS.get(error.code, "dashboard-moderation-cannot"),
            status=400,
            template="moderation_message.html",
        )
    if then == "moderation":
        location = url_for(request, "moderation")
    else:
        location = url_for(request, "moderate-idea", idea_id=str(idea_id))
    return see_other(f"{location}?done={done}&code={code}")


@dataclass(frozen=True)
class Decision:
    """What an operation on one idea is given, inside the request's transaction."""

    session: AsyncSession
    organiser: Organiser
    idea: Idea
    form: Form
    now: datetime
    max_length: int  # IDEA_MAX_LENGTH, as in the chat

    @property
    def text(self) -> str:
        return str(self.form.get("text", ""))


async def _approve(d: Decision) -> str:
    await decisions.approve(d.session, d.organiser, d.idea.id, d.now)
    return "approved"


async def _reject(d: Decision) -> str:
    await decisions.reject(d.session, d.organiser, d.idea.id, str(d.form.get("reason", "")), d.now)
    return "rejected"


async def _merge(d: Decision) -> str:
    # A code typed in the field wins over the one chosen from the list.
    code = str(d.form.get("code", "")).strip() or str(d.form.get("into", "")).strip()
    await decisions.merge(d.session, d.organiser, d.idea.id, code, d.now)
    return "merged"


async def _edit(d: Decision) -> str:
    await decisions.edit(d.session, d.organiser, d.idea, d.text, d.now, d.max_length)
    return "edited"


async def _translate(d: Decision) -> str:
    locale = str(d.form.get("language", ""))
    await decisions.translate(d.session, d.organiser, d.idea, locale, d.text, d.now, d.max_length)
    return "translated"


async def approve(request: web.Request) -> web.Response:
    return await _decide(request, _approve, then="moderation")


async def reject(request: web.Request) -> web.Response:
    return await _decide(request, _reject, then="moderation")


async def merge(request: web.Request) -> web.Response:
    return await _decide(request, _merge, then="moderation")


async def edit(request: web.Request) -> web.Response:
    return await _decide(request, _edit, then="idea")


async def translate(request: web.Request) -> web.Response:
    return await _decide(request, _translate, then="idea")


# --- answers in people's own words ---------------------------------------------------------------


def _answer_gone(request: web.Request) -> web.Response:
    return message(
        request,
        "dashboard-moderation-conflict-title",
        "dashboard-moderation-answer-gone",
        status=409,
        template="moderation_message.html",
    )


async def mark_read(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        organiser = await session.get(Organiser, visitor.organiser_id)
        assert organiser is not None
        read = await decisions.mark_read(
            session, organiser, request.match_info["review_id"], dashboard.now
        )
    if read is None:
        return _answer_gone(request)
    return see_other(url_for(request, "moderation") + "?done=read")


async def make_idea(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    visitor = signed_in(request)
    area = (await request.post()).get("area")
    if area not in AREAS:
        return message(
            request,
            "dashboard-moderation-refused-title",
            "dashboard-moderation-bad-area",
            status=400,
            template="moderation_message.html",
        )
    async with dashboard.dialogs.sessionmaker() as session, session.begin():
        text = await reviews.text_to_read(session, request.match_info["review_id"])
        organiser = await session.get(Organiser, visitor.organiser_id)
        assert organiser is not None
        made = None
        if text is not None:
            made = await decisions.make_idea(
                session,
                organiser,
                text,
                str(area),
                review.dimensions(text.question_id),
                dashboard.now,
            )
    if made is None or made.idea is None:
        return _answer_gone(request)
    # On to the new idea, where translations let more participants read it.
    location = url_for(request, "moderate-idea", idea_id=str(made.idea.id))
    return see_other(f"{location}?done=made&code={made.idea.code}")
