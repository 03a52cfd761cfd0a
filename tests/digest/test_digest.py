"""The digest for a period: its figures, words, chart and workbook, built from a known dataset."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.data import DigestConfig, DigestData, Period
from bot.digest.maker import Digest, DigestMaker
from bot.digest.schedule import DigestSchedule
from dialogs.i18n import Translator
from storage.db import create_sessionmaker
from storage.models import SurveyAnswer
from tests.digest import dataset

UNTIL = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 09:00 in Warsaw
SINCE = UNTIL - timedelta(days=7)
BEFORE = SINCE - timedelta(days=3)  # in the previous period
DURING = SINCE + timedelta(days=3)  # in this period
SECRET = "my neighbour Anna at Złota 44 never helps"  # a free-text answer


@pytest.fixture
async def data(engine: AsyncEngine) -> DigestData:
    """42 participants: 30 write in Ukrainian, 10 in Polish, 2 in English; 14 came through a
    workshop, 3 through an online call. Legal matters got harder this week; idea wow.1 moved
    from NOW to WOW; one approved idea's text starts like a spreadsheet formula."""
    sessionmaker = create_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        workshop = await dataset.add_campaign(session, "wola26", "Wola workshop", BEFORE)
        call = await dataset.add_campaign(session, "call26", "Online call", BEFORE)
        ukrainian = await dataset.add_participants(session, 14, BEFORE, campaign=workshop)
        ukrainian += await dataset.add_participants(session, 16, DURING)
        polish = await dataset.add_participants(session, 7, BEFORE, locale="pl")
        polish += await dataset.add_participants(session, 3, DURING, locale="pl", campaign=call)
        english = await dataset.add_participants(session, 2, DURING, locale="en")
        people = ukrainian + polish + english
        for person in people[:20]:
            await dataset.add_survey(
                session,
                person,
                BEFORE,
                {"legal": 2, "social": 4, "welfare": 3},  # 1 = very hard, 5 = very easy
                {"legal": ["residence_work_permits", "official_letters"], "welfare": ["housing"]},
            )
        for person in people[20:32]:
            await dataset.add_survey(
                session,
                person,
                DURING,
                {"legal": 1, "social": 4, "welfare": 3},
                {"legal": ["residence_work_permits"], "welfare": ["health_care"]},
            )
        session.add(
            SurveyAnswer(
                response_id=1,
                participant_id=people[0].id,
                survey_version=1,
                question_id="legal.needs_other",
                dimension="legal",
                text=SECRET,
                answered_at=DURING,
            )
        )
        wow = await dataset.add_approved_idea(
            session, "wow.1", {"en": "Legal aid in Ukrainian at district offices"}, BEFORE
        )
        how = await dataset.add_approved_idea(
            session, "how.1", {"en": "A city housing fund"}, BEFORE
        )
        formula = await dataset.add_approved_idea(
            session, "pow.1", {"en": '=HYPERLINK("http://x")'}, BEFORE
        )
        thin = await dataset.add_approved_idea(session, "new.1", {"en": "Few ratings"}, BEFORE)
        await dataset.add_ratings(session, wow, people[:6], 2, 5, BEFORE)  # NOW at first
        await dataset.add_ratings(session, wow, people[6:20], 5, 5, DURING)  # then WOW
        await dataset.add_ratings(session, how, people[:8], 5, 1, BEFORE)
        await dataset.add_ratings(session, formula, people[:5], 1, 1, DURING)
        await dataset.add_ratings(session, thin, people[:2], 5, 5, DURING)
        [author] = await dataset.add_participants(session, 1, DURING, consent="withdrawn")
        await dataset.add_waiting_idea(session, author, "Waiting idea", DURING)
    async with sessionmaker() as session:
        return await maker().gather(session, Period(SINCE, UNTIL))


def maker(translator: Translator | None = None) -> DigestMaker:
    return DigestMaker(
        translator or Translator(strict=True),
        DigestConfig(),
        DigestSchedule("0 9 * * 1", "Europe/Warsaw"),
    )


def render(data: DigestData, translator: Translator, locale: str = "en") -> Digest:
    return maker(translator).render(data, locale)


def texts(digest: Digest, translator: Translator, locale: str = "en") -> dict[str, str]:
    return {o.key: o.text for o in digest.outbounds(translator, locale)}


def test_participation(data: DigestData, translator: Translator) -> None:
    text = texts(render(data, translator), translator)["digest-participation"]
    assert text.splitlines() == [
        "Digest for 16 November 2026 – 23 November 2026",
        "Participants: 42 in total, 21 new in this period.",
        # 2 English speakers alone would be 42 - 30 - 10: Polish is hidden with them.
        "By language: Polski ≥10, Українська 30, English <10, Русский 0",
        "By campaign: Wola workshop ≥10, Online call <10, no campaign 25",
        "“<10” means fewer than 10 people; “≥10” is a larger group hidden so that a small one"
        " cannot be worked out from the total.",
    ]


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("pl", "Podsumowanie za okres 16.11.2026 – 23.11.2026"),
        ("uk", "Дайджест за період 16.11.2026 – 23.11.2026"),
        ("ru", "Дайджест за период 16.11.2026 – 23.11.2026"),
    ],
)
def test_the_period_is_dated_the_local_way(
    data: DigestData, translator: Translator, locale: str, title: str
) -> None:
    digest = render(data, translator, locale)
    assert texts(digest, translator, locale)["digest-participation"].splitlines()[0] == title


