"""aiogram imported through the bot: its types are built when first used, and validate and dump
as aiogram's own build makes them (bot.channels.telegram.lean_import)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

USER = {"id": 1, "is_bot": False, "first_name": "Olena", "language_code": "uk"}
BOT = {"id": 2, "is_bot": True, "first_name": "Dialog", "username": "dialog_bot"}
CHAT = {"id": 1, "type": "private", "first_name": "Olena"}
GROUP = {"id": -100, "type": "supergroup", "title": "Wola"}
KEYBOARD = {"inline_keyboard": [[{"text": "Так", "callback_data": "o:1:yes"}]]}
BASE = {"message_id": 5, "date": 1_790_000_000, "chat": CHAT, "from": USER}
TEXT = {
    **BASE,
    "text": "hi @dialog_bot /start",
    "entities": [
        {"type": "mention", "offset": 3, "length": 11},
        {"type": "text_mention", "offset": 0, "length": 2, "user": USER},
    ],
    "reply_markup": KEYBOARD,
}
# What people send, what the bot is told, and what Telegram gets wrong: each validated, then
# dumped (or the error's text).
UPDATES: dict[str, dict[str, Any]] = {
    "text": {"message": TEXT},
    "photo": {
        "message": {
            **BASE,
            "photo": [{"file_id": "f", "file_unique_id": "u", "width": 9, "height": 9}],
            "caption": "c",
        }
    },
    "sticker": {
        "message": {
            **BASE,
            "sticker": {
                "file_id": "f",
                "file_unique_id": "u",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
        }
    },
    "location": {"message": {**BASE, "location": {"latitude": 52.2, "longitude": 21.0}}},
    "reply": {"message": {**BASE, "text": "r", "reply_to_message": TEXT}},
    "edited": {"edited_message": {**TEXT, "edit_date": 1_790_000_001}},
    "tap": {
        "callback_query": {
            "id": "q",
            "from": USER,
            "chat_instance": "i",
            "data": "o:1:yes",
            "message": TEXT,
        }
    },
    "tap on an old message": {
        "callback_query": {
            "id": "q",
            "from": USER,
            "chat_instance": "i",
            "data": "o:1:yes",
            "message": {"chat": CHAT, "message_id": 9, "date": 0},
        }
    },
    "blocked": {
        "my_chat_member": {
            "chat": CHAT,
            "from": USER,
            "date": 1,
            "old_chat_member": {"status": "member", "user": BOT},
            "new_chat_member": {"status": "kicked", "user": BOT, "until_date": 0},
        }
    },
    "group": {"message": {**BASE, "chat": GROUP, "new_chat_members": [USER, BOT]}},
    "a field Telegram added later": {"message": {**BASE, "text": "x", "new_field": {"a": 1}}},
    "broken": {"message": {**BASE, "chat": {"id": "nope"}}},
}

SCRIPT = """
import json, sys, warnings
{first}
from aiogram import methods, types
from aiogram.methods.base import Response

warnings.simplefilter("ignore")
unbuilt = [n for n in types.__all__ if not getattr(getattr(types, n), "__pydantic_complete__", 1)]
payloads = json.loads(sys.stdin.read())

def outcome(make):
    try:
        return make()
    except Exception as error:
        return f"{{type(error).__name__}}: {{error}}"

def first_use_beside_a_user_of_its_own():
    class User:  # the caller's own, e.g. a database row
        pass
    message = types.Message.model_validate(payloads["text"]["message"])
    return type(message.from_user).__module__

user_type = outcome(first_use_beside_a_user_of_its_own)

def schema(model):
    return outcome(model.model_json_schema)

METHODS = (
    "SendMessage", "SendDocument", "EditMessageText", "EditMessageReplyMarkup",
    "AnswerCallbackQuery", "LeaveChat", "SetMyCommands", "GetUpdates", "SetWebhook",
    "DeleteWebhook", "GetMe",
)
schemas = {{name: schema(getattr(methods, name)) for name in METHODS}}
schemas["Update"] = schema(types.Update)

def update(number, payload):
    made = types.Update.model_validate({{"update_id": number, **payload}})
    return [type(made.event).__name__, made.model_dump(mode="json"), made.model_dump_json()]

updates = {{
    name: outcome(lambda: update(number, payload))
    for number, (name, payload) in enumerate(payloads.items())
}}
keyboard = types.InlineKeyboardMarkup(
    inline_keyboard=[[types.InlineKeyboardButton(text="Так", callback_data="o:1:yes")]]
)
sent = {{
    "reply": outcome(lambda: Response[types.Message].model_validate(
        {{"ok": True, "result": payloads["text"]["message"]}}
    ).model_dump(mode="json")),
    "send": outcome(lambda: methods.SendMessage(
        chat_id=1, text="t", reply_markup=keyboard
    ).model_dump_json()),
    "edit": outcome(lambda: methods.EditMessageText(
        chat_id=1, message_id=2, text="t", reply_markup=keyboard
    ).model_dump_json()),
}}
print(json.dumps({{
    "unbuilt": len(unbuilt), "user": user_type, "schemas": schemas, "updates": updates,
    "sent": sent,
}}, sort_keys=True, default=str))
"""


def made(first_import: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(first=first_import)],
        input=json.dumps(UPDATES),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def through_the_bot() -> dict[str, Any]:
    return made("import bot.channels.telegram.channel")


def test_the_bot_imports_aiogram_with_its_types_unbuilt(through_the_bot: dict[str, Any]) -> None:
    assert through_the_bot["unbuilt"] > 300


def test_types_built_on_first_use_validate_and_dump_as_aiograms_own_build_does(
    through_the_bot: dict[str, Any],
) -> None:
    aiograms_own = made("import aiogram")
    assert aiograms_own["unbuilt"] == 0
    assert through_the_bot["user"] == aiograms_own["user"] == "aiogram.types.user"
    assert through_the_bot["schemas"] == aiograms_own["schemas"]
    assert through_the_bot["updates"] == aiograms_own["updates"]
    assert through_the_bot["sent"] == aiograms_own["sent"]
    # Each payload was read as what it is, and the broken one refused.
    assert through_the_bot["updates"]["tap"][0] == "CallbackQuery"
    assert through_the_bot["updates"]["broken"].startswith("ValidationError")
