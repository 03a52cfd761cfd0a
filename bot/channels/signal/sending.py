"""Sending to a Signal account: paced, retried, and honest about recipients who are gone.

signal-cli answers `send` with `{"timestamp", "results": [...]}`, one result per recipient typed
SUCCESS, RATE_LIMIT_FAILURE, UNREGISTERED_FAILURE, NETWORK_FAILURE, IDENTITY_FAILURE or
INVALID_PRE_KEY_FAILURE. When no recipient succeeded, newer versions answer with an error
instead and put the same response under `error.data.response`: code -5 when all failures are
rate limits (with `retryAfterSeconds` where Signal advised one), -4 for untrusted identities,
-1 otherwise. When signal-cli cannot reach Signal's servers at all, `send` answers -32603
(internal error) with "Failed to send message: … (IOException)" — the exception's own class name
in brackets, a subclass of IOException for most network failures. Other commands answer -3 for an
I/O error. (signal-cli's SendCommand.java, SendMessageResultUtils.java and
SignalJsonRpcCommandHandler.java, 0.11.5 to 0.14.6.)
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.channels.delivery import RecipientGone
from bot.channels.pacing import Pacer
from bot.channels.signal.daemon import DaemonRefused, DaemonUnavailable, RpcError, SignalDaemon
from bot.channels.signal.envelopes import CHANNEL
from bot.channels.signal.outgoing import SignalMessage, signal_messages
from dialogs.engine import Dialogs
from dialogs.messages import Outbound, merged

log = logging.getLogger(__name__)

RATE_LIMIT_ERROR = -5
UNTRUSTED_KEY_ERROR = -4
IO_ERROR = -3
INTERNAL_ERROR = -32603

# The only other failure signal-cli reports the same way is a file it cannot attach.
_SEND_FAILED = "Failed to send message"
_BAD_ATTACHMENT = "AttachmentInvalidException"

UNTRUSTED = "the recipient's safety number changed; see --trust-new-identities in the README"

# Without advice from Signal, each further rate limit doubles the wait, up to this (seconds).
MAX_UNADVISED_PAUSE = 1800.0

# Retrying a failure that is neither a rate limit nor an outage rarely helps: a few tries only.
MAX_FAILED_ATTEMPTS = 3


class DeliveryFailed(Exception):
    """Signal would not take the message and waiting will not change that."""


class Verdict(enum.Enum):
    SENT = "sent"
    RATE_LIMITED = "rate limited"  # wait as long as Signal says, then send again
    UNREACHABLE = "unreachable"  # the daemon or Signal's servers are down for now
    GONE = "gone"  # the account no longer exists
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    retry_after: float | None = None
    reason: str = ""
    challenge: str | None = None  # Signal wants a captcha before it lifts a rate limit early


def judge_result(result: Any) -> Outcome:
    """A successful JSON-RPC answer may still report per-recipient failures (older signal-cli)."""
    results = result.get("results") if isinstance(result, dict) else None
    return _judge_results(results) or Outcome(Verdict.SENT)


def judge_error(error: RpcError) -> Outcome:
    response = error.data.get("response") if isinstance(error.data, dict) else None
    results = response.get("results") if isinstance(response, dict) else None
    judged = _judge_results(results)
    if error.code == RATE_LIMIT_ERROR:
        retry_after = judged.retry_after if judged else None
        challenge = judged.challenge if judged else None
        return Outcome(Verdict.RATE_LIMITED, retry_after, "rate limited", challenge)
    if judged is not None:
        return judged
    if error.code == IO_ERROR or _network_failure(error):
        return Outcome(Verdict.UNREACHABLE, reason="I/O error between signal-cli and Signal")
    if "not registered" in error.message:  # signal-cli's words for an unknown recipient
        return Outcome(Verdict.GONE, reason="not registered")
    if error.code == UNTRUSTED_KEY_ERROR:
        return Outcome(Verdict.FAILED, reason=UNTRUSTED)
    return Outcome(Verdict.FAILED, reason=f"error {error.code}")


def _network_failure(error: RpcError) -> bool:
    return (
        error.code == INTERNAL_ERROR
        and error.message.startswith(_SEND_FAILED)
        and _BAD_ATTACHMENT not in error.message
    )


def _judge_results(results: Any) -> Outcome | None:
    if not isinstance(results, list) or not results:
        return None
    types = {str(r.get("type")) for r in results if isinstance(r, dict)}
    if "SUCCESS" in types:
        return Outcome(Verdict.SENT)
    if "UNREGISTERED_FAILURE" in types:
        return Outcome(Verdict.GONE, reason="unregistered")
    if "RATE_LIMIT_FAILURE" in types:
        advised = [
            float(r["retryAfterSeconds"])
            for r in results
            if isinstance(r, dict) and isinstance(r.get("retryAfterSeconds"), int | float)
        ]
        tokens = [str(r["token"]) for r in results if isinstance(r, dict) and r.get("token")]
        return Outcome(
            Verdict.RATE_LIMITED,
            max(advised) if advised else None,
            "rate limited",
            tokens[0] if tokens else None,
        )
    if "NETWORK_FAILURE" in types:
        return Outcome(Verdict.UNREACHABLE, reason="network failure")
    if "IDENTITY_FAILURE" in types:
        return Outcome(Verdict.FAILED, reason=UNTRUSTED)
    return Outcome(Verdict.FAILED, reason=", ".join(sorted(types)).lower())


class SignalMessenger:
    """Replies and pushes through one signal-cli account (a Messenger for `app.messengers`)."""

    channel = CHANNEL

    def __init__(
        self,
        daemon: SignalDaemon,
        dialogs: Dialogs,
        pacer: Pacer,
        *,
        retry_delay: float = 1.0,
        max_retry_delay: float = 60.0,
        rate_limit_fallback: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.daemon = daemon
        self.dialogs = dialogs
        self.pacer = pacer
        self.retry_delay = retry_delay
        self.max_retry_delay = max_retry_delay
        # Used when Signal rate-limits without saying for how long (older signal-cli).
        self.rate_limit_fallback = rate_limit_fallback
        self._sleep = sleep

    async def push(self, address: str, outbounds: Sequence[Outbound]) -> None:
        await self.deliver(address, outbounds)

    async def deliver(self, recipient: str, outbounds: Sequence[Outbound]) -> None:
        """Send in order; RecipientGone (after marking them stopped) when they left Signal."""
        for outbound in merged(outbounds):
            for message in signal_messages(outbound):
                await self._send(recipient, message)
            if outbound.forget_sender:
                await self._forget(recipient)

    async def _forget(self, recipient: str) -> None:
        """After /delete, signal-cli's own record of the person (number, profile name, keys)."""
        try:
            await self.daemon.call("removeContact", {"recipient": recipient, "forget": True})
        except (RpcError, DaemonUnavailable, DaemonRefused) as error:
            log.warning(
                "signal-cli could not forget an erased participant (%s)", type(error).__name__
            )

    async def _send(self, recipient: str, message: SignalMessage) -> None:
        params: dict[str, Any] = {"recipient": [recipient], "message": message.text}
        if message.attachments:
            params["attachments"] = list(message.attachments)
        delay = self.retry_delay
        unadvised_pause = self.rate_limit_fallback
        failures = 0
        while True:
            await self.pacer.wait(recipient)
            outcome = await self._attempt(params)
            if outcome.verdict is Verdict.SENT:
                return
            if outcome.verdict is Verdict.GONE:
                log.info("a Signal recipient is no longer registered; marked as stopped")
                await self.dialogs.mark_stopped(CHANNEL, recipient)
                raise RecipientGone(outcome.reason)
            if outcome.verdict is Verdict.RATE_LIMITED:
                pause = outcome.retry_after
                if pause is None:
                    pause, unadvised_pause = (
                        unadvised_pause,
                        min(unadvised_pause * 2, MAX_UNADVISED_PAUSE),
                    )
                log.warning("Signal rate limit: every send waits %.0f s, then retries", pause)
                if outcome.challenge:
                    # Not a secret: it only lets whoever solves a captcha lift the limit early.
                    log.warning(
                        "Signal offers to lift the limit after a captcha; challenge token %s "
                        "(README, Signal: rate limits)",
                        outcome.challenge,
                    )
                self.pacer.pause(pause)
                continue
            if outcome.verdict is Verdict.FAILED:
                failures += 1
                if failures >= MAX_FAILED_ATTEMPTS:
                    log.error("a Signal message could not be sent (%s); given up", outcome.reason)
                    raise DeliveryFailed(outcome.reason)
            log.warning("a Signal send failed (%s); retrying in %.1f s", outcome.reason, delay)
            await self._sleep(delay)
            delay = min(delay * 2, self.max_retry_delay)

    async def _attempt(self, params: dict[str, Any]) -> Outcome:
        try:
            return judge_result(await self.daemon.call("send", params))
        except RpcError as error:
            return judge_error(error)
        except DaemonUnavailable as error:
            return Outcome(Verdict.UNREACHABLE, reason=f"daemon unavailable: {error}")
        except DaemonRefused as error:
            return Outcome(Verdict.FAILED, reason=f"daemon refused the request: {error}")
