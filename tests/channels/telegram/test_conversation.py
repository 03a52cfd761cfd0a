"""End to end through aiogram's real HTTP client and the fake Bot API, in both modes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import func, select

from dialogs.i18n import Translator
from storage.models import Campaign, ConversationState, Participant, ProcessedUpdate
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import chat
from tests.channels.telegram.harness import RunningBot
from tests.channels.telegram.person import data_for


async def participants(bot: RunningBot) -> list[Participant]:
    async with bot.dialogs.sessionmaker() as session:
        return list(await session.scalars(select(Participant)))


async def handled_updates(bot: RunningBot) -> int:
    async with bot.dialogs.sessionmaker() as session:
        return int(await session.scalar(select(func.count(ProcessedUpdate.id))) or 0)


async def test_onboarding_in_ukrainian_with_buttons(
    telegram: RunningBot, translator: Translator
) -> None:
    olena = telegram.person(501, "uk")

    started = await olena.command("start")
    assert started.keys == ["onboarding-language"]
    assert started.texts == [translator("uk", "onboarding-language")]
    assert olena.options == ["pl", "uk", "en", "ru"]  # the same order for everyone
    assert [[b["text"] for b in row] for row in olena.question.keyboard or []] == [
        ["Polski", "Українська"],
        ["English", "Русский"],
    ]

    language = olena.question
    chosen = await olena.taps("uk")
    assert chosen.answer is None  # the spinner stops, nothing to say
    assert chosen.keys == ["rights-privacy-notice", "onboarding-consent"]
    assert olena.options == ["yes", "no"]
    shown = telegram.fake.chats[501][0]
    assert shown.message_id == language.message_id
    assert shown.text == translator("uk", "onboarding-language") + "\n\n✓ Українська"
    assert shown.keyboard is None

    assert (await olena.taps("yes")).keys == ["onboarding-consent-thanks", "onboarding-migration"]
    assert (await olena.taps("no")).keys == ["onboarding-district"]
    done = await olena.taps("wola")
    assert done.keys == ["onboarding-done", "menu-main"]
    # The thanks and the menu arrive as one message.
    assert done.texts == [
        translator("uk", "onboarding-done") + "\n\n" + translator("uk", "menu-main")
    ]

    [person] = await participants(telegram)
    assert (person.locale, person.consent, person.migration_experience, person.district) == (
        "uk",
        "given",
        "no",
        "wola",
    )
    sent = telegram.fake.sent("sendMessage")
    assert sent and all("parse_mode" not in call.params for call in sent)
    assert len(telegram.channel.intake.locks) == 0  # no lock outlives its update


async def test_a_deep_link_tags_the_campaign_and_a_bad_code_is_a_plain_start(
    telegram: RunningBot,
) -> None:
    async with telegram.dialogs.sessionmaker() as session, session.begin():
        session.add(Campaign(code="ws-wola-2026", name="Wola workshop", created_at=_now()))
    tagged = telegram.person(601, "uk")
    assert (await tagged.command("start", "ws-wola-2026")).keys == ["onboarding-language"]
    plain = telegram.person(602, "pl")
    assert (await plain.command("start", "no-such$code")).keys == ["onboarding-language"]
    by_id = {p.key: p for p in await participants(telegram)}
    key = telegram.dialogs.participant_key
    assert by_id[key("telegram", "601")].campaign_id is not None
    assert by_id[key("telegram", "602")].campaign_id is None


async def test_a_stale_button_is_answered_briefly_and_changes_nothing(
    telegram: RunningBot, translator: Translator
) -> None:
    olena = telegram.person(701, "uk")
    await olena.command("start")
    language = olena.question
    await olena.taps("uk")
    consent_messages = len(telegram.fake.chats[701])

    stale = await olena.taps("ru", on=language)  # the old question, as the app still shows it
    assert stale.answer == translator("uk", "input-stale-option")
    assert stale.messages == []
    assert len(telegram.fake.chats[701]) == consent_messages
    [person] = await participants(telegram)
    assert person.locale == "uk"


async def test_a_double_tap_is_one_answer(telegram: RunningBot, translator: Translator) -> None:
    olena = telegram.person(801, "uk")
    await olena.command("start")
    question = olena.question
    data = data_for(question, "uk")
    first, second = (
        updates.tap(olena.sender, question, data),
        updates.tap(olena.sender, question, data),
    )
    await telegram.fake.deliver(first, second)  # one poll batch, or two concurrent webhook calls
    await telegram.sent()

    answers = [
        telegram.fake.answers[first["callback_query"]["id"]],
        telegram.fake.answers[second["callback_query"]["id"]],
    ]
    assert sorted(answers, key=str) == sorted(
        [None, translator("uk", "input-stale-option")], key=str
    )
    consent = [
        m
        for m in telegram.fake.chats[801]
        if (m.text or "").endswith(translator("uk", "onboarding-consent"))
    ]
    assert len(consent) == 1
    assert len(telegram.fake.sent("editMessageText")) == 1


async def test_stickers_photos_and_edits_are_declined_and_nothing_is_stored(
    telegram: RunningBot,
) -> None:
    olena = telegram.person(901, "uk")
    await olena.command("start")
    await olena.taps("uk")
    await olena.taps("yes")
    before = await participants(telegram)

    assert (await olena.send(updates.sticker(olena.sender))).keys == [
        "input-unsupported",
        "onboarding-migration",
    ]
    assert (await olena.send(updates.photo(olena.sender, "так"))).keys == [
        "input-unsupported",
        "onboarding-migration",
    ]
    assert (await olena.send(updates.edited(olena.sender, "так"))).keys == [
        "input-edited",
        "onboarding-migration",
    ]
    after = await participants(telegram)
    assert [(p.migration_experience, p.district) for p in after] == [
        (p.migration_experience, p.district) for p in before
    ]
    assert after[0].migration_experience is None


async def test_typed_answers_work_beside_the_buttons(telegram: RunningBot) -> None:
    olena = telegram.person(902, "uk")
    await olena.command("start")
    assert (await olena.says("Українська")).keys == ["rights-privacy-notice", "onboarding-consent"]
    assert (await olena.says("1")).keys == ["onboarding-consent-thanks", "onboarding-migration"]
    [person] = await participants(telegram)
    assert (person.locale, person.consent) == ("uk", "given")


async def test_a_redelivered_update_is_applied_once_and_answered_once(
    telegram: RunningBot,
) -> None:
    olena = telegram.person(1001, "uk")
    await olena.command("start")
    tapped = await olena.taps("uk")
    async with telegram.dialogs.sessionmaker() as session:
        state = await session.scalar(select(ConversationState))
        assert state is not None
        version = state.version
    handled = await handled_updates(telegram)
    messages = len(telegram.fake.chats[1001])

    [update] = [u for u in telegram.fake.updates if u["update_id"] == tapped.update_id]
    if telegram.app.settings.telegram_mode == "webhook":
        # Telegram did not get our 200 (a timeout on its side) and posts the update again.
        assert await telegram.fake.post_webhook(update) == 200
    else:
        # The bot died after handling, before confirming: on restart Telegram sends it again.
        telegram.fake.forget_confirmations(tapped.update_id)
        await telegram.restart()
        await telegram.fake.until(lambda: telegram.fake.confirmed > tapped.update_id)

    await telegram.sent()
    assert await handled_updates(telegram) == handled
    # Nothing applied twice, nothing said twice: the first handling's replies were queued with
    # it, so they arrived (the outbox sends them even if the bot died before it could).
    assert len(telegram.fake.chats[1001]) == messages
    async with telegram.dialogs.sessionmaker() as session:
        state = await session.scalar(select(ConversationState))
        assert state is not None and state.version == version


async def test_added_to_a_group_it_explains_and_leaves(
    telegram: RunningBot, translator: Translator
) -> None:
    organiser = updates.user(1101, "pl")
    await telegram.fake.deliver(updates.membership(organiser, -100500, "left", "member"))
    await telegram.fake.deliver(updates.text(organiser, "/start", chat_id=-100600))
    assert [m.text for m in telegram.fake.chats[-100500]] == [
        translator("pl", "input-private-only")
    ]
    assert telegram.fake.left == [-100500, -100600]
    assert await participants(telegram) == []


async def test_the_command_menu_is_published_in_every_language(
    telegram: RunningBot, translator: Translator
) -> None:
    menus = {entry["language_code"]: entry["commands"] for entry in telegram.fake.commands}
    assert set(menus) == {None, "pl", "uk", "en", "ru"}
    assert menus["uk"][0] == {
        "command": "menu",
        "description": translator("uk", "telegram-command-menu"),
    }
    assert menus[None] == menus["pl"]  # the default locale's, for every other language
    assert [c["command"] for c in menus["en"]] == [
        "menu",
        "help",
        "language",
        "privacy",
        "mydata",
        "updates",
        "delete",
        "stop",
    ]


async def test_only_handled_update_kinds_are_asked_for(telegram: RunningBot) -> None:
    expected = ["message", "edited_message", "callback_query", "my_chat_member"]
    if telegram.app.settings.telegram_mode == "webhook":
        assert telegram.fake.webhook is not None
        assert telegram.fake.webhook["allowed_updates"] == expected
    else:
        polls = telegram.fake.sent("getUpdates")
        assert all(json.loads(call.params["allowed_updates"]) == expected for call in polls)
    assert telegram.channel is not None
    assert set(telegram.channel.dispatcher.resolve_used_update_types()) == set(expected)


def _now() -> datetime:
    return datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def test_a_message_from_another_bot_is_ignored(telegram: RunningBot) -> None:
    robot = {**updates.user(1201, "uk"), "is_bot": True}
    await telegram.fake.deliver(updates.text(robot, "/start"), updates.text(robot, "так"))
    assert telegram.fake.chats.get(1201, []) == []
    assert await participants(telegram) == []


async def test_a_tap_outside_a_private_chat_is_ignored(telegram: RunningBot) -> None:
    olena = telegram.person(1202, "uk")
    await olena.command("start")
    forwarded = updates.tap(olena.sender, olena.question, data_for(olena.question, "ru"))
    forwarded["callback_query"]["message"]["chat"] = chat(-100700)
    await telegram.fake.deliver(forwarded)
    assert telegram.fake.chats.get(-100700, []) == []
    [person] = await participants(telegram)
    assert person.locale is None
    assert (await olena.taps("uk")).keys == ["rights-privacy-notice", "onboarding-consent"]


async def test_a_deeply_nested_webhook_body_is_refused(webhook: RunningBot) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    assert await webhook.fake.post_webhook_body(body) == 400
    olena = webhook.person(1203, "uk")
    assert (await olena.command("start")).keys == ["onboarding-language"]


async def test_a_tick_edits_the_question_in_place_and_a_number_moves_on(
    telegram: RunningBot,
) -> None:
    olena = telegram.person(1201, "uk")
    await olena.command("start")
    for option in ("uk", "yes", "yes", "wola", "yes", "skip", "skip"):
        await olena.taps(option)
    screen = olena.question
    assert olena.options[:5] == [
        "housing",
        "health_care",
        "benefits",
        "school_childcare",
        "psychological_help",
    ]
    # The ticks above, the scale's row under them, then "next" and "back".
    labels = [button["text"] for row in screen.keyboard or [] for button in row]
    assert labels.index("1 · дуже важко") > labels.index("Щось інше")
    assert labels.index("Далі") > labels.index("5 · дуже легко")
    edits = len(telegram.fake.sent("editMessageText"))

    ticked = await olena.taps("housing")
    assert ticked.messages == []  # nothing new in the chat
    assert ticked.keys == ["survey-pair"]
    assert len(telegram.fake.sent("editMessageText")) == edits + 1
    now = olena.question
    assert now.message_id == screen.message_id
    labels = [button["text"] for row in now.keyboard or [] for button in row]
    assert any(label.startswith("✓") and "житло" in label.lower() for label in labels)

    moved = await olena.taps("3")
    assert moved.keys == ["survey-progress-topic", "survey-pair"]
    assert len(moved.messages) == 1  # the next dimension, as a new message
    assert moved.messages[0].message_id != screen.message_id
