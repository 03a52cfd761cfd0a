"""Models, queries, the engine/session factory and Alembic migrations."""
