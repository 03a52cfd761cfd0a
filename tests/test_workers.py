"""`dialog-bot run --workers N` refuses the configurations where several processes cannot work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.__main__ import main
from tests.channels.telegram.fake_server import TOKEN

POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/dialogbot"
WEBHOOK = {
    "TELEGRAM_BOT_TOKEN": TOKEN,
    "TELEGRAM_MODE": "webhook",
    "WEBHOOK_URL": "https://bot.example.org/telegram",
    "WEBHOOK_SECRET": "a-webhook-secret",
}


def refusal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> str:
    """What `dialog-bot run --workers 2` says as it refuses to start (nothing is started)."""
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for name in os.environ:
        if name.startswith(("TELEGRAM_", "WEBHOOK_", "SIGNAL_", "DATABASE_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as stopped:
        main(["run", "--workers", "2"])
    assert isinstance(stopped.value.code, str)
    assert not list(tmp_path.glob("*.sqlite3"))  # refused before touching any database
    return stopped.value.code


def test_sqlite_is_for_one_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    said = refusal(monkeypatch, tmp_path, **WEBHOOK)
    assert said.startswith("dialog-bot: --workers 2 needs PostgreSQL")
    assert "SQLite is for one process" in said


def test_polling_is_one_process_per_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    said = refusal(monkeypatch, tmp_path, DATABASE_URL=POSTGRES, TELEGRAM_BOT_TOKEN=TOKEN)
    assert "needs TELEGRAM_MODE=webhook" in said


def test_signal_runs_in_a_process_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    said = refusal(
        monkeypatch,
        tmp_path,
        DATABASE_URL=POSTGRES,
        SIGNAL_RPC_URL="http://127.0.0.1:8081",
        SIGNAL_ACCOUNT="+48500000000",
        **WEBHOOK,
    )
    assert "cannot run Signal" in said
