"""A closed workshop's summary for its organiser: a few lines, the room's matrix as a picture,
and the room's ideas as a workbook, in the digest's forms. Made in the worker process like any
report (bot.digest.maker)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.digest.data import DigestConfig, Matrix, placed
from bot.digest.workbook import ideas_sheet
from bot.spreadsheet import MEDIA_TYPE_XLSX, workbook_bytes
from dialogs.flow import Said
from dialogs.i18n import T, Translator
from dialogs.messages import Attachment
from storage import ideas, workshops


@dataclass(frozen=True)
class WorkshopData:
    name: str
    code: str  # as people read it
    joined: int
    ratings: int  # given by the room's members to the room's ideas
    matrix: Matrix  # the room's ideas, in the room's order, with all their ratings


async def gather(
    session: AsyncSession, workshop_id: int, config: DigestConfig
) -> WorkshopData | None:
    room = await workshops.room(session, workshop_id)
    if room is None:
        return None
    ids = await workshops.idea_ids(session, workshop_id)
    scores = {
        score.idea_id: score
        for score in await ideas.matrix(
            session, midpoint=config.midpoint, min_ratings=config.min_ratings, ids=ids
        )
    }
    state = await workshops.room_state(
        session, workshop_id, midpoint=config.midpoint, min_ratings=config.min_ratings
    )
    assert state is not None
    return WorkshopData(
        name=room.name,
        code=workshops.shown_code(room.code),
        joined=state.joined,
        ratings=await workshops.room_ratings(session, workshop_id),
        matrix=placed(
            [scores[i] for i in ids if i in scores],
            await ideas.texts_of(session, ids),
            config.leading,
        ),
    )


def render(data: WorkshopData, translator: Translator, locale: str, midpoint: float) -> list[Said]:
    def say(key: str, **args: Any) -> str:
        return translator(locale, key, **args)

    matrix = data.matrix
    summary = T(
        "workshop-summary",
        {
            "name": data.name,
            "code": data.code,
            "joined": data.joined,
            "ideas": len(matrix.scores),
            "ratings": data.ratings,
            **{q.lower(): n for q, n in matrix.per_quadrant.items()},
            "unplaced": matrix.unplaced,
        },
    )
    return [
        Said(summary),
        Said(T("workshop-summary-chart"), _chart(data, say, midpoint)),
        Said(T("workshop-summary-workbook"), _workbook(data, say, locale)),
    ]


def _chart(data: WorkshopData, say: Callable[..., str], midpoint: float) -> Attachment:
    # Imported on first use, as in the digest: matplotlib takes most of a second.
    from bot.digest.chart import matrix_png

    leaders = (*data.matrix.leading_wow, *data.matrix.leading_how)
    picture = matrix_png(
        data.matrix.scores,
        midpoint=midpoint,
        labels={
            "title": say("workshop-chart-title", name=data.name),
            "effectiveness": say("digest-chart-effectiveness"),
            "ease": say("digest-chart-ease"),
        },
        highlighted=[score.code for score in leaders],
    )
    return Attachment(f"workshop-{data.code}-matrix.png", picture, "image/png")


def _workbook(data: WorkshopData, say: Callable[..., str], locale: str) -> Attachment:
    sheets = {say("workbook-sheet-ideas"): ideas_sheet(data.matrix, locale, say)}
    return Attachment(f"workshop-{data.code}.xlsx", workbook_bytes(sheets), MEDIA_TYPE_XLSX)
