"""The digest's figures for one period, gathered from the storage queries into plain data.

Everything a digest shows is decided here, once, for every language: text, chart and workbook
only format it. Counts broken down by a participant attribute pass through disclosure control
here, so no formatter can show a small group by mistake. Free-text answers are only counted:
their words are read in the organisers' review queue, never in a digest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.disclosure import Breakdown, disclose
from dialogs.i18n import LOCALES
from storage import ideas, outcomes, participation, reviews, survey
from storage.ideas import QUADRANTS, IdeaScore
from storage.outcomes import Outcome
from storage.participation import NOT_STATED, Attribute

BREAKDOWNS: tuple[Attribute, ...] = ("language", "campaign", "district", "migration")


@dataclass(frozen=True)
class DigestConfig:
    min_count: int = 10  # DISCLOSURE_MIN_COUNT
    midpoint: float = 3.0
    min_ratings: int = 5
    leading: int = 3  # WOW and HOW ideas named in the text


@dataclass(frozen=True)
class Period:
    """From the previous digest (included) to this one (excluded)."""

    since: datetime
    until: datetime


@dataclass(frozen=True)
class Participation:
    total: int
    new: int
    breakdowns: dict[str, Breakdown]  # by attribute; cumulative counts only
    campaign_names: dict[str, str]  # campaign code -> name


@dataclass(frozen=True)
class Dimension:
    dimension: str
    respondents: int
    mean: float | None
    previous_mean: float | None  # as it stood at the previous digest
    needs: tuple[tuple[str, int], ...]  # (need, people), most chosen first


@dataclass(frozen=True)
class Survey:
    completed: int  # in this period
    completed_total: int
    dimensions: tuple[Dimension, ...]  # hardest (lowest mean: 1 = very hard) first
    to_read: int  # answers in people's own words no organiser has read yet (now)


@dataclass(frozen=True)
class Ideas:
    proposed: int  # in this period
    approved: int  # in this period
    by_status: dict[str, int]  # now


@dataclass(frozen=True)
class Moved:
    score: IdeaScore
    previous: str  # the quadrant it was in at the previous digest


@dataclass(frozen=True)
class Matrix:
    scores: tuple[IdeaScore, ...]  # every approved idea; quadrant None: too few ratings
    per_quadrant: dict[str, int]
    leading_wow: tuple[IdeaScore, ...]
    leading_how: tuple[IdeaScore, ...]
    moved: tuple[Moved, ...]
    texts: dict[int, dict[str, str]] = field(default_factory=dict)  # idea id -> locale -> text

    @property
    def unplaced(self) -> int:
        return sum(1 for score in self.scores if score.quadrant is None)


@dataclass(frozen=True)
class DigestData:
    period: Period
    config: DigestConfig
    participation: Participation
    survey: Survey
    ideas: Ideas
    matrix: Matrix
    ratings: int  # in total
    ratings_new: int
    outcomes: dict[int, Outcome] = field(default_factory=dict)  # idea id -> its outcome now

    @property
    def new_outcomes(self) -> list[Outcome]:
        """Outcomes set in this period, newest first."""
        since, until = self.period.since, self.period.until
        found = [outcome for outcome in self.outcomes.values() if since <= outcome.at < until]
        return sorted(found, key=lambda outcome: (outcome.at, outcome.idea_id), reverse=True)


async def gather(session: AsyncSession, period: Period, config: DigestConfig) -> DigestData:
    since, until = period.since, period.until
    return DigestData(
        period=period,
        config=config,
        participation=await _participation(session, period, config),
        survey=await _survey(session, period),
        ideas=await _ideas(session, period),
        matrix=await _matrix(session, period, config),
        ratings=(total := await participation.ratings(session, until=until)),
        ratings_new=total - await participation.ratings(session, until=since),
        outcomes=await outcomes.outcomes_by_idea(session),
    )


async def _participation(
    session: AsyncSession, period: Period, config: DigestConfig
) -> Participation:
    campaigns = await participation.campaigns(session)
    # A fixed order that does not depend on the counts: where a hidden cell stands in the list
    # must not tell whether it is larger or smaller than the cells around it.
    known = {"language": list(LOCALES), "campaign": [campaign.code for campaign in campaigns]}
    breakdowns: dict[str, Breakdown] = {}
    for attribute in BREAKDOWNS:
        counts = await participation.by_attribute(session, attribute, until=period.until)
        labels = known.get(attribute) or sorted(label for label in counts if label != NOT_STATED)
        ordered = {label: counts.get(label, 0) for label in labels}
        if counts.get(NOT_STATED) or attribute == "campaign":
            ordered[NOT_STATED] = counts.get(NOT_STATED, 0)
        breakdowns[attribute] = disclose(ordered, config.min_count)
    return Participation(
        total=await participation.participants(session, until=period.until),
        new=await participation.new_participants(session, period.since, period.until),
        breakdowns=breakdowns,
        campaign_names={campaign.code: campaign.name for campaign in campaigns},
    )


async def _survey(session: AsyncSession, period: Period) -> Survey:
    now = await survey.difficulty_by_dimension(session, until=period.until)
    before = await survey.difficulty_by_dimension(session, until=period.since)
    needs = await survey.need_counts(session, until=period.until)
    dimensions = [
        Dimension(
            dimension=name,
            respondents=stats.respondents,
            mean=stats.mean,
            previous_mean=before[name].mean if name in before else None,
            needs=tuple(sorted(needs.get(name, {}).items(), key=lambda item: (-item[1], item[0]))),
        )
        for name, stats in now.items()
    ]
    dimensions.sort(key=lambda d: (d.mean if d.mean is not None else 6.0, d.dimension))
    return Survey(
        completed=await survey.completions(session, since=period.since, until=period.until),
        completed_total=await survey.completions(session, until=period.until),
        dimensions=tuple(dimensions),
        to_read=await reviews.count_waiting(session),
    )


async def _ideas(session: AsyncSession, period: Period) -> Ideas:
    proposed, approved = await participation.ideas_in_period(session, period.since, period.until)
    return Ideas(
        proposed=proposed, approved=approved, by_status=await ideas.ideas_by_status(session)
    )


async def _matrix(session: AsyncSession, period: Period, config: DigestConfig) -> Matrix:
    now = await ideas.matrix(
        session, midpoint=config.midpoint, min_ratings=config.min_ratings, until=period.until
    )
    before = {
        score.idea_id: score.quadrant
        for score in await ideas.matrix(
            session, midpoint=config.midpoint, min_ratings=config.min_ratings, until=period.since
        )
    }
    moved = tuple(
        Moved(score, previous)
        for score in now
        if score.quadrant is not None
        and (previous := before.get(score.idea_id)) is not None
        and previous != score.quadrant
    )
    return Matrix(
        scores=tuple(now),
        per_quadrant={q: sum(1 for s in now if s.quadrant == q) for q in QUADRANTS},
        leading_wow=tuple(ideas.leading(now, "WOW", config.leading)),
        leading_how=tuple(ideas.leading(now, "HOW", config.leading)),
        moved=moved,
        texts=await ideas.texts_of(session, [score.idea_id for score in now]),
    )
