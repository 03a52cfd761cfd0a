"""Ideas: proposing, moderating, rating, and the HOW-WOW-POW-NOW matrix.

Each idea's ratings are kept summed up in `idea_scores` (count, sums and sums of squares on both
axes), changed in the same transaction as the ratings themselves: a new rating adds, a new mind
replaces, an erasure takes the person's ratings out (see `withdraw_ratings`). Every change is one
relative UPDATE (`n = n + 1`), so raters of the same idea at the same moment lose nothing. The
matrix and the choice of the next idea read those sums, never every rating.

Repositories add and query; the caller's transaction commits.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Insert,
    Result,
    Row,
    Select,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy import text as sql
from sqlalchemy import update as sql_update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage import live
from storage.db import on_connection
from storage.models import Idea, IdeaRatingSums, IdeaText, Rating

STATUSES = ("waiting", "approved", "rejected", "merged")
REJECT_REASONS = ("duplicate", "off_topic", "personal_data", "offensive", "unclear")
QUADRANTS = ("WOW", "HOW", "NOW", "POW")
SCALE = range(1, 6)
PROPOSED = "participant"  # the source of ideas written in the bot
FROM_SURVEY = "survey"  # an organiser made it from words someone wrote in the survey
# A facilitator typed it during a live workshop: "workshop-<room code>".
FROM_WORKSHOP = "workshop-"
# Survey answers carry no language (that would be an attribute of the person): ISO 639-2
# "undetermined", rather than a guess.
UNDETERMINED = "und"

# Which statuses each moderation step may start from. A merged idea is final: its ratings stay
# with it (they rated other words than the target's) and it leaves the matrix with its status.
_ALLOWED_FROM = {
    "approve": ("waiting", "rejected"),
    "reject": ("waiting", "approved"),
    "merge": ("waiting", "approved"),
}
_LOCALE = re.compile(r"[a-z]{2,3}")

# Plain table columns where a query returns many rows and no objects: SQLAlchemy then skips the
# ORM's row loading, which costs more than the query itself for a thousand ideas.
_IDEAS, _SUMS, _RATINGS = Idea.__table__.c, IdeaRatingSums.__table__.c, Rating.__table__.c
_TEXT = IdeaText.__table__.c


class IdeaError(ValueError):
    """An operation the idea or the input does not allow; `code` names the reason for callers."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class IdeaScore:
    idea_id: int
    code: str
    area: str
    ratings: int
    effectiveness_mean: float | None
    effectiveness_sd: float | None  # sample standard deviation (n - 1); None below two ratings
    ease_mean: float | None
    ease_sd: float | None
    # "WOW" | "HOW" | "NOW" | "POW"; None: not enough ratings yet (or, in exports, not approved)
    quadrant: str | None


# --- the matrix -----------------------------------------------------------------------------


def quadrant(effectiveness_mean: float, ease_mean: float, midpoint: float) -> str:
    """An axis is high when its mean is strictly above the midpoint: exactly 3.0 is low."""
    effective = effectiveness_mean > midpoint
    easy = ease_mean > midpoint
    if effective:
        return "WOW" if easy else "HOW"
    return "NOW" if easy else "POW"


async def matrix(
    session: AsyncSession,
    *,
    midpoint: float = 3.0,
    min_ratings: int = 5,
    until: datetime | None = None,
    area: str | None = None,
    ids: Collection[int] | None = None,
    raters: Select[Any] | None = None,
) -> list[IdeaScore]:
    """Every approved idea (or those of `ids`) with its numbers and quadrant.

    With `until`, only ratings given (or last changed) at or before it count: the digest's view
    of an earlier week. That also reads the ratings given since, so it costs what they number.
    With `raters` (a selection of participant ids, such as `participation.members`), only their
    ratings count: read through the ratings' index on the participant, so a campaign's matrix
    costs what its people rated, not every rating.
    """
    return await _scores(
        session,
        midpoint=midpoint,
        min_ratings=min_ratings,
        until=until,
        area=area,
        statuses=("approved",),
        ids=ids,
        raters=raters,
    )


