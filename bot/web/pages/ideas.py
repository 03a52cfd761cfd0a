"""Ideas: every idea in a table, sorted, filtered and searched on the server (a link or a form
without script), a page at a time; and one idea's page with its texts, figures and history.

The numbers are the ideas' sums read by storage.ideas, the same as the matrix and the export.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.digest.text import Speaker, shorten
from bot.web.context import DASHBOARD, Dashboard
from bot.web.idea_words import IdeaWords
from bot.web.render import Words, page_locale, render, url_for
from dialogs.i18n import LOCALES
from dialogs.ideas.bank import AREAS
from storage import ideas, outcomes
from storage import organisers as repo
from storage.ideas import STATUSES, IdeaFacts, IdeaScore
from storage.models import Idea
from storage.outcomes import Outcome

PAGE_SIZE = 50
SORTS = ("code", "status", "area", "source", "ratings", "effectiveness", "ease", "quadrant")
NUMERIC = frozenset({"ratings", "effectiveness", "ease"})  # most first unless asked otherwise


def routes() -> list[web.RouteDef]:
    return [
        web.get("/ideas", listing, name="ideas"),
        web.get(r"/ideas/{idea_id:\d+}", show, name="idea"),
    ]


def words_for(request: web.Request) -> IdeaWords:
    dashboard = request.app[DASHBOARD]
    say = Words(dashboard.dialogs.translator, page_locale(request))
    return IdeaWords(say, dashboard.dialogs.config.matrix_min_ratings)


async def scores(dashboard: Dashboard) -> tuple[list[IdeaScore], dict[int, IdeaFacts]]:
    config = dashboard.dialogs.config
    async with dashboard.reader() as session:
        found = await ideas.scores_of_all_ideas(
            session, midpoint=config.matrix_midpoint, min_ratings=config.matrix_min_ratings
        )
        return found, await ideas.facts_of_ideas(session)


# --- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """What the reader asked for, from the address; anything unknown is left out, not refused."""

    text: str = ""
    status: str = ""
    area: str = ""
    source: str = ""
    sort: str = "code"
    descending: bool = False
    page: int = 1

    @classmethod
    def parse(cls, params: Mapping[str, str], sources: Collection[str]) -> Query:
        sort = params.get("sort", "code")
        page = params.get("page", "1")
        return cls(
            text=" ".join(params.get("q", "").split())[:200],
            status=_known(params.get("status", ""), STATUSES),
            area=_known(params.get("area", ""), AREAS),
            source=_known(params.get("source", ""), sources),
            sort=sort if sort in SORTS else "code",
            descending=params.get("order") == "desc",
            page=int(page) if page.isdigit() and 0 < len(page) < 7 else 1,
        )

    def params(self, **changes: Any) -> str:
        """This query's address, changed; defaults are left out, so links stay short."""
        query = replace(self, **changes)
        pairs = {
            "q": query.text,
            "status": query.status,
            "area": query.area,
            "source": query.source,
            "sort": "" if query.sort == "code" else query.sort,
            "order": "desc" if query.descending else "",
            "page": "" if query.page == 1 else str(query.page),
        }
        kept = urlencode({key: value for key, value in pairs.items() if value})
        return f"?{kept}" if kept else ""

    def sorted_by(self, column: str) -> str:
        """The link of a column's heading: sort by it, or turn the order round if it is."""
        if column == self.sort:
            return self.params(descending=not self.descending, page=1)
        return self.params(sort=column, descending=column in NUMERIC, page=1)


def _known(value: str, allowed: Collection[str]) -> str:
    return value if value in allowed else ""


@dataclass(frozen=True)
class Row:
    idea_id: int
    code: str
    text: str
    status: str
    status_label: str
    area: str
    source: str
    ratings: int
    effectiveness: str
    ease: str
    quadrant: str


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    href: str
    sort: str  # aria-sort: "ascending", "descending" or "none"
    number: bool


@dataclass(frozen=True)
class Listing:
    rows: list[Row]
    found: int
    page: int
    pages: int
    columns: list[Column]
    previous: str | None  # the previous page's query, or None on the first page
    next: str | None
    statuses: list[tuple[str, str]]  # (value, label) for the filters
    areas: list[tuple[str, str]]
    sources: list[tuple[str, str]]


