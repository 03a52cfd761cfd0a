"""Webhook mode: Telegram posts each update to our listener; 200 means "handled, do not resend".

aiogram's SimpleRequestHandler answers after 55 seconds even if the handler still runs (and can
hand work to the background), which would confirm an update before it is committed. This handler
answers only when the update has been handled to the end.
"""

from __future__ import annotations

import logging
import secrets

from aiogram import Bot
from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from bot.channels.telegram.intake import Intake

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_app(bot: Bot, intake: Intake, *, path: str, secret: str) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        offered = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(offered.encode(), secret.encode()):
            log.warning("refused a webhook call without the right secret")
            return web.Response(status=401, text="unauthorized")
        try:
            update = Update.model_validate(await request.json(), context={"bot": bot})
        except (ValueError, ValidationError, RecursionError):  # deep nesting is not an update
            return web.Response(status=400, text="not an update")
        if not await intake.handle(update):
            # Nothing was stored; an error status makes Telegram deliver the update again.
            return web.Response(status=503, text="busy")
        return web.json_response({})

    app = web.Application()
    app.router.add_post(path, receive)
    return app
