"""The initial schema: documents, facts with their evidence, countries and persons.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("hash", name=op.f("uq_documents_hash")),
    )
    op.create_index(op.f("ix_documents_published"), "documents", ["published"])
    op.create_table(
        "countries",
        sa.Column("iso3", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("iso3", name=op.f("pk_countries")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("name", name=op.f("uq_persons_name")),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("metric", sa.String(length=16), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("amount_value", sa.Float(), nullable=True),
        sa.Column("amount_unit", sa.String(length=8), nullable=True),
        sa.Column("sector", sa.String(length=16), nullable=True),
        sa.Column("label", sa.String(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name=op.f("fk_facts_doc_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.UniqueConstraint("doc_id", "n", name=op.f("uq_facts_doc_id_n")),
    )
    for column in ("date", "doc_id", "stage", "type"):
        op.create_index(op.f(f"ix_facts_{column}"), "facts", [column])
    op.create_table(
        "evidence",
        sa.Column("fact_id", sa.String(), nullable=False),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name=op.f("fk_evidence_doc_id_documents"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_evidence_fact_id_facts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_evidence")),
    )
    op.create_index(op.f("ix_evidence_doc_id"), "evidence", ["doc_id"])
    op.create_table(
        "fact_countries",
        sa.Column("fact_id", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["country"], ["countries.iso3"],
                                name=op.f("fk_fact_countries_country_countries")),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_fact_countries_fact_id_facts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", "country", "role", name=op.f("pk_fact_countries")),
    )
    op.create_index(op.f("ix_fact_countries_country"), "fact_countries", ["country"])
    op.create_table(
        "fact_persons",
        sa.Column("fact_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_fact_persons_fact_id_facts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_fact_persons_person_id_persons")),
        sa.PrimaryKeyConstraint("fact_id", "person_id", name=op.f("pk_fact_persons")),
    )
    op.create_index(op.f("ix_fact_persons_person_id"), "fact_persons", ["person_id"])


def downgrade() -> None:
    for table in ("fact_persons", "fact_countries", "evidence", "facts", "persons", "countries", "documents"):
        op.drop_table(table)