async def scores_of_all_ideas(
    session: AsyncSession, *, midpoint: float = 3.0, min_ratings: int = 5
) -> list[IdeaScore]:
    """The same numbers for ideas of every status (for exports); only approved ones are placed."""
    return await _scores(
        session, midpoint=midpoint, min_ratings=min_ratings, until=None, area=None, statuses=None
    )


async def score_of(
    session: AsyncSession, idea_id: int, *, midpoint: float = 3.0, min_ratings: int = 5
) -> IdeaScore:
    """One idea's numbers, of any status, computed as for the matrix and the export."""
    found = await _scores(
        session,
        midpoint=midpoint,
        min_ratings=min_ratings,
        until=None,
        area=None,
        statuses=None,
        ids=(idea_id,),
    )
    if not found:
        raise IdeaError("not_found", f"no idea {idea_id}")
    return found[0]


async def _scores(
    session: AsyncSession,
    *,
    midpoint: float,
    min_ratings: int,
    until: datetime | None,
    area: str | None,
    statuses: tuple[str, ...] | None,
    ids: Collection[int] | None = None,
    raters: Select[Any] | None = None,
) -> list[IdeaScore]:
    if raters is None:
        sums: Any = IdeaRatingSums.__table__
        summed = [
            _SUMS.ratings,
            _SUMS.effectiveness_sum,
            _SUMS.effectiveness_squares,
            _SUMS.ease_sum,
            _SUMS.ease_squares,
        ]
        joined = sums.c.idea_id
    else:
        # The kept sums are everyone's: a group's are summed from its own ratings.
        sums = _sums_of_ratings(_RATINGS.participant_id.in_(raters)).subquery()
        joined, *summed = sums.c
    columns = [func.coalesce(column, 0) for column in summed]
    query = select(_IDEAS.id, _IDEAS.code, _IDEAS.area, _IDEAS.status, *columns).select_from(
        Idea.__table__.outerjoin(sums, joined == _IDEAS.id)
    )
    if until is not None and raters is not None:
        raise ValueError("an earlier moment is read for everyone's ratings only")
    if until is not None:
        # An earlier moment: the sums now, less the ratings given (or changed) since. Those are
        # found idea by idea through the index on (idea, time of rating): a week's ratings are
        # read, not all of them. (A GROUP BY over the time range leads SQLite to walk them all.)
        later = (_RATINGS.idea_id == _IDEAS.id, _RATINGS.rated_at > until)
        query = query.add_columns(
            *(
                select(func.coalesce(value, 0)).where(*later).scalar_subquery()
                for value in (
                    func.count(),
                    func.sum(_RATINGS.effectiveness),
                    func.sum(_RATINGS.effectiveness * _RATINGS.effectiveness),
                    func.sum(_RATINGS.ease),
                    func.sum(_RATINGS.ease * _RATINGS.ease),
                )
            )
        )
    if statuses is not None:
        query = query.where(_IDEAS.status.in_(statuses))
    if area is not None:
        query = query.where(_IDEAS.area == area)
    if ids is not None:
        query = query.where(_IDEAS.id.in_(list(ids)))
    rows = (await session.execute(query.order_by(_IDEAS.id))).all()
    return [_score(row, midpoint, min_ratings) for row in rows]


def _sums_of_ratings(*conditions: ColumnElement[bool]) -> Any:
    """Count, sums and sums of squares per idea, straight from the ratings."""
    return (
        select(
            _RATINGS.idea_id,
            func.count(),
            func.sum(_RATINGS.effectiveness),
            func.sum(_RATINGS.effectiveness * _RATINGS.effectiveness),
            func.sum(_RATINGS.ease),
            func.sum(_RATINGS.ease * _RATINGS.ease),
        )
        .where(*conditions)
        .group_by(_RATINGS.idea_id)
    )


