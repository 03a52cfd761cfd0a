"""The Telegram channel assembled from settings, and its life: announce, take updates, stop."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.exceptions import TelegramNetworkError, TelegramServerError, TelegramUnauthorizedError
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteWebhook,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    SendMessage,
    SetWebhook,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import Message, Update
from aiogram.utils.token import TokenValidationError, validate_token

from bot.app import App
from bot.channels.outbox_sender import OutboxSender
from bot.channels.pacing import Pacer
from bot.channels.telegram import command_menu, lean_import, polling, responses, webhook
from bot.channels.telegram.adapter import CHANNEL
from bot.channels.telegram.handlers import ALLOWED_UPDATES, build_routers
from bot.channels.telegram.intake import Intake
from bot.channels.telegram.messenger import TelegramMessenger
from bot.channels.telegram.sender import Sender
from bot.listening import serve
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

# Telegram's rule for the secret it echoes in every webhook call.
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
START_RETRY_SECONDS = 30
# aiogram's types each update uses, built as the channel starts rather than on the first update.
EVERY_UPDATE_USES = (
    Update,
    Message,
    SendMessage,
    EditMessageText,
    EditMessageReplyMarkup,
    AnswerCallbackQuery,
)


class TelegramChannel:
    def __init__(
        self,
        app: App,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """`clock` and `sleep` pace every send; tests pass a virtual time to check the pace."""
        check_settings(app.settings)
        lean_import.build(*EVERY_UPDATE_USES)
        responses.keep()
        self.app = app
        settings = app.settings
        self.bot = build_bot(settings)
        pacer = Pacer(
            per_second=settings.telegram_messages_per_second,
            per_chat_per_second=settings.telegram_chat_messages_per_second,
            per_chat_burst=settings.telegram_chat_burst,
            clock=clock,
            sleep=sleep,
        )
        self.sender = Sender(self.bot, pacer, sleep=sleep)
        self.messenger = TelegramMessenger(self.sender, app.dialogs.mark_stopped)
        self.outbox = OutboxSender(app.dialogs.sessionmaker, app.dialogs.outbox, self.messenger)
        self.dispatcher = Dispatcher(
            disable_fsm=True, dialogs=app.dialogs, messenger=self.messenger
        )
        self.dispatcher.include_routers(*build_routers())
        self.intake = Intake(self.bot, self.dispatcher)

    async def run(self) -> None:
        self.app.messengers[CHANNEL] = self.messenger
        try:
            me = await self._until_reachable(GetMe())
            log.info("telegram: signed in as @%s", me.username)
            linked = self.app.settings.telegram_bot_username.lstrip("@")
            if linked and linked.lower() != (me.username or "").lower():
                log.warning(
                    "TELEGRAM_BOT_USERNAME is @%s but the token is @%s's: campaign links "
                    "would open another bot",
                    linked,
                    me.username,
                )
            await command_menu.publish(
                self.sender, self.app.dialogs.translator, self.app.settings.default_locale
            )
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(self.outbox.run())
                await self._take_updates()
        finally:
            self.app.messengers.pop(CHANNEL, None)
            await self.bot.session.close()

    async def _take_updates(self) -> None:
        if self.app.settings.telegram_mode == "webhook":
            await self._serve_webhook()
        else:
            await self._until_reachable(DeleteWebhook(drop_pending_updates=False))
            log.info("telegram: long polling")
            await polling.poll(self.bot, self.intake)

    async def _until_reachable(self, call: TelegramMethod[TelegramType]) -> TelegramType:
        """Start-up calls wait out an outage instead of ending the program (and other channels)."""
        while True:
            try:
                return await self.sender(call)
            except TelegramUnauthorizedError as error:
                raise SettingsError(
                    "Telegram refused TELEGRAM_BOT_TOKEN: check it with @BotFather"
                ) from error
            except (TelegramNetworkError, TelegramServerError) as error:
                log.warning("telegram unreachable (%s); trying again", type(error).__name__)
                await asyncio.sleep(START_RETRY_SECONDS)

    async def _serve_webhook(self) -> None:
        settings = self.app.settings
        assert settings.webhook_secret is not None  # check_settings made sure
        secret = settings.webhook_secret.get_secret_value()
        app = webhook.build_app(self.bot, self.intake, path=settings.webhook_path, secret=secret)
        # Listen first, so Telegram's first call after setWebhook finds someone home.
        runner = await serve(
            app,
            host=settings.webhook_host,
            port=settings.webhook_port,
            shared=self.app.workers > 1,
        )
        try:
            await self._until_reachable(
                SetWebhook(
                    url=settings.webhook_url,
                    secret_token=secret,
                    allowed_updates=ALLOWED_UPDATES,
                    drop_pending_updates=False,
                )
            )
            log.info(
                "telegram: webhook on %s:%d%s",
                settings.webhook_host,
                settings.webhook_port,
                settings.webhook_path,
            )
            await asyncio.Event().wait()  # until cancelled
        finally:
            await runner.cleanup()


def build_bot(settings: Settings) -> Bot:
    assert settings.telegram_bot_token is not None
    api = (
        TelegramAPIServer.from_base(settings.telegram_api_base)
        if settings.telegram_api_base
        else PRODUCTION
    )
    return Bot(settings.telegram_bot_token.get_secret_value(), session=AiohttpSession(api=api))


def check_settings(settings: Settings) -> None:
    """Refuse to start on settings that cannot work, saying which one to fix (never its value)."""
    token = settings.telegram_bot_token
    if token is None:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set")
    try:
        validate_token(token.get_secret_value())
    except TokenValidationError as error:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)"
        ) from error
    if settings.telegram_mode != "webhook":
        return
    if not settings.webhook_url.startswith(("https://", "http://")):
        raise SettingsError(
            "TELEGRAM_MODE=webhook needs WEBHOOK_URL, the address Telegram posts to"
        )
    secret = settings.webhook_secret
    if secret is None:
        raise SettingsError(
            "TELEGRAM_MODE=webhook needs WEBHOOK_SECRET: without it anyone who finds the address "
            "could post fake updates"
        )
    if not _WEBHOOK_SECRET.match(secret.get_secret_value()):
        raise SettingsError("WEBHOOK_SECRET may only hold 1-256 of A-Z, a-z, 0-9, _ and -")
    if not settings.webhook_path.startswith("/"):
        raise SettingsError("WEBHOOK_PATH must start with /")
