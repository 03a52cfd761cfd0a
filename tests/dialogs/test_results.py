"""What others think: the quadrant counts and the leading WOW and HOW ideas, in one's language."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES
from storage import ideas as repo
from storage.db import create_sessionmaker
from tests.ideas_data import NOW, add_idea, add_participant
from tests.transcript import Person

# idea code -> the (effectiveness, ease) every one of its raters gives
PLANNED = {
    "wow.best": (5, 5),
    "wow.good": (4, 4),
    "how.1": (5, 2),
    "now.1": (2, 4),
    "pow.1": (1, 1),
}


@pytest.fixture
async def rated(engine: AsyncEngine) -> None:
    async with create_sessionmaker(engine)() as session, session.begin():
        raters = [await add_participant(session, f"rater{n}") for n in range(6)]
        for code, (effectiveness, ease) in PLANNED.items():
            texts = {"pl": f"{code} po polsku", "en": f"{code} in English"}
            idea = await add_idea(session, code, texts=texts)
            for rater in raters:
                await repo.rate(
                    session,
                    idea_id=idea.id,
                    participant_id=rater.id,
                    effectiveness=effectiveness,
                    ease=ease,
                    now=NOW,
                )
        few = await add_idea(session, "few.1")
        await repo.rate(
            session, idea_id=few.id, participant_id=raters[0].id, effectiveness=5, ease=5, now=NOW
        )


async def results(dialogs: Dialogs, locale: str) -> Person:
    person = Person(dialogs, user_id="curious", hint=locale)
    await person.onboard(language=locale, migration="no")
    await person.taps("results")
    return person


@pytest.mark.parametrize("locale", LOCALES)
async def test_counts_per_quadrant_and_leading_ideas(
    dialogs: Dialogs, rated: None, locale: str
) -> None:
    person = await results(dialogs, locale)
    assert [r.key for r in person.last] == [
        "results-summary",
        "results-idea",
        "results-idea",
        "results-idea",
        "results-next",
    ]
    summary = dialogs.translator(
        locale, "results-summary", ratings=31, wow=2, how=1, now=1, pow=1, unplaced=1
    )
    assert person.last[0].text == summary
    best, good, how = (r.text for r in person.last[1:4])
    assert best.startswith("WOW") and good.startswith("WOW") and how.startswith("HOW")
    if locale == "en":
        assert "wow.best in English" in best and "(in" not in best
        assert best.endswith("5.0 · Easy to do: 5.0 · 6 ratings")
    else:
        assert "wow.best po polsku" in best
        if locale != "pl":
            assert "(" in best.splitlines()[1]  # the original's language is marked
    if locale in ("pl", "uk", "ru"):
        assert "5,0" in best  # decimals as people write them
    assert person.options == ["rating", "ideas", "menu"]
    assert await person.taps("rating") == ["rating-area"]


async def test_before_enough_ratings_people_are_told_how_many_are_needed(
    dialogs: Dialogs,
) -> None:
    person = await results(dialogs, "uk")
    assert [r.key for r in person.last] == ["results-empty", "results-next"]
    assert "5" in person.last[0].text
    assert await person.taps("menu") == ["menu-main"]
