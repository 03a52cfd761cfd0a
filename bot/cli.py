"""`dialog-bot` / `python -m bot`: run the bot, open the terminal chat, or migrate the database."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

from bot import organiser_cli
from bot.app import open_app
from bot.channels.terminal import run_terminal
from bot.settings import Settings, SettingsError, load_settings
from bot.workers import check_workers, supervise
from dialogs.engine import utc_now
from dialogs.ideas.bank import seed_bank
from dialogs.places import DataFileError
from dialogs.survey.flow import default_survey
from storage import migrate
from storage.db import create_engine, create_sessionmaker

log = logging.getLogger("bot")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="dialog-bot", description=__doc__)
    commands = root.add_subparsers(dest="command")
    run = commands.add_parser(
        "run", help="start every configured channel (the terminal chat if none)"
    )
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="webhook worker processes sharing WEBHOOK_PORT (PostgreSQL only; default 1)",
    )
    # How a worker started by `run --workers N` learns that it is one of N.
    run.add_argument("--worker-of", type=int, default=1, help=argparse.SUPPRESS)
    chat = commands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", help="your messenger's language, e.g. uk or uk-UA")
    chat.add_argument("--user", default="terminal-user", help="play as this participant")
    commands.add_parser(
        "migrate", help="upgrade the database to the newest schema and load the idea bank"
    )
    export = commands.add_parser("export", help="write every idea with its ratings to a folder")
    export.add_argument("--out", type=Path, required=True, help="folder for ideas.csv and .xlsx")
    organiser = commands.add_parser("organiser", help="invite, list or revoke organisers")
    roles = organiser.add_subparsers(dest="action", required=True)
    invite = roles.add_parser("invite", help="print a single-use invitation link")
    invite.add_argument("--name", default="organiser", help="who it is for, e.g. 'Ola, Wola NGO'")
    roles.add_parser("list", help="every organiser, active or not")
    revoke = roles.add_parser("revoke", help="end an organiser's role")
    revoke.add_argument("id", type=int, help="the organiser's id, as `organiser list` shows it")
    digest = commands.add_parser("digest", help="write a digest to a folder")
    digest.add_argument(
        "--dry-run",
        action="store_true",
        required=True,
        help="write instead of sending (sending is the scheduler's job in `dialog-bot run`)",
    )
    digest.add_argument("--out", type=Path, required=True, help="folder for the text and files")
    digest.add_argument(
        "--period",
        choices=organiser_cli.DIGEST_PERIODS,
        default="current",
        help="current: from the last scheduled digest until now (default); "
        "last: the last finished period, as it was pushed",
    )
    digest.add_argument(
        "--lang", default=None, help="the digest's language (default: DEFAULT_LOCALE)"
    )
    return root


async def run_chat(settings: Settings, user: str, lang: str | None) -> None:
    app = await open_app(settings)
    try:
        hint = lang or os.environ.get("LANG", "").split(".")[0] or None
        await run_terminal(app, user=user, language_hint=hint)
    finally:
        await app.close()


async def organiser_command(settings: Settings, args: argparse.Namespace) -> str:
    if args.action == "invite":
        return await organiser_cli.invite(settings, args.name)
    if args.action == "revoke":
        return await organiser_cli.revoke(settings, args.id)
    return await organiser_cli.listing(settings)


async def run_migrate(settings: Settings) -> None:
    """The schema, then the data files: the survey definition checked against the locales
    (before the database is touched), and the idea bank stored, as `run` does at start."""
    default_survey()
    engine = create_engine(settings.resolved_database_url())
    try:
        await migrate.upgrade(engine)
        await seed_bank(create_sessionmaker(engine), utc_now())
    finally:
        await engine.dispose()


def keep_typed_text_out_of_logs() -> None:
    """Even at LOG_LEVEL=DEBUG: aiosqlite logs every statement with its parameters there."""
    logging.getLogger("aiosqlite").setLevel(logging.INFO)


def quiet_alembic_plugins() -> None:
    """Alembic names each of its built-in plugins at INFO whenever it migrates: on a first
    `make run`, seven lines about autogenerate before the chat's first words. The migrations
    it runs are still logged."""
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        sys.exit(f"dialog-bot: {error}")
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    keep_typed_text_out_of_logs()
    quiet_alembic_plugins()
    command = args.command or "run"
    try:
        if command == "migrate":
            asyncio.run(run_migrate(settings))
            log.info("database is at the newest schema, with the survey checked and the idea bank")
        elif command == "export":
            from bot.export import run_export

            for path in asyncio.run(run_export(settings, args.out)):
                log.info("wrote %s", path)
        elif command == "organiser":
            print(asyncio.run(organiser_command(settings, args)))
        elif command == "digest":
            locale = args.lang or settings.default_locale
            written = organiser_cli.digest_dry_run(settings, args.out, locale, args.period)
            for path in asyncio.run(written):
                log.info("wrote %s", path)
        elif command == "chat":
            asyncio.run(run_chat(settings, args.user, args.lang))
        else:
            workers = getattr(args, "workers", 1)
            check_workers(settings, workers)
            if workers > 1:
                asyncio.run(run_migrate(settings))  # once, before the workers start
                supervise(workers)
            else:
                # Imported here: the channels' libraries (aiohttp, APScheduler) are not the chat's.
                from bot import runner

                asyncio.run(runner.run(settings, workers=getattr(args, "worker_of", 1)))
    except KeyboardInterrupt:
        pass
    except (SettingsError, DataFileError) as error:
        sys.exit(f"dialog-bot: {error}")
