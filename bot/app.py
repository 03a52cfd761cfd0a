"""Assembling the program from settings: database, migrations, locales, dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.delivery import Messenger
from bot.keys import load_pseudonym_key
from bot.settings import Settings
from dialogs.engine import Dialogs
from dialogs.flow import DialogConfig
from dialogs.flows import build_flows
from dialogs.i18n import Translator
from dialogs.places import DEFAULT_FILE, load_districts
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.pseudonyms import Pseudonymizer


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    dialogs: Dialogs
    # The channels that can push (filled in as they start), by channel name.
    messengers: dict[str, Messenger] = field(default_factory=dict)

    async def close(self) -> None:
        await self.engine.dispose()


def dialog_config(settings: Settings) -> DialogConfig:
    return DialogConfig(
        default_locale=settings.default_locale,
        text_max_length=settings.text_max_length,
        districts=load_districts(settings.districts_file or DEFAULT_FILE),
    )


async def open_app(settings: Settings, *, run_migrations: bool = True) -> App:
    engine = create_engine(settings.resolved_database_url())
    if run_migrations:
        await migrate.upgrade(engine)
    dialogs = Dialogs(
        create_sessionmaker(engine),
        Translator(),
        Pseudonymizer(load_pseudonym_key(settings)),
        build_flows(),
        dialog_config(settings),
    )
    return App(settings=settings, engine=engine, dialogs=dialogs)
