"""What every page is given: the dialogs (database, words, clock), the digest's figures, and the
dashboard's own settings."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.digest.data import DigestData
from bot.digest.maker import DigestMaker
from bot.settings import Settings
from dialogs.engine import Dialogs


class Dashboard:
    def __init__(self, dialogs: Dialogs, engine: AsyncEngine, settings: Settings) -> None:
        self.dialogs = dialogs
        self.engine = engine
        self.settings = settings
        self.base_url = settings.resolved_dashboard_url()
        self.session_lasts = timedelta(hours=settings.dashboard_session_hours)
        self.maker = DigestMaker.from_settings(settings, dialogs.translator)
        # Opened again in the worker process that gathers the figures; never logged.
        self.database_url = settings.resolved_database_url()

    @property
    def now(self) -> datetime:
        return self.dialogs.clock()

    @property
    def prefix(self) -> str:
        """The path the dashboard lives under, as DASHBOARD_URL names it ("" for the root)."""
        return urlsplit(self.base_url).path.rstrip("/")

    @property
    def secure(self) -> bool:
        """Served over HTTPS (by the reverse proxy): the cookie travels over HTTPS only."""
        return self.base_url.startswith("https://")

    async def figures(self) -> DigestData:
        """The digest's figures for the period running now, gathered as the digest gathers
        them: in the reports' worker process, from a read-only snapshot."""
        return await self.maker.data_from(self.database_url, self.now)


DASHBOARD = web.AppKey("dashboard", Dashboard)
