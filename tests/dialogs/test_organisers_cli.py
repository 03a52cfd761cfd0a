"""`dialog-bot organiser invite|list|revoke` and `dialog-bot digest --dry-run`, end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot import organiser_cli
from bot.__main__ import main
from bot.app import open_app
from bot.settings import Settings
from storage.models import ConversationState
from tests.transcript import Person


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path, telegram_bot_username="@warsaw_dialog_bot"
    )


async def test_invite_join_list_revoke(settings: Settings) -> None:
    printed = await organiser_cli.invite(settings, "Ola, Wola NGO")
    link = re.search(r"https://t\.me/warsaw_dialog_bot\?start=(org_[\w-]+)", printed)
    assert link is not None
    assert f"send /start {link.group(1)}" in printed
    app = await open_app(settings)
    try:
        person = Person(app.dialogs, user_id="77", hint="pl")
        assert await person.command("start", link.group(1)) == [
            "organisers-welcome",
            "organisers-home",
        ]
        listed = await organiser_cli.listing(settings)
        assert "Ola, Wola NGO" in listed and "active" in listed and "77" not in listed
        assert await organiser_cli.revoke(settings, 1) == "Organiser 1 (Ola, Wola NGO) revoked."
        assert "revoked" in await organiser_cli.listing(settings)
        # The organiser menu left open in that chat is closed with the role.
        async with app.dialogs.sessionmaker() as session:
            assert (await session.scalars(select(ConversationState))).all() == []
        assert await person.command("stats") == ["input-unknown-command"]
    finally:
        await app.close()
    assert await organiser_cli.revoke(settings, 99) == "No organiser 99."


def test_the_command_line(
    settings: Settings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    main(["organiser", "invite", "--name", "Jan"])
    assert "send /start org_" in capsys.readouterr().out
    main(["organiser", "list"])
    assert "No organisers yet" in capsys.readouterr().out
    out = tmp_path / "digest"
    main(["digest", "--dry-run", "--out", str(out), "--lang", "uk"])
    files = sorted(path.name for path in out.iterdir())
    assert "digest.txt" in files
    assert [name.rsplit(".", 1)[1] for name in files if name != "digest.txt"] == ["xlsx", "png"]
    assert (out / "digest.txt").read_text(encoding="utf-8").startswith("Дайджест за період")
    [workbook] = [path for path in out.iterdir() if path.suffix == ".xlsx"]
    assert load_workbook(workbook).sheetnames == ["Підсумок", "Потреби", "Ідеї"]
