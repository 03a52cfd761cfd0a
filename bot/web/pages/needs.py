"""Needs: how hard each dimension is and the needs people chose most, as bar charts, for
everyone or for a group picked by campaign, language, district and experience of migration.

The figures are the digest's own (bot.digest.data.group_survey), through its disclosure control:
a group too small to show, or one its neighbours would give away, is "fewer than k" and nothing
more; a count below k is "<k" and gets no bar.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields

from aiohttp import web
from markupsafe import Markup

from bot.digest.data import Dimension, group_survey
from bot.digest.text import TOP_NEEDS, Speaker
from bot.web.bars_svg import Mean, distribution_svg, means_svg, needs_svg
from bot.web.context import DASHBOARD
from bot.web.render import page_locale, render
from dialogs.i18n import LOCALES
from dialogs.rights import LANGUAGE_NAMES
from storage import participation
from storage.participation import Attribute, Group

MIGRATION = ("yes", "no", "undisclosed")


def routes() -> list[web.RouteDef]:
    return [web.get("/needs", show, name="needs")]


@dataclass(frozen=True)
class Filter:
    """One of the page's choices: the attribute, its label's key, and (value, words) pairs."""

    attribute: Attribute
    label: str
    options: tuple[tuple[str, str], ...]
    chosen: str


def chosen_group(params: Mapping[str, str], allowed: Mapping[str, Collection[str]]) -> Group:
    """The group the address asks for; an unknown value is left out, as on the ideas page."""
    picked = {
        field.name: value
        for field in fields(Group)
        if (value := params.get(field.name, "")) and value in allowed[field.name]
    }
    return Group(**picked)


@dataclass(frozen=True)
class Chart:
    heading: str
    dimension: str
    difficulty: Markup
    needs: Markup


async def show(request: web.Request) -> web.Response:
    dashboard = request.app[DASHBOARD]
    config = dashboard.dialogs.config
    locale = page_locale(request)
    say = Speaker(dashboard.dialogs.translator, locale)
    async with dashboard.reader() as session:
        campaigns = await participation.campaigns(session)
        options: dict[Attribute, tuple[tuple[str, str], ...]] = {
            "campaign": tuple((c.code, f"{c.name} ({c.code})") for c in campaigns),
            "language": tuple((code, LANGUAGE_NAMES[code]) for code in LOCALES),
            "district": tuple((d.id, d.name(locale)) for d in config.districts),
            "migration": tuple((value, say(f"workbook-migration-{value}")) for value in MIGRATION),
        }
        group = chosen_group(
            request.query, {name: [value for value, _ in pairs] for name, pairs in options.items()}
        )
        figures = await group_survey(session, group, dashboard.maker.config)
    chosen = group.chosen()
    filters = [
        Filter(attribute, f"dashboard-filter-{attribute}", pairs, chosen.get(attribute, ""))
        for attribute, pairs in options.items()
    ]
    return render(
        request,
        "needs.html",
        filters=filters,
        narrowed=bool(chosen),
        withheld=figures.withheld,
        respondents=figures.respondents,
        means=_means(figures.dimensions, say, figures.min_count) if figures.dimensions else "",
        charts=[_charts(d, say, dashboard.maker.writer.need_label) for d in figures.dimensions],
        min=figures.min_count,
    )


def _means(dimensions: tuple[Dimension, ...], say: Speaker, min_count: int) -> Markup:
    means = [Mean(say(f"dimension-{d.dimension}"), d.mean, d.respondents) for d in dimensions]
    return Markup(
        means_svg(
            means, min_count=min_count, translator=say.translator, locale=say.locale, ids="means"
        )
    )


def _charts(d: Dimension, say: Speaker, need_label: Callable[[str, str], str]) -> Chart:
    name = say(f"dimension-{d.dimension}")
    # The charts are made with ElementTree, which escapes every text (bot.web.svg).
    return Chart(
        heading=name,
        dimension=d.dimension,
        difficulty=Markup(
            distribution_svg(
                d.distribution,
                dimension=name,
                mean=d.mean,
                translator=say.translator,
                locale=say.locale,
                ids=f"difficulty-{d.dimension}",
            )
        ),
        needs=Markup(
            needs_svg(
                d.needs,
                dimension=name,
                label=lambda need: say(need_label(d.dimension, need)),
                translator=say.translator,
                locale=say.locale,
                ids=f"needs-{d.dimension}",
                top=TOP_NEEDS,
            )
        ),
    )
