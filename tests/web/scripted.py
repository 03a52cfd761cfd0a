"""Participants who went through the real dialogs, for the pages to show: ideas in the bank,
people rating them in the chat, an idea waiting for moderation."""

from __future__ import annotations

from tests.digest import dataset
from tests.ideas_data import add_ideas
from tests.transcript import Person
from tests.web.conftest import Site

ATTITUDES = ("att.1", "att.2")
CITY_POLICY = ("city.1", "city.2")
# What each rater gives each idea of the attitudes area: (effectiveness, ease).
GIVEN = {
    "att.1": [(5, 4), (4, 4), (5, 5)],
    "att.2": [(2, 1), (1, 2), (2, 2)],
}
WAITING_TEXT = "Тандеми мов у бібліотеках"


def on_screen(person: Person) -> str:
    """The code of the idea being rated (test ideas read "<code> [<locale>]")."""
    return person.question.text.split(" [")[0]


async def rater(site: Site, user_id: str, locale: str = "uk") -> Person:
    person = Person(site.dialogs, user_id=user_id, hint=locale)
    await person.onboard(language=locale, migration="no")
    assert await person.taps("rating") == ["rating-area"]
    return person


async def rate_attitudes(person: Person, number: int) -> None:
    """Rate both ideas of the attitudes area, in whatever order the bot offers them."""
    assert await person.taps("attitudes") in (
        ["rating-explain", "rating-effectiveness"],
        ["rating-effectiveness"],
    )
    for _idea in ATTITUDES:
        effectiveness, ease = GIVEN[on_screen(person)][number]
        assert await person.taps(str(effectiveness)) == ["rating-ease"]
        await person.taps(str(ease))


async def script(site: Site) -> dict[str, int]:
    """Four approved ideas, three people rating the two of one area, one idea waiting."""
    engine = site.dashboard.engine
    ids = await add_ideas(engine, *ATTITUDES, area="attitudes")
    ids.update(await add_ideas(engine, *CITY_POLICY, area="city_policy"))
    for number in range(3):
        await rate_attitudes(await rater(site, f"rater-{number}"), number)
    async with site.dialogs.sessionmaker() as session, session.begin():
        [author] = await dataset.add_participants(session, 1, site.clock())
        waiting = await dataset.add_waiting_idea(session, author, WAITING_TEXT, site.clock())
    ids[waiting.code] = waiting.id
    return ids
