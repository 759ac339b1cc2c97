"""A tiny Thai corpus written by the test (never read from ../shared): one Act
with a water-supply section and one handbook, and a data directory ingested
from it with the real pipeline and embedding model. Used by the portal tests
over real search, the first-start test and the end-to-end tests."""

from __future__ import annotations

from pathlib import Path

from kmportal.settings import Settings

ACT = """พระราชบัญญัติ
องค์การบริหารส่วนจังหวัด
พ.ศ. ๒๕๔๐

มาตรา ๑  พระราชบัญญัตินี้เรียกว่า "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"

มาตรา ๒  พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป

หมวด ๓
สภาองค์การบริหารส่วนจังหวัด

มาตรา ๒๕  ในปีหนึ่งให้มีสมัยประชุมสามัญสองสมัย
สมัยประชุมสามัญครั้งแรกให้เริ่มภายในเก้าสิบวันนับแต่วันประกาศผลการเลือกตั้ง

หมวด ๔
อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด

มาตรา ๔๕  องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขตองค์การบริหารส่วนจังหวัด
ดังต่อไปนี้
(๑)
ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย
(๒)
จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด
(๘)[๑]
จัดทำกิจการใด ๆ อันเป็นอำนาจหน้าที่ของราชการส่วนท้องถิ่นอื่นที่อยู่ในเขตองค์การบริหารส่วนจังหวัด

มาตรา ๔๖  องค์การบริหารส่วนจังหวัดอาจจัดทำกิจการการประปา การจัดให้มีน้ำสะอาด
และการไฟฟ้าหรือแสงสว่าง เพื่อประโยชน์ของประชาชนในเขตจังหวัด

มาตรา ๗๐  รายได้ขององค์การบริหารส่วนจังหวัดได้แก่ภาษีอากร ค่าธรรมเนียม และเงินอุดหนุน

[๑] มาตรา ๔๕ (๘) แก้ไขเพิ่มเติมโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖
"""

HANDBOOK = """คู่มือการจัดทำและประสานแผนพัฒนาท้องถิ่น

รู้จักกับ อปท. กันก่อน

องค์กรปกครองส่วนท้องถิ่น (อปท.) มีห้ารูปแบบ ได้แก่ กรุงเทพมหานคร เมืองพัทยา
องค์การบริหารส่วนจังหวัด (อบจ.) เทศบาล และองค์การบริหารส่วนตำบล (อบต.)

บทบาทอำนาจหน้าที่ของ อบจ.

ตาม พรบ.องค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 (8)
อบจ. จัดทำกิจการที่เป็นอำนาจหน้าที่ของ อปท. อื่นได้ และเสนอโครงการต่อ ก.บ.จ.

การติดตามและประเมินผล

คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นรายงานผลต่อผู้บริหารท้องถิ่นปีละหนึ่งครั้ง
"""


def write_fixture_corpus(root: Path) -> list[Path]:
    """A tiny corpus: one Act (with a water-supply section) and one handbook."""
    (root / "acts").mkdir(parents=True, exist_ok=True)
    (root / "handbook").mkdir(parents=True, exist_ok=True)
    act = root / "acts" / "tiny-pao-act.txt"
    act.write_text(ACT, encoding="utf-8")
    handbook = root / "handbook" / "tiny-handbook.txt"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    return [act, handbook]


def ingest_fixture(tmp: Path) -> Settings:
    from kmportal.ingest.pipeline import ingest_paths

    settings = Settings(data_dir=tmp / "data", corpus_dir=tmp / "corpus")
    report = ingest_paths(settings, write_fixture_corpus(tmp / "corpus"))
    assert sorted(report.added) == ["tiny-handbook", "tiny-pao-act"], report
    return settings
