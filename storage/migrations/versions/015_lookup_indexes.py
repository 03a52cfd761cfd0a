"""Indexes for two lookups that read whole tables: a campaign's people, an idea's history.

A campaign's matrix and needs count only its own people's doings, found by their campaign; the
campaigns page counts people per campaign. An idea's page lists what organisers did to it, found
in the audit log by the idea's code (as the target, or inside the action of a review or merge).

Revision ID: 015_lookup_indexes
Revises: 014_outcomes
"""

from __future__ import annotations

from alembic import op

revision = "015_lookup_indexes"
down_revision = "014_outcomes"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_participants_campaign_id": ("participants", ["campaign_id"]),
    "ix_audit_log_target": ("audit_log", ["target"]),
    "ix_audit_log_action": ("audit_log", ["action"]),
}


def upgrade() -> None:
    # Not in a batch: SQLite adds an index without copying the table.
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
