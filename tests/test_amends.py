"""An amending law linked to the law it amends, when both are stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers.office_docs import render_docx, render_pdf, render_scanned_pdf
from helpers.thai_corpus import FakeEmbedder
from sqlmodel import Session

from kmportal.db import make_engine
from kmportal.docstore.models import DocKind, Document
from kmportal.ingest.amends import edition, parent_of, series
from kmportal.ingest.maintain import remove_document
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings

BASE = "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรทดสอบ พ.ศ. ๒๕๔๘"
SECOND = "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๕๙"


def test_edition_and_series_of_a_title() -> None:
    assert edition(SECOND) == 2 and edition(BASE) == 1
    assert (
        series(SECOND)
        == series(BASE)
        == series("ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรทดสอบ")
    )


def test_the_parent_is_the_original_of_the_same_kind_made_no_later() -> None:
    candidates = [
        ("base-2548", BASE, "regulation"),
        ("base-2570", BASE.replace("๒๕๔๘", "๒๕๗๐"), "regulation"),
        ("act", BASE.replace("ระเบียบ", "พระราชบัญญัติ", 1), "act"),
        ("second", SECOND, "regulation"),
    ]
    assert parent_of(SECOND, "regulation", candidates) == "base-2548"
    assert parent_of(BASE, "regulation", candidates) is None
    assert parent_of(SECOND, "act", candidates) is None


def _regulation(title: str, year: str, clauses: list[str]) -> list[str]:
    head, tail = title.split("ว่าด้วย")
    return [
        head,
        "ว่าด้วย" + tail.rsplit(" พ.ศ.", 1)[0],
        f"พ.ศ. {year}",
        f"ข้อ ๑ ระเบียบนี้เรียกว่า “{title}”",
        *[f"ข้อ {n} {c}" for n, c in zip("๒๓๔", clauses, strict=False)],
        f"ประกาศ ณ วันที่ ๑๕ มิถุนายน พ.ศ. {year}",
    ]


def test_ingesting_both_links_them_and_removing_the_parent_unlinks(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "regs"
    folder.mkdir()
    second = _regulation(SECOND, "๒๕๕๙", ["ให้ยกเลิกความในข้อ ๕ ของระเบียบเดิม", "ให้ปลัดกระทรวงรักษาการ"])
    render_pdf(second, folder / "plan-reg-2.pdf")  # one page: its header cannot repeat
    render_scanned_pdf(folder / "circular-scan.pdf")
    settings = Settings(data_dir=tmp_path / "data")
    report = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    assert report.added == ["plan-reg-2"]
    assert [name for name, _ in report.skipped] == [str(folder / "circular-scan.pdf")]
    assert "OCR" in report.skipped[0][1]

    base = _regulation(BASE, "๒๕๔๘", ["ให้จัดทำแผนพัฒนาท้องถิ่น", "ให้ประกาศใช้แผน"])
    render_docx(base, folder / "plan-reg.docx")
    ingest_paths(settings, [folder], embedder=FakeEmbedder())
    engine = make_engine(settings)
    with Session(engine) as session:
        amending = session.get(Document, "plan-reg-2")
        original = session.get(Document, "plan-reg")
        assert amending is not None and original is not None
        assert (amending.kind, amending.title) == (DocKind.regulation, SECOND)
        assert amending.amends == "plan-reg" and original.amends is None
        assert amending.issued == date(2016, 6, 15) and original.issued == date(2005, 6, 15)

    remove_document(settings, "plan-reg", engine=engine)
    with Session(engine) as session:
        amending = session.get(Document, "plan-reg-2")
        assert amending is not None and amending.amends is None
