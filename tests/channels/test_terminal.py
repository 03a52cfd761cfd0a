"""The terminal chat: numbered options, answers by number or words, the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from bot.channels import plain
from bot.channels.terminal import TerminalChat
from dialogs.engine import Dialogs
from dialogs.messages import Option, Outbound

REPO = Path(__file__).resolve().parents[2]


def scripted(lines: list[str]) -> tuple[Iterator[str], object]:
    feed = iter(lines)

    async def read() -> str | None:
        return next(feed, None)

    return feed, read


def test_options_render_as_a_numbered_list() -> None:
    outbound = Outbound(
        key="q",
        text="Question?",
        options=(Option("a", "First"), Option("b", "Second")),
        token="3",
        hint="Reply with a number.",
    )
    assert plain.render(outbound) == "Question?\n\n1) First\n2) Second\nReply with a number."


def test_slash_commands_and_words_are_parsed() -> None:
    assert plain.parse("terminal", "u", "/start wola").command == "start"
    assert plain.parse("terminal", "u", "/start wola").command_arg == "wola"
    assert plain.parse("terminal", "u", "help").text == "help"
    assert plain.parse("terminal", "u", "/").text == "/"


async def test_onboarding_by_numbers_and_words_then_mydata(
    dialogs: Dialogs, tmp_path: Path
) -> None:
    written: list[str] = []
    _feed, read = scripted(["українська", "1", "ні", "17", "мої дані", "видалити", "1"])
    chat = TerminalChat(
        dialogs,
        user="olena",
        language_hint="uk-UA",
        files=tmp_path / "outbox",
        write=written.append,
        read=read,  # type: ignore[arg-type]
    )
    await chat.run()
    screen = "\n".join(written)
    assert "2) Українська" in screen  # the same order for everyone: 1 is always Polski
    assert dialogs.translator("uk", "onboarding-done") in screen
    assert dialogs.translator("uk", "rights-deleted") in screen
    saved = tmp_path / "outbox" / "my-data.json"
    assert saved.exists() and '"wola"' in saved.read_text(encoding="utf-8")


def test_the_real_command_line_chat(tmp_path: Path) -> None:
    """`dialog-bot chat` on a fresh data folder: migrations, key generation, a conversation."""
    env = {**os.environ, "DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    env.pop("PSEUDONYM_KEY", None)
    completed = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--lang", "uk", "--user", "olena"],
        input="1\n1\n3\n20\nменю\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert "Українська" in completed.stdout
    assert "Волію не відповідати" in completed.stdout or "1)" in completed.stdout
    key_file = tmp_path / "data" / "pseudonym.key"
    assert key_file.exists()
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert key_file.read_text().strip() not in completed.stderr
    assert (tmp_path / "data" / "dialog-bot.sqlite3").exists()


async def test_an_error_gets_an_apology_and_the_chat_goes_on(
    dialogs: Dialogs, tmp_path: Path, monkeypatch: object
) -> None:
    written: list[str] = []
    _feed, read = scripted(["boom", "4"])
    real_handle = dialogs.handle
    calls = 0

    async def flaky(inbound: object) -> list[Outbound]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("storage hiccup")
        return await real_handle(inbound)  # type: ignore[arg-type]

    monkeypatch.setattr(dialogs, "handle", flaky)  # type: ignore[attr-defined]
    chat = TerminalChat(
        dialogs,
        user="ivan",
        language_hint="ru",
        files=tmp_path,
        write=written.append,
        read=read,  # type: ignore[arg-type]
    )
    await chat.run()
    screen = "\n".join(written)
    assert dialogs.translator("ru", "input-error") in screen
    assert dialogs.translator("ru", "onboarding-consent") in screen  # the next line still worked
