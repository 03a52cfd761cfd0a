"""Overview: the digest's figures for the period running now, with the change since the last
digest. The figures are the digest's own (bot.digest.data.gather, its suppression included) and
are worded with the digest's helpers; this page only lays them out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.digest.data import BREAKDOWNS, DigestData
from bot.digest.text import TOP_NEEDS, DigestWriter, Speaker, idea_text, shorten
from bot.web.context import DASHBOARD
from bot.web.render import page_locale, render
from dialogs.disclosure import mask
from dialogs.places import District
from dialogs.rights import LANGUAGE_NAMES
from storage.ideas import QUADRANTS, IdeaScore
from storage.participation import NOT_STATED


def routes() -> list[web.RouteDef]:
    return [web.get("/", show, name="overview")]


@dataclass(frozen=True)
class Figure:
    key: str  # names the figure for tests and styles
    label: str
    value: int
    change: str  # what changed since the last digest; empty where the digest says nothing


@dataclass(frozen=True)
class Group:
    """One attribute's breakdown as a reader may see it."""

    attribute: str
    heading: str
    rows: tuple[tuple[str, str], ...]  # (label, shown count)
    instead: str  # said in place of the rows: nobody yet, or withheld; else empty


@dataclass(frozen=True)
class DimensionRow:
    position: int
    dimension: str
    name: str
    mean: str
    change: str
    respondents: int
    needs: tuple[tuple[str, str], ...]  # (need, shown count)


@dataclass(frozen=True)
class IdeaRow:
    code: str
    area: str
    text: str
    effectiveness: str
    ease: str
    ratings: int


@dataclass(frozen=True)
class Overview:
    period: str
    figures: tuple[Figure, ...]
    groups: tuple[Group, ...]
    suppressed: bool  # any group hides a count: the note explaining "<10" is shown
    dimensions: tuple[DimensionRow, ...]
    quadrants: tuple[tuple[str, int], ...]
    unplaced: int
    leading: tuple[tuple[str, tuple[IdeaRow, ...]], ...]  # (heading, ideas) for WOW and HOW
    moved: str


async def show(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    data = await dashboard.figures()
    locale = page_locale(request)
    districts = {d.id: d for d in dashboard.dialogs.config.districts}
    overview = build(data, dashboard.maker.writer, locale, districts)
    return render(request, "overview.html", overview=overview, min=data.config.min_count)


def build(
    data: DigestData, writer: DigestWriter, locale: str, districts: dict[str, District]
) -> Overview:
    say = Speaker(writer.translator, locale)
    groups = tuple(
        _group(data, attribute, say, _labeller(data, attribute, say, locale, districts))
        for attribute in BREAKDOWNS
    )
    return Overview(
        period=say(
            "dashboard-overview-period",
            since=writer.spoken_day(data.period.since, say),
            until=writer.spoken_day(data.period.until, say),
        ),
        figures=_figures(data, say),
        groups=groups,
        suppressed=any(b.suppressed for b in data.participation.breakdowns.values()),
        dimensions=tuple(
            DimensionRow(
                position=position,
                dimension=d.dimension,
                name=say(f"dimension-{d.dimension}"),
                mean=say("dashboard-mean", mean=d.mean or 0.0),
                change=writer.change(d, say),
                respondents=d.respondents,
                needs=tuple(
                    (say(writer.need_label(d.dimension, need)), mask(people, data.config.min_count))
                    for need, people in d.needs[:TOP_NEEDS]
                ),
            )
            for position, d in enumerate(data.survey.dimensions, 1)
        ),
        quadrants=tuple((q, data.matrix.per_quadrant[q]) for q in QUADRANTS),
        unplaced=data.matrix.unplaced,
        leading=tuple(
            (say(heading), tuple(_idea(data, score, say, locale) for score in scores))
            for heading, scores in (
                ("dashboard-leading-wow", data.matrix.leading_wow),
                ("dashboard-leading-how", data.matrix.leading_how),
            )
            if scores
        ),
        moved=", ".join(
            say("digest-moved-idea", code=m.score.code, before=m.previous, after=m.score.quadrant)
            for m in data.matrix.moved
        ),
    )


def _figures(data: DigestData, say: Speaker) -> tuple[Figure, ...]:
    def since(count: int) -> str:
        return say("dashboard-change-since-digest", count=count)

    by_status = data.ideas.by_status
    return (
        Figure(
            "participants",
            say("dashboard-figure-participants"),
            data.participation.total,
            since(data.participation.new),
        ),
        Figure(
            "completed",
            say("dashboard-figure-completed"),
            data.survey.completed_total,
            since(data.survey.completed),
        ),
        Figure("ratings", say("dashboard-figure-ratings"), data.ratings, since(data.ratings_new)),
        Figure(
            "approved",
            say("dashboard-figure-approved"),
            by_status.get("approved", 0),
            since(data.ideas.approved),
        ),
        Figure(
            "waiting",
            say("dashboard-figure-waiting"),
            by_status.get("waiting", 0),
            say("dashboard-change-proposed", count=data.ideas.proposed),
        ),
        Figure("to-read", say("dashboard-figure-to-read"), data.survey.to_read, ""),
    )


def _labeller(
    data: DigestData,
    attribute: str,
    say: Speaker,
    locale: str,
    districts: dict[str, District],
) -> Callable[[str], str]:
    not_stated = say("digest-no-campaign" if attribute == "campaign" else "digest-not-stated")

    def label(value: str) -> str:
        if value == NOT_STATED:
            return not_stated
        if attribute == "language":
            return LANGUAGE_NAMES.get(value, value)
        if attribute == "campaign":
            return data.participation.campaign_names.get(value, value)
        if attribute == "district":
            district = districts.get(value)
            return district.name(locale) if district is not None else value
        return say(f"workbook-migration-{value}")

    return label


def _group(data: DigestData, attribute: str, say: Speaker, label: Callable[[str], str]) -> Group:
    breakdown = data.participation.breakdowns[attribute]
    heading = say(f"workbook-by-{attribute}")
    if breakdown.total == 0:
        return Group(attribute, heading, (), say("digest-nobody-yet"))
    if breakdown.withheld:
        return Group(attribute, heading, (), say("digest-breakdown-withheld"))
    rows = tuple((label(value), shown) for value, shown in breakdown.display())
    return Group(attribute, heading, rows, "")


def _idea(data: DigestData, score: IdeaScore, say: Speaker, locale: str) -> IdeaRow:
    return IdeaRow(
        code=score.code,
        area=say(f"area-{score.area}"),
        text=shorten(idea_text(data, score.idea_id, locale)),
        effectiveness=say("dashboard-mean", mean=score.effectiveness_mean or 0.0),
        ease=say("dashboard-mean", mean=score.ease_mean or 0.0),
        ratings=score.ratings,
    )
