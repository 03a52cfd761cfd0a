"""`dialog-bot run` serves the dashboard beside the terminal chat (what `make run` starts on a
fresh clone), and stops it with the bot."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

STARTUP_LIMIT_SECONDS = 60  # a bound against a hung test on a busy machine, not a claim


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def environment(folder: Path, port: int) -> dict[str, str]:
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIGNAL_"))}
    return {**kept, "DATA_DIR": str(folder / "data"), "DASHBOARD_PORT": str(port)}


def status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def test_run_serves_the_dashboard_beside_the_terminal_chat_and_stops_with_it(
    tmp_path: Path,
) -> None:
    port = free_port()
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env of the developer's
        env=environment(tmp_path, port),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/signin"
    said: list[bytes] = []
    try:
        # The bot says where the dashboard is once it listens; no clock decides when that is.
        assert bot.stderr is not None
        for line in bot.stderr:
            said.append(line)
            if b"dashboard: http" in line:
                break
        assert status(url) == 200
        # Ctrl-D (the end of its input): the chat ends, and the bot with it.
        out, rest = bot.communicate(input=b"", timeout=STARTUP_LIMIT_SECONDS)
        err = b"".join(said) + rest
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait()
    assert bot.returncode == 0, err.decode()
    assert "Українська" in out.decode()  # the chat asked for the language
    assert f"dashboard: http://127.0.0.1:{port}" in err.decode()
    assert status(url) is None  # nothing listens any more


def test_a_port_in_use_stops_the_start_with_a_clear_word(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=environment(tmp_path, port),
            input=b"",
            capture_output=True,
            timeout=STARTUP_LIMIT_SECONDS,
        )
    assert done.returncode != 0
    assert "set DASHBOARD_PORT to a free port, or DASHBOARD_ENABLED=false" in done.stderr.decode()
