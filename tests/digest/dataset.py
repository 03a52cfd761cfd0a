"""Data for organiser tests: invitations, participants, survey answers, ideas and ratings.

Rows are written straight into storage, so each test states exactly the data it reasons about.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.engine import Dialogs
from storage import ideas
from storage import organisers as repo
from storage.models import (
    Campaign,
    Idea,
    IdeaText,
    Participant,
    SurveyAnswer,
    SurveyResponse,
)
from tests.transcript import Person

_participants = iter(range(1, 10**9))


async def invite(dialogs: Dialogs, name: str = "Ola (Wola NGO)", hours: int = 72) -> str:
    """A fresh invitation token, as `dialog-bot organiser invite` would print it."""
    async with dialogs.sessionmaker() as session, session.begin():
        return await repo.create_invite(session, name, dialogs.clock(), timedelta(hours=hours))


async def organiser(dialogs: Dialogs, user_id: str = "9001", hint: str = "en") -> Person:
    """Someone who opened an invitation link: their chat is now an organiser's."""
    person = Person(dialogs, user_id=user_id, hint=hint)
    token = await invite(dialogs)
    replies = await person.command("start", f"{repo.INVITE_PREFIX}{token}")
    assert replies == ["organisers-welcome", "organisers-home"], replies
    return person


async def add_participants(
    session: AsyncSession,
    count: int,
    now: datetime,
    *,
    locale: str = "uk",
    campaign: Campaign | None = None,
    district: str | None = "wola",
    migration: str | None = "yes",
    consent: str = "given",
) -> list[Participant]:
    people = [
        Participant(
            key=f"participant-{next(_participants)}",
            locale=locale,
            consent=consent,
            consent_at=now,
            consent_notice_version=1,
            migration_experience=migration,
            district=district,
            campaign_id=campaign.id if campaign is not None else None,
            created_at=now,
        )
        for _ in range(count)
    ]
    session.add_all(people)
    await session.flush()
    return people


async def add_campaign(session: AsyncSession, code: str, name: str, now: datetime) -> Campaign:
    campaign = Campaign(code=code, name=name, created_at=now)
    session.add(campaign)
    await session.flush()
    return campaign


async def add_survey(
    session: AsyncSession,
    participant: Participant,
    now: datetime,
    difficulty: dict[str, int],
    needs: dict[str, Sequence[str]] | None = None,
) -> None:
    """A completed survey response: a difficulty and chosen needs per dimension."""
    response = SurveyResponse(
        participant_id=participant.id,
        survey_version=2,
        started_at=now,
        completed_at=now,
        superseded_at=None,
    )
    session.add(response)
    await session.flush()

    def answer(question: str, dimension: str, **fields: object) -> SurveyAnswer:
        return SurveyAnswer(
            response_id=response.id,
            participant_id=participant.id,
            survey_version=2,
            question_id=question,
            dimension=dimension,
            answered_at=now,
            **fields,
        )

    for dimension, value in difficulty.items():
        session.add(answer(f"{dimension}.difficulty", dimension, value=value))
    for dimension, chosen in (needs or {}).items():
        session.add_all(answer(f"{dimension}.needs", dimension, option_id=n) for n in chosen)
    await session.flush()


async def add_waiting_idea(
    session: AsyncSession,
    author: Participant,
    text: str,
    now: datetime,
    *,
    language: str = "uk",
    area: str = "city_policy",
) -> Idea:
    return await ideas.propose(
        session,
        author_id=author.id,
        area=area,
        dimensions=[],
        language=language,
        text=text,
        now=now,
    )


async def add_approved_idea(
    session: AsyncSession,
    code: str,
    texts: dict[str, str],
    now: datetime,
    area: str = "city_policy",
) -> Idea:
    idea = Idea(
        code=code,
        area=area,
        dimensions=[],
        source="workshops-2023",
        language="pl",
        status="approved",
        created_at=now,
        reviewed_at=now,
    )
    session.add(idea)
    await session.flush()
    session.add_all(IdeaText(idea_id=idea.id, locale=locale, text=t) for locale, t in texts.items())
    await session.flush()
    return idea


async def add_ratings(
    session: AsyncSession,
    idea: Idea,
    raters: Sequence[Participant],
    effectiveness: int,
    ease: int,
    now: datetime,
) -> None:
    # Through storage, so the ideas' sums count them as the bot's own ratings are counted.
    for rater in raters:
        await ideas.rate(
            session,
            idea_id=idea.id,
            participant_id=rater.id,
            effectiveness=effectiveness,
            ease=ease,
            now=now,
        )


async def add_text_answer(
    session: AsyncSession,
    participant: Participant,
    question: str,
    text: str,
    now: datetime,
    *,
    dimension: str | None = None,
    skipped: bool = False,
) -> SurveyAnswer:
    """Words written in the survey, in a response of their own, as the survey stores them."""
    response = SurveyResponse(
        participant_id=participant.id,
        survey_version=1,
        started_at=now,
        completed_at=now,
        superseded_at=None,
    )
    session.add(response)
    await session.flush()
    answer = SurveyAnswer(
        response_id=response.id,
        participant_id=participant.id,
        survey_version=1,
        question_id=question,
        dimension=dimension,
        text=None if skipped else text,
        skipped=skipped,
        answered_at=now,
    )
    session.add(answer)
    await session.flush()
    return answer
