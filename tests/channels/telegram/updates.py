"""Updates as Telegram sends them (JSON), for the fake server to deliver."""

from __future__ import annotations

import itertools
import time
from typing import Any

from tests.channels.telegram.fake_server import BOT_ID, Sent, chat

_query_ids = itertools.count(1)


def user(user_id: int, language_code: str | None = "uk") -> dict[str, Any]:
    person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Olena"}
    if language_code is not None:
        person["language_code"] = language_code
    return person


def _message(sender: dict[str, Any], chat_id: int | None = None, **content: Any) -> dict[str, Any]:
    return {
        "message_id": next(_query_ids),
        "date": int(time.time()),
        "chat": chat(sender["id"] if chat_id is None else chat_id),
        "from": sender,
        **content,
    }


def text(sender: dict[str, Any], words: str, chat_id: int | None = None) -> dict[str, Any]:
    return {"message": _message(sender, chat_id, text=words)}


def sticker(sender: dict[str, Any]) -> dict[str, Any]:
    content = {
        "file_id": "s",
        "file_unique_id": "su",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    return {"message": _message(sender, sticker=content)}


def photo(sender: dict[str, Any], caption: str) -> dict[str, Any]:
    sizes = [{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}]
    return {"message": _message(sender, photo=sizes, caption=caption)}


def location(sender: dict[str, Any]) -> dict[str, Any]:
    return {"message": _message(sender, location={"latitude": 52.23, "longitude": 21.01})}


def edited(sender: dict[str, Any], words: str) -> dict[str, Any]:
    message = _message(sender, text=words)
    message["edit_date"] = message["date"]
    return {"edited_message": message}


def tap(sender: dict[str, Any], message: Sent, data: str) -> dict[str, Any]:
    """A tap on a button of `message` (as the person's app shows it) carrying `data`."""
    return {
        "callback_query": {
            "id": f"q{next(_query_ids)}",
            "from": sender,
            "chat_instance": "ci",
            "message": message.as_telegram(),
            "data": data,
        }
    }


def membership(sender: dict[str, Any], chat_id: int, old: str, new: str) -> dict[str, Any]:
    """The bot's own status in a chat changed (added to a group; blocked in private)."""
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Dialog"}
    extra = {"until_date": 0} if new == "kicked" else {}
    return {
        "my_chat_member": {
            "chat": chat(chat_id),
            "from": sender,
            "date": int(time.time()),
            "old_chat_member": {"status": old, "user": bot},
            "new_chat_member": {"status": new, "user": bot, **extra},
        }
    }
