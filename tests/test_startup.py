"""What starting the terminal chat loads: its first prompt needs no report library, and none of
the digest's own modules."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import runner
from bot.settings import Settings

REPO = Path(__file__).resolve().parent.parent
REPORT_LIBRARIES = ("matplotlib", "openpyxl", "qrcode", "PIL", "numpy")
# Loaded when an organiser first asks for a report, or by the scheduler.
REPORT_MAKING = ("bot.digest.maker", "bot.digest.workbook", "bot.digest.text")

# A fresh interpreter, as `python -m bot chat` starts: the entry point's imports, the app, the
# dialogs, and the chat up to its first prompt. Prints which report libraries got loaded.
CHAT_UNTIL_FIRST_PROMPT = f"""
import asyncio, json, sys
from pathlib import Path

import bot.cli
from bot.app import open_app
from bot.channels.terminal import TerminalChat
from bot.settings import Settings

async def first_prompt(folder):
    settings = Settings(_env_file=None, data_dir=folder, pseudonym_key="k" * 32)
    app = await open_app(settings)
    shown = []
    async def nothing_more():
        return None
    chat = TerminalChat(
        app.dialogs, user="olena", language_hint="uk", files=folder / "files",
        write=shown.append, read=nothing_more,
    )
    try:
        await chat.run()
    finally:
        await app.close()
    return shown

shown = asyncio.run(first_prompt(Path(sys.argv[1])))
loaded = [name for name in {REPORT_LIBRARIES + REPORT_MAKING!r} if name in sys.modules]
print(json.dumps({{"shown": shown, "loaded": loaded}}))
"""


def test_the_chat_shows_its_first_prompt_without_loading_what_reports_need(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHAT_UNTIL_FIRST_PROMPT, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert any("Українська" in line for line in result["shown"])  # the language question
    assert result["loaded"] == []


def test_the_entry_point_loads_the_program_with_the_collector_paused_then_frozen() -> None:
    code = (
        "import contextlib, gc, json, sys\n"
        "import bot.__main__\n"
        "while_loading = []\n"
        "def seen(phase, info):\n"
        "    if phase == 'start' and gc.get_freeze_count() == 0:\n"
        "        while_loading.append(info['generation'])\n"
        "gc.callbacks.append(seen)\n"
        "with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(SystemExit):\n"
        "    bot.__main__.main(['--help'])\n"
        "print(json.dumps([while_loading, gc.get_freeze_count(), gc.isenabled()]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    passes_while_loading, frozen, collecting = json.loads(done.stdout)
    assert "terminal chat" in done.stderr  # the commands' help: the program was loaded
    assert passes_while_loading == []
    assert frozen > 50_000
    assert collecting


def test_a_first_start_names_the_migrations_it_runs_and_not_alembics_plugins(
    tmp_path: Path,
) -> None:
    environment = {"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path), "LOG_LEVEL": "INFO"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(REPO), "PSEUDONYM_KEY": "k" * 32},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Running upgrade  -> 001_initial" in done.stderr
    assert "plugin" not in done.stderr


async def test_the_channels_start_with_what_start_up_made_kept_out_of_full_collections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_when_serving: list[int] = []

    async def channel() -> None:
        frozen_when_serving.append(gc.get_freeze_count())

    monkeypatch.setattr(runner, "configured_services", lambda app: [("telegram", channel)])
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        pseudonym_key="k" * 32,
        dashboard_enabled=False,
    )
    try:
        await runner.run(settings)
    finally:
        gc.unfreeze()
    # The modules, the app and its engine: far more than anything made while serving.
    assert frozen_when_serving[0] > 50_000
