"""Live workshops through the channel-neutral dialogs: the facilitator in the organiser menu,
the room's phones joining, rating, being moved along by "next", leaving, and thanked at the end.

Pushes to the room's phones go to the outbox; a `Phone` reads what arrived there since it last
looked, so its buttons can be tapped like any reply's.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import LOCALES, Translator
from dialogs.workshops import facilitation
from storage import ideas as ideas_repo
from storage import organisers as organisers_repo
from storage import workshops as repo
from storage.db import create_read_only_sessionmaker
from storage.models import AuditEntry, Idea, IdeaText, Participant, WorkshopMember
from tests.conftest import Clock, make_dialogs
from tests.digest import dataset
from tests.outbox import waiting
from tests.transcript import Person, keys

BOT = "dialog_test_bot"
IDEAS = {
    "w1": {"pl": "Tandemy językowe w bibliotekach", "uk": "Мовні тандеми в бібліотеках"},
    "w2": {"pl": "Punkt informacyjny w urzędzie dzielnicy", "en": "An information desk"},
    "w3": {"pl": "Kalendarz wydarzeń w wielu językach"},
}


@pytest.fixture
def dialogs(engine: AsyncEngine, translator: Translator, clock: Clock) -> Dialogs:
    return make_dialogs(engine, translator, clock, telegram_bot_username=BOT, matrix_min_ratings=2)


@dataclass
class Phone:
    """A person in the room: what they send, and what the facilitator pushes to them."""

    person: Person
    engine: AsyncEngine
    read: int = 0

    async def pushed(self) -> list[str]:
        """Messages queued for this phone since it last looked; their buttons become tappable."""
        queued = await waiting(self.engine, self.person.user_id)
        new, self.read = queued[self.read :], len(queued)
        if new:
            self.person.last = new
        return keys(new)

    async def sends(self, command: str, arg: str | None = None) -> list[str]:
        said = await self.person.command(command, arg)
        await self.seen()
        return said

    async def taps(self, option_id: str) -> list[str]:
        said = await self.person.taps(option_id)
        await self.seen()
        return said

    async def seen(self) -> None:
        """The replies to what they sent are in the outbox too: not news."""
        self.read = len(await waiting(self.engine, self.person.user_id))

    async def rates(self, effectiveness: int, ease: int) -> list[str]:
        await self.taps(str(effectiveness))
        return await self.taps(str(ease))


async def bank(dialogs: Dialogs) -> dict[str, Idea]:
    async with dialogs.sessionmaker() as session, session.begin():
        return {
            code: await dataset.add_approved_idea(session, code, texts, dialogs.clock())
            for code, texts in IDEAS.items()
        }


async def open_room(dialogs: Dialogs, facilitator: Person, *codes: str) -> str:
    """A workshop opened in the chat, with ideas given by their codes; its room code."""
    replies = await facilitator.command("workshop", "new Wola, 12 March")
    assert replies == [
        "organisers-workshop-created",
        "organisers-campaign-link",
        "organisers-workshop-qr",
        "organisers-workshop-status",
    ]
    await facilitator.taps("list")
    assert await facilitator.says(" ".join(codes)) == [
        "organisers-workshop-added",
        "organisers-workshop-status",
    ]
    async with dialogs.sessionmaker() as session:
        [room] = await repo.open_rooms(session)
    return repo.shown_code(room.code)


async def known(dialogs: Dialogs, engine: AsyncEngine, user_id: str, language: str) -> Phone:
    person = Person(dialogs, user_id=user_id, hint=language)
    await person.onboard(language=language, migration="no")
    phone = Phone(person, engine)
    await phone.pushed()
    return phone


async def rate_directly(
    dialogs: Dialogs, user_id: str, idea: Idea, effectiveness: int, ease: int
) -> None:
    """A rating stored as the rating dialog stores it, without walking to the idea."""
    key = dialogs.participant_key("test", user_id)
    async with dialogs.sessionmaker() as session, session.begin():
        [participant_id] = await session.scalars(
            select(Participant.id).where(Participant.key == key)
        )
        await ideas_repo.rate(
            session,
            idea_id=idea.id,
            participant_id=participant_id,
            effectiveness=effectiveness,
            ease=ease,
            now=dialogs.clock(),
        )


async def room_state(dialogs: Dialogs, code: str, min_ratings: int = 2) -> repo.RoomState:
    async with dialogs.sessionmaker() as session:
        room = await repo.room_by_code(session, code)
        assert room is not None
        state = await repo.room_state(session, room.id, midpoint=3.0, min_ratings=min_ratings)
    assert state is not None
    return state


# --- joining ------------------------------------------------------------------------------------


async def test_someone_new_gives_language_and_consent_only_then_is_in_the_room(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    newcomer = Phone(Person(dialogs, user_id="2001", hint="de-DE"), engine)
    assert await newcomer.sends("start", code.lower()) == ["onboarding-language"]
    assert await newcomer.taps("uk") == ["rights-privacy-notice", "onboarding-consent"]
    # No migration, district or survey questions: straight into the room, waiting for "next".
    assert await newcomer.taps("yes") == ["workshop-joined-together", "workshop-wait-together"]
    assert newcomer.person.options == ["leave"]
    async with dialogs.sessionmaker() as session:
        person = await session.scalar(
            select(Participant).where(Participant.key == dialogs.participant_key("test", "2001"))
        )
        assert person is not None
        room = await repo.room_by_code(session, code)
        assert room is not None
        member = await session.get(WorkshopMember, (room.id, person.id))
    assert (person.consent, person.locale) == ("given", "uk")
    assert (person.migration_experience, person.district) == (None, None)
    assert person.campaign_id == room.workshop.campaign_id  # counted like any campaign's
    assert member is not None and (member.channel, member.address) == ("test", "2001")
    assert (await room_state(dialogs, code)).joined == 1


async def test_someone_known_goes_straight_in_and_sees_the_current_idea(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    await facilitator.taps("next")
    olena = await known(dialogs, engine, "2002", "uk")
    assert await olena.sends("start", code) == [
        "workshop-joined-together",
        "rating-explain",
        "rating-effectiveness",
    ]
    assert olena.person.question.text.startswith(IDEAS["w1"]["uk"])
    assert olena.person.options == ["1", "2", "3", "4", "5", "skip", "leave"]


async def test_refusing_consent_keeps_them_out_of_the_room(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1")
    doubter = Phone(Person(dialogs, user_id="2003", hint="pl"), engine)
    assert await doubter.sends("start", code) == ["onboarding-language"]
    await doubter.taps("pl")
    assert await doubter.taps("no") == ["onboarding-consent-refused"]
    assert (await room_state(dialogs, code)).joined == 0


async def test_a_room_code_nobody_has_is_an_ordinary_start(dialogs: Dialogs) -> None:
    person = Person(dialogs, user_id="2004", hint="en")
    assert await person.command("start", "ZZZZ9") == ["onboarding-language"]


# --- together -----------------------------------------------------------------------------------


async def test_together_every_phone_gets_the_idea_the_facilitator_moves_to(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    ideas = await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    room = [await known(dialogs, engine, str(3000 + n), "uk") for n in range(3)]
    for phone in room:
        assert await phone.sends("start", code) == [
            "workshop-joined-together",
            "workshop-wait-together",
        ]
    assert await facilitator.taps("next") == [
        "organisers-workshop-moved",
        "organisers-workshop-status",
    ]
    assert facilitator.last[0].text.startswith("The next idea is on its way to 3 phones")
    for phone in room:
        assert await phone.pushed() == ["rating-explain+rating-effectiveness"]
        assert IDEAS["w1"]["uk"] in phone.person.question.text
    assert await room[0].rates(4, 5) == ["workshop-saved", "workshop-wait-together"]
    assert await room[1].rates(2, 2) == ["workshop-saved", "workshop-wait-together"]
    state = await room_state(dialogs, code)
    assert (state.current_idea_id, state.current_ratings) == (ideas["w1"].id, 2)
    # The room's ratings are ratings like any other: they count in the overall matrix.
    async with dialogs.sessionmaker() as session:
        [w1] = await ideas_repo.matrix(session, min_ratings=2, ids=[ideas["w1"].id])
    assert (w1.ratings, w1.effectiveness_mean, w1.ease_mean) == (2, 3.0, 3.5)
    # Someone outside the room rating the same idea counts in the matrix, not on the wall.
    await known(dialogs, engine, "3999", "uk")
    await rate_directly(dialogs, "3999", ideas["w1"], 1, 1)
    assert (await room_state(dialogs, code)).current_ratings == 2

    # The third is half-way (effectiveness given) when the room moves on: the new idea
    # replaces the question, and the old buttons no longer count.
    await room[2].taps("3")
    half_done = room[2].person.question
    await facilitator.taps("next")
    # w2 has no Ukrainian text: the original, said to be in Polish.
    assert [await phone.pushed() for phone in room] == [
        ["rating-original+rating-effectiveness"]
    ] * 3
    assert "Punkt informacyjny" in room[2].person.question.text
    room[2].person.last = [half_done]
    assert await room[2].person.taps("4") == ["input-stale-option"]


async def test_the_last_idea_leaves_the_room_where_it_is(dialogs: Dialogs) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    await open_room(dialogs, facilitator, "w1")
    assert await facilitator.taps("next") == [
        "organisers-workshop-moved",
        "organisers-workshop-status",
    ]
    assert await facilitator.taps("next") == [
        "organisers-workshop-last",
        "organisers-workshop-status",
    ]


async def test_skipping_waits_for_the_next_idea(dialogs: Dialogs, engine: AsyncEngine) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    await facilitator.taps("next")
    phone = await known(dialogs, engine, "3100", "en")
    await phone.sends("start", code)
    assert await phone.taps("skip") == ["workshop-wait-together"]
    await facilitator.taps("next")
    assert await phone.pushed() == ["rating-effectiveness"]
    assert phone.person.question.text.startswith("An information desk")


# --- self-paced ---------------------------------------------------------------------------------


async def test_self_paced_one_idea_after_another_then_a_new_one_from_the_room(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs, hint="pl")
    code = await open_room(dialogs, facilitator, "w1", "w2")
    assert await facilitator.taps("pace") == [
        "organisers-workshop-paced",
        "organisers-workshop-status",
    ]
    assert "next" not in facilitator.options  # no "next" when everyone has their own pace
    phone = await known(dialogs, engine, "3200", "en")
    assert await phone.sends("start", code) == [
        "workshop-joined-self",
        "rating-explain",
        "rating-original",
        "rating-effectiveness",
    ]
    assert await phone.rates(3, 3) == ["workshop-saved", "rating-effectiveness"]
    assert await phone.rates(5, 4) == ["workshop-saved", "workshop-wait-self"]

    # The facilitator writes down what the room proposes, mid-session: approved on entry,
    # with the workshop as its source, and at once on the phone that was waiting.
    await facilitator.taps("idea")
    assert await facilitator.says("Dyżury prawnika w bibliotece") == [
        "organisers-workshop-idea-added",
        "organisers-workshop-status",
    ]
    assert await phone.pushed() == ["rating-original+rating-effectiveness"]
    assert "Dyżury prawnika w bibliotece" in phone.person.question.text
    assert phone.person.last[0].text.startswith(translator("en", "rating-original", language="pl"))
    async with dialogs.sessionmaker() as session:
        typed = await session.scalar(select(Idea).where(Idea.source.like("workshop-%")))
    assert typed is not None
    assert (typed.status, typed.source, typed.language) == (
        "approved",
        f"workshop-{code.lower()}",
        "pl",
    )
    assert typed.author_id is None
    assert await phone.rates(4, 2) == ["workshop-saved", "workshop-wait-self"]


async def test_an_empty_or_overlong_idea_is_asked_again(dialogs: Dialogs) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    await open_room(dialogs, facilitator, "w1")
    await facilitator.taps("idea")
    assert await facilitator.says("x" * 501) == [
        "organisers-workshop-idea-long",
        "organisers-workshop-idea",
    ]
    async with dialogs.sessionmaker() as session:
        assert await session.scalar(select(Idea).where(Idea.source.like("workshop-%"))) is None


# --- leaving, rejoining, closing ----------------------------------------------------------------


async def test_leaving_with_menu_then_rejoining_while_open(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    phone = await known(dialogs, engine, "3300", "uk")
    await phone.sends("start", code)
    assert await phone.sends("menu") == ["workshop-left", "menu-main"]
    assert (await room_state(dialogs, code)).present == 0
    await facilitator.taps("next")
    assert await phone.pushed() == []  # gone from the room: nothing pushed
    assert await phone.sends("start", code) == [
        "workshop-joined-together",
        "rating-explain",
        "rating-effectiveness",
    ]
    state = await room_state(dialogs, code)
    assert (state.joined, state.present) == (1, 1)


async def test_the_leave_button_forgets_the_chat_address(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1")
    phone = await known(dialogs, engine, "3310", "ru")
    await phone.sends("start", code)
    assert await phone.taps("leave") == ["workshop-left", "menu-main"]
    async with dialogs.sessionmaker() as session:
        [member] = (await session.scalars(select(WorkshopMember))).all()
    assert (member.channel, member.address, member.left_at) == (None, None, dialogs.clock())


async def test_stopping_the_bot_in_the_room_forgets_the_chat_address(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    stops, blocks = (
        await known(dialogs, engine, "3320", "pl"),
        await known(dialogs, engine, "3321", "en"),
    )
    await stops.sends("start", code)
    await blocks.sends("start", code)
    await stops.sends("stop")
    await dialogs.mark_stopped("test", "3321")
    async with dialogs.sessionmaker() as session:
        members = (await session.scalars(select(WorkshopMember))).all()
    assert [(m.channel, m.address) for m in members] == [(None, None), (None, None)]
    assert (await room_state(dialogs, code)).present == 0
    await facilitator.taps("next")
    assert await stops.pushed() == [] and await blocks.pushed() == []


async def test_closing_thanks_the_room_with_its_result_and_sums_up_for_the_organiser(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator
) -> None:
    ideas = await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    room = [await known(dialogs, engine, str(3400 + n), "uk") for n in range(2)]
    for phone in room:
        await phone.sends("start", code)
    await facilitator.taps("next")
    for phone in room:
        await phone.pushed()
        await phone.rates(5, 5)  # w1: WOW with the minimum of two ratings
    # Neither is a rating from the room: an outsider's of the room's idea, a member's of another.
    await known(dialogs, engine, "3499", "uk")
    for user_id, idea_code in (("3499", "w2"), ("3400", "w3")):
        await rate_directly(dialogs, user_id, ideas[idea_code], 1, 1)
    await facilitator.taps("close")
    closed = await facilitator.taps("close")
    assert closed == [
        "organisers-workshop-closed",
        "workshop-summary",
        "workshop-summary-chart",
        "workshop-summary-workbook",
        "organisers-home",
    ]
    for phone in room:
        assert await phone.pushed() == ["workshop-thanks+workshop-result+menu-main"]
        thanks = phone.person.last[0].text
        assert IDEAS["w1"]["uk"] in thanks and "WOW" in thanks
        assert IDEAS["w2"]["pl"] not in thanks  # not rated: not on the matrix
    summary, chart, workbook = facilitator.last[1:4]
    assert "2 people joined" in summary.text and "2 ratings from the room" in summary.text
    assert chart.attachment is not None and workbook.attachment is not None
    assert chart.attachment.filename == f"workshop-{code}-matrix.png"
    assert Image.open(io.BytesIO(chart.attachment.content)).size == (1200, 1200)
    sheet = load_workbook(io.BytesIO(workbook.attachment.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True)][1:]
    assert [(r[0], r[3], r[8]) for r in rows] == [
        ("w1", 2, "WOW"),
        ("w2", 1, translator("en", "workbook-not-enough-ratings")),  # the outsider's counts here
    ]
    async with dialogs.sessionmaker() as session:
        members = (await session.scalars(select(WorkshopMember))).all()
        actions = [e.action for e in await organisers_repo.audit_entries(session)]
    assert {(m.channel, m.address) for m in members} == {(None, None)}  # no address kept
    assert [a for a in actions if a.startswith("workshop")] == [
        "workshop_new",
        "workshop_list",
        "workshop_next",
        "workshop_close",
    ]
    assert ideas["w1"].id in [i.idea_id for i in (await room_state(dialogs, code)).ideas]


async def test_a_closed_workshops_code_gets_a_kind_answer(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1")
    await facilitator.taps("close")
    await facilitator.taps("close")
    stranger = Person(dialogs, user_id="3500", hint="pl")
    assert await stranger.command("start", code) == ["workshop-ended"]
    phone = await known(dialogs, engine, "3501", "en")
    assert await phone.sends("start", code) == ["workshop-ended", "menu-main"]
    assert (await room_state(dialogs, code)).joined == 0


# --- four languages -----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_room_in_each_language(
    dialogs: Dialogs, engine: AsyncEngine, translator: Translator, locale: str
) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs, hint=locale)
    code = await open_room(dialogs, facilitator, "w1")
    phone = Phone(Person(dialogs, user_id="3600", hint=locale), engine)
    await phone.sends("start", code)
    await phone.taps(locale)
    await phone.taps("yes")
    welcome = phone.person.last[0].text
    assert welcome == translator(
        locale, "workshop-joined-together", name="Wola, 12 March", code=code
    )
    await facilitator.taps("next")
    await phone.pushed()
    question = phone.person.question.text
    assert IDEAS["w1"].get(locale, IDEAS["w1"]["pl"]) in question
    # Untranslated ideas come with a word on their original language; translated ones without.
    original = translator(locale, "rating-original", language="pl")
    assert (original in phone.person.last[0].text) == (locale not in IDEAS["w1"])


# --- what a page does ---------------------------------------------------------------------------


async def test_a_page_moves_the_room_through_the_same_functions(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    """No chat on the facilitator's side: the operations and the engine's push, in one
    transaction, as the projector page and the dashboard will call them."""
    ideas = await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    phone = await known(dialogs, engine, "3700", "uk")
    await phone.sends("start", code)
    before = await room_state(dialogs, code)
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await organisers_repo.all_organisers(session)
        room = await repo.room_by_code(session, code)
        assert room is not None
        f = facilitation.Facilitator(
            session, organiser, dialogs.clock(), dialogs.rng, dialogs.config
        )
        moved = await facilitation.next_idea(f, room)
        channels = await dialogs.push(session, moved.nudges, dialogs.clock())
    dialogs.wake(channels)
    assert (moved.current, channels) == (ideas["w1"].id, {"test"})
    assert await phone.pushed() == ["rating-explain+rating-effectiveness"]
    after = await room_state(dialogs, code)
    assert after.marker != before.marker and after.current_idea_id == ideas["w1"].id
    async with dialogs.sessionmaker() as session:
        last = (await session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()))).first()
    assert last is not None and (last.action, last.target) == ("workshop_next", code.lower())


# --- the room's state for the wall --------------------------------------------------------------


async def test_the_rooms_state_shows_no_means_below_the_minimum(
    dialogs: Dialogs, engine: AsyncEngine
) -> None:
    ideas = await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1", "w2")
    room = [await known(dialogs, engine, str(3800 + n), "pl") for n in range(3)]
    for phone in room:
        await phone.sends("start", code)
    await facilitator.taps("next")
    markers = [(await room_state(dialogs, code, min_ratings=3)).marker]
    for count, phone in enumerate(room, 1):
        await phone.pushed()
        await phone.rates(4, 2)
        state = await room_state(dialogs, code, min_ratings=3)
        markers.append(state.marker)
        w1 = next(i for i in state.ideas if i.idea_id == ideas["w1"].id)
        assert (state.current_ratings, w1.ratings) == (count, count)
        if count < 3:
            assert (w1.effectiveness_mean, w1.ease_mean, w1.quadrant) == (None, None, None)
            assert (w1.effectiveness_sd, w1.ease_sd) == (None, None)
        else:
            assert (w1.effectiveness_mean, w1.ease_mean, w1.quadrant) == (4.0, 2.0, "HOW")
    assert len(set(markers)) == len(markers)  # every rating moves the marker
    # Changing one's mind moves it too, though the count stays.
    async with dialogs.sessionmaker() as session, session.begin():
        rater = await session.scalar(
            select(Participant).where(Participant.key == dialogs.participant_key("test", "3800"))
        )
        assert rater is not None
        await ideas_repo.rate(
            session,
            idea_id=ideas["w1"].id,
            participant_id=rater.id,
            effectiveness=3,
            ease=2,
            now=dialogs.clock(),
        )
    assert (await room_state(dialogs, code, min_ratings=3)).marker != markers[-1]


async def test_a_rating_committed_while_the_wall_reads_the_room_is_shown_at_its_next_look(
    backend: AsyncEngine, translator: Translator, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wall sends the room again only when its marker moves: a marker that already counts
    a rating the wall's figures missed would leave that rating off the wall until the next one.
    The rating is committed just after the wall counted the current idea's ratings."""
    dialogs = make_dialogs(
        backend, translator, clock, telegram_bot_username=BOT, matrix_min_ratings=2
    )
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    code = await open_room(dialogs, facilitator, "w1")
    first, second = [await known(dialogs, backend, str(3900 + n), "en") for n in range(2)]
    for phone in (first, second):
        await phone.sends("start", code)
    await facilitator.taps("next")
    for phone in (first, second):
        await phone.pushed()
    await first.rates(4, 4)
    counted = repo.room_ratings

    async def rated_meanwhile(*args: object, **kwargs: object) -> int:
        monkeypatch.setattr(repo, "room_ratings", counted)
        found = await counted(*args, **kwargs)  # type: ignore[arg-type]
        await second.rates(2, 2)
        return found

    monkeypatch.setattr(repo, "room_ratings", rated_meanwhile)
    reader = create_read_only_sessionmaker(backend)
    async with reader() as session:
        room = await repo.room_by_code(session, code)
        assert room is not None
        shown = await repo.room_state(session, room.id, midpoint=3.0, min_ratings=2)
    assert shown is not None and shown.current_ratings == 1
    async with reader() as session:
        now = await repo.marker(session, room.id)
    assert shown.marker != now


