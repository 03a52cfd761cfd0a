"""How signal-cli's answers to `send` are judged: sent, wait, retry, or the recipient is gone."""

from __future__ import annotations

from bot.channels.signal.daemon import RpcError
from bot.channels.signal.sending import Verdict, judge_error, judge_result


def results(*types: str, **extra: object) -> dict[str, object]:
    return {
        "timestamp": 1,
        "results": [{"recipientAddress": {"uuid": "u"}, "type": t, **extra} for t in types],
    }


def test_success_and_per_recipient_failures_in_a_result() -> None:
    assert judge_result(results("SUCCESS")).verdict is Verdict.SENT
    assert judge_result({}).verdict is Verdict.SENT
    assert judge_result(results("UNREGISTERED_FAILURE")).verdict is Verdict.GONE
    assert judge_result(results("NETWORK_FAILURE")).verdict is Verdict.UNREACHABLE
    assert judge_result(results("IDENTITY_FAILURE")).verdict is Verdict.FAILED
    limited = judge_result(results("RATE_LIMIT_FAILURE", retryAfterSeconds=90, token="t"))
    assert (limited.verdict, limited.retry_after) == (Verdict.RATE_LIMITED, 90.0)
    assert limited.challenge == "t"


def test_error_objects() -> None:
    rate = RpcError(-5, "Failed to send message due to rate limiting", {"response": results()})
    assert judge_error(rate).verdict is Verdict.RATE_LIMITED
    assert judge_error(rate).retry_after is None
    gone = RpcError(-1, "Failed to send message", {"response": results("UNREGISTERED_FAILURE")})
    assert judge_error(gone).verdict is Verdict.GONE
    assert judge_error(RpcError(-1, "The user x is not registered.")).verdict is Verdict.GONE
    assert judge_error(RpcError(-3, "Failed to send message: timeout")).verdict is (
        Verdict.UNREACHABLE
    )
    # signal-cli's words when Signal's servers cannot be reached (SendCommand.java).
    offline = RpcError(-32603, "Failed to send message: Connection reset (IOException)")
    assert judge_error(offline).verdict is Verdict.UNREACHABLE
    timeout = RpcError(-32603, "Failed to send message: timeout (PushNetworkException)")
    assert judge_error(timeout).verdict is Verdict.UNREACHABLE
    bad_file = RpcError(-32603, "Failed to send message: x (AttachmentInvalidException)")
    assert judge_error(bad_file).verdict is Verdict.FAILED
    assert judge_error(RpcError(-32603, "An internal server error")).verdict is Verdict.FAILED
    assert judge_error(RpcError(-4, "Untrusted")).verdict is Verdict.FAILED
    assert judge_error(RpcError(-32602, "bad params")).verdict is Verdict.FAILED
