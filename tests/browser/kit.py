"""What a browser test needs besides its fixtures: widths, a live server, screenshots and axe-core.

The browser is Debian's `chromium` driven by Playwright (its own browser download is not
reachable here); `make browser` installs chromium when it is missing and axe-core from npm into
`.cache/axe-core/`. Tests skip, with the reason, where either is absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp import web

if TYPE_CHECKING:
    from playwright.async_api import Page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE_SCRIPT = ROOT / ".cache" / "axe-core" / "node_modules" / "axe-core" / "axe.min.js"
DEFAULT_CHROMIUM = "/usr/bin/chromium"

# As root chromium refuses to start without --no-sandbox. The rest keep it off the network: this
# machine's closed network refuses Google's hosts, many at a time, at every start otherwise.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

# axe-core's impact levels that fail a page; "minor" and "moderate" ones are left to review.
FAILING_IMPACTS = frozenset({"serious", "critical"})


@dataclass(frozen=True)
class Viewport:
    width: int
    height: int

    @property
    def label(self) -> str:
        return f"{self.width}px"


PHONE = Viewport(390, 844)
LAPTOP = Viewport(1280, 800)
WIDTHS = (PHONE, LAPTOP)

# The `new_page` fixture: `await new_page(PHONE, locale="uk-UA")` opens a page in a fresh context.
NewPage = Callable[..., Awaitable["Page"]]


def chromium_path() -> Path | None:
    """The chromium to drive: $CHROMIUM, else Debian's, else whatever `chromium` is on PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return Path(configured) if os.access(configured, os.X_OK) else None
    found = DEFAULT_CHROMIUM if os.access(DEFAULT_CHROMIUM, os.X_OK) else shutil.which("chromium")
    return Path(found) if found else None


@asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    """Serve `app` on a free loopback port for the block; yields its base URL."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def screenshot(page: Page, name: str) -> Path:
    """Save the whole page as test-artifacts/screenshots/<name>.png and print where."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


@dataclass(frozen=True)
class Violation:
    """One axe-core rule a page breaks, with where: enough to find and fix it."""

    rule: str
    impact: str
    help: str
    help_url: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        where = "; ".join(self.targets)
        return f"{self.rule} ({self.impact}): {self.help} — at {where} — {self.help_url}"


def describe(violations: list[Violation], url: str = "") -> str:
    """The failure message: one line per broken rule."""
    page = f" on {url}" if url else ""
    lines = [f"axe-core found {len(violations)} serious or critical violation(s){page}:"]
    lines += [f"  {violation}" for violation in violations]
    return "\n".join(lines)


class Violations(list[Violation]):
    """A list that says what is wrong when a test asserts it is empty."""

    def __init__(self, violations: list[Violation], url: str) -> None:
        super().__init__(violations)
        self.url = url

    def __str__(self) -> str:
        return describe(self, self.url)


async def axe_check(page: Page) -> Violations:
    """Run axe-core on the page as it stands; return its serious and critical violations.

    `assert await axe_check(page) == []` fails with each rule's id, help and the elements'
    selectors (the folder's conftest spells the comparison out).
    The context must bypass the page's Content-Security-Policy (the `page` fixture's does), since
    axe arrives as a script the page did not ship.
    """
    if not AXE_SCRIPT.exists():
        pytest.skip(f"no axe-core at {AXE_SCRIPT} (run `make browser`)")
    already = await page.evaluate("() => typeof window.axe !== 'undefined'")
    if not already:
        await page.add_script_tag(path=str(AXE_SCRIPT))
    results: dict[str, Any] = await page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations']})"
    )
    found = [
        Violation(
            rule=item["id"],
            impact=item["impact"],
            help=item["help"],
            help_url=item["helpUrl"],
            targets=tuple(_selector(node["target"]) for node in item["nodes"]),
        )
        for item in results["violations"]
        if item["impact"] in FAILING_IMPACTS
    ]
    return Violations(found, page.url)


def _selector(target: list[Any]) -> str:
    # A target inside an iframe or shadow root is a path of selectors, outermost first.
    return " >> ".join(part if isinstance(part, str) else " >> ".join(part) for part in target)