async def test_room_codes_are_short_and_unambiguous(dialogs: Dialogs) -> None:
    async with dialogs.sessionmaker() as session, session.begin():
        rooms = [
            await repo.create(session, f"Room {n}", None, dialogs.clock(), dialogs.rng)
            for n in range(30)
        ]
    for room in rooms:
        shown = repo.shown_code(room.code)
        assert len(shown) == 5 and not set(shown) & set("0O1IL")
        assert repo.typed_code(f"  {shown.lower()} ") == room.code
    assert repo.typed_code("K0MPQ") is None


async def test_workshop_ideas_can_be_translated_by_moderators(dialogs: Dialogs) -> None:
    await bank(dialogs)
    facilitator = await dataset.organiser(dialogs)
    await open_room(dialogs, facilitator, "w1")
    await facilitator.taps("idea")
    await facilitator.says("An evening of board games")
    async with dialogs.sessionmaker() as session, session.begin():
        typed = await session.scalar(select(Idea).where(Idea.source.like("workshop-%")))
        assert typed is not None
        await ideas_repo.add_translation(session, typed.id, "uk", "Вечір настільних ігор")
        texts = await session.scalars(select(IdeaText.locale).where(IdeaText.idea_id == typed.id))
        assert sorted(texts) == ["en", "uk"]
