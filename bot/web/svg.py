"""What the server-made charts share: one way to write SVG, text made safe, colours that read.

Every chart is built as an ElementTree, so every text and attribute is escaped by the writer, not
by hand: ideas and labels are typed by people. Styling is in presentation attributes only (no
<style>, no style="…"), so a Content-Security-Policy without inline styles still draws them, and
a chart has a viewBox but no width: it takes the width of whatever holds it, phone or A4 page.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from xml.etree import ElementTree as ET

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
# Text colours on white keep WCAG AA (4.5:1) or better; the tests measure them.
INK = "#1a1a1a"
MUTED = "#4a4a4a"
LINE = "#5c5c5c"
GRID = "#d9d9d9"
BAR = "#1f5fa8"
PAPER = "#ffffff"
# A character's width as a share of the font size, for wrapping labels: generous, so a line
# set in a wide sans-serif still fits.
_CHAR_WIDTH = 0.56

# XML 1.0 cannot carry most control characters at all; a typed text might hold one.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Attributes = Mapping[str, str | int | float]


def clean(text: str) -> str:
    """The text without the characters XML cannot hold; everything else is escaped on writing."""
    return _NOT_XML.sub("", text)


def number(value: float) -> str:
    """A coordinate as the same short text every time: 12.5, 40, 3.33."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def sub(
    parent: ET.Element, tag: str, attributes: Attributes | None = None, text: str = ""
) -> ET.Element:
    element = ET.SubElement(
        parent,
        tag,
        {
            name: number(value) if isinstance(value, float) else str(value)
            for name, value in (attributes or {}).items()
        },
    )
    if text:
        element.text = clean(text)
    return element


def document(
    width: int, height: int, *, title: str, description: str, ids: str, role: str = "img"
) -> ET.Element:
    """An <svg> with its title and description named for assistive technology.

    `ids` prefixes every id, so that several charts on one page stay apart.
    """
    root = ET.Element(
        "svg",
        {
            "xmlns": SVG_NAMESPACE,
            "viewBox": f"0 0 {width} {height}",
            "role": role,
            "aria-labelledby": f"{ids}-title",
            "aria-describedby": f"{ids}-desc",
            "font-family": FONT,
            "class": "chart",
        },
    )
    sub(root, "title", {"id": f"{ids}-title"}, title)
    sub(root, "desc", {"id": f"{ids}-desc"}, description)
    sub(root, "rect", {"x": 0, "y": 0, "width": width, "height": height, "fill": PAPER})
    return root


def lines(
    parent: ET.Element, x: float, y: float, texts: list[str], size: int, **rest: str | int
) -> None:
    """Lines of text one under the other, the first one's baseline at `y`."""
    element = sub(parent, "text", {"x": x, "y": y, "font-size": size, **rest})
    for position, line in enumerate(texts):
        sub(element, "tspan", {"x": x, "dy": "0" if position == 0 else "1.2em"}, line)


def wrap(text: str, width: float, size: int) -> list[str]:
    """The text broken into lines that fit `width` units at font `size`."""
    columns = max(8, int(width / (size * _CHAR_WIDTH)))
    return textwrap.wrap(" ".join(clean(text).split()), columns) or [""]


def write(root: ET.Element) -> str:
    return ET.tostring(root, encoding="unicode")
