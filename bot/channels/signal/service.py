"""Assembling the Signal channel from settings, for `dialog-bot run`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from bot.app import App
from bot.channels.outbox_sender import OutboxSender
from bot.channels.pacing import Pacer
from bot.channels.signal.channel import SignalChannel
from bot.channels.signal.daemon import SignalDaemon
from bot.channels.signal.envelopes import CHANNEL
from bot.channels.signal.inbox import SignalInbox
from bot.channels.signal.sending import SignalMessenger


def signal_service(app: App) -> Callable[[], Coroutine[Any, Any, None]] | None:
    """The channel's long-running task when SIGNAL_RPC_URL and SIGNAL_ACCOUNT are set.

    Its messenger joins `app.messengers` at once, so organisers on Signal can get pushes.
    """
    settings = app.settings
    if not (settings.signal_rpc_url and settings.signal_account):
        return None
    daemon = SignalDaemon(settings.signal_rpc_url, settings.signal_account)
    pacer = Pacer(
        per_second=settings.signal_messages_per_second,
        per_chat_per_second=settings.signal_chat_messages_per_second,
        per_chat_burst=settings.signal_chat_burst,
    )
    messenger = SignalMessenger(daemon, app.dialogs, pacer)
    app.messengers[CHANNEL] = messenger
    inbox = SignalInbox(app.dialogs.sessionmaker)
    channel = SignalChannel(app.dialogs, daemon, messenger, inbox)

    outbox = OutboxSender(app.dialogs.sessionmaker, app.dialogs.outbox, messenger)

    async def run() -> None:
        try:
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(outbox.run())
                await channel.run()
        finally:
            await daemon.close()

    return run
