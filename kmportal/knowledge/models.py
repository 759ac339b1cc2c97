"""What callers send and get back: the JSON API's bodies and answers for notes,
their review and Q&A (the tables are in :mod:`kmportal.docstore.knowledge` and
:mod:`kmportal.docstore.questions`). Lengths are checked by the services, in
Thai, next to the field; these models only fix the shapes."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from kmportal.docstore.knowledge import NoteState, ReviewAction

# --- notes ---------------------------------------------------------------------


class NoteIn(BaseModel):
    title: str = Field(description="ชื่อเรื่อง (ไม่เกิน 200 ตัวอักษร)")
    body: str = Field(description="เนื้อหาแบบ Markdown (ไม่เกิน KMPORTAL_KNOWLEDGE_MAX_CHARS)")
    category_id: int | None = Field(default=None, description="หมวดหมู่ (จากรายการของผู้ประสานงาน)")
    tags: list[str] = Field(default_factory=list, description="แท็ก ไม่เกิน 20 แท็ก")


class NoteCreate(NoteIn):
    submit: bool = Field(default=False, description="ส่งตรวจทันทีหลังบันทึก")


class NoteUpdate(NoteIn):
    base_revision: int = Field(
        description="revision ของบันทึกที่แก้จาก: ถ้ามีผู้อื่นเปลี่ยนไปแล้วจะถูกปฏิเสธ (409)"
    )
    submit: bool = False


class RevisionIn(BaseModel):
    base_revision: int = Field(description="revision ของบันทึกที่เห็นล่าสุด")


class CommentIn(BaseModel):
    comment: str = Field(default="", description="ความเห็น (ไม่บังคับ)")


class ReviewIn(BaseModel):
    version: int = Field(description="ฉบับที่ตรวจ: ถ้าผู้เขียนแก้ไปแล้วจะถูกปฏิเสธ (409)")
    comment: str = Field(default="", description="ความเห็น (ต้องมีเมื่อส่งกลับแก้ไข)")


class Reference(BaseModel):
    """A law reference found in the text, linked to its section when the law is held."""

    label: str
    doc_id: str | None
    section_key: str | None
    url: str | None = Field(description="The section in the document viewer")


class AttachmentPublic(BaseModel):
    id: int
    name: str = Field(description="ชื่อไฟล์ตามที่ส่งมา (ข้อความเท่านั้น)")
    size: int
    version: int
    url: str


class VersionSummary(BaseModel):
    number: int
    title: str
    author: str
    created_at: dt.datetime


class EventPublic(BaseModel):
    version: int
    action: ReviewAction
    actor: str
    comment: str
    at: dt.datetime


class NoteSummary(BaseModel):
    id: int
    title: str
    state: NoteState
    version: int = Field(description="ฉบับที่แสดง")
    category: str | None
    tags: list[str]
    author: str
    published_at: dt.datetime | None
    updated_at: dt.datetime


class NotePublic(NoteSummary):
    revision: int = Field(description="ส่งกลับมาเป็น base_revision เมื่อแก้ไข")
    category_id: int | None
    body: str = Field(description="Markdown ตามที่เขียน")
    html: str = Field(description="HTML ที่ผ่านการกรองแล้ว (ไม่มีสคริปต์)")
    working_version: int | None = Field(description="ฉบับที่อยู่ระหว่างตรวจ (เฉพาะผู้เขียนและผู้ประสานงาน)")
    published_version: int | None
    references: list[Reference]
    attachments: list[AttachmentPublic]
    review_comment: str = Field("", description="ความเห็นล่าสุดเมื่อถูกส่งกลับแก้ไข")


class NoteConflict(BaseModel):
    error: str
    current: NotePublic = Field(description="บันทึกตามที่ผู้อื่นเปลี่ยนไว้แล้ว")


class DiffLine(BaseModel):
    kind: str = Field(description="same, added, removed or gap")
    text: str


class NoteHistory(BaseModel):
    id: int
    versions: list[VersionSummary]
    events: list[EventPublic]


class VersionDiff(BaseModel):
    old: int
    new: int
    lines: list[DiffLine]


# --- Q&A -----------------------------------------------------------------------


class QuestionIn(BaseModel):
    title: str = Field(description="คำถาม (ไม่เกิน 200 ตัวอักษร)")
    body: str = Field(default="", description="รายละเอียด แบบ Markdown")


class AnswerIn(BaseModel):
    body: str = Field(description="คำตอบ แบบ Markdown")


class AcceptIn(BaseModel):
    answer_id: int


class AnswerPublic(BaseModel):
    id: int
    author: str
    body: str
    html: str
    created_at: dt.datetime
    accepted: bool


class QuestionSummary(BaseModel):
    id: int
    title: str
    author: str
    created_at: dt.datetime
    n_answers: int
    accepted: bool


class QuestionPublic(QuestionSummary):
    body: str
    html: str
    answers: list[AnswerPublic]
    can_accept: bool = Field(description="ผู้ถามหรือผู้ประสานงาน")
