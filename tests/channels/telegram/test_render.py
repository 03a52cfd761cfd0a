"""Outbound → Telegram calls, and updates → Inbound, without a network."""

from __future__ import annotations

import json

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import Update

from bot.channels.telegram import adapter
from bot.channels.telegram.render import keyboard, messages, rows, split_text
from bot.channels.telegram.taps import OptionTap, utf16_length, with_choice
from dialogs.messages import Attachment, Option, Outbound
from tests.channels.telegram import updates


def test_short_labels_share_rows_and_long_ones_stand_alone() -> None:
    assert rows(["Українська", "Polski", "English", "Русский"]) == [2, 2]
    assert rows(["Yes", "No", "Prefer not to say"]) == [2, 1]
    assert rows(["1", "2", "3", "4", "5", "Skip"]) == [3, 3]
    assert rows(["Yes, I agree", "No"]) == [2]
    assert rows(["Settings and my data", "Suggest an idea", "Rate ideas"]) == [1, 2]


def test_button_data_is_compact_and_bound_to_the_step() -> None:
    markup = keyboard([Option("praga_poludnie", "Praga-Południe"), Option("wola", "Wola")], "17")
    assert markup is not None
    data = [button.callback_data for row in markup.inline_keyboard for button in row]
    assert data == ["o:17:praga_poludnie", "o:17:wola"]
    assert all(data_item and len(data_item.encode()) <= 64 for data_item in data)
    assert OptionTap.unpack("o:17:wola") == OptionTap(token="17", option="wola")


@pytest.mark.parametrize(
    "data",
    ["o:17", "o:17:wola:x", "x:17:wola", "o:abc:wola", "o:1:" + "a" * 60, "o:1:zł", "o:1:"],
)
def test_forged_button_data_does_not_unpack(data: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        OptionTap.unpack(data)


def test_an_option_id_too_long_for_telegram_is_refused_loudly() -> None:
    with pytest.raises(ValueError):
        keyboard([Option("x" * 60, "Too long")], "1")


def test_long_text_is_split_on_line_boundaries() -> None:
    lines = [f"{number:04d} " + "ї" * 95 for number in range(120)]  # 100 characters a line
    pieces = split_text("\n".join(lines))
    assert len(pieces) == 3
    assert all(utf16_length(piece) <= 4096 for piece in pieces)
    assert "\n".join(pieces).split("\n") == lines  # nothing lost, no line cut


def test_a_single_huge_line_is_cut_at_spaces_and_emoji_count_double() -> None:
    pieces = split_text("😀 " * 3000)  # 3 UTF-16 units a word
    assert all(utf16_length(piece) <= 4096 for piece in pieces)
    assert sum(piece.count("😀") for piece in pieces) == 3000


def test_the_keyboard_rides_on_the_last_piece_and_files_follow() -> None:
    outbound = Outbound(
        key="q",
        text="a" * 4000 + "\n" + "b" * 200,
        options=(Option("yes", "Yes"),),
        token="3",
        attachment=Attachment("my-data.json", b"{}", "application/json"),
    )
    calls = messages(42, outbound)
    assert [type(call) for call in calls] == [SendMessage, SendMessage, SendDocument]
    first, second, document = calls
    assert isinstance(first, SendMessage) and isinstance(second, SendMessage)
    assert first.reply_markup is None and second.reply_markup is not None
    assert first.parse_mode is None and second.parse_mode is None
    assert isinstance(document, SendDocument)


def test_the_chosen_answer_is_added_while_it_fits() -> None:
    assert with_choice("Which language?", "Polski") == "Which language?\n\n✓ Polski"
    assert with_choice("x" * 4090, "Polski") is None


def parse(update: dict[str, object]) -> Update:
    update.setdefault("update_id", 77)
    return Update.model_validate(json.loads(json.dumps(update)))


def test_text_commands_and_deep_links_become_inbounds() -> None:
    olena = updates.user(9, "uk")
    message = parse(updates.text(olena, "/start ws-wola_2026")).message
    assert message is not None
    inbound = adapter.from_message(message, 77)
    assert (inbound.channel, inbound.user_id, inbound.update_id) == ("telegram", "9", "77")
    assert (inbound.command, inbound.command_arg, inbound.language_hint) == (
        "start",
        "ws-wola_2026",
        "uk",
    )
    addressed = parse(updates.text(olena, "/START@dialog_test_bot")).message
    assert addressed is not None and adapter.from_message(addressed, 78).command == "start"
    forged = parse(updates.text(olena, "/start ../../etc?x=1")).message
    assert forged is not None
    assert adapter.from_message(forged, 79).command_arg is None  # a plain start
    words = parse(updates.text(olena, "<b>Так</b> *Ні*")).message
    assert words is not None and adapter.from_message(words, 80).text == "<b>Так</b> *Ні*"


def test_anything_but_text_is_unsupported() -> None:
    olena = updates.user(9, "uk")
    for update in (
        updates.sticker(olena),
        updates.photo(olena, "caption"),
        updates.location(olena),
    ):
        message = parse(update).message
        assert message is not None
        inbound = adapter.from_message(message, 1)
        assert inbound.unsupported and inbound.text is None
