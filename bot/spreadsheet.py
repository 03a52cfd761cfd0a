"""Tables for organisers as CSV and .xlsx, safe to open in a spreadsheet program.

Text that people wrote can begin with `=`, `+`, `-` or `@`; a spreadsheet would run it as a
formula (formula injection). Every cell of both formats goes through `cell()`: control characters
are dropped first, so none can hide a formula's first character, then a formula-like start gets a
leading apostrophe, the OWASP recommendation. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

MEDIA_TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEDIA_TYPE_CSV = "text/csv"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Tab and line breaks are text; every other control or invisible format character is dropped
# (openpyxl refuses some of them, and a spreadsheet ignores the rest in front of a formula).
_KEEP = {"\t", "\n", "\r"}
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs"}
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_TITLE_MAX = 31  # Excel's limit
_COLUMN_WIDTH_MAX = 60

Row = Sequence[object]


def cell(value: object) -> object:
    """A cell value that no spreadsheet will evaluate; None becomes an empty cell."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = "".join(
        ch for ch in value if ch in _KEEP or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(rows: Iterable[Row]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads Polish and Cyrillic letters right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def workbook_bytes(sheets: Mapping[str, Sequence[Row]]) -> bytes:
    """One sheet per entry, its first row a frozen bold header. An empty row stays empty."""
    # Imported on first use: openpyxl (and the numpy it pulls in) costs a third of a second and
    # tens of megabytes that the chat and a process that never writes a workbook need not pay.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(_sheet_title(title, workbook.sheetnames))
        widths: dict[int, int] = {}
        for number, row in enumerate(rows, 1):
            values = [cell(value) for value in row]
            sheet.append(values)
            for column, value in enumerate(values, 1):
                longest = max((len(line) for line in str(value).splitlines()), default=0)
                widths[column] = max(widths.get(column, 0), longest)
            if number == 1:
                for header in sheet[1]:
                    header.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column, width in widths.items():
            letter = sheet.cell(row=1, column=column).column_letter
            sheet.column_dimensions[letter].width = min(width + 2, _COLUMN_WIDTH_MAX)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str, taken: list[str]) -> str:
    base = _SHEET_TITLE_FORBIDDEN.sub(" ", title).strip("' ")[:_SHEET_TITLE_MAX] or "Sheet"
    candidate, number = base, 2
    while candidate in taken:
        suffix = f" ({number})"
        candidate, number = base[: _SHEET_TITLE_MAX - len(suffix)] + suffix, number + 1
    return candidate