async def listing(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    words = words_for(request)
    found, facts = await scores(dashboard)
    query = Query.parse(request.query, {f.source for f in facts.values()})
    chosen = [s for s in found if _matches(query, s, facts[s.idea_id])]
    if query.text:
        async with dashboard.reader() as session:
            texts = await ideas.texts_of(session, [s.idea_id for s in chosen])
        chosen = [s for s in chosen if _says(query.text, s, texts.get(s.idea_id, {}))]
    # Sorts are stable, even turned round: by code first, then by the column asked for.
    chosen.sort(key=lambda s: _natural(s.code), reverse=query.descending and query.sort == "code")
    if query.sort != "code":
        chosen.sort(key=_sort_key(query.sort, facts, words), reverse=query.descending)
    if query.sort in NUMERIC:
        # Ideas without a number yet come last, whichever way the column is sorted.
        chosen.sort(key=lambda s: _number(s, query.sort) is None)
    pages = max(1, -(-len(chosen) // PAGE_SIZE))
    query = replace(query, page=min(query.page, pages))
    shown = chosen[(query.page - 1) * PAGE_SIZE : query.page * PAGE_SIZE]
    async with dashboard.reader() as session:
        texts = await ideas.texts_of(session, [s.idea_id for s in shown])
    locale = words.say.locale
    rows = [_row(s, facts[s.idea_id], texts.get(s.idea_id, {}), words, locale) for s in shown]
    view = Listing(
        rows=rows,
        found=len(chosen),
        page=query.page,
        pages=pages,
        columns=_columns(query, words),
        previous=query.params(page=query.page - 1) if query.page > 1 else None,
        next=query.params(page=query.page + 1) if query.page < pages else None,
        statuses=[(status, words.status(status)) for status in STATUSES],
        areas=[(area, words.area(area)) for area in AREAS],
        sources=[
            (source, words.source(source)) for source in sorted({f.source for f in facts.values()})
        ],
    )
    return render(request, "ideas.html", listing=view, query=query)


def _matches(query: Query, score: IdeaScore, facts: IdeaFacts) -> bool:
    return (
        (not query.status or facts.status == query.status)
        and (not query.area or score.area == query.area)
        and (not query.source or facts.source == query.source)
    )


def _says(wanted: str, score: IdeaScore, texts: Mapping[str, str]) -> bool:
    """The words in any of the idea's languages, or its code; case and accents as typed."""
    needle = wanted.casefold()
    return needle in score.code.casefold() or any(needle in t.casefold() for t in texts.values())


def _number(score: IdeaScore, column: str) -> float | None:
    if column == "ratings":
        return score.ratings
    if column == "effectiveness":
        return score.effectiveness_mean
    return score.ease_mean


def _natural(code: str) -> tuple[tuple[int, int | str], ...]:
    """city_policy.2 before city_policy.10, p9 before p10."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", code)
    )


def _sort_key(
    column: str, facts: Mapping[int, IdeaFacts], words: IdeaWords
) -> Callable[[IdeaScore], Any]:
    """What a column sorts by; ideas equal in it keep the order of their codes."""

    def key(score: IdeaScore) -> Any:
        own = facts[score.idea_id]
        if column in NUMERIC:
            return _number(score, column) or 0.0
        if column == "status":
            return words.status(own.status)
        if column == "area":
            return words.area(score.area)
        if column == "source":
            return words.source(own.source)
        return words.quadrant(score, own.status)

    return key


def _row(
    score: IdeaScore, facts: IdeaFacts, texts: dict[str, str], words: IdeaWords, locale: str
) -> Row:
    picked = ideas.pick(texts, facts.language, locale)
    return Row(
        idea_id=score.idea_id,
        code=score.code,
        text=shorten(picked[0]) if picked else "",
        status=facts.status,
        status_label=words.status(facts.status),
        area=words.area(score.area),
        source=words.source(facts.source),
        ratings=score.ratings,
        effectiveness=words.mean(score.effectiveness_mean),
        ease=words.mean(score.ease_mean),
        quadrant=words.quadrant(score, facts.status),
    )


def _columns(query: Query, words: IdeaWords) -> list[Column]:
    labels = {
        "code": "workbook-column-code",
        "status": "dashboard-ideas-column-status",
        "area": "workbook-column-area",
        "source": "dashboard-ideas-column-source",
        "ratings": "workbook-column-ratings",
        "effectiveness": "workbook-column-effectiveness",
        "ease": "workbook-column-ease",
        "quadrant": "dashboard-column-quadrant",
    }
    columns = []
    for key in SORTS:
        sort = "none"
        if key == query.sort:
            sort = "descending" if query.descending else "ascending"
        columns.append(
            Column(key, words.say(labels[key]), query.sorted_by(key), sort, key in NUMERIC)
        )
    return columns


# --- one idea ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    language: str
    code: str  # for lang=""; empty where the language is not known
    text: str
    original: bool


@dataclass(frozen=True)
class Event:
    when: str
    what: str


@dataclass(frozen=True)
class OutcomeView:
    """What became of an approved idea, and the forms that record it."""

    current: str  # the outcome's name, or "no outcome yet"
    since: str  # its day, empty without one
    notes: list[Text]
    choices: list[tuple[str, str]]  # (outcome, its name) for the form
    missing: list[tuple[str, str]]  # (locale, language) the note has no version in yet
    max_length: int


@dataclass(frozen=True)
class IdeaPage:
    idea: Idea
    texts: list[Text]
    status: str
    reason: str
    merged_into: tuple[int, str] | None  # (id, code) of the idea it joined
    area: str
    source: str
    score: IdeaScore
    effectiveness: str
    effectiveness_sd: str
    ease: str
    ease_sd: str
    quadrant: str
    history: list[Event]
    outcome: OutcomeView | None  # None: not approved, so it cannot have one


async def show(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    config = dashboard.dialogs.config
    words = words_for(request)
    idea_id = int(request.match_info["idea_id"])
    async with dashboard.reader() as session:
        idea = await session.get(Idea, idea_id)
        if idea is None:
            raise web.HTTPNotFound()
        score = await ideas.score_of(
            session, idea_id, midpoint=config.matrix_midpoint, min_ratings=config.matrix_min_ratings
        )
        texts = (await ideas.texts_of(session, [idea_id])).get(idea_id, {})
        target = await session.get(Idea, idea.merged_into_id) if idea.merged_into_id else None
        history = await repo.idea_history(session, idea.code)
        found = await outcomes.outcomes_of(session, [idea])
        told = found[0] if found else None
    writer = dashboard.maker.writer
    speaker = Speaker(words.say.translator, words.say.locale)

    def when(moment: datetime) -> str:
        local = moment.astimezone(writer.zone)
        day = writer.spoken_day(moment, speaker)
        return words.say("dashboard-history-when", date=day, time=f"{local:%H:%M}")

    events = [Event(when(idea.created_at), _created(idea, words))]
    events += [
        Event(when(entry.at), _done(entry.action, entry.target, name, idea.code, words))
        for entry, name in history
    ]
    page = IdeaPage(
        idea=idea,
        texts=_texts(idea, texts, words),
        status=words.status(idea.status),
        reason=words.reason(idea.reject_reason) if idea.reject_reason else "",
        merged_into=(target.id, target.code) if target is not None else None,
        area=words.area(idea.area),
        source=words.source(idea.source),
        score=score,
        effectiveness=words.mean(score.effectiveness_mean),
        effectiveness_sd=words.mean(score.effectiveness_sd),
        ease=words.mean(score.ease_mean),
        ease_sd=words.mean(score.ease_sd),
        quadrant=words.quadrant(score, idea.status),
        history=events,
        outcome=_outcome(idea, told, words, lambda moment: writer.spoken_day(moment, speaker)),
    )
    return render(request, "idea.html", page=page, back=url_for(request, "ideas"))


def _outcome(
    idea: Idea, told: Outcome | None, words: IdeaWords, day: Callable[[datetime], str]
) -> OutcomeView | None:
    if idea.status != "approved":
        return None
    notes = told.notes if told is not None else {}
    return OutcomeView(
        current=words.say("outcomes-name", outcome=told.outcome if told else "none"),
        since=day(told.at) if told is not None else "",
        notes=[
            Text(words.language(locale), locale, text, locale == told.note_language)
            for locale, text in sorted(notes.items())
            if told is not None
        ],
        choices=[(name, words.say("outcomes-name", outcome=name)) for name in outcomes.OUTCOMES],
        missing=[(locale, words.language(locale)) for locale in LOCALES if locale not in notes],
        max_length=outcomes.NOTE_MAX_LENGTH,
    )


def _texts(idea: Idea, texts: dict[str, str], words: IdeaWords) -> list[Text]:
    """The original first, then the bot's languages in their order, then any other."""
    order = [idea.language, *LOCALES, *sorted(texts)]
    seen: list[str] = []
    for language in order:
        if language in texts and language not in seen:
            seen.append(language)
    return [
        Text(
            words.language(language),
            language if language in LOCALES else "",
            texts[language],
            language == idea.language,
        )
        for language in seen
    ]


def _created(idea: Idea, words: IdeaWords) -> str:
    if idea.source == ideas.PROPOSED:
        return words.say("dashboard-history-proposed")
    if idea.source == ideas.FROM_SURVEY:
        return words.say("dashboard-history-from-survey")
    return words.say("dashboard-history-seeded", source=idea.source)


def _done(action: str, target: str | None, name: str | None, code: str, words: IdeaWords) -> str:
    """One audit row in words; `code` is the idea whose history this is."""
    say = words.say
    who = name or say("dashboard-history-someone")
    kind, _, detail = action.partition(":")
    if kind == "approve":
        return say("dashboard-history-approved", name=who)
    if kind == "reject":
        return say("dashboard-history-rejected", name=who, why=words.reason(detail))
    if kind == "merge" and target == code:
        return say("dashboard-history-merged-into", name=who, into=detail)
    if kind == "merge":
        return say("dashboard-history-merged-here", name=who, merged=target or "")
    if kind == "edit":
        return say("dashboard-history-edited", name=who)
    if kind == "translate":
        return say("dashboard-history-translated", name=who, into=words.language(detail))
    if kind == "outcome":
        return say(
            "dashboard-history-outcome", name=who, outcome=say("outcomes-name", outcome=detail)
        )
    if kind == "outcome_translate":
        return say("dashboard-history-outcome-translated", name=who, into=words.language(detail))
    return say("dashboard-history-made", name=who)  # review_idea:<code>
