"""Outcomes in what organisers read: the digest's "ideas with a new outcome", the digest's
workbook and the export's `outcome`, `outcome_note`, `outcome_at`."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.data import DigestConfig, Period
from bot.digest.maker import DigestMaker
from bot.digest.schedule import DigestSchedule
from bot.export import COLUMNS, idea_rows
from dialogs.i18n import Translator
from storage import outcomes
from storage.db import create_sessionmaker
from storage.models import Organiser
from tests.digest import dataset

UNTIL = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SINCE = UNTIL - timedelta(days=7)


async def with_outcomes(engine: AsyncEngine) -> None:
    """wow.1 got "planned" last period, how.1 "done" in this one, with a note in Polish and
    English; pow.1 none."""
    async with create_sessionmaker(engine)() as session, session.begin():
        organiser = Organiser(
            participant_key="k",
            channel="test",
            address="o",
            name="Ola",
            locale="pl",
            created_at=SINCE,
        )
        session.add(organiser)
        ideas = {}
        for code, text in (("wow.1", "Legal aid"), ("how.1", "Housing fund"), ("pow.1", "No")):
            idea = await dataset.add_approved_idea(session, code, {"en": text}, SINCE)
            ideas[code] = idea.id
        await session.flush()
        before = SINCE - timedelta(days=1)
        await outcomes.set_outcome(
            session, organiser, ideas["wow.1"], "planned", "W planie.", "pl", before
        )
        during = SINCE + timedelta(days=2)
        await outcomes.set_outcome(
            session, organiser, ideas["how.1"], "done", "Fundusz działa.", "pl", during
        )
        await outcomes.add_note_translation(
            session, organiser, ideas["how.1"], "en", "The fund is running.", during
        )


async def test_the_digest_names_the_new_outcomes_and_the_workbook_has_every_one(
    engine: AsyncEngine, translator: Translator
) -> None:
    await with_outcomes(engine)
    maker = DigestMaker(translator, DigestConfig(), DigestSchedule("0 9 * * 1", "Europe/Warsaw"))
    async with create_sessionmaker(engine)() as session:
        data = await maker.gather(session, Period(SINCE, UNTIL))
    digest = maker.render(data, "en")
    ideas = next(s.message.literal or "" for s in digest.said if s.message.key == "digest-ideas")
    assert translator("en", "outcomes-digest-heading") in ideas
    assert "how.1 – Done: The fund is running." in ideas
    assert "wow.1" not in ideas.split(translator("en", "outcomes-digest-heading"))[1]

    [workbook] = [s.attachment for s in digest.said if s.message.key == "digest-workbook-caption"]
    assert workbook is not None
    sheet = load_workbook(io.BytesIO(workbook.content))["Ideas"]
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert rows["how.1"][-3:] == ("Done", "The fund is running.", "2026-11-18")
    assert rows["wow.1"][-3:] == ("Planned", "W planie.", "2026-11-15")
    assert rows["pow.1"][-3:] == (None, None, None)


async def test_the_export_has_the_outcome_its_original_note_and_when(engine: AsyncEngine) -> None:
    await with_outcomes(engine)
    async with create_sessionmaker(engine)() as session:
        rows = await idea_rows(session, source_texts={})
    header = list(COLUMNS)
    found = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    how = found["how.1"]
    assert (how["outcome"], how["outcome_note"]) == ("done", "Fundusz działa.")
    assert str(how["outcome_at"]).startswith("2026-11-18")
    assert (found["pow.1"]["outcome"], found["pow.1"]["outcome_at"]) == ("", "")
