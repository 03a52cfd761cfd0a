"""A live workshop through Telegram: 50 phones in the room, and the facilitator's "next" reaching
all of them through the outbox and the paced sender, within Telegram's limits.

On virtual time (tests/channels/virtual_time.py), which the fake Bot API's limits count too: the
figure is the pacer's arithmetic with the real sender and aiogram's client, not the machine's
load. The test prints it; the README quotes it.
"""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import workshops
from storage.models import Participant
from storage.organisers import INVITE_PREFIX
from tests.channels.telegram.fake_server import FakeTelegram, Limits
from tests.channels.telegram.harness import running_bot
from tests.channels.telegram.person import option_ids
from tests.channels.virtual_time import VirtualTime
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset

ROOM = 50
FIRST_PHONE = 5000
NETWORK_MOMENT = 0.005  # real seconds


class WakeUpTime(VirtualTime):
    """Virtual time for many senders asleep at once (the outbox sender sends to every chat of
    the room side by side): each sleeper's wake-up is its own start plus its sleep, and the
    clock moves to the latest wake-up reached, so fifty sleepers of 40 ms move it 40 ms, as the
    wall clock would, not fifty times that. Requests already sent reach the fake server before
    the clock moves on (a moment of real time for the network), so the server counts each one
    at the time the pacer let it go, as a real server nearly does."""

    async def sleep(self, seconds: float) -> None:
        wake_up = self.now + max(seconds, 0.0)
        await asyncio.sleep(NETWORK_MOMENT)
        self.now = max(self.now, wake_up)


@pytest.fixture
def dialogs(engine: AsyncEngine, translator: Translator, clock: Clock) -> Dialogs:
    return make_dialogs(engine, translator, clock, telegram_bot_username="dialog_test_bot")


async def test_next_reaches_fifty_phones_within_telegrams_limits(
    fake: FakeTelegram, engine: AsyncEngine, dialogs: Dialogs, tmp_path: Path, clock: Clock
) -> None:
    # Telegram's own limits on the fake server; the bot's default pacing under them.
    fake.limits = Limits(per_second=30, chat_burst=3, chat_per_second=1.0)
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    pacing = {
        "telegram_messages_per_second": defaults.telegram_messages_per_second,
        "telegram_chat_messages_per_second": defaults.telegram_chat_messages_per_second,
        "telegram_chat_burst": defaults.telegram_chat_burst,
    }
    time = WakeUpTime()
    async with dialogs.sessionmaker() as session, session.begin():
        await dataset.add_approved_idea(
            session, "w1", {"pl": "Tandemy językowe", "uk": "Мовні тандеми"}, clock()
        )
        # People the bot knows already (consent given), so each joins with one message.
        for n in range(ROOM):
            session.add(
                Participant(
                    key=dialogs.participant_key("telegram", str(FIRST_PHONE + n)),
                    locale="uk",
                    consent="given",
                    consent_at=clock(),
                    created_at=clock(),
                )
            )
    bot = await running_bot(fake, engine, dialogs, tmp_path, "polling", time=time, **pacing)
    try:
        facilitator = bot.person(4999, "en")
        await facilitator.command("start", f"{INVITE_PREFIX}{await dataset.invite(dialogs)}")
        await facilitator.command("workshop", "new Hall")
        await facilitator.taps("list")
        await facilitator.says("w1")
        async with dialogs.sessionmaker() as session:
            [room] = await workshops.open_rooms(session)
        code = workshops.shown_code(room.code)
        phones = [bot.person(FIRST_PHONE + n, "uk") for n in range(ROOM)]
        for phone in phones:
            joined = await phone.command("start", code)
            assert joined.keys == ["workshop-joined-together", "workshop-wait-together"]

        throttled, started = fake.throttled, time.now
        moved = await facilitator.taps("next")  # returns once the outbox is drained
        took = time.now - started
        # As the phones showed them on arrival (a tap edits its message afterwards).
        pushed = [copy.deepcopy(fake.chats[phone.user_id][-1]) for phone in phones]
        throttled_by_next = fake.throttled - throttled
        # The pushed question's buttons work like any reply's.
        tapped = await phones[0].taps("4", on=pushed[0])
        assert tapped.keys == ["rating-ease"]
    finally:
        await bot.stop()

    assert moved.keys == ["organisers-workshop-moved", "organisers-workshop-status"]
    for question in pushed:
        assert question.text is not None and "Мовні тандеми" in question.text
        assert option_ids(question) == ["1", "2", "3", "4", "5", "skip", "leave"]
    assert throttled_by_next == 0  # not one 429: the pacer kept under the limits
    # One send every 1/25 s: the 50 pushes, and beside them the facilitator's tapped button
    # (edited), their answer and the last joiner's welcome still on its way.
    interval = 1 / defaults.telegram_messages_per_second
    assert ROOM * interval <= took <= (ROOM + 3) * interval
    print(f"\n{ROOM} phones got 'next' in {took:.2f} s of virtual time")
