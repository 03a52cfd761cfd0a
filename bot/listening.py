"""Listening for HTTP: the Telegram webhook and the dashboard are aiohttp applications."""

from __future__ import annotations

from aiohttp import web


async def serve(
    app: web.Application, *, host: str, port: int, shared: bool = False
) -> web.AppRunner:
    """Listen; `shared`: one of several worker processes on the same port (SO_REUSEPORT)."""
    # No access log: request lines and peers are not worth keeping, and a dashboard sign-in
    # link's token travels in its path.
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port, reuse_port=shared or None).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner
