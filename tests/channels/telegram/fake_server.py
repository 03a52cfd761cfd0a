"""A fake Telegram Bot API server: just what the bot calls, with Telegram's delivery semantics.

getUpdates long-polls and drops only updates below the offset the bot confirmed, so a bot that
dies before confirming gets its updates again. Failures (429 with retry_after, 500, 403 blocked)
can be injected, and Telegram's rate limits enforced, to see how the bot copes.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

BOT_ID = 123456
BOT_USERNAME = "dialog_test_bot"
TOKEN = f"{BOT_ID}:TEST-not-a-real-token-0123456789"
DROP = 0  # a "status" for fail(): the connection is cut, as by a network fault


@dataclass
class Call:
    """One request the bot made, and how the fake answered it."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """A message the bot sent, as the chat shows it now (edits applied)."""

    chat_id: int
    message_id: int
    text: str | None
    keyboard: list[list[dict[str, str]]] | None
    document: tuple[str, bytes] | None = None
    edits: list[str] = field(default_factory=list)

    def as_telegram(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "date": int(time.time()),
            "chat": chat(self.chat_id),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Dialog"},
        }
        if self.text is not None:
            message["text"] = self.text
        if self.keyboard is not None:
            message["reply_markup"] = {"inline_keyboard": self.keyboard}
        if self.document is not None:
            message["document"] = {
                "file_id": "f",
                "file_unique_id": "u",
                "file_name": self.document[0],
            }
        return message


@dataclass
class Limits:
    """Telegram's flood limits: messages per second overall, and a burst then ~1/s per chat."""

    per_second: int = 30
    chat_burst: int = 5
    chat_per_second: float = 1.0


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None = None


