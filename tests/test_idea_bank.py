"""The idea bank: every idea the report's brainstorm lists, checked at load, seeded idempotently."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import open_app
from bot.settings import Settings
from dialogs.i18n import LOCALES
from dialogs.ideas.bank import AREAS, DEFAULT_FILE, DIMENSIONS, load_bank, seed_ideas
from dialogs.places import DataFileError
from dialogs.survey.flow import default_survey
from storage.db import create_sessionmaker
from storage.models import Idea, IdeaText
from tests.ideas_data import NOW, stored_ideas

# Section "Burza mózgów" of the report, area by area.
REPORT_COUNTS = {
    "public_institutions": 17,  # 4 + 5 + 5 + 3
    "daily_life": 13,  # 1 + 3 + 6 + 2 + 1
    "culture_exchange": 12,  # 6 + 6
    "participation": 5,
    "grassroots": 6,
    "attitudes": 4,
    "city_policy": 11,
}


def test_the_bank_holds_every_idea_of_the_report() -> None:
    bank = load_bank()
    assert Counter(idea.area for idea in bank) == REPORT_COUNTS
    assert len({idea.id for idea in bank}) == sum(REPORT_COUNTS.values()) == 68
    for idea in bank:
        assert set(idea.texts) == set(LOCALES)
        assert all(text.strip() for text in idea.texts.values()), idea.id
        assert idea.source == "workshops-2023"
        assert idea.source_text.strip(), idea.id
        assert set(idea.dimensions) <= set(DIMENSIONS)


def test_the_reports_wording_is_kept_beside_the_plain_polish() -> None:
    bank = {idea.id: idea for idea in load_bank()}
    simpler = bank["public_institutions.2a"]
    assert simpler.source_text == "Uproszczenie języka urzędowego"
    assert simpler.texts["pl"] == "Pisać i mówić w urzędach prostym językiem"
    assert bank["attitudes.4"].source_text.endswith('zapobieganie "antynastrojom"')


# The report's typos: its wording keeps them, the Polish people read has them fixed.
TYPOS = [
    ("public_institutions.2c", "planszetu", "tabletu"),
    ("public_institutions.3e", "uspołnia", "uspójnia"),
    ("culture_exchange.1f", "doświadczeniach Warszawy", "doświadczeń Warszawy"),
]


@pytest.mark.parametrize(("idea_id", "typo", "fixed"), TYPOS)
def test_the_plain_polish_fixes_the_reports_typos(idea_id: str, typo: str, fixed: str) -> None:
    bank = load_bank()
    idea = next(idea for idea in bank if idea.id == idea_id)
    assert typo in idea.source_text
    assert fixed in idea.texts["pl"]
    assert not [other.id for other in bank if typo in other.texts["pl"]]


def test_the_areas_and_dimensions_are_the_ones_people_see() -> None:
    assert tuple(REPORT_COUNTS) == AREAS
    survey_dimensions = {q.dimension for q in default_survey().questions if q.dimension}
    assert survey_dimensions == set(DIMENSIONS)


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "ideas.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('area = "attitudes"', 'area = "weather"', "unknown area 'weather'"),
        ('id = "attitudes.2"', 'id = "attitudes.1"', "'attitudes.1' is listed twice"),
        ('id = "attitudes.2"', 'id = "Attitudes two"', "is not like"),
        ('id = "attitudes.2"', 'id = "city_policy.99"', "must start with its area"),
        ('dimensions = ["social"]', 'dimensions = ["spiritual"]', "dimensions must be"),
        ('source = "workshops-2023"', "source = 2023", "source must be"),
        ('\nuk = "', '\nuk_old = "', "no text in 'uk'"),
        ('\nsource_text = "Edukacja', '\nreport_text = "Edukacja', "'attitudes.2': no source_text"),
        ('\nsource_text = "Edukacja', '\nsource_text = " "\nold = "Edukacja', "no source_text"),
    ],
)
def test_a_broken_file_is_refused_naming_file_and_idea(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    path = broken(tmp_path, old, new)
    with pytest.raises(DataFileError) as error:
        load_bank(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ideas.toml"
    path.write_text("[[idea]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"ideas\.toml"):
        load_bank(path)


async def count(engine: AsyncEngine, model: type[Idea] | type[IdeaText]) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(select(func.count()).select_from(model))).scalar_one())


async def test_seeding_twice_adds_nothing_and_keeps_moderation(engine: AsyncEngine) -> None:
    sessions = create_sessionmaker(engine)
    async with sessions() as session, session.begin():
        assert await seed_ideas(session, NOW) == (68, 0)
    ideas = await stored_ideas(engine)
    assert {idea.status for idea in ideas} == {"approved"}
    assert {idea.source for idea in ideas} == {"workshops-2023"}
    assert {idea.language for idea in ideas} == {"pl"}
    async with sessions() as session, session.begin():
        first = await session.scalar(select(Idea).where(Idea.code == "attitudes.1"))
        assert first is not None
        first.status, first.reject_reason = "rejected", "duplicate"
    async with sessions() as session, session.begin():
        assert await seed_ideas(session, NOW) == (0, 0)
    assert await count(engine, Idea) == 68
    assert await count(engine, IdeaText) == 68 * 4
    kept = {idea.code: idea.status for idea in await stored_ideas(engine)}
    assert kept["attitudes.1"] == "rejected"


async def test_an_edited_text_and_a_new_idea_update_the_bank(engine: AsyncEngine) -> None:
    sessions = create_sessionmaker(engine)
    bank = load_bank()
    async with sessions() as session, session.begin():
        await seed_ideas(session, NOW, bank)
    first = bank[0]
    edited = dataclasses.replace(first, texts={**first.texts, "en": "Offices go out to people."})
    second = bank[1]
    regrouped = dataclasses.replace(second, dimensions=("social",), source="workshops-2024")
    added = dataclasses.replace(first, id="public_institutions.9z")
    async with sessions() as session, session.begin():
        assert await seed_ideas(session, NOW, (edited, regrouped, *bank[2:], added)) == (1, 2)
    async with sessions() as session:
        moved = await session.scalar(select(Idea).where(Idea.code == second.id))
    assert moved is not None
    assert (moved.dimensions, moved.source) == (["social"], "workshops-2024")
    async with sessions() as session:
        english = await session.scalar(
            select(IdeaText.text)
            .join(Idea, Idea.id == IdeaText.idea_id)
            .where(Idea.code == first.id, IdeaText.locale == "en")
        )
    assert english == "Offices go out to people."
    assert await count(engine, Idea) == 69


async def test_the_program_seeds_the_bank_at_every_start(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, pseudonym_key="k" * 32)  # type: ignore[call-arg]
    for _start in range(2):
        app = await open_app(settings)
        try:
            assert await count(app.engine, Idea) == 68
        finally:
            await app.close()
