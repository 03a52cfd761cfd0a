"""Reading Telegram's answers does not rebuild their types after a garbage collection
(bot.channels.telegram.responses): a busy bot collects often, and each rebuild of
`Response[Message]` cost a reply some milliseconds."""

from __future__ import annotations

import gc
import weakref

from aiogram.methods.base import Response

from bot.channels.telegram.responses import CALLED_ALL_THE_TIME
from tests.channels.telegram.harness import RunningBot


def answer_types_after_a_collection() -> dict[str, bool]:
    """For each call the bot keeps making: is the type aiogram reads its answer into still the
    same one after a full collection? Made inside a function, as aiogram's session makes it."""
    kept = {}
    for method in CALLED_ALL_THE_TIME:
        made = weakref.ref(Response[method.__returning__])  # type: ignore[name-defined]
        gc.collect()
        kept[method.__name__] = made() is not None
    return kept


async def test_the_answer_types_of_every_reply_tap_and_poll_are_built_once(
    telegram: RunningBot,
) -> None:
    olena = telegram.person(701, "uk")
    assert (await olena.command("start")).keys == ["onboarding-language"]
    await olena.taps("uk")
    assert answer_types_after_a_collection() == {m.__name__: True for m in CALLED_ALL_THE_TIME}
