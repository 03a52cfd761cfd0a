"""Reading the charts back as a browser would: parsed XML, and the WCAG contrast of a colour."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as ET

from bot.web.svg import INK

NS = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    return root


def idea_links(root: ET.Element) -> list[ET.Element]:
    return [a for a in root.iter(f"{NS}a") if a.get("data-idea") is not None]


def fills_of_text(root: ET.Element) -> Iterator[str]:
    """The colour of every text drawn (SVG's default fill is black; the charts set ink)."""
    for text in root.iter(f"{NS}text"):
        yield text.get("fill", INK)


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
