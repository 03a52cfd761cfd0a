"""The digest's figures for one period, gathered from the storage queries into plain data.

Everything a digest shows is decided here, once, for every language: text, chart and workbook
only format it. Counts broken down by a participant attribute pass through disclosure control
here, so no formatter can show a small group by mistake. Free-text answers are only counted:
their words are read in the organisers' review queue, never in a digest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.disclosure import Breakdown, disclose, disclose_each, withhold
from dialogs.i18n import LOCALES
from storage import ideas, outcomes, participation, reviews, survey
from storage.ideas import QUADRANTS, IdeaScore
from storage.outcomes import Outcome
from storage.participation import EVERYONE, NOT_STATED, Attribute, Group
from storage.survey import SCALE, SurveyCounts

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
    # None: too few people in a group answered to say anything about them (never for everyone)
    respondents: int | None
    mean: float | None
    previous_mean: float | None  # as it stood at the previous digest
    distribution: Breakdown  # people per answer, "1" (very hard) to "5" (very easy)
    needs: Breakdown  # people per need, most chosen first


@dataclass(frozen=True)
class GroupSurvey:
    """The survey's figures for one group of participants, for the needs page.

    Cumulative figures only: a group's change over a period is never shown (see
    dialogs.disclosure). When the group is too small, or showing it would let a small group be
    worked out from the figures of its neighbours, `respondents` is None and nothing else is
    given: the reader learns "fewer than min_count", and no more.
    """

    group: Group
    respondents: int | None
    dimensions: tuple[Dimension, ...]
    min_count: int

    @property
    def withheld(self) -> bool:
        return self.respondents is None


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
        survey=await _survey(session, period, config),
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


async def _survey(session: AsyncSession, period: Period, config: DigestConfig) -> Survey:
    counts = await survey.survey_counts(session, until=period.until, earlier=period.since)
    return Survey(
        completed=await survey.completions(session, since=period.since, until=period.until),
        completed_total=await survey.completions(session, until=period.until),
        dimensions=_dimensions(counts, config.min_count, EVERYONE),
        to_read=await reviews.count_waiting(session),
    )


async def group_survey(
    session: AsyncSession,
    group: Group,
    config: DigestConfig,
    *,
    until: datetime | None = None,
) -> GroupSurvey:
    """The digest's survey figures for a group (everyone's with EVERYONE), as of `until`."""
    respondents = await _group_size(session, group, config.min_count)
    if respondents is None:
        return GroupSurvey(group, None, (), config.min_count)
    counts = await survey.survey_counts(session, until=until, group=group)
    return GroupSurvey(
        group, respondents, _dimensions(counts, config.min_count, group), config.min_count
    )


async def _group_size(session: AsyncSession, group: Group, min_count: int) -> int | None:
    """People in the group who answered the survey; None when the group may not be shown.

    A group is shown only if, for each attribute that picks it, its count is shown exactly in the
    breakdown by that attribute (the others fixed): otherwise the figures of everyone less those
    of the neighbouring groups would be its own.
    """
    chosen = group.chosen()
    if not chosen:
        return sum((await survey.respondents_by(session, "language")).values())
    size = 0
    for attribute, value in chosen.items():
        counts = await survey.respondents_by(session, attribute, group=group.without(attribute))
        shown = disclose({value: 0, **counts}, min_count).shown_group(value)
        if shown is None:
            return None
        size = shown
    return size


def _dimensions(counts: SurveyCounts, min_count: int, group: Group) -> tuple[Dimension, ...]:
    """Hardest (lowest mean: 1 = very hard) first; through disclosure control, for any reader."""
    dimensions = []
    for name, stats in counts.difficulty.items():
        distribution = {str(value): stats.distribution.get(value, 0) for value in SCALE}
        needs = disclose_each(counts.needs.get(name, {}), min_count)
        if group != EVERYONE and stats.respondents < min_count:
            # A handful of people in a group: their mean would be about them.
            dimensions.append(
                Dimension(name, None, None, None, withhold(distribution, min_count), needs)
            )
            continue
        before = counts.earlier.get(name)
        dimensions.append(
            Dimension(
                dimension=name,
                respondents=stats.respondents,
                mean=stats.mean,
                previous_mean=before.mean if before is not None else None,
                distribution=disclose(distribution, min_count),
                needs=needs,
            )
        )
    dimensions.sort(key=lambda d: (d.mean if d.mean is not None else 6.0, d.dimension))
    return tuple(dimensions)


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
    texts = await ideas.texts_of(session, [score.idea_id for score in now])
    return placed(now, texts, config.leading, moved)


def placed(
    scores: Sequence[IdeaScore],
    texts: dict[int, dict[str, str]],
    leading: int,
    moved: tuple[Moved, ...] = (),
) -> Matrix:
    """The ideas' scores as the matrix the digest describes: per quadrant, and the leaders."""
    return Matrix(
        scores=tuple(scores),
        per_quadrant={q: sum(1 for s in scores if s.quadrant == q) for q in QUADRANTS},
        leading_wow=tuple(ideas.leading(list(scores), "WOW", leading)),
        leading_how=tuple(ideas.leading(list(scores), "HOW", leading)),
        moved=moved,
        texts=texts,
    )