def sums_from_ratings() -> Insert:
    """Fill the empty `idea_scores` from the ratings (after loading ratings in bulk)."""
    return insert(IdeaRatingSums).from_select(
        [
            IdeaRatingSums.idea_id,
            IdeaRatingSums.ratings,
            IdeaRatingSums.effectiveness_sum,
            IdeaRatingSums.effectiveness_squares,
            IdeaRatingSums.ease_sum,
            IdeaRatingSums.ease_squares,
        ],
        _sums_of_ratings(),
    )


def leading(scores: list[IdeaScore], quadrant: str, count: int) -> list[IdeaScore]:
    """A quadrant's strongest ideas: most effective first, then easier, then more ratings."""
    placed = [score for score in scores if score.quadrant == quadrant]
    placed.sort(
        key=lambda s: (-(s.effectiveness_mean or 0.0), -(s.ease_mean or 0.0), -s.ratings, s.code)
    )
    return placed[:count]


def _score(row: Row[Any], midpoint: float, min_ratings: int) -> IdeaScore:
    idea_id, code, area, status = row[:4]
    totals = [int(value) for value in row[4:9]]
    for position, later in enumerate(row[9:]):
        totals[position] -= int(later)
    n, e_sum, e_squares, s_sum, s_squares = totals
    e_mean = e_sum / n if n else None
    s_mean = s_sum / n if n else None
    placed = status == "approved" and n >= min_ratings
    return IdeaScore(
        idea_id=idea_id,
        code=code,
        area=area,
        ratings=n,
        effectiveness_mean=e_mean,
        effectiveness_sd=_sample_sd(n, e_sum, e_squares),
        ease_mean=s_mean,
        ease_sd=_sample_sd(n, s_sum, s_squares),
        quadrant=(
            quadrant(e_mean, s_mean, midpoint)
            if placed and e_mean is not None and s_mean is not None
            else None
        ),
    )


def _sample_sd(n: int, total: int, squares: int) -> float | None:
    if n < 2:
        return None
    # n·Σx² − (Σx)² is an exact integer, never negative: no cancellation error to clamp.
    return math.sqrt((n * squares - total * total) / (n * (n - 1)))


# --- reading ideas --------------------------------------------------------------------------


async def get_idea(session: AsyncSession, idea_id: int) -> Idea:
    idea = await session.get(Idea, idea_id)
    if idea is None:
        raise IdeaError("not_found", f"no idea {idea_id}")
    return idea


async def ideas_by_id(session: AsyncSession, idea_ids: Collection[int]) -> dict[int, Idea]:
    if not idea_ids:
        return {}
    found = await session.scalars(select(Idea).where(Idea.id.in_(list(idea_ids))))
    return {idea.id: idea for idea in found}


@dataclass(frozen=True)
class IdeaFacts:
    """What a list of every idea shows beside its numbers."""

    status: str
    source: str
    language: str


async def facts_of_ideas(session: AsyncSession) -> dict[int, IdeaFacts]:
    """Status, source and language of every idea, by id (plain rows: thousands are cheap)."""
    query = select(_IDEAS.id, _IDEAS.status, _IDEAS.source, _IDEAS.language)
    return {
        idea_id: IdeaFacts(status, source, language)
        for idea_id, status, source, language in await session.execute(query)
    }


async def ideas_by_status(session: AsyncSession) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    rows = await session.execute(select(Idea.status, func.count()).group_by(Idea.status))
    for status, count in rows:
        counts[status] = int(count)
    return counts


async def waiting_ideas(session: AsyncSession, limit: int = 20) -> list[Idea]:
    """The oldest ideas waiting for review first."""
    query = (
        select(Idea).where(Idea.status == "waiting").order_by(Idea.created_at, Idea.id).limit(limit)
    )
    return list((await session.scalars(query)).all())


