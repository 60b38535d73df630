"""Official trade statistics: imported files and their trade flows.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
        sa.UniqueConstraint("hash", name=op.f("uq_imports_hash")),
    )
    op.create_table(
        "trade_flows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("reporter", sa.String(length=3), nullable=False),
        sa.Column("partner", sa.String(length=3), nullable=False),
        sa.Column("flow", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=6), nullable=False),
        sa.Column("cmd_code", sa.String(length=12), nullable=False),
        sa.Column("cmd_desc", sa.String(), nullable=True),
        sa.Column("value_usd", sa.Float(), nullable=False),
        sa.Column("fob", sa.Float(), nullable=True),
        sa.Column("cif", sa.Float(), nullable=True),
        sa.Column("net_weight", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], name=op.f("fk_trade_flows_import_id_imports"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_flows")),
        sa.UniqueConstraint("reporter", "partner", "flow", "period", "cmd_code",
                            name=op.f("uq_trade_flows_reporter_partner_flow_period_cmd_code")),
    )
    op.create_index(op.f("ix_trade_flows_import_id"), "trade_flows", ["import_id"])


def downgrade() -> None:
    op.drop_table("trade_flows")
    op.drop_table("imports")
