"""The HOW-WOW-POW-NOW matrix as SVG made on the server, for the dashboard and the projector.

Each idea with enough ratings is a point at (mean ease, mean effectiveness), its size growing with
its number of ratings, inside a link to the idea's page. The link's <title> carries the idea's
text in the organiser's language and its figures, so hovering or tapping a point shows them; its
data- attributes carry the same figures for the page's own script. An idea with fewer ratings
than the minimum is never drawn: `not_enough_ratings` lists it, without its means.

The drawing is role="img"; the <svg> around it is a group, because an image's children are
hidden from assistive technology and the points are links a keyboard must reach.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from sqlalchemy.ext.asyncio import AsyncSession

from bot.export import DECIMALS
from bot.web.svg import INK, LINE, MUTED, Attributes, document, lines, number, sub, wrap, write
from dialogs.i18n import Translator
from storage import ideas as repo
from storage.ideas import QUADRANTS, UNDETERMINED, IdeaScore

WIDTH, HEIGHT = 480, 540
# The plot's square and the scale it shows (1-5, with a little room for points at the ends).
LEFT, TOP, SIDE = 62, 12, 404
LOW, HIGH = 0.85, 5.15
RADIUS = (5.0, 17.0)  # the least and the most rated idea's point
# Point and label colours, dark enough for text on the quadrants' tints (4.5:1 and more).
COLOURS = {"WOW": "#17692f", "HOW": "#1d5394", "NOW": "#7a4a00", "POW": "#4f4f4f"}
TINTS = {"WOW": "#eef6f0", "HOW": "#eef3fa", "NOW": "#fbf4ea", "POW": "#f4f4f4"}


_Say = Callable[..., str]  # a message key and its arguments -> the reader's words


@dataclass(frozen=True)
class MatrixIdea:
    """An idea's figures with its text in the reader's language (or its own, `language`)."""

    score: IdeaScore
    text: str
    language: str


@dataclass(frozen=True)
class Unplaced:
    """An idea still short of ratings: what the page may say about it, and no means."""

    idea_id: int
    code: str
    area: str
    ratings: int
    text: str
    language: str


async def with_texts(
    session: AsyncSession, scores: Sequence[IdeaScore], locale: str
) -> list[MatrixIdea]:
    """The scores (the matrix's, or a workshop's share of it) with each idea's text to show."""
    ideas = await repo.ideas_by_id(session, [score.idea_id for score in scores])
    texts = await repo.texts_of(session, list(ideas))
    found = []
    for score in scores:
        text, language = repo.pick_text(ideas[score.idea_id], texts.get(score.idea_id, {}), locale)
        found.append(MatrixIdea(score, text, language))
    return found


def placeable(score: IdeaScore, min_ratings: int) -> bool:
    return (
        score.quadrant is not None
        and score.ratings >= min_ratings
        and score.effectiveness_mean is not None
        and score.ease_mean is not None
    )


def not_enough_ratings(ideas: Iterable[MatrixIdea], min_ratings: int) -> list[Unplaced]:
    """The ideas the matrix leaves out, nearest to being placed first."""
    waiting = [
        Unplaced(
            idea.score.idea_id,
            idea.score.code,
            idea.score.area,
            idea.score.ratings,
            idea.text,
            idea.language,
        )
        for idea in ideas
        if not placeable(idea.score, min_ratings)
    ]
    return sorted(waiting, key=lambda idea: (-idea.ratings, idea.idea_id))


def matrix_svg(
    ideas: Sequence[MatrixIdea],
    *,
    translator: Translator,
    locale: str,
    midpoint: float,
    min_ratings: int,
    ids: str = "matrix",
    link: str = "/ideas/{idea_id}",
) -> str:
    """The matrix in `locale`; the same ideas give the same text, byte for byte."""

    def say(key: str, **args: object) -> str:
        return translator(locale, key, **args)

    placed = [idea for idea in ideas if placeable(idea.score, min_ratings)]
    counts = {q: sum(1 for idea in placed if idea.score.quadrant == q) for q in QUADRANTS}
    if placed:
        description = say(
            "chart-matrix-description",
            placed=len(placed),
            unplaced=len(ideas) - len(placed),
            **{q.lower(): n for q, n in counts.items()},
        )
    else:
        description = say("chart-matrix-empty", min=min_ratings)
    root = document(
        WIDTH,
        HEIGHT,
        title=say("chart-matrix-title"),
        description=description,
        ids=ids,
        role="group",
    )
    drawing = sub(root, "g", {"role": "img", "aria-labelledby": f"{ids}-title {ids}-desc"})
    _quadrants(drawing, midpoint, say)
    _axes(drawing, midpoint, say)
    points = sub(root, "g", {"class": "ideas"})
    most = max((idea.score.ratings for idea in placed), default=1)
    # The biggest points first, so that a small one is never hidden under a big one.
    for idea in sorted(placed, key=lambda i: (-i.score.ratings, i.score.idea_id)):
        _point(points, idea, most, link, say, locale)
    return write(root)


def _x(ease: float) -> float:
    return LEFT + (ease - LOW) / (HIGH - LOW) * SIDE


def _y(effectiveness: float) -> float:
    return TOP + (HIGH - effectiveness) / (HIGH - LOW) * SIDE


