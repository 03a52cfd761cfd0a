"""What the channel reads from signal-cli's envelopes, and what it leaves alone."""

from __future__ import annotations

import json
from typing import Any

from bot.channels.signal.envelopes import GroupMessage, PersonalMessage, read_event
from tests.channels.signal.fake_daemon import data_message, envelope

OLENA = "7ccae375-cd51-4c82-8b1e-7be3280aa485"
NUMBER = "+48600100200"


def event(env: dict[str, Any]) -> str:
    return json.dumps({"envelope": env, "account": "+48221234567"})


def personal(env: dict[str, Any]) -> PersonalMessage:
    received = read_event(event(env))
    assert isinstance(received, PersonalMessage)
    return received


def test_a_text_is_an_answer_keyed_by_account_uuid_and_timestamp() -> None:
    env = envelope(OLENA, NUMBER, dataMessage=data_message("Так"))
    received = personal(env)
    assert received.inbound.user_id == OLENA
    assert received.inbound.text == "Так"
    assert received.inbound.update_id == f"{OLENA}:{env['timestamp']}"
    assert received.inbound.channel == "signal"
    assert NUMBER not in repr(received)


def test_a_slash_command_is_a_command() -> None:
    inbound = personal(envelope(OLENA, dataMessage=data_message("/start wola"))).inbound
    assert (inbound.command, inbound.command_arg) == ("start", "wola")


def test_the_json_rpc_notification_form_is_read_too() -> None:
    env = envelope(OLENA, dataMessage=data_message("1"))
    notification = {"jsonrpc": "2.0", "method": "receive", "params": {"envelope": env}}
    received = read_event(json.dumps(notification))
    assert isinstance(received, PersonalMessage) and received.inbound.text == "1"


def test_files_stickers_and_shared_contacts_are_unsupported() -> None:
    photo = {"contentType": "image/jpeg", "filename": "a.jpg", "id": "x", "size": 10}
    for extra in (
        {"attachments": [photo]},
        {"sticker": {"packId": "ab", "stickerId": 3}},
        {"contacts": [{"name": {"given": "A"}}]},
    ):
        inbound = personal(envelope(OLENA, dataMessage=data_message("1", **extra))).inbound
        assert inbound.unsupported and inbound.text is None


def test_a_long_text_attachment_is_still_text() -> None:
    long_text = {"contentType": "text/x-signal-plain", "id": "x", "size": 3000}
    inbound = personal(
        envelope(OLENA, dataMessage=data_message("a long answer", attachments=[long_text]))
    ).inbound
    assert inbound.text == "a long answer" and not inbound.unsupported


def test_an_edit_is_marked_as_an_edit() -> None:
    edit = {"targetSentTimestamp": 1, "dataMessage": data_message("2")}
    inbound = personal(envelope(OLENA, editMessage=edit)).inbound
    assert inbound.edited and inbound.text is None


def test_group_messages_are_told_apart() -> None:
    group = {"groupId": "R3JvdXA=", "type": "DELIVER"}
    received = read_event(event(envelope(OLENA, dataMessage=data_message("hi", groupInfo=group))))
    assert isinstance(received, GroupMessage)
    assert received.group == "R3JvdXA=" and received.sender == OLENA


def test_what_needs_no_answer_is_ignored() -> None:
    group = {"groupId": "R3JvdXA=", "type": "UPDATE"}
    ignored = [
        envelope(OLENA, receiptMessage={"when": 1, "isDelivery": True, "timestamps": [1]}),
        envelope(OLENA, typingMessage={"action": "STARTED", "timestamp": 1}),
        envelope(OLENA, syncMessage={"sentMessage": {"destinationUuid": OLENA, "message": "x"}}),
        envelope(OLENA, dataMessage=data_message(None, remoteDelete={"timestamp": 1})),
        envelope(OLENA, dataMessage=data_message(None, reaction={"emoji": "👍"})),
        envelope(OLENA, dataMessage=data_message(None)),  # e.g. a profile key update
        envelope(OLENA, dataMessage=data_message(None, groupInfo=group)),  # added to a group
        {**envelope(OLENA, dataMessage=data_message("1")), "sourceUuid": None},
    ]
    for env in ignored:
        assert read_event(event(env)) is None, env
    assert read_event("not json") is None
    assert read_event(json.dumps({"account": "+48", "exception": {"type": "Untrusted"}})) is None