async def idea_text(session: AsyncSession, idea: Idea | Ratable, locale: str) -> tuple[str, str]:
    """The idea in `locale` if it has that text, else its original: (text, its language)."""
    texts = await texts_of(session, [idea.id])
    return pick_text(idea, texts.get(idea.id, {}), locale)


async def texts_of(session: AsyncSession, idea_ids: Collection[int]) -> dict[int, dict[str, str]]:
    """Every stored text of the given ideas, by idea and locale."""
    found: dict[int, dict[str, str]] = {}
    if not idea_ids:
        return found
    rows = await (await on_connection(session)).execute(_TEXTS, {"ideas": list(idea_ids)})
    for idea_id, locale, text in rows:
        found.setdefault(idea_id, {})[locale] = text
    return found


_TEXTS = select(_TEXT.idea_id, _TEXT.locale, _TEXT.text).where(
    _TEXT.idea_id.in_(bindparam("ideas", expanding=True))
)


def pick_text(idea: Idea | Ratable, texts: dict[str, str], locale: str) -> tuple[str, str]:
    found = pick(texts, idea.language, locale)
    if found is None:
        raise IdeaError("no_text", f"idea {idea.id} has no text")
    return found


def pick(texts: dict[str, str], original: str, locale: str) -> tuple[str, str] | None:
    """The text in `locale`, else the original, else any: (text, its language)."""
    for language in (locale, original, *sorted(texts)):
        if language in texts:
            return texts[language], language
    return None


# --- proposing ------------------------------------------------------------------------------


async def propose(
    session: AsyncSession,
    *,
    author_id: int | None,
    area: str,
    dimensions: list[str],
    language: str,
    text: str,
    now: datetime,
    source: str = PROPOSED,
) -> Idea:
    """A new idea, waiting for review, stored in the language it was written in.

    Ideas made from survey answers have no author: nothing ties them to the person who wrote.
    """
    # The code is "p<id>", known only once the row exists; a unique placeholder fills the gap.
    idea = Idea(
        code=f"new-{uuid.uuid4().hex}",
        area=area,
        dimensions=dimensions,
        source=source,
        language=language,
        status="waiting",
        author_id=author_id,
        created_at=now,
    )
    session.add(idea)
    await session.flush()
    idea.code = f"p{idea.id}"
    session.add(IdeaText(idea_id=idea.id, locale=language, text=text))
    await session.flush()
    return idea


async def proposed_since(session: AsyncSession, author_id: int, since: datetime) -> int:
    query = select(func.count(Idea.id)).where(Idea.author_id == author_id, Idea.created_at > since)
    return int(await session.scalar(query) or 0)


async def next_proposal_at(
    session: AsyncSession, author_id: int, *, now: datetime, window: timedelta, limit: int
) -> datetime | None:
    """When the author may propose again under `limit` ideas per `window`; None: right now."""
    query = (
        select(Idea.created_at)
        .where(Idea.author_id == author_id, Idea.created_at > now - window)
        .order_by(Idea.created_at.desc())
        .limit(limit)
    )
    recent = list((await session.scalars(query)).all())
    if len(recent) < limit:
        return None
    return recent[-1] + window


async def ideas_of_author(session: AsyncSession, author_id: int) -> list[Idea]:
    """The participant's own ideas, newest first."""
    query = select(Idea).where(Idea.author_id == author_id).order_by(Idea.id.desc())
    return list((await session.scalars(query)).all())


# --- moderating -----------------------------------------------------------------------------


def _check_transition(idea: Idea, action: str) -> None:
    if idea.status not in _ALLOWED_FROM[action]:
        raise IdeaError("not_allowed", f"cannot {action} idea {idea.id}: it is {idea.status}")


async def approve(session: AsyncSession, idea_id: int, now: datetime) -> Idea:
    idea = await get_idea(session, idea_id)
    _check_transition(idea, "approve")
    idea.status, idea.reject_reason, idea.reviewed_at = "approved", None, now
    return idea


