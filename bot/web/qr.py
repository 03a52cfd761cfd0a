"""A QR code as SVG made on the server, drawn into the page: sharp at any size, so the projector
can show it as large as the wall allows, and scannable from the back of a room."""

from __future__ import annotations

import functools

from bot.web.svg import INK, document, sub, write


# A room's code is drawn for every page that opens it; making one takes tens of milliseconds.
@functools.lru_cache(maxsize=64)
def qr_svg(content: str, *, title: str, ids: str = "qr") -> str:
    """The code for `content`, one unit a module, with the quiet zone scanners need around it.

    Each row's dark runs are one path segment each: a few hundred segments for a link, not a
    rectangle per module.
    """
    # Imported on first use: only the projector and campaign posters draw codes.
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(content)
    code.make(fit=True)
    modules: list[list[bool]] = code.get_matrix()  # the quiet zone included
    side = len(modules)
    root = document(side, side, title=title, description=content, ids=ids)
    root.set("class", "qr")
    root.set("shape-rendering", "crispEdges")
    segments = []
    for y, row in enumerate(modules):
        x = 0
        while x < side:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < side and row[x]:
                x += 1
            segments.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
    sub(root, "path", {"d": "".join(segments), "fill": INK})
    return write(root)
