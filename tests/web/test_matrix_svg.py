"""The matrix as SVG: read back with xml.etree, as a browser would parse it."""

from __future__ import annotations

import random
import re
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.web.matrix_svg import (
    COLOURS,
    TINTS,
    MatrixIdea,
    matrix_svg,
    not_enough_ratings,
    with_texts,
)
from dialogs.i18n import LOCALES, Translator
from storage import ideas as repo
from storage.db import create_sessionmaker
from storage.ideas import IdeaScore
from tests.ideas_data import add_idea, add_participant, add_rating
from tests.web.svg_reading import NS, contrast, fills_of_text, idea_links, parse

MIN = 5


def score(
    idea_id: int,
    ratings: int,
    effectiveness: float,
    ease: float,
    *,
    sd: float | None = 0.8,
    quadrant: str | None = "auto",
) -> IdeaScore:
    if quadrant == "auto":
        quadrant = repo.quadrant(effectiveness, ease, 3.0) if ratings >= MIN else None
    return IdeaScore(
        idea_id=idea_id,
        code=f"i{idea_id}",
        area="city_policy",
        ratings=ratings,
        effectiveness_mean=effectiveness,
        effectiveness_sd=sd,
        ease_mean=ease,
        ease_sd=sd,
        quadrant=quadrant,
    )


def idea(
    idea_id: int, ratings: int, effectiveness: float, ease: float, **rest: object
) -> MatrixIdea:
    language = str(rest.pop("language", "en"))
    text = str(rest.pop("text", f"Idea number {idea_id}"))
    return MatrixIdea(score(idea_id, ratings, effectiveness, ease, **rest), text, language)  # type: ignore[arg-type]


def draw(ideas: list[MatrixIdea], translator: Translator, locale: str = "en") -> str:
    return matrix_svg(ideas, translator=translator, locale=locale, midpoint=3.0, min_ratings=MIN)


FOUR = [
    idea(1, 40, 4.5, 4.2),  # WOW
    idea(2, 10, 4.1, 1.8),  # HOW
    idea(3, 5, 2.0, 4.6),  # NOW
    idea(4, 20, 1.5, 1.5),  # POW
]


def test_each_placed_idea_is_a_point_linking_to_its_page(translator: Translator) -> None:
    root = parse(draw(FOUR, translator))
    links = idea_links(root)
    assert [link.get("href") for link in links] == ["/ideas/1", "/ideas/4", "/ideas/2", "/ideas/3"]
    middle_x, middle_y = (float(v) for v in _midlines(root))
    where = {}
    for link in links:
        circle = link.find(f"{NS}circle")
        assert circle is not None
        x, y = float(circle.get("cx", "")), float(circle.get("cy", ""))
        # Right of the vertical line is easy, above the horizontal one is effective.
        where[link.get("data-quadrant")] = (x > middle_x, y < middle_y)
        assert circle.get("fill") == COLOURS[link.get("data-quadrant", "")]
    assert where == {
        "WOW": (True, True),
        "HOW": (False, True),
        "NOW": (True, False),
        "POW": (False, False),
    }


def _midlines(root: ET.Element) -> tuple[str, str]:
    thick = [line for line in root.iter(f"{NS}line") if line.get("stroke-width") == "2"]
    vertical = next(line for line in thick if line.get("x1") == line.get("x2"))
    horizontal = next(line for line in thick if line.get("y1") == line.get("y2"))
    return vertical.get("x1", ""), horizontal.get("y1", "")


def test_a_point_grows_with_its_number_of_ratings(translator: Translator) -> None:
    ideas = [idea(1, 5, 4, 4), idea(2, 20, 4, 4), idea(3, 80, 4, 4), idea(4, 20, 2, 2)]
    radii = {
        link.get("data-idea"): float(circle.get("r", ""))
        for link in idea_links(parse(draw(ideas, translator)))
        if (circle := link.find(f"{NS}circle")) is not None
    }
    assert radii["1"] < radii["2"] < radii["3"]
    assert radii["2"] == radii["4"]


