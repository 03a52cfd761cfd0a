"""Files as a browser downloads them: the bytes, with the headers that name them."""

from __future__ import annotations

from dataclasses import dataclass

from tests.web.conftest import Browser


@dataclass
class Download:
    status: int
    headers: dict[str, str]
    content: bytes


async def download(browser: Browser, path: str) -> Download:
    async with browser.http.get(browser.url(path), allow_redirects=False) as response:
        return Download(response.status, dict(response.headers), await response.read())
