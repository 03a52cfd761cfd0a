"""The routers as aiogram sees them."""

from __future__ import annotations

from bot.channels.telegram.handlers import build_routers


def test_every_filter_runs_on_the_event_loop() -> None:
    """aiogram runs a filter that is not a coroutine (a magic filter, `F.chat.type == ...`) in a
    thread (`asyncio.to_thread`): a trip to a thread and back, for every update it looks at."""
    checked = 0
    for router in build_routers():
        for name, observer in router.observers.items():
            for handler in [observer._handler, *observer.handlers]:
                for event_filter in handler.filters or []:
                    assert event_filter.awaitable, f"{router.name}.{name}: {event_filter.callback}"
                    checked += 1
    assert checked >= 10