def test_survey_hardest_first_with_the_change(data: DigestData, translator: Translator) -> None:
    lines = texts(render(data, translator), translator)["digest-survey"].splitlines()
    assert lines[0] == "Survey: 12 completed in this period, 32 in total."
    assert lines[2].startswith(
        "1. Legal: documents, offices, rights: 1.6 (harder by 0.4 since the last digest; 32 people)"
    )
    assert (
        lines[3]
        == "Top needs: Residence card, work permit (32); Understanding official letters (20)"
    )
    assert lines[-2].startswith("3. Social: neighbours, belonging: 4.0 (no change since the last")
    # The one answer in someone's own words is counted, never quoted.
    assert lines[-1] == "Answers in participants’ own words waiting to be read: 1 (/review)."
    assert [d.dimension for d in data.survey.dimensions] == ["legal", "welfare", "social"]


def test_ideas_and_the_matrix(data: DigestData, translator: Translator) -> None:
    text = texts(render(data, translator), translator)["digest-ideas"]
    assert "Ideas: 1 proposed and 0 approved in this period; 1 waiting for moderation." in text
    assert "Matrix: WOW 1, HOW 1, NOW 0, POW 1; not enough ratings yet: 1." in text
    assert "wow.1 (City policy): effectiveness 4.1, ease 5.0, 20 ratings" in text
    assert "how.1 (City policy): effectiveness 5.0, ease 1.0, 8 ratings" in text
    assert "Moved to another quadrant: wow.1 NOW → WOW" in text


def test_never_a_free_text_answer(data: DigestData, translator: Translator) -> None:
    digest = render(data, translator)
    assert all(SECRET not in text for text in texts(digest, translator).values())
    workbook = next(s.attachment for s in digest.said if s.message.key == "digest-workbook-caption")
    assert workbook is not None
    book = load_workbook(io.BytesIO(workbook.content))
    cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    assert not any(SECRET in cell for cell in cells)
    assert not any("participant-" in cell for cell in cells)  # no participant keys


def test_the_workbook_opens_with_its_three_sheets(data: DigestData, translator: Translator) -> None:
    digest = render(data, translator, "uk")
    workbook = next(s.attachment for s in digest.said if s.message.key == "digest-workbook-caption")
    assert workbook is not None and workbook.filename == "digest-2026-11-23.xlsx"
    book = load_workbook(io.BytesIO(workbook.content))
    assert book.sheetnames == ["Підсумок", "Потреби", "Ідеї"]
    ideas = list(book["Ідеї"].iter_rows(values_only=True))
    assert ideas[0][0] == "Код"
    rows = {row[0]: row for row in ideas[1:]}
    assert rows["wow.1"][3:9] == (20, 4.1, 1.41, 5, 0, "WOW")
    assert rows["new.1"][8] == "замало оцінок"
    # A text that starts like a formula stays text.
    assert rows["pow.1"][2] == '\'=HYPERLINK("http://x")'
    summary = {row[0]: row[1] for row in book["Підсумок"].iter_rows(values_only=True) if row}
    assert summary["Учасники, усього"] == 42
    assert summary["English"] == "<10"
    assert (
        summary["Відповіді з опитування, написані власними словами, що чекають на прочитання"] == 1
    )
    needs = list(book["Потреби"].iter_rows(values_only=True))
    assert needs[1] == (
        "Правова сфера: документи, установи, права",
        1.62,
        32,
        "Карта побиту, дозвіл на роботу",
        32,
    )


def test_a_campaign_named_like_a_formula_stays_text(
    data: DigestData, translator: Translator
) -> None:
    names = {**data.participation.campaign_names, "wola26": '\x01=HYPERLINK("http://x")'}
    hostile = replace(data, participation=replace(data.participation, campaign_names=names))
    digest = render(hostile, translator, "en")
    workbook = next(s.attachment for s in digest.said if s.message.key == "digest-workbook-caption")
    assert workbook is not None
    book = load_workbook(io.BytesIO(workbook.content))
    names_in_summary = [row[0] for row in book.worksheets[0].iter_rows(values_only=True) if row]
    assert '\'=HYPERLINK("http://x")' in names_in_summary


def test_the_chart_is_a_phone_sized_picture(data: DigestData, translator: Translator) -> None:
    digest = render(data, translator)
    chart = next(s.attachment for s in digest.said if s.message.key == "digest-chart-caption")
    assert chart is not None and chart.media_type == "image/png"
    image = Image.open(io.BytesIO(chart.content)).convert("RGB")
    assert image.size == (1200, 1200)
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # points, lines and words, not a blank


async def test_an_empty_database_still_makes_a_digest(
    engine: AsyncEngine, translator: Translator
) -> None:
    async with create_sessionmaker(engine)() as session:
        data = await maker(translator).gather(session, Period(SINCE, UNTIL))
    said = texts(render(data, translator), translator)
    assert said["digest-survey"] == "Survey: no answers yet."  # and nothing waits to be read
    assert "By language: nobody yet" in said["digest-participation"]
    assert "Matrix: WOW 0, HOW 0, NOW 0, POW 0" in said["digest-ideas"]