async def reject(session: AsyncSession, idea_id: int, reason: str, now: datetime) -> Idea:
    """Out of the rating; ratings it already has are kept with it (and count if re-approved)."""
    if reason not in REJECT_REASONS:
        raise IdeaError("bad_reason", f"unknown reason {reason!r}; one of {REJECT_REASONS}")
    idea = await get_idea(session, idea_id)
    _check_transition(idea, "reject")
    idea.status, idea.reject_reason, idea.reviewed_at = "rejected", reason, now
    return idea


async def merge(session: AsyncSession, idea_id: int, into_id: int, now: datetime) -> Idea:
    """The idea joins an approved one that says the same; its own ratings stay with it.

    Ratings are not moved: they judged other words, and a person who rated both would end up
    with two ratings of one idea. The merged idea leaves the matrix, the target keeps its own.
    """
    if idea_id == into_id:
        raise IdeaError("bad_target", "an idea cannot be merged into itself")
    idea = await get_idea(session, idea_id)
    _check_transition(idea, "merge")
    target = await get_idea(session, into_id)
    if target.status != "approved":
        raise IdeaError("bad_target", f"idea {into_id} is {target.status}, not approved")
    idea.status, idea.merged_into_id, idea.reviewed_at = "merged", target.id, now
    return idea


async def edit_text(session: AsyncSession, idea_id: int, locale: str, text: str) -> None:
    """Correct an existing text (typos); the data file is where seeded ideas are edited."""
    idea, text = await _editable(session, idea_id, locale, text)
    stored = await session.get(IdeaText, (idea.id, locale))
    if stored is None:
        raise IdeaError("no_text", f"idea {idea_id} has no {locale} text to edit")
    stored.text = text


async def add_translation(session: AsyncSession, idea_id: int, locale: str, text: str) -> None:
    idea, text = await _editable(session, idea_id, locale, text)
    if await session.get(IdeaText, (idea.id, locale)) is not None:
        raise IdeaError("text_exists", f"idea {idea_id} already has a {locale} text")
    session.add(IdeaText(idea_id=idea.id, locale=locale, text=text))
    await session.flush()


async def _editable(
    session: AsyncSession, idea_id: int, locale: str, text: str
) -> tuple[Idea, str]:
    if not _LOCALE.fullmatch(locale):
        raise IdeaError("bad_locale", f"not a language code: {locale!r}")
    text = text.strip()
    if not text:
        raise IdeaError("empty_text", "the text is empty")
    idea = await get_idea(session, idea_id)
    if idea.source not in (PROPOSED, FROM_SURVEY) and not idea.source.startswith(FROM_WORKSHOP):
        # Seeding rewrites these texts from the data file at every start.
        raise IdeaError("seeded", f"idea {idea.code} comes from the idea bank file; edit it there")
    return idea, text


# --- rating ---------------------------------------------------------------------------------


async def rate(
    session: AsyncSession,
    *,
    idea_id: int,
    participant_id: int,
    effectiveness: int,
    ease: int,
    now: datetime,
) -> bool:
    """Store the participant's rating of an approved idea, replacing an earlier one.

    True when it is their first rating of this idea.
    """
    if effectiveness not in SCALE or ease not in SCALE:
        raise IdeaError("bad_value", f"ratings run from 1 to 5, not {effectiveness}/{ease}")
    idea = await ratable(session, idea_id)
    if idea is None:
        raise IdeaError("not_found", f"no idea {idea_id}")
    if idea.status != "approved":
        raise IdeaError("not_approved", f"idea {idea_id} is {idea.status}")
    earlier = await rating_of(session, idea_id, participant_id)
    if earlier is not None:
        # Only this participant changes their own rating (their updates are handled one at a
        # time), so its old values are safe to read here; the sums take the difference.
        await _add_to_sums(
            session,
            idea_id,
            0,
            effectiveness - earlier.effectiveness,
            ease - earlier.ease,
            effectiveness**2 - earlier.effectiveness**2,
            ease**2 - earlier.ease**2,
        )
        earlier.effectiveness, earlier.ease, earlier.rated_at = effectiveness, ease, now
        await live.announce(session)
        return False
    session.add(
        Rating(
            idea_id=idea_id,
            participant_id=participant_id,
            effectiveness=effectiveness,
            ease=ease,
            rated_at=now,
        )
    )
    await session.flush()
    await _add_to_sums(session, idea_id, 1, effectiveness, ease, effectiveness**2, ease**2)
    await live.announce(session)
    return True


