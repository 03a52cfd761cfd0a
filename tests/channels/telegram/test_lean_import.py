"""aiogram imported through the bot: its types are built when first used, and validate as
aiogram's own build makes them (bot.channels.telegram.lean_import)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# What the bot sends and receives: an update (which nests nearly every Bot API type) and the
# methods it calls. A method taking a file has no JSON schema; its error is compared instead.
SCHEMAS = """
import json, sys, warnings
{first}
from aiogram import methods, types
from aiogram.methods.base import Response

warnings.simplefilter("ignore")
METHODS = (
    "SendMessage", "SendDocument", "EditMessageText", "EditMessageReplyMarkup",
    "AnswerCallbackQuery", "LeaveChat", "SetMyCommands", "GetUpdates", "SetWebhook",
    "DeleteWebhook", "GetMe",
)
unbuilt = [name for name in types.__all__ if not getattr(getattr(types, name), "__pydantic_complete__", True)]

def schema(model):
    try:
        return model.model_json_schema()
    except Exception as error:
        return f"{{type(error).__name__}}: {{error}}"

schemas = {{name: schema(getattr(methods, name)) for name in METHODS}}
schemas["Update"] = schema(types.Update)
schemas["Response[Message]"] = schema(Response[types.Message])
print(json.dumps({{"unbuilt": len(unbuilt), "schemas": schemas}}, sort_keys=True))
"""


def schemas(first_import: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCHEMAS.format(first=first_import)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def through_the_bot() -> dict[str, object]:
    return schemas("import bot.channels.telegram.channel")


def test_the_bot_imports_aiogram_with_its_types_unbuilt(
    through_the_bot: dict[str, object],
) -> None:
    assert through_the_bot["unbuilt"] > 250


def test_types_built_on_first_use_validate_as_aiograms_own_build_does(
    through_the_bot: dict[str, object],
) -> None:
    aiograms_own = schemas("import aiogram")
    assert aiograms_own["unbuilt"] == 0
    assert through_the_bot["schemas"] == aiograms_own["schemas"]