def test_ideas_below_the_minimum_are_never_placed_but_listed(translator: Translator) -> None:
    short = idea(7, MIN - 1, 4.9, 4.9, text="Almost there")
    unapproved_like = idea(8, 30, 4.0, 4.0, quadrant=None, text="No quadrant")
    text = draw([*FOUR, short, unapproved_like], translator)
    assert {link.get("data-idea") for link in idea_links(parse(text))} == {"1", "2", "3", "4"}
    assert "Almost there" not in text and "/ideas/7" not in text
    listed = not_enough_ratings([*FOUR, short, unapproved_like], MIN)
    assert [(u.idea_id, u.ratings, u.text) for u in listed] == [
        (8, 30, "No quadrant"),
        (7, MIN - 1, "Almost there"),
    ]
    # What the page may say about them: no means to show by mistake.
    assert not any("mean" in field for field in vars(listed[0]))


def test_the_title_shows_text_means_sds_and_ratings_in_the_readers_format(
    translator: Translator,
) -> None:
    ideas = [idea(1, 12, 3.456, 4.0, sd=1.2345, text="Więcej lekcji polskiego", language="pl")]
    titles = {
        locale: idea_links(parse(draw(ideas, translator, locale)))[0].findtext(f"{NS}title")
        for locale in ("en", "pl")
    }
    assert titles["en"] == (
        "WOW · Więcej lekcji polskiego (in Polish)\n"
        "Effectiveness 3.46 (SD 1.23) · Ease 4.00 (SD 1.23) · 12 ratings"
    )
    assert titles["pl"] == (
        "WOW · Więcej lekcji polskiego\n"
        "Skuteczność 3,46 (odch. std. 1,23) · Łatwość 4,00 (odch. std. 1,23) · 12 ocen"
    )


def test_a_single_rating_has_no_sd_to_show(translator: Translator) -> None:
    ideas = [idea(1, 1, 4.0, 2.0, sd=None, quadrant="HOW")]
    svg = matrix_svg(ideas, translator=translator, locale="en", midpoint=3.0, min_ratings=1)
    title = idea_links(parse(svg))[0].findtext(f"{NS}title")
    assert title == "HOW · Idea number 1\nEffectiveness 4.00 · Ease 2.00 · 1 rating"


def test_an_idea_of_unknown_language_says_it_is_in_its_original_words(
    translator: Translator,
) -> None:
    ideas = [idea(1, 9, 4, 4, language=repo.UNDETERMINED, text="Kurs")]
    title = idea_links(parse(draw(ideas, translator, "uk")))[0].findtext(f"{NS}title") or ""
    assert title.startswith("WOW · Kurs (мовою оригіналу)\n")


def test_data_attributes_carry_the_figures_as_the_export_rounds_them(
    translator: Translator,
) -> None:
    link = idea_links(parse(draw([idea(3, 6, 3.456789, 2.5, sd=0.12345)], translator)))[0]
    assert {name: value for name, value in link.attrib.items() if name.startswith("data-")} == {
        "data-idea": "3",
        "data-code": "i3",
        "data-quadrant": "HOW",
        "data-ratings": "6",
        "data-effectiveness": "3.457",
        "data-effectiveness-sd": "0.123",
        "data-ease": "2.500",
        "data-ease-sd": "0.123",
    }


def test_text_typed_by_people_is_escaped(translator: Translator) -> None:
    nasty = '<script>alert("x")</script> & </title><a href="http://evil">\x07 ok'
    text = draw([idea(1, 9, 4, 4, text=nasty)], translator)
    root = parse(text)  # well-formed in spite of the control character
    assert list(root.iter(f"{NS}script")) == []
    assert [a.get("href") for a in root.iter(f"{NS}a")] == ["/ideas/1"]
    title = idea_links(root)[0].findtext(f"{NS}title") or ""
    assert title.startswith('WOW · <script>alert("x")</script> & </title><a href="http://evil"> ok')


