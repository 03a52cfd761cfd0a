"""The signal-cli daemon's HTTP interface: JSON-RPC requests, the event stream, the health check.

`signal-cli -a ACCOUNT daemon --http HOST:PORT` serves `POST /api/v1/rpc` (JSON-RPC 2.0),
`GET /api/v1/events` (server-sent events of received messages) and `GET /api/v1/check`.
The `account` parameter selects the account when the daemon serves several; a daemon started
with `-a` ignores it.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from bot.channels.signal.sse import EventDecoder, ServerEvent


class DaemonUnavailable(Exception):
    """The daemon did not answer: not running, restarting, or overloaded. Worth retrying."""


class DaemonRefused(Exception):
    """The daemon refused the HTTP request itself (wrong path, Host or content type)."""


class RpcError(Exception):
    """A JSON-RPC error object from signal-cli."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(f"signal-cli error {code}: {message}")
        self.code = code
        self.message = message
        self.data = data


class SignalDaemon:
    def __init__(
        self,
        base_url: str,
        account: str,
        *,
        rpc_timeout: float = 120.0,
        stream_idle_timeout: float = 60.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.account = account
        self.rpc_timeout = rpc_timeout
        # signal-cli writes a keep-alive every 15 s; this much silence means a dead connection.
        self.stream_idle_timeout = stream_idle_timeout
        self._session: aiohttp.ClientSession | None = None
        self._ids = itertools.count(1)

    async def check(self) -> bool:
        """Whether the daemon is up (`GET /api/v1/check` answers 200)."""
        try:
            async with self._http().get(
                f"{self.base_url}/api/v1/check", timeout=aiohttp.ClientTimeout(total=5)
            ) as response:
                return response.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        """One JSON-RPC request; its `result`, or RpcError with signal-cli's error object."""
        request = {
            "jsonrpc": "2.0",
            "method": method,
            "params": {**params, "account": self.account},
            "id": str(next(self._ids)),
        }
        try:
            async with self._http().post(
                f"{self.base_url}/api/v1/rpc",
                json=request,
                timeout=aiohttp.ClientTimeout(total=self.rpc_timeout),
            ) as response:
                if response.status >= 500:
                    raise DaemonUnavailable(f"HTTP {response.status}")
                if response.status != 200:
                    raise DaemonRefused(f"HTTP {response.status}")
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DaemonUnavailable(type(error).__name__) from error
        if not isinstance(body, dict):
            raise DaemonUnavailable("an answer that is not a JSON-RPC response")
        failure = body.get("error")
        if isinstance(failure, dict):
            raise RpcError(
                int(failure.get("code", 0)), str(failure.get("message", "")), failure.get("data")
            )
        return body.get("result")

    @asynccontextmanager
    async def events(self) -> AsyncIterator[AsyncIterator[ServerEvent]]:
        """Open the event stream. It carries what arrives from now on: signal-cli numbers no
        event and resends none, so whatever was written before is not available again."""
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=10, sock_read=self.stream_idle_timeout
        )
        try:
            response = await self._http().get(
                f"{self.base_url}/api/v1/events",
                params={"account": self.account},
                headers={"Accept": "text/event-stream"},
                timeout=timeout,
            )
        except (aiohttp.ClientError, TimeoutError) as error:
            raise DaemonUnavailable(type(error).__name__) from error
        async with response:
            if response.status >= 500:
                raise DaemonUnavailable(f"HTTP {response.status}")
            if response.status != 200:
                raise DaemonRefused(f"HTTP {response.status}")
            stream = _read_events(response)
            try:
                yield stream
            finally:
                await stream.aclose()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        # Created on first use: a session belongs to the running event loop.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session


async def _read_events(response: aiohttp.ClientResponse) -> AsyncGenerator[ServerEvent, None]:
    decoder = EventDecoder()
    try:
        async for chunk in response.content.iter_any():
            for event in decoder.feed(chunk):
                yield event
    except (aiohttp.ClientError, TimeoutError) as error:
        raise DaemonUnavailable(type(error).__name__) from error
