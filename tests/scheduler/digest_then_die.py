"""A bot process whose scheduled digest run commits, then dies by SIGKILL before sending a thing.

Run as `python -m tests.scheduler.digest_then_die` with the bot's settings in the environment;
prints how many digests it queued, then kills itself.
"""

from __future__ import annotations

import asyncio
import os
import signal

from bot.app import open_app
from bot.scheduler import digest_sender
from bot.settings import Settings
from dialogs.engine import utc_now


class RunningChannel:
    """In a real run the channel registers itself as it starts; this process never sends."""

    channel = "telegram"


async def main() -> None:
    app = await open_app(Settings())
    app.messengers["telegram"] = RunningChannel()  # type: ignore[assignment]
    queued = await digest_sender(app).deliver_due(utc_now())
    print(queued, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(main())
