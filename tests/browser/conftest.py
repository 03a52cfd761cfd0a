"""Browser fixtures: one chromium for the whole session, a fresh context and page per test.

Playwright's async objects belong to the event loop that started them, so every test in this
folder, and every async fixture such a test uses (the database ones in tests/conftest.py
included), runs in the session's loop, the browser's. A page and the aiohttp server it talks to
then share one loop, and a test can seed the database, drive the chat and click in the browser
in one coroutine.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import AsyncIterator, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import pytest_asyncio
from pytest_asyncio import is_async_test

from tests.browser.kit import (
    CHROMIUM_ARGS,
    DEFAULT_CHROMIUM,
    LAPTOP,
    NewPage,
    Viewport,
    chromium_path,
)

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

HERE = Path(__file__).parent
SESSION_LOOP = pytest.mark.asyncio(loop_scope="session")


def _in_this_folder(node: pytest.Item | pytest.Collector) -> bool:
    path = getattr(node, "path", None)
    return path is not None and HERE in Path(path).parents


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _in_this_folder(item) and is_async_test(item):
            item.add_marker(SESSION_LOOP, append=False)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
) -> Generator[None, Any, Any]:
    # pytest-asyncio runs an async fixture in the loop its `loop_scope` names (the function's,
    # by this repo's default). For a browser test that is the wrong loop: an asyncpg pool made
    # there cannot be used by the test. So, for this folder's tests only, fixtures that name no
    # loop of their own run in the session's.
    func = fixturedef.func
    adopt = (
        _in_this_folder(request.node)
        and (inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func))
        and not getattr(func, "_loop_scope", None)
    )
    if not adopt:
        return (yield)
    had = hasattr(func, "_loop_scope")
    func._loop_scope = "session"  # type: ignore[attr-defined]
    try:
        return (yield)
    finally:
        if had:
            func._loop_scope = None  # type: ignore[attr-defined]
        else:
            del func._loop_scope  # type: ignore[attr-defined]


def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    from tests.browser.kit import Violations

    if op == "==" and isinstance(left, Violations) and right == []:
        return str(left).splitlines()
    return None


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[dev]')")
    executable = chromium_path()
    if executable is None:
        configured = os.environ.get("CHROMIUM")
        where = f"CHROMIUM={configured}" if configured else f"{DEFAULT_CHROMIUM} or on PATH"
        pytest.skip(
            f"no chromium executable at {where} (run `make browser`, or set CHROMIUM to a "
            "Chromium or Chrome executable)"
        )
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=executable, args=list(CHROMIUM_ARGS)
        )
        yield launched
        await launched.close()


@pytest.fixture
def viewport() -> Viewport:
    """The `page` fixture's size; parametrize `viewport` with kit.WIDTHS to try both."""
    return LAPTOP


@pytest_asyncio.fixture(loop_scope="session")
async def new_page(browser: Browser) -> AsyncIterator[NewPage]:
    """Open pages in fresh contexts (their own cookies), closed when the test ends.

    The dashboard forbids inline and foreign script by its Content-Security-Policy; the contexts
    bypass it so that axe-core can be injected. Pages themselves still get the header, and a
    test can read it from the response.
    """
    contexts = []

    async def open_page(viewport: Viewport = LAPTOP, **options: Any) -> Page:
        options.setdefault("bypass_csp", True)
        context = await browser.new_context(
            viewport={"width": viewport.width, "height": viewport.height}, **options
        )
        contexts.append(context)
        return await context.new_page()

    yield open_page
    for context in contexts:
        await context.close()


@pytest_asyncio.fixture(loop_scope="session")
async def page(new_page: NewPage, viewport: Viewport) -> Page:
    return await new_page(viewport)