def test_the_same_ideas_give_the_same_bytes_in_any_order(translator: Translator) -> None:
    shuffled = list(FOUR)
    random.Random(3).shuffle(shuffled)
    assert draw(FOUR, translator) == draw(shuffled, translator)
    assert draw(FOUR, translator) != draw(FOUR[:3], translator)


def test_it_scales_to_any_width_and_names_itself(translator: Translator) -> None:
    root = parse(draw(FOUR, translator))
    assert root.get("viewBox") == "0 0 480 540"
    assert root.get("width") is None and root.get("height") is None
    assert list(root.iter(f"{NS}style")) == []
    assert not any("style" in element.attrib for element in root.iter())
    title_id, desc_id = root.get("aria-labelledby"), root.get("aria-describedby")
    assert root.find(f"{NS}title[@id='{title_id}']") is not None
    assert root.findtext(f"{NS}desc[@id='{desc_id}']") == (
        "4 ideas are on the matrix: WOW 1, HOW 1, NOW 1, POW 1. Each point is an idea; bigger "
        "points have more ratings. Not enough ratings yet: 0."
    )
    # The drawing is an image; the points beside it stay reachable links.
    assert [g.get("role") for g in root.findall(f"{NS}g")] == ["img", None]
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids))
    other = matrix_svg(
        FOUR, translator=translator, locale="en", midpoint=3.0, min_ratings=MIN, ids="workshop"
    )
    assert parse(other).get("aria-labelledby") == "workshop-title"


def test_every_text_contrasts_with_what_it_stands_on(translator: Translator) -> None:
    for fill in fills_of_text(parse(draw(FOUR, translator))):
        # Quadrant words stand on their tint, the rest on white.
        backgrounds = ["#ffffff", *TINTS.values()] if fill in COLOURS.values() else ["#ffffff"]
        for background in backgrounds:
            assert contrast(fill, background) >= 4.5, (fill, background)


@pytest.mark.parametrize("locale", LOCALES)
def test_quadrant_words_and_axes_speak_the_readers_language(
    translator: Translator, locale: str
) -> None:
    root = parse(draw(FOUR, translator, locale))
    words = " ".join(" ".join(text.itertext()) for text in root.iter(f"{NS}text"))
    words = re.sub(r"\s+", " ", words)
    assert translator(locale, "chart-axis-ease") in words
    assert translator(locale, "chart-axis-effectiveness") in words
    for quadrant in ("wow", "how", "now", "pow"):
        assert quadrant.upper() in words
        # Wrapped over lines, the quadrant's words are still all there, in order.
        assert translator(locale, f"chart-quadrant-{quadrant}") in words


def test_an_empty_matrix_says_why(translator: Translator) -> None:
    root = parse(draw([idea(1, 2, 4, 4)], translator))
    assert idea_links(root) == []
    assert root.findtext(f"{NS}desc") == (
        "No idea has enough ratings yet to be placed: each needs at least 5 ratings."
    )


async def test_texts_come_in_the_readers_language_or_their_own(engine: AsyncEngine) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        both = await add_idea(session, "both", texts={"pl": "Kursy", "uk": "Курси"})
        polish = await add_idea(session, "polish", texts={"pl": "Tandemy"})
        for number in range(MIN):
            person = await add_participant(session, f"p{number}")
            for idea_id in (both.id, polish.id):
                await add_rating(session, idea_id, person.id, 4, 2 + number % 3)
    async with create_sessionmaker(engine)() as session:
        scores = await repo.matrix(session, min_ratings=MIN)
        found = await with_texts(session, scores, "uk")
    assert [(i.score.code, i.text, i.language) for i in found] == [
        ("both", "Курси", "uk"),
        ("polish", "Tandemy", "pl"),
    ]
    assert [i.score.ratings for i in found] == [MIN, MIN]
