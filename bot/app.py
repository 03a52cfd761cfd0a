"""Assembling the program from settings: database, migrations, locales, dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.delivery import Messenger
from bot.digest.reports import OrganiserReports
from bot.keys import load_pseudonym_key
from bot.settings import Settings
from dialogs.engine import Dialogs, utc_now
from dialogs.flow import DialogConfig
from dialogs.flows import build_flows
from dialogs.i18n import Translator
from dialogs.ideas.bank import seed_bank
from dialogs.places import DEFAULT_FILE, load_districts
from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.pseudonyms import Pseudonymizer
from storage.survey import purge_superseded


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    dialogs: Dialogs
    # The channels that can push (filled in as they start), by channel name.
    messengers: dict[str, Messenger] = field(default_factory=dict)
    # Processes running this bot side by side on one database (`dialog-bot run --workers N`).
    workers: int = 1

    async def close(self) -> None:
        await self.engine.dispose()


def dialog_config(settings: Settings, translator: Translator | None = None) -> DialogConfig:
    return DialogConfig(
        default_locale=settings.default_locale,
        text_max_length=settings.text_max_length,
        districts=load_districts(settings.districts_file or DEFAULT_FILE),
        ideas_per_hour=settings.ideas_per_hour,
        idea_max_length=settings.idea_max_length,
        matrix_midpoint=settings.matrix_midpoint,
        matrix_min_ratings=settings.matrix_min_ratings,
        disclosure_min_count=settings.disclosure_min_count,
        telegram_bot_username=settings.telegram_bot_username,
        organisation_name=settings.organisation_name,
        organisation_contact=settings.organisation_contact,
        survey_retention_days=settings.survey_retention_days,
        timezone=settings.timezone,
        dashboard_url=settings.resolved_dashboard_url(),
        reports=OrganiserReports(settings, translator),
    )


async def open_app(settings: Settings, *, run_migrations: bool = True) -> App:
    engine = create_engine(settings.resolved_database_url())
    if run_migrations:
        await migrate.upgrade(engine)
    sessionmaker = create_sessionmaker(engine)
    await seed_bank(sessionmaker, utc_now())
    async with sessionmaker() as session, session.begin():
        await purge_superseded(session, utc_now(), settings.survey_retention_days)
    translator = Translator()  # parsed once, shared by the dialogs, the survey check and digests
    dialogs = Dialogs(
        sessionmaker,
        translator,
        Pseudonymizer(load_pseudonym_key(settings)),
        build_flows(translator),
        dialog_config(settings, translator),
    )
    return App(settings=settings, engine=engine, dialogs=dialogs)
