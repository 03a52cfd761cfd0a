"""The dashboard's web server, served by `dialog-bot run` beside the channels."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.app import App
from bot.listening import serve
from bot.settings import SettingsError
from bot.web import signin
from bot.web.context import DASHBOARD, Dashboard
from bot.web.doors import doors, kind_errors
from bot.web.live_feed import install as install_feed
from bot.web.pages import page_routes
from bot.web.render import STATIC, see_other, setup_templates
from bot.web.security import add_headers

log = logging.getLogger(__name__)


def build_app(dashboard: Dashboard) -> web.Application:
    """The dashboard as an aiohttp application, under DASHBOARD_URL's path if it has one."""
    pages = web.Application(middlewares=[kind_errors, doors])
    pages[DASHBOARD] = dashboard
    setup_templates(pages)
    install_feed(pages, dashboard)
    pages.add_routes(signin.routes())
    pages.add_routes(list(page_routes()))
    pages.router.add_static("/static", STATIC, name="static", append_version=True)
    if not dashboard.prefix:
        pages.on_response_prepare.append(add_headers)
        return pages
    root = web.Application()
    root.on_response_prepare.append(add_headers)
    home = dashboard.prefix + "/"

    async def to_home(request: web.Request) -> web.Response:
        return see_other(home)

    # The address as typed, without its slash; before the pages, which would not know it.
    root.router.add_get(dashboard.prefix, to_home)
    root.add_subapp(dashboard.prefix, pages)
    return root


async def start_dashboard(app: App) -> web.AppRunner:
    """Listening; the caller cleans the runner up.

    Several worker processes (`run --workers N`) all serve it on the same port: sessions,
    sign-in links and the rate limit's counts are in the database, so any worker answers any
    request.
    """
    settings = app.settings
    dashboard = Dashboard(app.dialogs, app.engine, settings)
    host, port = settings.dashboard_host, settings.dashboard_port
    try:
        runner = await serve(build_app(dashboard), host=host, port=port, shared=app.workers > 1)
    except OSError as error:
        raise SettingsError(
            f"the dashboard cannot listen on {host}:{port} ({error.strerror}): "
            "set DASHBOARD_PORT to a free port, or DASHBOARD_ENABLED=false"
        ) from error
    log.info("dashboard: %s", dashboard.base_url)
    return runner
