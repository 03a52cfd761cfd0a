"""Organisers read the survey's answers in people's own words: /review, on every backend."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.engine import Dialogs
from dialogs.i18n import Translator
from storage import organisers as repo
from storage import reviews
from storage.models import AuditEntry, Idea, IdeaText, Rating, SurveyAnswer
from tests.conftest import Clock, make_dialogs
from tests.dialogs.test_survey import skip_to, start_survey
from tests.digest import dataset
from tests.transcript import Person

NEED = "Call me: +48 600 100 200 — потрібен лікар, який говорить українською"
MASKED = "Call me: […] — потрібен лікар, який говорить українською"
POLISH = "Lekarze, którzy mówią po ukraińsku"
HELP = "Безкоштовні курси польської мови ввечері, після роботи"
AREAS = [
    "public_institutions",
    "daily_life",
    "culture_exchange",
    "participation",
    "grassroots",
    "attitudes",
    "city_policy",
]


@pytest.fixture
def dialogs(backend: AsyncEngine, translator: Translator, clock: Clock) -> Dialogs:
    return make_dialogs(backend, translator, clock)


async def survey_with_words(dialogs: Dialogs, user_id: str = "writer") -> Person:
    """A participant in Wola, writing in Ukrainian, who adds words to two questions."""
    person = await start_survey(dialogs, user_id=user_id, locale="uk")
    await skip_to(person, "pair:welfare")
    await person.taps("other")
    await person.taps("next")
    await person.says(NEED)
    await skip_to(person, "survey-help-most")
    assert await person.says(HELP) == ["survey-finished"]
    return person


async def words_from(dialogs: Dialogs, *texts: str) -> None:
    """Words written by as many people, a day apart, the first the oldest."""
    async with dialogs.sessionmaker() as session, session.begin():
        people = await dataset.add_participants(session, len(texts), dialogs.clock())
        for days, (person, text) in enumerate(zip(people, texts, strict=True)):
            when = dialogs.clock() - timedelta(days=len(texts) - days)
            await dataset.add_text_answer(session, person, "help_most", text, when)


async def waiting(dialogs: Dialogs) -> int:
    async with dialogs.sessionmaker() as session:
        return await reviews.count_waiting(session)


async def audit(dialogs: Dialogs) -> list[tuple[str, str | None]]:
    async with dialogs.sessionmaker() as session:
        return [(e.action, e.target) for e in await repo.audit_entries(session)]


def menu_label(person: Person) -> str:
    return next(o.label for o in person.question.options if o.id == "review")


async def test_words_come_masked_with_nothing_about_the_person(dialogs: Dialogs) -> None:
    await survey_with_words(dialogs)
    ola = await dataset.organiser(dialogs)
    assert menu_label(ola) == "Survey answers to read (2)"
    assert await ola.command("review") == ["organisers-review-text"]
    assert ola.options == ["read", "idea", "next", "stop"]
    question = dialogs.translator("en", "survey-welfare-needs-other-short")
    assert ola.question.text == (
        f"Answer to “{question}”, week of 23.11.2026; 2 waiting in total:\n\n{MASKED}"
    )
    assert await ola.taps("next") == ["organisers-review-text"]
    shown = ola.question.text
    question = dialogs.translator("en", "survey-help-most-short")
    assert shown.startswith(f"Answer to “{question}”, week of 23.11.2026;")
    assert shown.endswith(HELP)
    # Nothing of the writer: not their district, language, age or messenger.
    for attribute in ("Wola", "wola", "Українська", "uk", "writer", "test"):
        assert attribute not in shown.replace(HELP, "")


async def test_in_the_organisers_language(dialogs: Dialogs) -> None:
    await words_from(dialogs, "Kursy wieczorem")
    ola = await dataset.organiser(dialogs, hint="pl")
    assert menu_label(ola) == "Odpowiedzi z ankiety do przeczytania (1)"
    await ola.command("review")
    question = dialogs.translator("pl", "survey-help-most-short")
    assert ola.question.text.startswith(f"Odpowiedź na pytanie „{question}”, tydzień od ")


async def test_marking_read_empties_the_queue_and_is_audited(dialogs: Dialogs) -> None:
    await words_from(dialogs, "Pierwsze słowa", "Drugie słowa")
    ola = await dataset.organiser(dialogs)
    await ola.taps("review")
    assert ola.question.text.endswith("Pierwsze słowa")  # the oldest first
    assert await ola.taps("read") == ["organisers-review-marked", "organisers-review-text"]
    assert ola.question.text.endswith("Drugie słowa")
    assert await ola.taps("read") == [
        "organisers-review-marked",
        "organisers-review-none",
        "organisers-home",
    ]
    assert menu_label(ola) == "Survey answers to read (0)"
    assert await waiting(dialogs) == 0
    async with dialogs.sessionmaker() as session:
        ids = (await session.scalars(select(SurveyAnswer.id).order_by(SurveyAnswer.id))).all()
    assert (await audit(dialogs))[1:] == [
        ("review", None),
        ("review_read", str(ids[0])),
        ("review_read", str(ids[1])),
    ]
    assert await ola.command("review") == ["organisers-review-none", "organisers-home"]


async def test_next_leaves_the_words_unread_and_back_returns_home(dialogs: Dialogs) -> None:
    await words_from(dialogs, "Pierwsze słowa", "Drugie słowa")
    ola = await dataset.organiser(dialogs)
    await ola.command("review")
    assert await ola.taps("next") == ["organisers-review-text"]
    assert await ola.taps("next") == ["organisers-review-none", "organisers-home"]
    assert await waiting(dialogs) == 2
    await ola.command("review")
    assert ola.question.text.endswith("Pierwsze słowa")  # a new round starts from the oldest
    assert await ola.taps("stop") == ["organisers-home"]
    assert await waiting(dialogs) == 2


async def test_words_become_an_idea_that_participants_rate(dialogs: Dialogs) -> None:
    await survey_with_words(dialogs)
    ola = await dataset.organiser(dialogs)
    await ola.command("review")
    assert await ola.taps("idea") == ["organisers-review-area"]
    assert ola.options == [*AREAS, "back"]
    assert await ola.taps("back") == ["organisers-review-text"]
    await ola.taps("idea")
    assert await ola.taps("daily_life") == [
        "organisers-review-idea-added",
        "organisers-review-translate",
    ]
    added = ola.last[0].text
    # Its language is nobody's guess: all four can be added, through moderation's own steps.
    assert ola.options == ["pl", "uk", "en", "ru", "back"]
    assert await ola.taps("pl") == ["organisers-translate-prompt"]
    assert await ola.says(POLISH) == ["organisers-translated", "organisers-review-translate"]
    assert ola.options == ["uk", "en", "ru", "back"]
    assert await ola.taps("back") == ["organisers-review-text"]  # on to the next answer
    assert ola.question.text.endswith(HELP)
    async with dialogs.sessionmaker() as session:
        idea = await session.scalar(select(Idea).where(Idea.source == "survey"))
        assert idea is not None
        texts = (await session.scalars(select(IdeaText).where(IdeaText.idea_id == idea.id))).all()
        [answer_id] = (
            await session.scalars(
                select(SurveyAnswer.id).where(SurveyAnswer.question_id == "welfare.needs_other")
            )
        ).all()
    assert (idea.status, idea.area, idea.dimensions) == ("approved", "daily_life", ["welfare"])
    assert (idea.language, idea.author_id) == ("und", None)  # nothing ties it to the writer
    assert sorted((t.locale, t.text) for t in texts) == [("pl", POLISH), ("und", MASKED)]
    assert added == (
        f"Idea {idea.code} (Everyday life in Poland) is in the idea bank, and participants can"
        " rate it now. The answer is marked as read."
    )
    assert await waiting(dialogs) == 1
    assert (await audit(dialogs))[-2:] == [
        (f"review_idea:{idea.code}", str(answer_id)),
        ("translate:pl", idea.code),
    ]

    rater = Person(dialogs, user_id="rater", hint="en")
    await rater.onboard(language="en", migration="no")
    assert await rater.taps("rating") == ["rating-area"]
    assert await rater.taps("daily_life") == [
        "rating-explain",
        "rating-original-unknown",
        "rating-effectiveness",
    ]
    assert MASKED in rater.question.text
    await rater.taps("5")
    assert await rater.taps("4") == ["rating-saved", "rating-done-all"]  # the only idea yet
    async with dialogs.sessionmaker() as session:
        rated = (await session.execute(select(Rating.idea_id, Rating.effectiveness))).all()
    assert [tuple(row) for row in rated] == [(idea.id, 5)]
    polish = Person(dialogs, user_id="polish rater", hint="pl")
    await polish.onboard(language="pl", migration="no")
    await polish.taps("rating")
    assert await polish.taps("daily_life") == ["rating-explain", "rating-effectiveness"]
    assert POLISH in polish.question.text


async def test_an_erased_persons_words_leave_the_queue(dialogs: Dialogs) -> None:
    writer = await survey_with_words(dialogs)
    ola = await dataset.organiser(dialogs)
    await ola.command("review")
    assert await writer.command("delete") == ["rights-delete-confirm"]
    assert await writer.taps("delete") == ["rights-deleted"]
    assert await waiting(dialogs) == 0
    # The words on the organiser's screen are gone too: reading them finds nothing.
    assert await ola.taps("read") == [
        "organisers-review-gone",
        "organisers-review-none",
        "organisers-home",
    ]
    assert menu_label(ola) == "Survey answers to read (0)"


async def test_words_read_meanwhile_by_another_organiser(dialogs: Dialogs) -> None:
    await words_from(dialogs, "Jedne słowa")
    ola = await dataset.organiser(dialogs, user_id="9001")
    jan = await dataset.organiser(dialogs, user_id="9002")
    await ola.command("review")
    await jan.command("review")
    await jan.taps("read")
    assert await ola.taps("idea") == [
        "organisers-review-gone",
        "organisers-review-none",
        "organisers-home",
    ]
    async with dialogs.sessionmaker() as session:
        assert (await session.scalars(select(Idea))).all() == []


# --- refusals -----------------------------------------------------------------------------------


async def nothing_read(dialogs: Dialogs, count: int = 1) -> None:
    assert await waiting(dialogs) == count
    async with dialogs.sessionmaker() as session:
        assert (await session.scalars(select(Idea))).all() == []
        actions = (await session.scalars(select(AuditEntry.action))).all()
    assert not [a for a in actions if a.startswith("review_")]


async def test_a_participant_typing_review_gets_the_unknown_command(dialogs: Dialogs) -> None:
    await words_from(dialogs, "Jedne słowa")
    person = Person(dialogs, user_id="1001", hint="en")
    await person.onboard(language="en", migration="no")
    assert await person.command("review") == ["input-unknown-command", "menu-main"]
    assert await person.says("review") == ["input-unknown-command", "menu-main"]
    stranger = Person(dialogs, user_id="1002", hint="en")
    assert await stranger.command("review") == ["input-unknown-command"]
    await nothing_read(dialogs)
    refusals = [entry for entry in await audit(dialogs) if entry[0].startswith("refused")]
    # Counted, one row per person an hour: three refusals by two people.
    assert refusals == [("refused:review", None)] * 2


async def test_a_revoked_organiser_is_refused(dialogs: Dialogs, clock: Clock) -> None:
    await words_from(dialogs, "Jedne słowa")
    ola = await dataset.organiser(dialogs)
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await ola.command("review") == ["input-unknown-command"]
    await nothing_read(dialogs)


@pytest.mark.parametrize(("steps", "last"), [((), "read"), (("idea",), "daily_life")])
async def test_buttons_after_revoking_are_refused(
    dialogs: Dialogs, clock: Clock, steps: tuple[str, ...], last: str
) -> None:
    await words_from(dialogs, "Jedne słowa")
    ola = await dataset.organiser(dialogs)
    await ola.command("review")
    for step in steps:
        await ola.taps(step)
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await ola.taps(last) == ["input-unknown-command"]
    await nothing_read(dialogs)


async def test_translating_after_revoking_is_refused(dialogs: Dialogs, clock: Clock) -> None:
    await words_from(dialogs, "Jedne słowa")
    ola = await dataset.organiser(dialogs)
    await ola.command("review")
    await ola.taps("idea")
    await ola.taps("grassroots")
    await ola.taps("uk")
    async with dialogs.sessionmaker() as session, session.begin():
        [organiser] = await repo.all_organisers(session)
        await repo.revoke(session, organiser.id, clock())
    assert await ola.says("Ті самі слова українською") == ["input-unknown-command"]
    async with dialogs.sessionmaker() as session:
        locales = (await session.scalars(select(IdeaText.locale))).all()
    assert locales == ["und"]
