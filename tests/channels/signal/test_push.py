"""Organisers on Signal: digests pushed in parts under the limit, with their files attached."""

from __future__ import annotations

import base64

from bot.channels.signal.outgoing import MAX_MESSAGE_BYTES
from dialogs.messages import Attachment, Outbound
from tests.channels.signal.harness import SignalBot

ORGANISER = "5f0c2d1e-8a7b-4c3d-9e2f-1a0b9c8d7e6f"
SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_a_digest_arrives_in_order_with_its_chart_and_spreadsheet(
    signal_bot: SignalBot,
) -> None:
    bot = signal_bot
    summary = "\n\n".join(f"Dzielnica {n}: " + " ".join(["odpowiedź"] * 40) for n in range(10))
    chart = Attachment("macierz.png", b"\x89PNG chart bytes", "image/png")
    sheet = Attachment("dane 2026-11.xlsx", b"PK spreadsheet bytes", SPREADSHEET)
    await bot.messenger.push(
        ORGANISER,
        [
            Outbound(key="digest-summary", text=summary),
            Outbound(key="digest-matrix", text="Macierz HOW-WOW-POW-NOW", attachment=chart),
            Outbound(key="digest-data", text="Dane", attachment=sheet),
        ],
    )
    sent = bot.daemon.sent
    assert all(s.recipient == [ORGANISER] for s in sent)
    assert all(len(s.message.encode()) <= MAX_MESSAGE_BYTES for s in sent)
    *parts, matrix, data = sent
    assert len(parts) > 1 and "\n\n".join(p.message for p in parts) == summary
    assert matrix.message == "Macierz HOW-WOW-POW-NOW"
    (chart_uri,) = matrix.attachments
    assert chart_uri.startswith("data:image/png;filename=macierz.png;base64,")
    assert base64.b64decode(chart_uri.split(",", 1)[1]) == chart.content
    (sheet_uri,) = data.attachments
    assert sheet_uri.startswith(f"data:{SPREADSHEET};filename=dane%202026-11.xlsx;base64,")
