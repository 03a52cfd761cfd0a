"""`dialog-bot export`: one row per idea, the agreed columns, no participant, no formulas."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.__main__ import main
from bot.export import COLUMNS, export_ideas
from bot.spreadsheet import cell, csv_bytes, workbook_bytes
from storage import ideas as repo
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from tests.ideas_data import NOW, add_idea, add_participant

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+48 600 100 200",
    "-1+2",
    "@SUM(A1:A2)",
    "\tindented",
    "\rreturn",
]


# The bank's idea city_policy.3 as the workshops' report words it.
CITY_POLICY_3_IN_THE_REPORT = (
    "Zwiększenie inkluzywności w przestrzeni miejskiej (np. poprzez rewitalizację skwerów "
    "i podwórek, zwiększenie liczby ławek)"
)


async def fill(engine: AsyncEngine) -> dict[str, str]:
    """Ideas of every status, rated by six people; returns the participants' keys."""
    async with create_sessionmaker(engine)() as session, session.begin():
        raters = [await add_participant(session, f"rater{n}") for n in range(6)]
        rated = await add_idea(
            session, "city_policy.3", texts={"pl": "Ławki na skwerach", "uk": "Лавки у скверах"}
        )
        for rater, (effectiveness, ease) in zip(
            raters, [(5, 4), (4, 4), (5, 3), (4, 5), (5, 4), (3, 4)], strict=True
        ):
            await repo.rate(
                session,
                idea_id=rated.id,
                participant_id=rater.id,
                effectiveness=effectiveness,
                ease=ease,
                now=NOW,
            )
        for number, text in enumerate(HOSTILE):
            await repo.propose(
                session,
                author_id=raters[number].id,
                area="grassroots",
                dimensions=["social"],
                language="en",
                text=text,
                now=NOW,
            )
        await repo.reject(session, (await repo.waiting_ideas(session))[0].id, "offensive", NOW)
        return {"rater": raters[0].key}


