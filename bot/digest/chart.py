"""The matrix as a picture: ideas on effectiveness × ease, readable on a phone."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from matplotlib.figure import Figure

from storage.ideas import IdeaScore

SIZE_INCHES = 8
DPI = 150  # 8 in × 150 dpi = 1200 × 1200 px
SCALE = (1.0, 5.0)
_LABEL_OFFSETS = ((14, 14), (14, -14), (-14, 14), (-14, -14))
COLOURS = {"WOW": "#1b7f3b", "HOW": "#1f5fa8", "NOW": "#c77c00", "POW": "#8a8a8a"}


def matrix_png(
    scores: Sequence[IdeaScore],
    *,
    midpoint: float,
    labels: dict[str, str],
    highlighted: Sequence[str] = (),
) -> bytes:
    """A PNG of the placed ideas; `labels` holds the title and axis names in the reader's language.

    Point area grows with the number of ratings (square root, so one much-rated idea does not
    swallow the rest); `highlighted` idea codes are written beside their points.
    """
    placed = [s for s in scores if s.quadrant is not None]
    # A Figure of its own, not pyplot's global registry: nothing to close, nothing shared
    # between two digests made one after the other in the same worker.
    figure = Figure(figsize=(SIZE_INCHES, SIZE_INCHES), dpi=DPI)
    axes = figure.subplots()
    low, high = SCALE
    axes.set_xlim(low - 0.1, high + 0.1)
    axes.set_ylim(low - 0.1, high + 0.1)
    axes.axvline(midpoint, color="#444444", linewidth=1.5)
    axes.axhline(midpoint, color="#444444", linewidth=1.5)
    corners = {
        "WOW": (high, high, "right", "top"),
        "HOW": (low, high, "left", "top"),
        "NOW": (high, low, "right", "bottom"),
        "POW": (low, low, "left", "bottom"),
    }
    for quadrant, (x, y, horizontal, vertical) in corners.items():
        axes.text(
            x,
            y,
            quadrant,
            fontsize=30,
            fontweight="bold",
            color=COLOURS[quadrant],
            alpha=0.35,
            ha=horizontal,
            va=vertical,
        )
    most = max((s.ratings for s in placed), default=1)
    named = 0
    for score in placed:
        assert score.quadrant is not None
        x, y = score.ease_mean or midpoint, score.effectiveness_mean or midpoint
        axes.scatter(
            x,
            y,
            s=60 + 540 * math.sqrt(score.ratings / most),
            color=COLOURS[score.quadrant],
            alpha=0.7,
            edgecolors="white",
            linewidths=1,
        )
        if score.code in highlighted:
            # Neighbouring leaders get labels on different sides, so that they do not overlap.
            dx, dy = _LABEL_OFFSETS[named % len(_LABEL_OFFSETS)]
            named += 1
            axes.annotate(
                score.code,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=13,
                ha="left" if dx > 0 else "right",
                va="bottom" if dy > 0 else "top",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8},
                arrowprops={"arrowstyle": "-", "color": "#555555", "linewidth": 0.8},
                zorder=5,
            )
    axes.set_title(labels.get("title", ""), fontsize=22, pad=16)
    axes.set_xlabel(labels.get("ease", ""), fontsize=18)
    axes.set_ylabel(labels.get("effectiveness", ""), fontsize=18)
    axes.tick_params(labelsize=15)
    axes.set_xticks(range(1, 6))
    axes.set_yticks(range(1, 6))
    axes.grid(alpha=0.2)
    figure.tight_layout()
    buffer = io.BytesIO()
    # A fixed size, not "tight": every digest's picture has the same dimensions.
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
