"""`dialog-bot` / `python -m bot`: run the bot, open the terminal chat, or migrate the database."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from bot import runner
from bot.app import open_app
from bot.channels.terminal import run_terminal
from bot.settings import Settings
from storage import migrate
from storage.db import create_engine

log = logging.getLogger("bot")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="dialog-bot", description=__doc__)
    commands = root.add_subparsers(dest="command")
    commands.add_parser("run", help="start every configured channel (the terminal chat if none)")
    chat = commands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", help="your messenger's language, e.g. uk or uk-UA")
    chat.add_argument("--user", default="terminal-user", help="play as this participant")
    commands.add_parser("migrate", help="upgrade the database to the newest schema")
    return root


async def run_chat(settings: Settings, user: str, lang: str | None) -> None:
    app = await open_app(settings)
    try:
        hint = lang or os.environ.get("LANG", "").split(".")[0] or None
        await run_terminal(app, user=user, language_hint=hint)
    finally:
        await app.close()


async def run_migrate(settings: Settings) -> None:
    engine = create_engine(settings.resolved_database_url())
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    command = args.command or "run"
    try:
        if command == "migrate":
            asyncio.run(run_migrate(settings))
            log.info("database is at the newest schema")
        elif command == "chat":
            asyncio.run(run_chat(settings, args.user, args.lang))
        else:
            asyncio.run(runner.run(settings))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