class Rejected(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Participant"}
    return {"id": chat_id, "type": "supergroup", "title": "Neighbours"}


class FakeTelegram:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.chats: dict[int, list[Sent]] = {}
        self.answers: dict[str, str | None] = {}
        self.commands: list[dict[str, Any]] = []
        self.left: list[int] = []
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()
        self.limits: Limits | None = None
        self.throttled = 0  # 429s the rate limits produced
        self.updates: list[dict[str, Any]] = []
        self.confirmed = 0  # updates below this id are confirmed and gone
        self._next_update_id = 1000
        self._next_message_id = 1
        self._failures: dict[str, deque[_Failure]] = {}
        self._recent: deque[float] = deque()
        self._chat_buckets: dict[int, tuple[float, float]] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._client: ClientSession | None = None
        self.url = ""
        # When calls happen and how the limits count them; a test may share its virtual time.
        self.clock: Callable[[], float] = time.monotonic

    # --- life -------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        # Cancel the long polls of a bot that was killed, and do not wait for them at the end.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        self._client = ClientSession()

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests do ----------------------------------------------------------------------

    def fail(
        self, method: str, status: int, *, times: int = 1, retry_after: int | None = None
    ) -> None:
        descriptions = {
            429: f"Too Many Requests: retry after {retry_after}",
            500: "Internal Server Error",
            502: "Bad Gateway",
            403: "Forbidden: bot was blocked by the user",
            DROP: "(the connection is cut without an answer)",
        }
        failure = _Failure(status, descriptions.get(status, "Bad Request"), retry_after)
        self._failures.setdefault(method, deque()).extend([failure] * times)

    def number(self, *updates: dict[str, Any]) -> list[int]:
        """Give updates the next ids, as Telegram numbers them (ascending)."""
        for update in updates:
            update["update_id"] = self._next_update_id
            self._next_update_id += 1
        return [update["update_id"] for update in updates]

    async def queue(self, *updates: dict[str, Any]) -> list[int]:
        """Updates waiting for getUpdates, numbered as Telegram does."""
        ids = self.number(*updates)
        self.updates.extend(updates)
        await self._notify()
        return ids

    async def deliver(self, *updates: dict[str, Any], seconds: float = 15) -> list[int]:
        """Deliver updates in the bot's mode and return once the bot has taken them in."""
        if self.webhook is None:
            ids = await self.queue(*updates)
            await self.until(lambda: self.confirmed > max(ids), seconds)
            return ids
        self.number(*updates)
        self.updates.extend(updates)
        statuses = await asyncio.gather(*(self.post_webhook(update) for update in updates))
        assert all(status == 200 for status in statuses), statuses
        return [update["update_id"] for update in updates]

    async def post_webhook(self, update: dict[str, Any], secret: str | None = None) -> int:
        """POST an update to the bot's webhook as Telegram does (with the secret it was given)."""
        assert self.webhook is not None and self._client is not None, "no webhook set"
        token = self.webhook.get("secret_token") if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": token} if token else {}
        async with self._client.post(self.webhook["url"], json=update, headers=headers) as reply:
            await reply.read()
            return reply.status

    async def post_webhook_body(self, body: bytes) -> int:
        """POST any bytes as the body, with the right secret (what a forged call could send)."""
        assert self.webhook is not None and self._client is not None, "no webhook set"
        headers = {
            "X-Telegram-Bot-Api-Secret-Token": self.webhook.get("secret_token") or "",
            "Content-Type": "application/json",
        }
        async with self._client.post(self.webhook["url"], data=body, headers=headers) as reply:
            await reply.read()
            return reply.status

    def forget_confirmations(self, since_update_id: int) -> None:
        """As if the bot died after handling these updates but before confirming them."""
        self.confirmed = min(self.confirmed, since_update_id)

    async def until(self, condition: Callable[[], bool], seconds: float = 15) -> None:
        async with asyncio.timeout(seconds), self._changed:
            await self._changed.wait_for(condition)

    def sent(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def polled(self) -> bool:
        return any(call.method == "getUpdates" for call in self.calls)

    # --- the Bot API ------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params, self.clock())
        self.calls.append(call)
        await self._notify()  # someone may be waiting for the bot to ask (e.g. to poll)
        handler = getattr(self, f"_api_{method}", None)
        try:
            if handler is None:
                raise Rejected(404, "Not Found: method not found")
            self._inject(method, params)
            result = await handler(params)
        except Rejected as rejected:
            if rejected.status == DROP:
                assert request.transport is not None
                request.transport.abort()
                call.status = DROP
                return web.Response()
            call.status = rejected.status
            body: dict[str, Any] = {
                "ok": False,
                "error_code": rejected.status,
                "description": rejected.description,
            }
            if rejected.retry_after is not None:
                body["parameters"] = {"retry_after": rejected.retry_after}
            await self._notify()
            return web.json_response(body, status=rejected.status)
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    def _inject(self, method: str, params: dict[str, Any]) -> None:
        pending = self._failures.get(method)
        if pending:
            failure = pending.popleft()
            raise Rejected(failure.status, failure.description, failure.retry_after)
        chat_id = int(params.get("chat_id", 0))
        if method.startswith(("send", "edit")) and chat_id in self.blocked:
            raise Rejected(403, "Forbidden: bot was blocked by the user")
        if method in ("sendMessage", "sendDocument") and self.limits is not None:
            self._enforce(self.limits, chat_id)

    def _enforce(self, limits: Limits, chat_id: int) -> None:
        now = self.clock()
        while self._recent and now - self._recent[0] >= 1.0:
            self._recent.popleft()
        tokens, updated = self._chat_buckets.get(chat_id, (float(limits.chat_burst), now))
        tokens = min(limits.chat_burst, tokens + (now - updated) * limits.chat_per_second)
        if len(self._recent) >= limits.per_second or tokens < 1:
            self.throttled += 1
            raise Rejected(429, "Too Many Requests: retry after 1", retry_after=1)
        self._recent.append(now)
        self._chat_buckets[chat_id] = (tokens - 1, now)

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Dialog", "username": BOT_USERNAME}

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise Rejected(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset", 0))
        if offset > 0:
            self.confirmed = max(self.confirmed, offset)
            await self._notify()
        limit = int(params.get("limit", 100))
        timeout = float(params.get("timeout", 0))

        def pending() -> list[dict[str, Any]]:
            # Ids ascend in the list; a search, not a scan, keeps a long run (100,000 updates,
            # and a check on every call the bot makes meanwhile) from slowing down as it grows.
            first = bisect.bisect_left(self.updates, self.confirmed, key=_update_id)
            return self.updates[first : first + limit]

        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(lambda: bool(pending()))
        except TimeoutError:
            pass
        return pending()

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._store(params, params["text"], None).as_telegram()

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params["document"]
        return self._store(params, None, document).as_telegram()

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._message(params)
        keyboard = _keyboard(params)
        if message.text == params["text"] and message.keyboard == keyboard:
            raise Rejected(400, "Bad Request: message is not modified")
        message.text = params["text"]
        message.keyboard = keyboard
        message.edits.append(params["text"])
        return message.as_telegram()

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._message(params)
        message.keyboard = _keyboard(params)
        return message.as_telegram()

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = params["callback_query_id"]
        if query_id in self.answers:
            raise Rejected(400, "Bad Request: query is too old and response timeout expired")
        self.answers[query_id] = params.get("text")
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands.append(
            {
                "language_code": params.get("language_code"),
                "commands": json.loads(params["commands"]),
            }
        )
        return True

    async def _api_leaveChat(self, params: dict[str, Any]) -> bool:
        self.left.append(int(params["chat_id"]))
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {
            "url": params["url"],
            "secret_token": params.get("secret_token"),
            "allowed_updates": json.loads(params.get("allowed_updates", "null")),
        }
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    # --- bookkeeping ------------------------------------------------------------------------

    def _store(
        self, params: dict[str, Any], text: str | None, document: tuple[str, bytes] | None
    ) -> Sent:
        chat_id = int(params["chat_id"])
        message = Sent(chat_id, self._next_message_id, text, _keyboard(params), document)
        self._next_message_id += 1
        self.chats.setdefault(chat_id, []).append(message)
        return message

    def _message(self, params: dict[str, Any]) -> Sent:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        for message in self.chats.get(chat_id, []):
            if message.message_id == message_id:
                return message
        raise Rejected(400, "Bad Request: message to edit not found")

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()


async def _params(request: web.Request) -> dict[str, Any]:
    """aiogram posts form fields (JSON-encoded where structured); files as attach:// parts."""
    form = await request.post()
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for name, value in form.items():
        if isinstance(value, web.FileField):
            files[name] = (value.filename, value.file.read())
        else:
            params[name] = value
    for name, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            params[name] = files[value.removeprefix("attach://")]
    return params


def _update_id(update: dict[str, Any]) -> int:
    number: int = update["update_id"]
    return number


def _keyboard(params: dict[str, Any]) -> list[list[dict[str, str]]] | None:
    markup = params.get("reply_markup")
    if not markup:
        return None
    keyboard: list[list[dict[str, str]]] = json.loads(markup)["inline_keyboard"]
    return keyboard
