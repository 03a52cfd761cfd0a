"""Downloads: the same files as `dialog-bot export` and the chat's /export, and the digest's
chart, named for the browser to save, for signed-in organisers only."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PIL import Image

from bot.export import export_ideas
from bot.spreadsheet import MEDIA_TYPE_XLSX
from tests.transcript import Person
from tests.web.conftest import OpenSite
from tests.web.files import download
from tests.web.scripted import script

PATHS = (
    "/downloads/ideas.csv",
    "/downloads/ideas.xlsx",
    "/downloads/workbook.xlsx",
    "/downloads/matrix.png",
)


def cells(content: bytes) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}


async def test_the_downloads_are_the_exports_files(open_site: OpenSite, tmp_path: Path) -> None:
    site = await open_site(matrix_min_ratings=3)
    await script(site)
    organiser = await site.organiser()
    browser = await site.signed_in(organiser)
    page = await browser.get("/downloads")
    assert page.status == 200 and page.title == "Downloads"
    for path in PATHS:
        assert f'href="{path}" download' in page.text

    written = await export_ideas(site.dialogs.sessionmaker, tmp_path, min_ratings=3)
    csv_file, xlsx_file = (path.read_bytes() for path in written)
    got = await download(browser, "/downloads/ideas.csv")
    assert got.status == 200 and got.content == csv_file
    assert got.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert got.headers["Content-Disposition"] == 'attachment; filename="ideas.csv"'
    assert "att.1" in got.content.decode() and "participant-" not in got.content.decode()
    got = await download(browser, "/downloads/ideas.xlsx")
    assert got.headers["Content-Type"] == MEDIA_TYPE_XLSX
    assert got.headers["Content-Disposition"] == 'attachment; filename="ideas.xlsx"'
    assert cells(got.content) == cells(xlsx_file)

    # The workbook the chat's /export sends, in the organiser's language.
    assert await organiser.command("export") == ["digest-workbook-caption", "organisers-home"]
    sent = organiser.last[0].attachment
    assert sent is not None
    got = await download(browser, "/downloads/workbook.xlsx")
    assert got.headers["Content-Type"] == MEDIA_TYPE_XLSX
    assert got.headers["Content-Disposition"] == f'attachment; filename="{sent.filename}"'
    assert cells(got.content) == cells(sent.content)

    chart = await download(browser, "/downloads/matrix.png")
    assert chart.headers["Content-Type"] == "image/png"
    assert chart.headers["Content-Disposition"].startswith('attachment; filename="matrix-')
    assert Image.open(io.BytesIO(chart.content)).format == "PNG"


async def test_downloads_are_for_signed_in_organisers_only(open_site: OpenSite) -> None:
    site = await open_site()
    stranger = site.browser()
    for path in ("/downloads", *PATHS):
        refused = await download(stranger, path)
        assert (refused.status, refused.headers["Location"]) == (303, "/signin"), path
    # A participant's chat gets no way in either.
    participant = Person(site.dialogs, user_id="5", hint="en")
    await participant.onboard(language="en", migration="no", survey=False)
    replies = await participant.command("dashboard")
    assert replies[0] == "input-unknown-command"
    assert not any("/signin/" in o.text for o in participant.last)
