"""A stand-in for `signal-cli -a ACCOUNT daemon --http 127.0.0.1:PORT --receive-mode on-connection`.

It does what signal-cli's HTTP server does, as read in signal-cli's sources (releases 0.11.5 to
0.14.6; checked line by line against 0.13.19, the one the contract test runs):

- src/main/java/org/asamk/signal/http/HttpServerHandler.java: `GET /api/v1/events` answers 200
  with `Content-Type: text/event-stream` and writes each received envelope as
  `sender.sendEvent(null, "receive", …)` — no `id:` line, ever — and a keep-alive every 15 s;
  it keeps no events, resends none and reads no `Last-Event-ID`. `POST /api/v1/rpc` needs
  `Content-Type: application/json` (else 415). `GET /api/v1/check` answers 200. From 0.14.4 on,
  a Host header other than the listening address is refused with 421.
- src/main/java/org/asamk/signal/http/ServerSentEventSender.java: an event is
  `event:receive\ndata:{"envelope": …, "account": …}\n\n`; a keep-alive is the line `:\n`.
- src/main/java/org/asamk/signal/jsonrpc/SignalJsonRpcCommandHandler.java and
  src/main/java/org/asamk/signal/commands/SendCommand.java, util/SendMessageResultUtils.java:
  a send answers `{"timestamp", "results"}`, or an error object: -5 rate limit and -1 failed
  send (both with `data.response`), -1 "The user … is not registered.", -32601 unknown method,
  and -32603 "Failed to send message: … (IOException)" when Signal's servers cannot be reached.

signal-cli confirms each message to Signal's server before it writes the event, so a message
written while the connection drops is gone. With receive mode on-connection, messages reach the
daemon only while a client listens: until then they wait at "Signal's server" (here: `held`).
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

ACCOUNT = "+48221234567"
_last_stamp = 0


def stamp() -> int:
    """A fresh Signal timestamp (milliseconds): now, and later than any before it."""
    global _last_stamp
    _last_stamp = max(_last_stamp + 1, int(time.time() * 1000))
    return _last_stamp


@dataclass
class Sent:
    recipient: list[str]
    message: str
    attachments: list[str]
    at: float


@dataclass
class FakeSignalDaemon:
    account: str = ACCOUNT
    keepalive: float = 0.05
    port: int = 0
    sent: list[Sent] = field(default_factory=list)
    send_requests: list[dict[str, Any]] = field(default_factory=list)
    forgotten: list[tuple[Any, bool]] = field(default_factory=list)  # removeContact calls
    unregistered: set[str] = field(default_factory=set)
    stream_openings: int = 0
    keepalives: int = 0
    held: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._errors: list[dict[str, Any]] = []
        self._listeners: list[asyncio.Queue[str | None]] = []
        self._last: dict[str, Any] | None = None
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def listening(self) -> bool:
        return bool(self._listeners)

    # --- running -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Start (again) on the same port."""
        app = web.Application()
        app.router.add_post("/api/v1/rpc", self._rpc)
        app.router.add_get("/api/v1/events", self._stream)
        app.router.add_get("/api/v1/check", self._check)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        if not self.port:
            self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """The daemon exits: its streams close."""
        self.cut()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def cut(self) -> None:
        """The connection to every listener drops; the daemon keeps running."""
        for listener in self._listeners:
            listener.put_nowait(None)
        self._listeners = []

    # --- what Signal's server delivers -------------------------------------------------------

    def receive(self, envelope: dict[str, Any]) -> None:
        if not self._listeners or self._runner is None:
            self.held.append(envelope)
            return
        self._publish(envelope)

    def redeliver_last(self) -> None:
        """Signal's server sends an envelope again (as it does when it missed the ack)."""
        assert self._last is not None
        self._publish(self._last)

    def _publish(self, envelope: dict[str, Any]) -> None:
        self._last = envelope
        data = json.dumps({"envelope": envelope, "account": self.account}, ensure_ascii=False)
        for listener in self._listeners:
            listener.put_nowait(f"event:receive\ndata:{data}\n\n")

    # --- what the bot's sends meet -----------------------------------------------------------

    def fail_next_send(self, error: dict[str, Any]) -> None:
        self._errors.append(error)

    def lose_signal_on_next_send(self, times: int = 1) -> None:
        """Signal's servers cannot be reached for the next sends."""
        for _ in range(times):
            self.fail_next_send(
                {
                    "code": -32603,
                    "message": "Failed to send message: Connection reset (IOException)",
                    "data": None,
                }
            )

    def rate_limit_next_send(self, retry_after: int | None) -> None:
        result: dict[str, Any] = {
            "recipientAddress": {"uuid": None, "number": None},
            "type": "RATE_LIMIT_FAILURE",
        }
        if retry_after is not None:
            result["retryAfterSeconds"] = retry_after
        self.fail_next_send(
            {
                "code": -5,
                "message": "Failed to send message due to rate limiting",
                "data": {"response": {"timestamp": stamp(), "results": [result]}},
            }
        )

    # --- HTTP --------------------------------------------------------------------------------

    def _host_allowed(self, request: web.Request) -> bool:
        # signal-cli pins the Host header to the address it listens on.
        return request.host in (f"127.0.0.1:{self.port}", f"localhost:{self.port}")

    async def _check(self, request: web.Request) -> web.Response:
        return web.Response(status=200)

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        if not self._host_allowed(request):
            return web.Response(status=421)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        listener: asyncio.Queue[str | None] = asyncio.Queue()
        self.stream_openings += 1
        self._listeners.append(listener)
        held, self.held = self.held, []
        for envelope in held:
            self._publish(envelope)
        try:
            while True:
                try:
                    frame = await asyncio.wait_for(listener.get(), self.keepalive)
                except TimeoutError:
                    await response.write(b":\n")
                    self.keepalives += 1
                    continue
                if frame is None:
                    break
                await response.write(frame.encode())
        except (ConnectionResetError, RuntimeError):
            pass  # the client went away
        finally:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return response

    async def _rpc(self, request: web.Request) -> web.Response:
        if not self._host_allowed(request):
            return web.Response(status=421)
        if request.content_type != "application/json":
            return web.Response(status=415)
        body = await request.json()
        ident = body.get("id")
        if body.get("jsonrpc") != "2.0" or "method" not in body:
            return self._error(ident, -32600, "method field must be set")
        params = body.get("params") or {}
        if body["method"] == "removeContact":
            self.forgotten.append((params.get("recipient"), bool(params.get("forget"))))
            return web.json_response({"jsonrpc": "2.0", "result": {}, "id": ident})
        if body["method"] != "send":
            return self._error(ident, -32601, "Method not implemented")
        self.send_requests.append(params)
        recipients = params.get("recipient") or []
        recipients = [recipients] if isinstance(recipients, str) else list(recipients)
        message = params.get("message") or ""
        attachments = params.get("attachments") or []
        if not message and not attachments:
            return self._error(
                ident,
                -1,
                "Sending empty message is not allowed, "
                "either a message, attachment or sticker must be given.",
            )
        if self._errors:
            error = self._errors.pop(0)
            return web.json_response({"jsonrpc": "2.0", "error": error, "id": ident})
        timestamp = stamp()
        if any(recipient in self.unregistered for recipient in recipients):
            results = [
                {"recipientAddress": {"uuid": r, "number": None}, "type": "UNREGISTERED_FAILURE"}
                for r in recipients
            ]
            response = {"response": {"timestamp": timestamp, "results": results}}
            return self._error(ident, -1, "Failed to send message", response)
        self.sent.append(Sent(recipients, message, list(attachments), time.monotonic()))
        results = [
            {"recipientAddress": {"uuid": r, "number": None}, "type": "SUCCESS"} for r in recipients
        ]
        return web.json_response(
            {"jsonrpc": "2.0", "result": {"timestamp": timestamp, "results": results}, "id": ident}
        )

    def _error(self, ident: Any, code: int, message: str, data: Any = None) -> web.Response:
        error = {"code": code, "message": message, "data": data}
        return web.json_response({"jsonrpc": "2.0", "error": error, "id": ident})


# --- envelopes as signal-cli writes them ---------------------------------------------------------


def envelope(sender: str, number: str | None = None, **content: Any) -> dict[str, Any]:
    sent_at = content.pop("timestamp", None) or stamp()
    return {
        "source": number or sender,
        "sourceNumber": number,
        "sourceUuid": sender,
        "sourceName": "Olena",
        "sourceDevice": 1,
        "timestamp": sent_at,
        "serverReceivedTimestamp": sent_at + 3,
        "serverDeliveredTimestamp": sent_at + 5,
        **content,
    }


def data_message(text: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "timestamp": stamp(),
        "message": text,
        "expiresInSeconds": 0,
        "viewOnce": False,
        **extra,
    }


def text_envelope(sender: str, text: str, number: str | None = None) -> dict[str, Any]:
    return envelope(sender, number, dataMessage=data_message(text))
