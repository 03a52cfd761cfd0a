"""The queue of survey answers in people's own words, on every backend."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import participants, reviews
from storage.db import create_sessionmaker
from storage.models import Organiser, SurveyAnswer, SurveyResponse
from storage.reviews import TextToRead
from tests.digest import dataset

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=UTC)  # a Thursday
MONDAY = date(2026, 11, 23)


async def add_organiser(engine: AsyncEngine) -> int:
    async with create_sessionmaker(engine)() as session, session.begin():
        organiser = Organiser(
            participant_key="o" * 64,
            channel="test",
            address="1",
            name="Ola",
            locale="pl",
            created_at=NOW,
        )
        session.add(organiser)
        await session.flush()
        return organiser.id


async def test_the_oldest_words_first_and_nothing_about_the_person(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        anna, boris = await dataset.add_participants(session, 2, NOW, locale="ru")
        later = await dataset.add_text_answer(
            session, anna, "help_most", "Kursy polskiego wieczorem", NOW
        )
        earlier = await dataset.add_text_answer(
            session,
            boris,
            "legal.needs_other",
            "Допомога з листами з [ukryte]",
            NOW - timedelta(days=9),
            dimension="legal",
        )
        await dataset.add_text_answer(session, anna, "help_most", "", NOW, skipped=True)
        replaced = await dataset.add_text_answer(session, boris, "help_most", "Stare słowa", NOW)
        response = await session.get(SurveyResponse, replaced.response_id)
        assert response is not None
        response.superseded_at = NOW  # a retake: these words no longer count
        await dataset.add_survey(session, anna, NOW, {"legal": 2}, {"legal": ["official_letters"]})
    async with sessions() as session:
        queue = await reviews.waiting(session, limit=10)
        assert await reviews.count_waiting(session) == 2
    assert queue == [
        TextToRead(
            str(earlier.id),
            "legal.needs_other",
            "Допомога з листами з [ukryte]",
            MONDAY - timedelta(days=7),
        ),
        TextToRead(str(later.id), "help_most", "Kursy polskiego wieczorem", MONDAY),
    ]
    # Words and an attribute together could point at a person: only these four leave storage.
    assert [f.name for f in dataclasses.fields(TextToRead)] == [
        "review_id",
        "question_id",
        "text",
        "week",
    ]
    async with sessions() as session:
        rest = await reviews.waiting(session, limit=10, leaving_out=[str(earlier.id), "x"])
    assert [text.review_id for text in rest] == [str(later.id)]


async def test_marking_read_takes_the_words_out_of_the_queue(backend: AsyncEngine) -> None:
    organiser_id = await add_organiser(backend)
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        [anna] = await dataset.add_participants(session, 1, NOW)
        answer = await dataset.add_text_answer(session, anna, "help_most", "Więcej lekarzy", NOW)
    review_id = str(answer.id)
    async with sessions() as session, session.begin():
        assert await reviews.mark_read(session, review_id, organiser_id, NOW)
    async with sessions() as session, session.begin():
        assert not await reviews.mark_read(session, review_id, organiser_id, NOW)  # once only
        assert not await reviews.mark_read(session, "not-an-id", organiser_id, NOW)
        assert await reviews.waiting(session, limit=10) == []
        assert await reviews.count_waiting(session) == 0
        assert await reviews.text_to_read(session, review_id) is None
        stored = await session.scalar(select(SurveyAnswer).where(SurveyAnswer.id == answer.id))
    assert stored is not None
    assert (stored.reviewed_at, stored.reviewed_by) == (NOW, organiser_id)
    assert stored.text == "Więcej lekarzy"  # read, and still counted as an answer


async def test_an_erased_persons_words_leave_the_queue(backend: AsyncEngine) -> None:
    sessions = create_sessionmaker(backend)
    async with sessions() as session, session.begin():
        anna, boris = await dataset.add_participants(session, 2, NOW)
        await dataset.add_text_answer(session, anna, "help_most", "Słowa Anny", NOW)
        await dataset.add_text_answer(session, boris, "help_most", "Słowa Borysa", NOW)
    async with sessions() as session, session.begin():
        await participants.erase_participant(session, anna)
    async with sessions() as session:
        assert [t.text for t in await reviews.waiting(session, limit=10)] == ["Słowa Borysa"]
        assert await reviews.count_waiting(session) == 1
