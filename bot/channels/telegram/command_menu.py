"""The command menu behind Telegram's "/" button, in each participant's app language."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramAPIError
from aiogram.methods import SetMyCommands
from aiogram.types import BotCommand

from bot.channels.telegram.sender import Sender
from dialogs.i18n import Translator

log = logging.getLogger(__name__)

# What every participant can always do (dialogs.commands). /start is Telegram's own Start
# button; organisers' commands are known to them and stay out of everyone's menu.
MENU_COMMANDS = ("menu", "help", "language", "privacy", "mydata", "updates", "delete", "stop")


def menu(translator: Translator, locale: str) -> list[BotCommand]:
    return [
        BotCommand(command=command, description=translator(locale, f"telegram-command-{command}"))
        for command in MENU_COMMANDS
    ]


async def publish(sender: Sender, translator: Translator, default_locale: str) -> None:
    """One menu per language, and the default locale's for apps in any other language."""
    calls = [SetMyCommands(commands=menu(translator, default_locale))]
    calls += [
        SetMyCommands(commands=menu(translator, locale), language_code=locale)
        for locale in translator.locales
    ]
    try:
        for call in calls:
            await sender(call)
    except TelegramAPIError as error:
        # The bot works without a menu; the next start tries again.
        log.warning("could not publish the command menu (%s)", type(error).__name__)