# The same statement on SQLite (3.24 and later) and PostgreSQL: the first rating of an idea makes
# its row, later ones add to it in place, so two raters of one idea at once both count.
_ADD_TO_SUMS = sql(
    "INSERT INTO idea_scores (idea_id, ratings, effectiveness_sum, ease_sum,"
    " effectiveness_squares, ease_squares)"
    " VALUES (:idea_id, :ratings, :effectiveness, :ease, :effectiveness_squares, :ease_squares)"
    " ON CONFLICT (idea_id) DO UPDATE SET"
    " ratings = idea_scores.ratings + excluded.ratings,"
    " effectiveness_sum = idea_scores.effectiveness_sum + excluded.effectiveness_sum,"
    " ease_sum = idea_scores.ease_sum + excluded.ease_sum,"
    " effectiveness_squares = idea_scores.effectiveness_squares + excluded.effectiveness_squares,"
    " ease_squares = idea_scores.ease_squares + excluded.ease_squares"
)


async def _add_to_sums(
    session: AsyncSession,
    idea_id: int,
    ratings: int,
    effectiveness: int,
    ease: int,
    effectiveness_squares: int,
    ease_squares: int,
) -> None:
    await (await on_connection(session)).execute(
        _ADD_TO_SUMS,
        {
            "idea_id": idea_id,
            "ratings": ratings,
            "effectiveness": effectiveness,
            "ease": ease,
            "effectiveness_squares": effectiveness_squares,
            "ease_squares": ease_squares,
        },
    )


async def withdraw_ratings(session: AsyncSession, participant_id: int) -> None:
    """Take the participant's ratings out of the sums; call before their ratings are deleted.

    One relative UPDATE over the ideas they rated: its cost follows their own ratings (at most
    one per idea), and it commutes with other people rating the same ideas at the same time.
    Recounting the touched ideas instead would read every rating of each of them.
    """
    sums = IdeaRatingSums
    mine = and_(Rating.idea_id == sums.idea_id, Rating.participant_id == participant_id)

    def own(value: ColumnElement[int] | InstrumentedAttribute[int]) -> Any:
        return select(value).where(mine).scalar_subquery()

    await session.execute(
        sql_update(sums)
        .where(
            sums.idea_id.in_(select(Rating.idea_id).where(Rating.participant_id == participant_id))
        )
        .values(
            ratings=sums.ratings - 1,
            effectiveness_sum=sums.effectiveness_sum - own(Rating.effectiveness),
            ease_sum=sums.ease_sum - own(Rating.ease),
            effectiveness_squares=sums.effectiveness_squares
            - own(Rating.effectiveness * Rating.effectiveness),
            ease_squares=sums.ease_squares - own(Rating.ease * Rating.ease),
        )
    )
    await live.announce(session)


class Ratable(NamedTuple):
    """What rating needs of an idea: whether it may be rated, by whom, and its language."""

    id: int
    status: str
    author_id: int | None
    language: str


async def ratable(session: AsyncSession, idea_id: int) -> Ratable | None:
    """The idea's facts for rating, or None if there is no such idea: plain columns, not an
    Idea object (read on nearly every rating step)."""
    row = (await (await on_connection(session)).execute(_RATABLE, {"idea": idea_id})).first()
    return None if row is None else Ratable(*row)


