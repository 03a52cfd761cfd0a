"""Outbounds as Signal messages: numbered options, parts under the limit, files as data URIs."""

from __future__ import annotations

import base64
from urllib.parse import unquote

from bot.channels.signal.outgoing import MAX_MESSAGE_BYTES, signal_messages, split_text
from dialogs.messages import Attachment, Option, Outbound


def test_a_question_is_one_message_with_numbered_options() -> None:
    outbound = Outbound(
        key="q",
        text="Питання?",
        options=(Option("yes", "Так"), Option("no", "Ні")),
        token="3",
        hint="Відповідайте номером.",
    )
    assert [m.text for m in signal_messages(outbound)] == [
        "Питання?\n\n1) Так\n2) Ні\nВідповідайте номером."
    ]


def test_long_text_is_cut_between_paragraphs_under_the_byte_limit() -> None:
    paragraphs = [f"Абзац {n}: " + " ".join(["слово"] * 60) for n in range(12)]
    parts = split_text("\n\n".join(paragraphs))
    assert len(parts) > 1
    assert all(len(part.encode()) <= MAX_MESSAGE_BYTES for part in parts)
    assert all(part.startswith("Абзац") for part in parts)  # no paragraph cut in half
    assert "\n\n".join(parts) == "\n\n".join(paragraphs)


def test_a_huge_paragraph_is_cut_between_lines_then_words_then_characters() -> None:
    lines = "\n".join("рядок " * 40 for _ in range(10))
    assert all(len(p.encode()) <= MAX_MESSAGE_BYTES for p in split_text(lines))
    word = "ї" * 3000  # 6000 bytes with nowhere to cut
    parts = split_text(word)
    assert "".join(parts) == word
    assert all(len(p.encode()) <= MAX_MESSAGE_BYTES for p in parts)


def test_a_file_goes_with_the_last_part_as_a_named_data_uri() -> None:
    content = b"\x89PNG fake chart"
    outbound = Outbound(
        key="digest",
        text="x " * 1500,
        attachment=Attachment("macierz; wrzesień.png", content, "image/png"),
    )
    messages = signal_messages(outbound)
    assert len(messages) == 2 and not messages[0].attachments
    (uri,) = messages[-1].attachments
    header, data = uri.split(",", 1)
    assert header.startswith("data:image/png;filename=") and header.endswith(";base64")
    name = header.removeprefix("data:image/png;filename=").removesuffix(";base64")
    assert ";" not in name and unquote(name) == "macierz; wrzesień.png"
    assert base64.b64decode(data) == content
