"""Pages from templates, in the reader's language, with what every page needs (the menu, the
language switch, the CSRF field)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from markupsafe import Markup

from bot.web.context import DASHBOARD
from bot.web.nav import NAV
from bot.web.security import CSRF_FIELD
from bot.web.visitors import visitor_of
from dialogs.i18n import LOCALES, Translator
from dialogs.rights import LANGUAGE_NAMES

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def setup_templates(app: web.Application) -> None:
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the test, not the reader
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Words:
    """`t(key, **args)` in templates: the translator bound to the page's language."""

    translator: Translator
    locale: str

    def __call__(self, key: str, **args: Any) -> str:
        return self.translator(self.locale, key, **args)


@dataclass(frozen=True)
class NavLink:
    label: str
    href: str
    current: bool


def accepted_locale(header: str | None, default: str) -> str:
    """The first of our languages the browser asks for (Accept-Language, by its q-values);
    otherwise the default. Only exact languages count: Ukrainian never falls to Russian."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, parameters = part.strip().partition(";")
        weight = 1.0
        name, _, value = parameters.strip().partition("=")
        if name.strip() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
        if weight > 0:
            ranked.append((-weight, position, tag.strip().split("-")[0].lower()))
    for _weight, _position, language in sorted(ranked):
        if language in LOCALES:
            return language
    return default


def page_locale(request: web.Request, chosen: str | None = None) -> str:
    """The organiser's language when signed in (or `chosen`: known otherwise, such as the
    language of the chat a sign-in link was sent to); else the browser's."""
    if chosen in LOCALES:
        return str(chosen)
    visitor = visitor_of(request)
    if visitor is not None:
        return visitor.locale
    default = request.app[DASHBOARD].dialogs.config.default_locale
    return accepted_locale(request.headers.get("Accept-Language"), default)


def url_for(request: web.Request, name: str, **parts: str) -> str:
    return str(request.app.router[name].url_for(**parts))


def page_context(request: web.Request, locale: str) -> dict[str, Any]:
    dashboard = request.app[DASHBOARD]
    visitor = visitor_of(request)
    words = Words(dashboard.dialogs.translator, locale)
    route = request.match_info.route.name
    prefix = dashboard.prefix

    def csrf_field() -> Markup:
        token = visitor.csrf if visitor is not None else ""
        return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, token)

    def static(filename: str) -> str:
        return str(request.app.router["static"].url_for(filename=filename))

    def url(name: str, **parts: str) -> str:
        return url_for(request, name, **parts)

    return {
        "t": words,
        "locale": locale,
        "visitor": visitor,
        "organisation": dashboard.dialogs.config.organisation_name,
        "nav": [
            NavLink(words(entry.label), prefix + entry.path, entry.name == route) for entry in NAV
        ],
        "languages": [(code, LANGUAGE_NAMES[code]) for code in LOCALES],
        "here": request.path_qs,
        "csrf_field": csrf_field,
        "static": static,
        "url": url,
    }


def render(
    request: web.Request,
    template: str,
    *,
    status: int = 200,
    locale: str | None = None,
    **context: Any,
) -> web.Response:
    """The page in the reader's language (see page_locale); `context` adds the page's values."""
    language = page_locale(request, locale)
    response = aiohttp_jinja2.render_template(
        template, request, {**page_context(request, language), **context}, status=status
    )
    response.headers["Content-Language"] = language
    return response


def see_other(location: str) -> web.Response:
    """After a form, or to the way in: the browser GETs `location` (303)."""
    return web.Response(status=303, headers={"Location": location})


def message(
    request: web.Request,
    heading: str,
    *paragraphs: str | tuple[str, dict[str, Any]],
    status: int = 200,
    template: str = "message.html",
    locale: str | None = None,
) -> web.Response:
    """A page that only says something; `heading` and `paragraphs` are Fluent keys."""
    said = [(p, {}) if isinstance(p, str) else p for p in paragraphs]
    return render(request, template, status=status, locale=locale, heading=heading, paragraphs=said)
