"""The previous release's schema (commit bb44eb9, the last release before
Alembic): every table, index, CHECK constraint and trigger a data directory it
made holds. The baseline every later revision builds on.

A frozen copy, in SQLAlchemy Core rather than the live models, so later model
changes never alter it. It creates only what is missing, so the same revision
also adopts a data directory of that release (checked first by
:mod:`kmportal.db.schema`): such a directory lacks ``upload_job`` until its
portal first ran, and every trigger is created ``IF NOT EXISTS``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kmportal.db.triggers import create_trigger

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BASELINE = sa.MetaData()

sa.Table(
    "auditentry",
    BASELINE,
    sa.Column("actor", sa.String(), nullable=False),
    sa.Column("action", sa.String(), nullable=False),
    sa.Column("entity", sa.String(), nullable=False),
    sa.Column("entity_id", sa.Integer(), nullable=True),
    sa.Column("before", sa.Text(), nullable=True),
    sa.Column("after", sa.Text(), nullable=True),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_auditentry_at", "at"),
)
sa.Table(
    "auth_login_attempt",
    BASELINE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("username", sa.String(length=200), nullable=False),
    sa.Column("ip", sa.String(), nullable=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("success", sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_auth_login_attempt_at", "at"),
    sa.Index("ix_auth_login_attempt_ip", "ip"),
    sa.Index("ix_auth_login_attempt_username", "username"),
)
sa.Table(
    "auth_user",
    BASELINE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("username", sa.String(length=64), nullable=False),
    sa.Column("display_name", sa.String(length=200), nullable=False),
    sa.Column("role", sa.Enum("viewer", "coordinator", "admin", name="role"), nullable=False),
    sa.Column("password_hash", sa.Text(), nullable=False),
    sa.Column("disabled", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_auth_user_username", "username", unique=True),
)
sa.Table(
    "document",
    BASELINE,
    sa.Column("title", sa.String(), nullable=False),
    sa.Column(
        "kind",
        sa.Enum(
            "act", "regulation", "ministerial_rule", "handbook", "news", "other", name="dockind"
        ),
        nullable=False,
    ),
    sa.Column("id", sa.String(), nullable=False),
    sa.Column("source_path", sa.String(), nullable=False),
    sa.Column("content_hash", sa.String(), nullable=False),
    sa.Column("embedded_with", sa.String(), nullable=False),
    sa.Column("ingest_version", sa.Integer(), nullable=False),
    sa.Column("text", sa.String(), nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("n_sections", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_document_content_hash", "content_hash"),
)
sa.Table(
    "plan",
    BASELINE,
    sa.Column("unit", sa.String(), nullable=False),
    sa.Column("organisation", sa.String(), nullable=False),
    sa.Column("fiscal_year", sa.Integer(), nullable=False),
    sa.Column("km_goal", sa.String(), nullable=False),
    sa.Column("deliverable", sa.String(), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("unit", "fiscal_year", name="uq_plan_unit_year"),
    sa.CheckConstraint("length(trim(unit)) > 0", name="ck_plan_unit"),
    sa.CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_plan_year_be"),
)
sa.Table(
    "security_audit",
    BASELINE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(length=200), nullable=True),
    sa.Column("action", sa.String(length=64), nullable=False),
    sa.Column("target", sa.String(length=500), nullable=False),
    sa.Column("detail", sa.Text(), nullable=False),
    sa.Column("ip", sa.String(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_security_audit_action", "action"),
    sa.Index("ix_security_audit_at", "at"),
)
sa.Table(
    "upload_job",
    BASELINE,
    sa.Column("id", sa.String(length=32), nullable=False),
    sa.Column(
        "action", sa.Enum("upload", "replacement", "removal", name="jobaction"), nullable=False
    ),
    sa.Column("doc_id", sa.String(length=200), nullable=False),
    sa.Column("original_name", sa.String(length=255), nullable=False),
    sa.Column("stored_path", sa.String(), nullable=False),
    sa.Column("size", sa.Integer(), nullable=False),
    sa.Column("sha256", sa.String(length=64), nullable=False),
    sa.Column("kind", sa.String(), nullable=True),
    sa.Column(
        "status",
        sa.Enum("checking", "queued", "running", "done", "failed", name="jobstatus"),
        nullable=False,
    ),
    sa.Column("files_total", sa.Integer(), nullable=False),
    sa.Column("files_done", sa.Integer(), nullable=False),
    sa.Column("chunks_done", sa.Integer(), nullable=False),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("actor", sa.String(length=200), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_upload_job_created_at", "created_at"),
    sa.Index("ix_upload_job_doc_id", "doc_id"),
    sa.Index("ix_upload_job_status", "status"),
)
sa.Table(
    "auth_api_token",
    BASELINE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("user_id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=100), nullable=False),
    sa.Column("token_hash", sa.String(length=64), nullable=False),
    sa.Column("prefix", sa.String(length=16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.ForeignKeyConstraint(["user_id"], ["auth_user.id"]),
    sa.Index("ix_auth_api_token_token_hash", "token_hash", unique=True),
    sa.Index("ix_auth_api_token_user_id", "user_id"),
)
sa.Table(
    "auth_session",
    BASELINE,
    sa.Column("id_hash", sa.String(length=64), nullable=False),
    sa.Column("user_id", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ip", sa.String(), nullable=True),
    sa.PrimaryKeyConstraint("id_hash"),
    sa.ForeignKeyConstraint(["user_id"], ["auth_user.id"]),
    sa.Index("ix_auth_session_user_id", "user_id"),
)
sa.Table(
    "section",
    BASELINE,
    sa.Column("key", sa.String(), nullable=False),
    sa.Column("label", sa.String(), nullable=False),
    sa.Column("heading", sa.String(), nullable=False),
    sa.Column("start", sa.Integer(), nullable=False),
    sa.Column("end", sa.Integer(), nullable=False),
    sa.Column("ordinal", sa.Integer(), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("doc_id", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("doc_id", "key"),
    sa.ForeignKeyConstraint(["doc_id"], ["document.id"], ondelete="CASCADE"),
    sa.Index("ix_section_doc_id", "doc_id"),
)
sa.Table(
    "step",
    BASELINE,
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("note", sa.String(), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("plan_id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("plan_id", "number", name="uq_step_plan_number"),
    sa.CheckConstraint("number BETWEEN 1 AND 7", name="ck_step_number"),
    sa.CheckConstraint(
        "(number = 1 AND name = 'การบ่งชี้ความรู้') "
        "OR (number = 2 AND name = 'การสร้างและแสวงหาความรู้') "
        "OR (number = 3 AND name = 'การจัดความรู้ให้เป็นระบบ') "
        "OR (number = 4 AND name = 'การประมวลและกลั่นกรองความรู้') "
        "OR (number = 5 AND name = 'การเข้าถึงความรู้') "
        "OR (number = 6 AND name = 'การแบ่งปันแลกเปลี่ยนความรู้') "
        "OR (number = 7 AND name = 'การเรียนรู้')",
        name="ck_step_name",
    ),
    sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
    sa.Index("ix_step_plan_id", "plan_id"),
)
sa.Table(
    "activity",
    BASELINE,
    sa.Column("description", sa.String(), nullable=False),
    sa.Column("target_group", sa.String(), nullable=False),
    sa.Column("responsible_unit", sa.String(), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("step_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("period_start", sa.Date(), nullable=False),
    sa.Column("period_end", sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.CheckConstraint("length(trim(description)) > 0", name="ck_activity_description"),
    sa.CheckConstraint("period_start <= period_end", name="ck_activity_period_order"),
    sa.CheckConstraint(
        "strftime('%d', period_start) = '01' AND strftime('%d', period_end) = '01'",
        name="ck_activity_period_months",
    ),
    sa.ForeignKeyConstraint(["step_id"], ["step.id"], ondelete="CASCADE"),
    sa.Index("ix_activity_step_id", "step_id"),
)
sa.Table(
    "chunk",
    BASELINE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("doc_id", sa.String(), nullable=False),
    sa.Column("section_id", sa.Integer(), nullable=False),
    sa.Column("ordinal", sa.Integer(), nullable=False),
    sa.Column("start", sa.Integer(), nullable=False),
    sa.Column("end", sa.Integer(), nullable=False),
    sa.Column("text", sa.String(), nullable=False),
    sa.Column("embed_text", sa.String(), nullable=False),
    sa.Column("tokens", sa.String(), nullable=False),
    sa.Column("embedding", sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.ForeignKeyConstraint(["doc_id"], ["document.id"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["section_id"], ["section.id"], ondelete="CASCADE"),
    sa.Index("ix_chunk_doc_id", "doc_id"),
    sa.Index("ix_chunk_section_id", "section_id"),
)
sa.Table(
    "indicator",
    BASELINE,
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("type", sa.String(length=16), nullable=False),
    sa.Column("comparison", sa.String(length=2), nullable=False),
    sa.Column("target", sa.Float(), nullable=False),
    sa.Column("unit", sa.String(length=8), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("activity_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.CheckConstraint("length(trim(name)) > 0", name="ck_indicator_name"),
    sa.CheckConstraint(
        "type IN ('participation', 'accuracy', 'coverage', 'completion', 'count')",
        name="ck_indicator_type",
    ),
    sa.CheckConstraint("comparison IN ('>', '>=', '=')", name="ck_indicator_comparison"),
    sa.CheckConstraint("unit IN ('percent', 'count')", name="ck_indicator_unit"),
    sa.CheckConstraint("(type = 'count') = (unit = 'count')", name="ck_indicator_type_unit"),
    sa.CheckConstraint("target >= 0", name="ck_indicator_target_nonneg"),
    sa.CheckConstraint("unit <> 'percent' OR target <= 100", name="ck_indicator_target_pct"),
    sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
    sa.Index("ix_indicator_activity_id", "activity_id"),
)
sa.Table(
    "activitylog",
    BASELINE,
    sa.Column("date", sa.Date(), nullable=False),
    sa.Column("description", sa.String(), nullable=False),
    sa.Column("numerator", sa.Integer(), nullable=False),
    sa.Column("denominator", sa.Integer(), nullable=True),
    sa.Column("note", sa.String(), nullable=False),
    sa.Column("evidence_url", sa.String(), nullable=False),
    sa.Column("evidence_file", sa.String(), nullable=False),
    sa.Column("entered_by", sa.String(), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("indicator_id", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.CheckConstraint("numerator >= 0", name="ck_log_numerator_nonneg"),
    sa.CheckConstraint("denominator IS NULL OR denominator >= 0", name="ck_log_denominator_nonneg"),
    sa.CheckConstraint("denominator IS NULL OR numerator <= denominator", name="ck_log_num_le_den"),
    sa.CheckConstraint("length(trim(entered_by)) > 0", name="ck_log_entered_by"),
    sa.CheckConstraint("length(trim(description)) > 0", name="ck_log_description"),
    sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"], ondelete="CASCADE"),
    sa.Index("ix_activitylog_indicator_id", "indicator_id"),
)


_AUDIT = "ประวัติการแก้ไขเป็นแบบเพิ่มได้อย่างเดียว"
_SECURITY = "the security audit trail is append-only"
_SHAPE = (
    "ON activitylog WHEN ((SELECT type FROM indicator WHERE id = NEW.indicator_id) = 'count') "
    "<> (NEW.denominator IS NULL) "
    "BEGIN SELECT RAISE(ABORT, 'ตัวเลขดิบไม่ตรงกับประเภทตัวชี้วัด'); END"
)


def _refuse(verb: str, table: str, message: str) -> str:
    return f"BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END"


TRIGGERS = {
    "activitylog_shape_insert": f"BEFORE INSERT {_SHAPE}",
    "activitylog_shape_update": f"BEFORE UPDATE {_SHAPE}",
    "auditentry_no_update": _refuse("UPDATE", "auditentry", _AUDIT),
    "auditentry_no_delete": _refuse("DELETE", "auditentry", _AUDIT),
    "security_audit_no_update": _refuse("UPDATE", "security_audit", _SECURITY),
    "security_audit_no_delete": _refuse("DELETE", "security_audit", _SECURITY),
}


def upgrade() -> None:
    bind = op.get_bind()
    BASELINE.create_all(bind, checkfirst=True)
    for name, body in TRIGGERS.items():
        create_trigger(bind, name, sqlite=body)


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
