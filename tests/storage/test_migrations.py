"""Migrations upgrade, downgrade and upgrade again, and match the models, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, inspect, select, text

from storage import migrate
from storage.db import create_engine, create_sessionmaker
from storage.models import Base, Participant, SurveyAnswer, SurveyResponse
from storage.survey import difficulty_by_dimension


async def test_upgrade_downgrade_upgrade(any_db_url: str) -> None:
    engine = create_engine(any_db_url)
    try:
        await migrate.upgrade(engine)
        await migrate.downgrade(engine, "base")
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        assert set(tables) <= {"alembic_version"}
        await migrate.upgrade(engine)
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        assert {table.name for table in Base.metadata.sorted_tables} <= set(tables)
    finally:
        await engine.dispose()


async def test_models_and_migrations_agree(any_db_url: str) -> None:
    engine = create_engine(any_db_url)
    try:
        await migrate.upgrade(engine)
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
        assert diff == []
    finally:
        await engine.dispose()


async def test_difficulty_answers_given_the_old_way_round_are_turned_round(
    any_db_url: str,
) -> None:
    """Survey version 1 asked 1 = very easy … 5 = very hard; from version 2 every scale runs
    from the bad end: the stored answers are converted, so every aggregate reads one direction."""
    engine = create_engine(any_db_url)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    try:
        await migrate.upgrade(engine, "004_organisers")
        async with engine.begin() as connection:
            await connection.execute(
                insert(Participant.__table__).values(id=1, key="k", created_at=now)
            )
            await connection.execute(
                insert(SurveyResponse.__table__).values(
                    id=1, participant_id=1, survey_version=1, started_at=now, completed_at=now
                )
            )
            for question, value in (("legal.difficulty", 5), ("social.difficulty", 2)):
                await connection.execute(
                    insert(SurveyAnswer.__table__).values(
                        response_id=1,
                        participant_id=1,
                        survey_version=1,
                        question_id=question,
                        dimension=question.split(".")[0],
                        value=value,
                        skipped=False,
                        answered_at=now,
                    )
                )
        await migrate.upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            means = await difficulty_by_dimension(session)
        # "Very hard" (5 then) is 1 now; the hardest dimension has the lowest mean.
        assert {name: stats.mean for name, stats in means.items()} == {"legal": 1.0, "social": 4.0}
        await migrate.downgrade(engine, "004_organisers")
        async with engine.connect() as connection:
            values = (await connection.execute(select(SurveyAnswer.__table__.c.value))).scalars()
            assert sorted(values) == [2, 5]
    finally:
        await engine.dispose()


def test_the_newest_revision_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.newest_revision() == script.get_current_head()


async def test_a_database_one_revision_behind_is_upgraded_and_one_at_head_left_alone(
    any_db_url: str,
) -> None:
    script_head = migrate.newest_revision()
    engine = create_engine(any_db_url)

    async def stored() -> list[str]:
        async with engine.connect() as connection:
            result = await connection.execute(text("SELECT version_num FROM alembic_version"))
            return list(result.scalars())

    try:
        await migrate.upgrade(engine)
        await migrate.downgrade(engine, "-1")
        assert await stored() != [script_head]
        await migrate.upgrade(engine)  # the check must not mistake one behind for at head
        assert await stored() == [script_head]
        await migrate.upgrade(engine)
        assert await stored() == [script_head]
    finally:
        await engine.dispose()
