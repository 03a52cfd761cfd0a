"""After /delete, nothing of the person is left in SQLite's files; the files are the bot's own."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from storage import migrate
from storage.db import create_engine
from tests.transcript import Person

IDEA = "Quokka benches beside every tram stop in Targowek"
DRAFT = "Zebra crossings painted by the neighbours themselves"


def database_files(engine: AsyncEngine) -> dict[str, bytes]:
    database = Path(str(engine.url.database))
    files = [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
    return {file.name: file.read_bytes() for file in files if file.exists()}


async def test_after_delete_no_file_holds_the_key_or_what_they_typed(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    person = Person(dialogs, user_id="erase-me", hint="en")
    await person.onboard(language="en", migration="no", district="ochota")
    await person.taps("ideas")
    await person.taps("city_policy")
    await person.taps("skip")
    await person.says(IDEA)
    assert await person.taps("send") == ["ideas-sent", "outcomes-ask"]
    await person.taps("updates_yes")  # the one place a participant's chat address is kept
    await person.taps("ideas")
    await person.taps("grassroots")
    await person.taps("skip")
    await person.says(DRAFT)  # left unsent: a draft in the conversation state
    key = dialogs.participant_key("test", "erase-me").encode()
    before = database_files(engine)
    assert any(key in content for content in before.values())
    assert any(IDEA.encode() in content for content in before.values())

    await person.command("delete")
    assert await person.taps("delete") == ["rights-deleted"]

    after = database_files(engine)
    assert {"test.sqlite3", "test.sqlite3-wal"} <= after.keys()  # the bot is still running
    for name, content in after.items():
        for secret in (key, IDEA.encode(), DRAFT.encode()):
            assert secret not in content, (name, secret)


async def test_the_database_and_its_folder_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    engine = create_engine(f"sqlite+aiosqlite:///{data_dir / 'dialog-bot.sqlite3'}")
    try:
        await migrate.upgrade(engine)
        async with engine.connect() as connection:  # holds the -wal and -shm files open
            await connection.exec_driver_sql("SELECT count(*) FROM participants")
            modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in data_dir.iterdir()}
    finally:
        await engine.dispose()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert modes == {
        "dialog-bot.sqlite3": 0o600,
        "dialog-bot.sqlite3-wal": 0o600,
        "dialog-bot.sqlite3-shm": 0o600,
    }
