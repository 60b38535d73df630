"""Threads: facts linked across reports, with their derived state.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "threads",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("countries", sa.String(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=True),
        sa.Column("amount_value", sa.Float(), nullable=True),
        sa.Column("amount_unit", sa.String(length=8), nullable=True),
        sa.Column("first_date", sa.String(length=10), nullable=True),
        sa.Column("last_date", sa.String(length=10), nullable=True),
        sa.Column("silent", sa.Boolean(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threads")),
    )
    op.create_index(op.f("ix_threads_kind"), "threads", ["kind"])
    op.create_index(op.f("ix_threads_countries"), "threads", ["countries"])
    op.create_index(op.f("ix_threads_stage"), "threads", ["stage"])
    op.create_table(
        "thread_members",
        sa.Column("fact_id", sa.String(), nullable=False),
        sa.Column("thread_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_thread_members_fact_id_facts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.id"], name=op.f("fk_thread_members_thread_id_threads"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_thread_members")),
    )
    op.create_index(op.f("ix_thread_members_thread_id"), "thread_members", ["thread_id"])


def downgrade() -> None:
    op.drop_table("thread_members")
    op.drop_table("threads")
