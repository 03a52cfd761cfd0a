"""Bar charts as SVG: bars only for counts shown exactly, read back with xml.etree."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest

from bot.web.bars_svg import Mean, distribution_svg, means_svg, needs_svg
from bot.web.svg import BAR
from dialogs.disclosure import disclose, disclose_each
from dialogs.i18n import LOCALES, Translator
from tests.web.svg_reading import NS, contrast, fills_of_text, parse

K = 10


def rows(root: ET.Element) -> dict[str, tuple[float | None, str, str]]:
    """Each row's label -> (bar width or None, value written, hover title)."""
    found = {}
    for group in root.iter(f"{NS}g"):
        label = " ".join(
            span.text or "" for span in group.iter(f"{NS}tspan")
        )  # wrapped labels joined again
        rect = group.find(f"{NS}rect")
        values = [t for t in group.findall(f"{NS}text") if not list(t)]
        found[label] = (
            float(rect.get("width", "")) if rect is not None else None,
            values[0].text or "",
            group.findtext(f"{NS}title") or "",
        )
    return found


def distribution(translator: Translator, counts: dict[str, int], locale: str = "en") -> str:
    return distribution_svg(
        disclose(counts, K),
        dimension="Legal",
        mean=3.1,
        translator=translator,
        locale=locale,
        ids="legal-difficulty",
    )


def test_exact_counts_get_bars_in_proportion(translator: Translator) -> None:
    found = rows(parse(distribution(translator, {"1": 30, "2": 15, "3": 60, "4": 12, "5": 45})))
    assert list(found) == ["1 – very hard", "2", "3", "4", "5 – very easy"]
    widths = {label: width for label, (width, _value, _title) in found.items()}
    assert all(width is not None for width in widths.values())
    assert widths["1 – very hard"] / widths["3"] == pytest.approx(30 / 60, rel=1e-3)  # type: ignore[operator]
    assert widths["5 – very easy"] / widths["3"] == pytest.approx(45 / 60, rel=1e-3)  # type: ignore[operator]
    assert found["2"][1:] == ("15", "2: 15 people")


def test_a_suppressed_cell_has_a_marker_and_no_bar(translator: Translator) -> None:
    text = distribution(translator, {"1": 30, "2": 3, "3": 60, "4": 12, "5": 45})
    found = rows(parse(text))
    # 3 people is small; 12, the smallest other cell, is hidden so that 3 cannot be worked out.
    assert found["2"] == (None, "<10", "2: fewer than 10 people")
    assert found["4"][:2] == (None, "≥10")
    assert [width is None for width, _v, _t in found.values()] == [False, True, False, True, False]
    # Neither number is written anywhere, the description included.
    desc = parse(text).findtext(f"{NS}desc") or ""
    assert "2: <10;" in desc and "4: ≥10;" in desc
    words = " ".join(parse(text).itertext())
    assert "12" not in words and "2: 3" not in words


def test_a_withheld_breakdown_draws_nothing_but_says_why(translator: Translator) -> None:
    breakdown = disclose({"1": 4, "2": 0, "3": 0, "4": 0, "5": 0}, K)
    assert breakdown.withheld
    root = parse(
        distribution_svg(
            breakdown, dimension="Legal", mean=1.0, translator=translator, locale="en", ids="x"
        )
    )
    assert list(root.iter(f"{NS}text")) == []
    assert root.findtext(f"{NS}desc") == "Not shown: the groups are too small."


def test_needs_are_labelled_escaped_and_cut_to_the_top(translator: Translator) -> None:
    needs = disclose_each({"housing": 40, "health_care": 25, "benefits": 4, "school": 0}, K)
    labels = {"housing": "Housing <& rent>", "health_care": "Health care", "benefits": "Benefits"}
    text = needs_svg(
        needs,
        dimension="Welfare",
        label=lambda need: labels.get(need, need),
        translator=translator,
        locale="en",
        ids="welfare-needs",
        top=3,
    )
    root = parse(text)
    assert "Housing &lt;&amp; rent&gt;" in text
    assert root.findtext(f"{NS}title") == "Welfare: the needs people chose most"
    found = rows(root)
    assert list(found) == ["Housing <& rent>", "Health care", "Benefits"]
    assert found["Benefits"][:2] == (None, "<10")


def test_means_hide_a_dimension_too_few_people_answered(translator: Translator) -> None:
    means = [Mean("Welfare", 2.27, 140), Mean("Legal", None, None), Mean("Social", 4.5, 12)]
    root = parse(means_svg(means, min_count=K, translator=translator, locale="pl", ids="means"))
    found = rows(root)
    assert found["Welfare"][1] == "2,3 (140 osób)"
    assert found["Legal"] == (None, "<10", "Legal: mniej niż 10 osób")
    welfare, social = found["Welfare"][0], found["Social"][0]
    assert welfare is not None and social is not None
    assert welfare / social == pytest.approx(2.27 / 4.5, rel=1e-3)


@pytest.mark.parametrize("locale", LOCALES)
def test_titles_and_scale_speak_the_readers_language(translator: Translator, locale: str) -> None:
    root = parse(distribution(translator, {"1": 30, "2": 15, "3": 60, "4": 12, "5": 45}, locale))
    assert root.findtext(f"{NS}title") == translator(
        locale, "chart-difficulty-title", dimension="Legal"
    )
    assert translator(locale, "chart-scale-value", value=5) in rows(root)


def test_it_scales_to_any_width_reads_clearly_and_repeats_itself(
    translator: Translator,
) -> None:
    counts = {"1": 30, "2": 3, "3": 60, "4": 12, "5": 45}
    text = distribution(translator, counts)
    root = parse(text)
    assert root.get("viewBox", "").startswith("0 0 480 ")
    assert root.get("width") is None and root.get("role") == "img"
    assert root.get("aria-labelledby") == "legal-difficulty-title"
    assert root.find(f"{NS}desc[@id='legal-difficulty-desc']") is not None
    assert not any("style" in element.attrib for element in root.iter())
    for fill in fills_of_text(root):
        assert contrast(fill, "#ffffff") >= 4.5
    assert contrast(BAR, "#ffffff") >= 3  # a graphic's part: WCAG 1.4.11
    assert distribution(translator, dict(counts)) == text
