"""A long update (an organiser's /digest) does not hold up other people's in polling mode."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime

from dialogs.flow import Said
from dialogs.i18n import T
from storage.organisers import INVITE_PREFIX
from tests.channels.telegram import updates
from tests.channels.telegram.harness import RunningBot
from tests.digest import dataset


class SlowReports:
    """A digest that takes as long as the test says (one over millions of ratings, say)."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.finish = asyncio.Event()

    async def digest(self, locale: str, now: datetime) -> list[Said]:
        self.started.set()
        await self.finish.wait()
        return [Said(T("digest-chart-caption"))]

    async def workbook(self, locale: str, now: datetime) -> Said:
        raise AssertionError("not asked for")


async def test_people_are_answered_while_a_digest_is_made(polling: RunningBot) -> None:
    fake, dialogs = polling.fake, polling.dialogs
    reports = SlowReports()
    dialogs.config = replace(dialogs.config, reports=reports)
    organiser = polling.person(9001, "en")
    await organiser.command("start", f"{INVITE_PREFIX}{await dataset.invite(dialogs)}")
    [digest] = await fake.queue(updates.text(organiser.sender, "/digest"))
    await asyncio.wait_for(reports.started.wait(), 15)

    olena = polling.person(501, "uk")
    [hello] = await fake.queue(updates.text(olena.sender, "/start"))
    await fake.until(lambda: bool(fake.chats.get(501)))
    assert polling.keys(hello) == ["onboarding-language"]
    assert fake.confirmed <= digest  # the digest is not done, so not confirmed

    reports.finish.set()
    await fake.until(lambda: fake.confirmed > hello)
    assert polling.keys(digest) == ["digest-chart-caption", "organisers-home"]
    assert polling.keys(hello) == ["onboarding-language"]  # answered once
