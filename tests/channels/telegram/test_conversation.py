"""End to end through aiogram's real HTTP client and the fake Bot API, in both modes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import func, select

from dialogs.i18n import Translator
from storage.models import Campaign, ConversationState, Participant, ProcessedUpdate
from tests.channels.telegram import updates
from tests.channels.telegram.harness import RunningBot


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
    assert olena.options == ["uk", "pl", "en", "ru"]
    assert [[b["text"] for b in row] for row in olena.question.keyboard or []] == [
        ["Українська", "Polski"],
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
    assert done.texts[0] == translator("uk", "onboarding-done")

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
    data = next(b["callback_data"] for row in question.keyboard or [] for b in row)
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
        m for m in telegram.fake.chats[801] if m.text == translator("uk", "onboarding-consent")
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
