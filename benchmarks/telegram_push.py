"""Push one message to each of 1,000 chats through the real Telegram sender and a fake Bot API
that enforces Telegram's limits (30 messages a second overall, a short burst then ~1 a second per
chat). Prints the achieved rate against the configured one and how many 429s the server gave.

    .venv/bin/python -m benchmarks.telegram_push [--chats 1000] [--rate 25]

The pass mark (issue 5): no 429 and at least 90 % of the configured rate.

Then the processor time of one reply through aiogram's session (no limits, one chat), measured
three ways in the same run: right after a full garbage collection as aiogram alone leaves it
(the type the answer is read into, `Response[Message]`, built again), the same with the types
the channel keeps (bot.channels.telegram.responses), and with no collection; the ratios to the
last.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import SendMessage

from bot.channels.pacing import Pacer
from bot.channels.telegram import lean_import, responses
from bot.channels.telegram.channel import EVERY_UPDATE_USES
from bot.channels.telegram.messenger import TelegramMessenger
from bot.channels.telegram.sender import Sender
from dialogs.messages import Outbound
from tests.channels.telegram.fake_server import TOKEN, FakeTelegram, Limits

WORKERS = 8  # pushes in flight; the pacer, not the workers, sets the pace


async def measure(chats: int, rate: float) -> tuple[float, int]:
    fake = FakeTelegram()
    fake.limits = Limits()
    await fake.start()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))
    messenger = TelegramMessenger(Sender(bot, Pacer(per_second=rate)), stopped=_nobody_stops)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for chat in range(1, chats + 1):
        queue.put_nowait(chat)

    async def worker() -> None:
        while not queue.empty():
            chat = queue.get_nowait()
            await messenger.push(str(chat), [Outbound(key="digest", text=f"Digest #{chat}")])

    try:
        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(WORKERS)))
        elapsed = time.monotonic() - started
    finally:
        await bot.session.close()
        await fake.close()
    delivered = sum(len(messages) for messages in fake.chats.values())
    assert delivered == chats, f"{delivered} of {chats} delivered"
    # The first message goes at once; the rest are spaced by the rate.
    return (chats - 1) / elapsed, fake.throttled


async def reply_processor_ms(replies: int) -> dict[str, float]:
    """Median processor milliseconds of one reply, each way (see the module's docstring)."""
    lean_import.build(*EVERY_UPDATE_USES)  # as the channel does when it starts
    fake = FakeTelegram()
    await fake.start()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))

    async def reply(collect: bool) -> float:
        timings = []
        for number in range(replies):
            if collect:
                gc.collect()
            started = time.process_time()
            await bot(SendMessage(chat_id=1, text=f"Answer #{number}"))
            timings.append(time.process_time() - started)
        return statistics.median(timings) * 1000

    try:
        await reply(collect=False)  # connections open, the types aiogram builds once built
        rebuilt = await reply(collect=True)
        responses.keep()
        return {
            "after a collection, as aiogram alone": rebuilt,
            "after a collection, types kept": await reply(collect=True),
            "no collection": await reply(collect=False),
        }
    finally:
        await bot.session.close()
        await fake.close()


async def _nobody_stops(channel: str, user_id: str) -> None:
    raise AssertionError("no chat blocks the bot in this benchmark")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--chats", type=int, default=1000)
    arguments.add_argument("--rate", type=float, default=25.0, help="configured messages/s")
    arguments.add_argument("--replies", type=int, default=200, help="replies timed each way")
    options = arguments.parse_args()
    timings = asyncio.run(reply_processor_ms(options.replies))
    baseline = timings["no collection"]
    for way, milliseconds in timings.items():
        print(
            f"one reply, {way + ':':<40} {milliseconds:6.2f} ms of processor time "
            f"({milliseconds / baseline:.2f}× no collection)"
        )
    cheaper = (
        timings["after a collection, as aiogram alone"] / timings["after a collection, types kept"]
    )
    print(f"one reply after a collection: the kept types make it {cheaper:.1f}× cheaper")
    achieved, throttled = asyncio.run(measure(options.chats, options.rate))
    share = achieved / options.rate
    print(
        f"push to {options.chats} chats: {achieved:.2f} messages/s of {options.rate:g} configured "
        f"({share:.1%}), 429s: {throttled}"
    )
    if throttled or share < 0.9:
        raise SystemExit("below the mark: a 429, or under 90 % of the configured rate")


if __name__ == "__main__":
    main()
