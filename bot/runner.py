"""`dialog-bot run`: every configured channel side by side; the terminal chat when none is; the
organiser dashboard beside them."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiohttp.web import AppRunner

from bot.app import App, open_app
from bot.channels.signal.service import signal_service
from bot.channels.terminal import run_terminal
from bot.scheduler import scheduler_service
from bot.settings import Settings

log = logging.getLogger(__name__)

Service = Callable[[], Coroutine[Any, Any, None]]


def configured_services(app: App) -> list[tuple[str, Service]]:
    """The long-running parts this configuration asks for, by name."""
    services: list[tuple[str, Service]] = []
    if app.settings.telegram_bot_token is not None:
        # Imported here: aiogram takes seconds to import, which `dialog-bot chat` need not pay.
        from bot.channels.telegram.channel import TelegramChannel

        services.append(("telegram", TelegramChannel(app).run))
    signal = signal_service(app)
    if signal is not None:
        services.append(("signal", signal))
    # Digests are pushed, so the scheduler runs only beside a channel that can push.
    scheduler = scheduler_service(app) if services else None
    if scheduler is not None:
        services.append(("scheduler", scheduler))
    return services


async def run(settings: Settings, *, workers: int = 1) -> None:
    """`workers`: how many such processes run side by side (see bot.workers)."""
    app = await open_app(settings)
    app.workers = workers
    try:
        services = configured_services(app)
        dashboard = await start_dashboard(app)
        try:
            if not services:
                log.info("no messenger configured: opening the terminal chat")
                await run_terminal(app, user="terminal-user", language_hint=None)
                return
            keep_start_up_out_of_collections()
            log.info("starting %s", ", ".join(name for name, _ in services))
            async with asyncio.TaskGroup() as group:
                for _name, service in services:
                    group.create_task(service())
        finally:
            if dashboard is not None:
                await dashboard.cleanup()
    finally:
        await app.close()


def keep_start_up_out_of_collections() -> None:
    """What start-up made (modules, the app, the channels) lives as long as the process. Frozen,
    it is left out of the collector's full passes, which otherwise walk all of it, every few
    seconds under load, while every update waits."""
    gc.collect()
    gc.freeze()


async def start_dashboard(app: App) -> AppRunner | None:
    if not app.settings.dashboard_enabled:
        return None
    # Imported here: the templates' libraries are the dashboard's alone.
    from bot.web.server import start_dashboard as start

    return await start(app)