async def rating_of(session: AsyncSession, idea_id: int, participant_id: int) -> Rating | None:
    values = {"idea": idea_id, "participant": participant_id}
    result: Rating | None = await session.scalar(_RATING_OF, values)
    return result


async def unrated_ideas(
    session: AsyncSession, participant_id: int, *, area: str | None = None
) -> dict[int, int]:
    """The ideas the participant may rate and has not, with how many ratings each has.

    Read from the ideas' sums: the cost follows the number of ideas, not of ratings.
    """
    rows = await _for_participant(session, _UNRATED, participant_id, area)
    return dict(rows.tuples().all())


async def rated_ideas(
    session: AsyncSession, participant_id: int, *, area: str | None = None
) -> list[int]:
    """The ideas the participant has rated and may still rate, their oldest rating first."""
    return list((await _for_participant(session, _RATED, participant_id, area)).scalars())


async def rating_progress(
    session: AsyncSession, participant_id: int, *, area: str | None = None
) -> tuple[int, int]:
    """(ideas the participant rated, ideas they may rate), within an area if given."""
    rated, total = (await _for_participant(session, _PROGRESS, participant_id, area)).one()
    return int(rated), int(total)


async def _for_participant(
    session: AsyncSession,
    queries: tuple[Select[Any], Select[Any]],
    participant_id: int,
    area: str | None,
) -> Result[Any]:
    """Run one of the pairs below: everywhere, or within `area`."""
    everywhere, in_area = queries
    query = everywhere if area is None else in_area
    values = {"participant": participant_id, "area": area}
    return await (await on_connection(session)).execute(query, values)


# Rating runs these on nearly every step: built once, with the participant and the area as
# parameters, so that neither the statement nor its cache key is worked out again each time.
_RATABLE = select(_IDEAS.id, _IDEAS.status, _IDEAS.author_id, _IDEAS.language).where(
    _IDEAS.id == bindparam("idea")
)
_RATING_OF = select(Rating).where(
    Rating.idea_id == bindparam("idea"), Rating.participant_id == bindparam("participant")
)
# Approved ideas someone else wrote (one's own ideas are not one's to rate).
_RATABLE_BY = (
    _IDEAS.status == "approved",
    or_(_IDEAS.author_id.is_(None), _IDEAS.author_id != bindparam("participant")),
)
_IN_AREA = _IDEAS.area == bindparam("area")


def _with_area(query: Select[Any]) -> tuple[Select[Any], Select[Any]]:
    return query, query.where(_IN_AREA)


# The participant's own ratings, gathered once through their index, rather than a look-up per
# idea in the index of every rating.
_UNRATED = _with_area(
    select(_IDEAS.id, func.coalesce(_SUMS.ratings, 0))
    .select_from(Idea.__table__.outerjoin(IdeaRatingSums.__table__, _SUMS.idea_id == _IDEAS.id))
    .where(
        *_RATABLE_BY,
        _IDEAS.id.not_in(
            select(_RATINGS.idea_id).where(_RATINGS.participant_id == bindparam("participant"))
        ),
    )
)
_RATED = _with_area(
    select(_IDEAS.id)
    .join(Rating.__table__, _RATINGS.idea_id == _IDEAS.id)
    .where(*_RATABLE_BY, _RATINGS.participant_id == bindparam("participant"))
    .order_by(_RATINGS.rated_at, _IDEAS.id)
)
_PROGRESS = _with_area(
    select(func.count(_RATINGS.id), func.count(_IDEAS.id))
    .select_from(
        Idea.__table__.outerjoin(
            Rating.__table__,
            and_(
                _RATINGS.idea_id == _IDEAS.id, _RATINGS.participant_id == bindparam("participant")
            ),
        )
    )
    .where(*_RATABLE_BY)
)
