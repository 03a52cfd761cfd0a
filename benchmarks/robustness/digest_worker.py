"""A scheduler process for the digest part: a real Telegram channel (its outbox sender pushes to
the fake Bot API) and the scheduled digest run for each of several weekly periods in turn.

Run as `python -m benchmarks.robustness.digest_worker` with the bot's settings in the
environment, ROBUSTNESS_FIRST_DIGEST (an ISO time just after the first period's digest is due)
and ROBUSTNESS_DIGESTS (how many periods); killed at random by the suite, and started again.
"""

from __future__ import annotations

import asyncio
import os
from datetime import datetime, timedelta

from bot.app import open_app
from bot.channels.telegram.channel import TelegramChannel
from bot.cli import keep_typed_text_out_of_logs
from bot.scheduler import digest_sender
from bot.settings import Settings


async def main() -> None:
    keep_typed_text_out_of_logs()
    app = await open_app(Settings())
    channel = asyncio.create_task(TelegramChannel(app).run())
    await asyncio.sleep(0)  # the channel registers itself first thing, so digests are owed
    sender = digest_sender(app)
    first = datetime.fromisoformat(os.environ["ROBUSTNESS_FIRST_DIGEST"])
    for week in range(int(os.environ["ROBUSTNESS_DIGESTS"])):
        await sender.deliver_due(first + timedelta(weeks=week))
    print("queued", flush=True)
    await channel  # sends until killed


if __name__ == "__main__":
    asyncio.run(main())