def _quadrants(drawing: ET.Element, midpoint: float, say: _Say) -> None:
    middle_x, middle_y = _x(midpoint), _y(midpoint)
    right, bottom = LEFT + SIDE, TOP + SIDE
    areas = {
        "HOW": (LEFT, TOP, middle_x, middle_y),
        "WOW": (middle_x, TOP, right, middle_y),
        "POW": (LEFT, middle_y, middle_x, bottom),
        "NOW": (middle_x, middle_y, right, bottom),
    }
    for quadrant, (x0, y0, x1, y1) in areas.items():
        sub(
            drawing,
            "rect",
            {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0, "fill": TINTS[quadrant]},
        )
        on_left = quadrant in ("HOW", "POW")
        x = x0 + 8 if on_left else x1 - 8
        anchor = "start" if on_left else "end"
        words = wrap(say(f"chart-quadrant-{quadrant.lower()}"), (x1 - x0) - 16, 14)
        # Upper quadrants name themselves at the top; lower ones at the bottom, above their words.
        top = y0 + 26 if quadrant in ("HOW", "WOW") else y1 - 12 - 14 * 1.2 * len(words)
        sub(
            drawing,
            "text",
            {
                "x": x,
                "y": top,
                "font-size": 22,
                "font-weight": "bold",
                "fill": COLOURS[quadrant],
                "text-anchor": anchor,
            },
            quadrant,
        )
        lines(drawing, x, top + 19, words, 14, fill=COLOURS[quadrant], **{"text-anchor": anchor})


def _axes(drawing: ET.Element, midpoint: float, say: _Say) -> None:
    right, bottom = LEFT + SIDE, TOP + SIDE
    frame: Attributes = {"fill": "none", "stroke": LINE, "stroke-width": 1}
    sub(drawing, "rect", {"x": LEFT, "y": TOP, "width": SIDE, "height": SIDE, **frame})
    middle: Attributes = {"stroke": INK, "stroke-width": 2}
    sub(
        drawing, "line", {"x1": _x(midpoint), "y1": TOP, "x2": _x(midpoint), "y2": bottom, **middle}
    )
    sub(
        drawing, "line", {"x1": LEFT, "y1": _y(midpoint), "x2": right, "y2": _y(midpoint), **middle}
    )
    for value in range(1, 6):
        x, y = _x(value), _y(value)
        sub(drawing, "line", {"x1": x, "y1": bottom, "x2": x, "y2": bottom + 5, **frame})
        sub(drawing, "line", {"x1": LEFT - 5, "y1": y, "x2": LEFT, "y2": y, **frame})
        tick: Attributes = {"font-size": 14, "fill": MUTED, "text-anchor": "middle"}
        sub(drawing, "text", {"x": x, "y": bottom + 21, **tick}, str(value))
        sub(drawing, "text", {"x": LEFT - 14, "y": y + 5, **tick}, str(value))
    label: Attributes = {"font-size": 15, "fill": INK, "text-anchor": "middle"}
    sub(drawing, "text", {"x": LEFT + SIDE / 2, "y": bottom + 46, **label}, say("chart-axis-ease"))
    centre = TOP + SIDE / 2
    sub(
        drawing,
        "text",
        {"x": 20, "y": centre, "transform": f"rotate(-90 20 {number(centre)})", **label},
        say("chart-axis-effectiveness"),
    )


def _point(
    parent: ET.Element, idea: MatrixIdea, most: int, link: str, say: _Say, locale: str
) -> None:
    score = idea.score
    assert score.quadrant is not None
    assert score.effectiveness_mean is not None and score.ease_mean is not None
    low, high = RADIUS
    radius = low + (high - low) * math.sqrt(score.ratings / most)
    anchor = sub(
        parent,
        "a",
        {
            "href": link.format(idea_id=score.idea_id),
            "class": f"idea quadrant-{score.quadrant.lower()}",
            "data-idea": score.idea_id,
            "data-code": score.code,
            "data-quadrant": score.quadrant,
            "data-ratings": score.ratings,
            "data-effectiveness": _figure(score.effectiveness_mean),
            "data-effectiveness-sd": _figure(score.effectiveness_sd),
            "data-ease": _figure(score.ease_mean),
            "data-ease-sd": _figure(score.ease_sd),
        },
    )
    sub(anchor, "title", text=_caption(idea, say, locale))
    sub(
        anchor,
        "circle",
        {
            "cx": _x(score.ease_mean),
            "cy": _y(score.effectiveness_mean),
            "r": radius,
            "fill": COLOURS[score.quadrant],
            "fill-opacity": 0.78,
            "stroke": "#ffffff",
            "stroke-width": 1.5,
        },
    )


def _caption(idea: MatrixIdea, say: _Say, locale: str) -> str:
    """What hovering or tapping a point shows: the idea's words, then its figures."""
    score = idea.score
    if idea.language == locale:
        original = "same"
    elif idea.language == UNDETERMINED:
        original = "und"
    else:
        original = idea.language
    words = say("chart-idea-text", idea=" ".join(idea.text.split()), original=original)
    if score.effectiveness_sd is None or score.ease_sd is None:
        figures = say(
            "chart-idea-figures-one",
            effectiveness=score.effectiveness_mean,
            ease=score.ease_mean,
            ratings=score.ratings,
        )
    else:
        figures = say(
            "chart-idea-figures",
            effectiveness=score.effectiveness_mean,
            effectiveness_sd=score.effectiveness_sd,
            ease=score.ease_mean,
            ease_sd=score.ease_sd,
            ratings=score.ratings,
        )
    return f"{score.quadrant} · {words}\n{figures}"


def _figure(value: float | None) -> str:
    """Figures for scripts as the export rounds them, whatever the reader's language."""
    return "" if value is None else f"{round(value, DECIMALS):.{DECIMALS}f}"
