"""A participant's answer that meets a busy database is tried again, and never half-confirmed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.flow import Said
from dialogs.i18n import T, Translator
from dialogs.messages import Attachment, Choice
from storage import migrate
from storage.busy import BusyRetry, DatabaseBusy
from tests.busy import Pauses, WriteLock, impatient_engine
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset
from tests.outbox import waiting_keys
from tests.transcript import Person


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "busy.sqlite3"


@pytest.fixture
async def impatient(path: Path) -> AsyncIterator[AsyncEngine]:
    engine = impatient_engine(path)
    await migrate.upgrade(engine)
    yield engine
    await engine.dispose()


def dialogs_with(
    engine: AsyncEngine, translator: Translator, clock: Clock, pauses: Pauses
) -> Dialogs:
    return make_dialogs(engine, translator, clock, busy=BusyRetry((0.2, 0.5, 1.0), sleep=pauses))


async def test_an_answer_waits_out_a_held_write_lock(
    impatient: AsyncEngine, path: Path, translator: Translator, clock: Clock
) -> None:
    pauses = Pauses()
    person = Person(dialogs_with(impatient, translator, clock, pauses), "1001", "uk-UA")
    await person.command("start")
    lock = WriteLock(path)
    pauses.lock, pauses.release_at = lock, 2
    assert await person.taps("uk") == ["rights-privacy-notice", "onboarding-consent"]
    assert pauses.taken == [0.2, 0.5]


async def test_a_lock_held_through_every_try_stores_nothing_and_says_nothing(
    impatient: AsyncEngine, path: Path, translator: Translator, clock: Clock
) -> None:
    pauses = Pauses()
    person = Person(dialogs_with(impatient, translator, clock, pauses), "1001", "uk-UA")
    await person.command("start")
    assert person.question.token is not None
    tap = person.inbound(choice=Choice("uk", person.question.token))
    lock = WriteLock(path)
    with pytest.raises(DatabaseBusy):
        await person.dialogs.handle(tap)
    assert pauses.taken == [0.2, 0.5, 1.0]
    lock.release()
    # The messenger delivers the unconfirmed update again: it is handled in full, not as a repeat.
    replies = await person.dialogs.handle(tap)
    assert [o.key for o in replies] == ["rights-privacy-notice", "onboarding-consent"]


class ExportWhileAnotherWrites:
    """An export that is ready just as another connection takes the write lock (a participant's
    answer, a sweep), which the retry's first pause releases."""

    def __init__(self, path: Path, pauses: Pauses) -> None:
        self.path = path
        self.pauses = pauses

    async def workbook(self, locale: str, now: datetime) -> Said:
        self.pauses.lock, self.pauses.release_at = WriteLock(self.path), 1
        workbook = Attachment("export.xlsx", b"PK", "application/vnd.ms-excel")
        return Said(T("digest-workbook-caption"), workbook)


async def test_a_report_made_after_its_turn_is_queued_once_a_held_write_lock_is_let_go(
    impatient: AsyncEngine, path: Path, translator: Translator, clock: Clock
) -> None:
    pauses = Pauses()
    dialogs = dialogs_with(impatient, translator, clock, pauses)
    organiser = await dataset.organiser(dialogs)
    reports = ExportWhileAnotherWrites(path, pauses)
    dialogs.config = replace(dialogs.config, reports=reports)  # type: ignore[arg-type]
    assert await organiser.command("export") == ["digest-workbook-caption", "organisers-home"]
    assert pauses.taken == [0.2]
    assert (await waiting_keys(impatient, organiser.user_id))[-2:] == [
        "digest-workbook-caption",
        "organisers-home",
    ]
