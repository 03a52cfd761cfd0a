"""`dialog-bot organiser invite|list|revoke` and `dialog-bot digest --dry-run`, end to end."""

from __future__ import annotations

import re
from datetime import UTC, datetime
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


# Wednesday 25 November 2026; the default schedule fired on Monday 23 November, 09:00 in Warsaw.
WEDNESDAY = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("period", "title"),
    [
        ("current", "Digest for 23 November 2026 – 25 November 2026"),
        ("last", "Digest for 16 November 2026 – 23 November 2026"),
    ],
)
async def test_a_dry_run_digest_shows_the_period_running_now_or_the_last_one(
    settings: Settings, tmp_path: Path, period: str, title: str
) -> None:
    out = tmp_path / period
    await organiser_cli.digest_dry_run(settings, out, "en", period, now=WEDNESDAY)
    first_line = (out / "digest.txt").read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith(title)


def test_the_command_line_takes_a_period(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    main(["digest", "--dry-run", "--out", str(tmp_path / "last"), "--period", "last"])
    main(["digest", "--dry-run", "--out", str(tmp_path / "now")])
    last, now = ((tmp_path / d / "digest.txt").read_text(encoding="utf-8") for d in ("last", "now"))
    # Both periods start at a scheduled time; only the running one ends today.
    assert last.splitlines()[0] != now.splitlines()[0]
    with pytest.raises(SystemExit):
        main(["digest", "--dry-run", "--out", str(tmp_path / "x"), "--period", "next"])
