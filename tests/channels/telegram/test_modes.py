"""Polling and webhook: confirm an update only once handled; refuse what does not add up."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import ClientSession
from sqlalchemy import func, select

import bot.__main__
from bot.channels.telegram.channel import check_settings
from bot.settings import Settings, SettingsError
from dialogs.messages import Inbound, Outbound
from storage.models import Participant, ProcessedUpdate
from tests.channels.telegram import updates
from tests.channels.telegram.fake_server import TOKEN
from tests.channels.telegram.harness import WEBHOOK_SECRET, RunningBot


async def test_an_update_is_confirmed_only_after_it_is_handled(telegram: RunningBot) -> None:
    entered, release = asyncio.Event(), asyncio.Event()
    handle = telegram.dialogs.handle

    async def slow(inbound: Inbound) -> list[Outbound]:
        entered.set()
        await release.wait()
        return await handle(inbound)

    telegram.dialogs.handle = slow  # type: ignore[method-assign]
    olena = telegram.person(3001, "uk")
    delivery = asyncio.create_task(olena.command("start"))
    await asyncio.wait_for(entered.wait(), 5)
    await asyncio.sleep(0.3)  # long enough for an early confirmation to show, were there one
    update_id = telegram.fake.updates[-1]["update_id"]
    assert not delivery.done()  # the webhook call has not been answered yet
    assert telegram.fake.confirmed <= update_id  # nor has polling confirmed the update
    release.set()
    assert (await delivery).keys == ["onboarding-language"]
    assert telegram.fake.webhook is not None or telegram.fake.confirmed > update_id


@pytest.mark.parametrize("secret", [None, "wrong-secret", WEBHOOK_SECRET + "x"])
async def test_a_webhook_call_without_the_secret_is_refused_and_nothing_stored(
    webhook: RunningBot, secret: str | None
) -> None:
    update = updates.text(updates.user(3002, "uk"), "/start")
    update["update_id"] = 9000
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    assert webhook.fake.webhook is not None
    async with (
        ClientSession() as client,
        client.post(webhook.fake.webhook["url"], json=update, headers=headers) as reply,
    ):
        assert reply.status == 401
    async with webhook.dialogs.sessionmaker() as session:
        assert await session.scalar(select(func.count(Participant.id))) == 0
        assert await session.scalar(select(func.count(ProcessedUpdate.id))) == 0
    assert webhook.fake.chats == {}


async def test_a_webhook_call_that_is_not_an_update_is_a_bad_request(webhook: RunningBot) -> None:
    assert webhook.fake.webhook is not None
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    async with ClientSession() as client:
        for body in (b"not json", b'{"no": "update_id"}'):
            async with client.post(webhook.fake.webhook["url"], data=body, headers=headers) as r:
                assert r.status == 400


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **({"telegram_bot_token": TOKEN} | values))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("values", "complaint"),
    [
        (
            {"telegram_mode": "webhook", "webhook_url": "https://bot.example.org/t"},
            "WEBHOOK_SECRET",
        ),
        (
            {"telegram_mode": "webhook", "webhook_url": "https://x.org/t", "webhook_secret": "a b"},
            "WEBHOOK_SECRET may only",
        ),
        ({"telegram_mode": "webhook", "webhook_secret": "abc"}, "WEBHOOK_URL"),
        ({"telegram_bot_token": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
    ],
)
def test_settings_that_cannot_work_are_refused_by_name(
    values: dict[str, object], complaint: str
) -> None:
    with pytest.raises(SettingsError, match=complaint) as refused:
        check_settings(settings(**values))
    assert "TEST-not-a-real-token" not in str(refused.value)


def test_good_settings_pass_and_an_empty_token_means_no_telegram() -> None:
    check_settings(settings())
    check_settings(
        settings(telegram_mode="webhook", webhook_url="https://x.org/t", webhook_secret="s_3-t")
    )
    assert Settings(_env_file=None, telegram_bot_token="").telegram_bot_token is None  # type: ignore[call-arg]


def test_the_command_line_refuses_a_webhook_without_a_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_MODE", "webhook")
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/telegram")
    monkeypatch.delenv("WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(SystemExit) as stopped:
        bot.__main__.main(["run"])
    assert "WEBHOOK_SECRET" in str(stopped.value.code)


async def test_different_people_side_by_side_one_person_in_order(telegram: RunningBot) -> None:
    second_done = asyncio.Event()
    handle = telegram.dialogs.handle
    order: list[str] = []

    async def observed(inbound: Inbound) -> list[Outbound]:
        if inbound.user_id == "3101":
            # Waits for the other person: handled one after the other, this would never finish.
            await asyncio.wait_for(second_done.wait(), 5)
        replies = await handle(inbound)
        order.append(f"{inbound.user_id}:{inbound.text or inbound.command}")
        if inbound.user_id == "3102":
            second_done.set()
        return replies

    telegram.dialogs.handle = observed  # type: ignore[method-assign]
    first, second = updates.user(3101, "uk"), updates.user(3102, "pl")
    batch = [updates.text(first, "/start"), updates.text(second, "/start")]
    if telegram.app.settings.telegram_mode == "polling":
        batch.append(updates.text(first, "Українська"))  # one batch: after first's /start
    await telegram.fake.deliver(*batch)
    assert order.index("3102:start") < order.index("3101:start")
    if telegram.app.settings.telegram_mode == "polling":
        assert order.index("3101:start") < order.index("3101:Українська")