@pytest.fixture
async def exported(engine: AsyncEngine, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    keys = await fill(engine)
    written = await export_ideas(create_sessionmaker(engine), tmp_path / "out")
    assert written == [tmp_path / "out" / "ideas.csv", tmp_path / "out" / "ideas.xlsx"]
    return tmp_path / "out", keys


async def test_the_csv_has_the_columns_and_one_row_per_idea(
    exported: tuple[Path, dict[str, str]],
) -> None:
    out, keys = exported
    raw = (out / "ideas.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the letters right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert not [c for c in COLUMNS if "author" in c or "participant" in c or "key" in c]
    assert tuple(COLUMNS[:12]) == (
        "idea_id",
        "area",
        "status",
        "source",
        "language",
        "text",
        "ratings",
        "effectiveness_mean",
        "effectiveness_sd",
        "ease_mean",
        "ease_sd",
        "quadrant",
    )
    assert len(rows) == 1 + len(HOSTILE)
    seeded = rows[0]
    assert seeded["idea_id"] == "city_policy.3" and seeded["text"] == "Ławki na skwerach"
    assert (seeded["ratings"], seeded["effectiveness_mean"], seeded["ease_mean"]) == (
        "6",
        "4.333",
        "4.0",
    )
    assert (seeded["effectiveness_sd"], seeded["ease_sd"], seeded["quadrant"]) == (
        "0.816",
        "0.632",
        "WOW",
    )
    assert seeded["text_uk"] == "Лавки у скверах" and seeded["text_en"] == ""
    assert seeded["source_text"] == CITY_POLICY_3_IN_THE_REPORT
    proposed = rows[1:]
    assert [row["text"] for row in proposed] == ["'" + text for text in HOSTILE]
    assert [row["status"] for row in proposed] == ["rejected"] + ["waiting"] * 5
    assert proposed[0]["reject_reason"] == "offensive"
    assert all(row["quadrant"] == "" and row["ratings"] == "0" for row in proposed)
    assert {row["source_text"] for row in proposed} == {""}
    assert keys["rater"] not in raw.decode("utf-8-sig")


async def test_the_workbook_opens_and_runs_no_formula(
    exported: tuple[Path, dict[str, str]],
) -> None:
    out, keys = exported
    sheet = openpyxl.load_workbook(out / "ideas.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert rows[1][:7] == (
        "city_policy.3",
        "city_policy",
        "approved",
        "workshops-2023",
        "pl",
        "Ławki na skwerach",
        6,
    )
    assert rows[1][7] == pytest.approx(4.333)
    # XML reads a lone carriage return back as a line feed.
    assert [row[5] for row in rows[2:]] == ["'" + text.replace("\r", "\n") for text in HOSTILE]
    for written in sheet["F"][1:]:
        assert written.data_type == "s"  # text, never a formula
        assert str(written.value).startswith(("'", "Ł"))
    assert sheet.freeze_panes == "A2"
    every_value = {str(value) for row in rows for value in row}
    assert keys["rater"] not in every_value


def test_a_cell_leaves_numbers_and_plain_text_alone() -> None:
    assert cell("=1+1") == "'=1+1"
    assert cell("plain") == "plain"
    assert cell(-3) == -3
    assert cell(4.5) == 4.5
    assert cell(None) == ""
    assert csv_bytes([["=A1", 2]]) == "\ufeff'=A1,2\r\n".encode()


FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]
# C0 and C1 controls, DEL, and invisible format characters (zero-width, direction marks, BOM).
HIDING = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b"]
HIDING += ["\u200b", "\u200d", "\u200e", "\u202e", "\u2066", "\ufeff", "\U000e0001"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=repr)
@pytest.mark.parametrize("hiding", HIDING, ids=repr)
def test_a_formula_behind_a_control_character_is_still_neutralised(hiding: str, start: str) -> None:
    hostile = f'{hiding}{start}HYPERLINK("http://evil.example","x")'
    (read_csv,) = csv.reader(io.StringIO(csv_bytes([[hostile]]).decode("utf-8-sig"), newline=""))
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes({"s": [(hostile,)]}))).active
    from_xlsx = sheet["A1"]
    for value in (read_csv[0], str(from_xlsx.value)):
        assert value.startswith("'")
        assert hiding not in value
    assert from_xlsx.data_type == "s"


def test_a_workbook_for_the_digest_keeps_sheets_and_blank_rows() -> None:
    content = workbook_bytes(
        {"summary": [("measure", "value"), ("ratings", 3), (), ("@note",)], "summary?": [("a",)]}
    )
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["summary", "summary (2)"]
    rows = list(book["summary"].iter_rows(values_only=True))
    assert rows == [("measure", "value"), ("ratings", 3), (None, None), ("'@note", None)]


async def test_the_command_writes_both_files(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(sqlite_url)
    await migrate.upgrade(engine)
    await fill(engine)
    await engine.dispose()
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    # The command runs its own event loop, so not inside the test's.
    await asyncio.to_thread(main, ["export", "--out", str(tmp_path / "export")])
    assert {p.name for p in (tmp_path / "export").iterdir()} == {"ideas.csv", "ideas.xlsx"}
    written = (tmp_path / "export" / "ideas.csv").read_text(encoding="utf-8-sig")
    rows = {row["idea_id"]: row for row in csv.DictReader(io.StringIO(written))}
    assert rows["city_policy.3"]["source_text"] == CITY_POLICY_3_IN_THE_REPORT


async def test_migrate_then_export_on_a_fresh_database_gives_the_idea_bank(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.chdir(tmp_path)
    await asyncio.to_thread(main, ["migrate"])
    await asyncio.to_thread(main, ["export", "--out", str(tmp_path / "export")])
    content = (tmp_path / "export" / "ideas.csv").read_text(encoding="utf-8-sig")
    header, *ideas = list(csv.reader(io.StringIO(content, newline="")))
    assert header == list(COLUMNS)
    assert len(ideas) == 68
    assert {row[2] for row in ideas} == {"approved"}
