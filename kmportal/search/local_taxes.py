"""Taxes and fees an Act gives some kinds of อปท. and not others.

The lists of powers do not name taxes; each tax's or fee's own Act says which
local governments collect it. A title that collects a tax the law gives only other
kinds is outside the asking kind's powers, however many words of a duty it
shares (a PAO's land-tax survey and ม.๑๗ (๕)'s "ที่ดิน").
"""

from __future__ import annotations

import re

# Collecting the tax, or the survey and assessment that come before it.
_COLLECTING = re.compile(r"เก็บ|ประเมิน|รับชำระ|แผนที่ภาษี|เร่งรัด|สำรวจ")
# Helping the kinds that collect it, or telling people about it, is other work.
_FOR_OTHERS = re.compile(r"สนับสนุน|ช่วยเหลือ|อุดหนุน|ร่วมกับ|อบรม|ให้ความรู้|ประชาสัมพันธ์")

# (the tax, the kinds of อปท. its Act gives it to), each with the sections cited
# in its message (``powers.note.local_tax.<key>``).
TAXES: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    # The Land and Buildings Tax Act 2562 ม.๕: "องค์กรปกครองส่วนท้องถิ่น" is a
    # municipality, TAO, Bangkok or Pattaya, its area "แต่ไม่หมายความรวมถึงเขต
    # องค์การบริหารส่วนจังหวัด"; ม.๗: each collects the tax in its own area.
    "land_building": (
        re.compile(r"ภาษีที่ดิน\s*(?:และ\s*สิ่งปลูกสร้าง|ฯ)"),
        frozenset({"municipality", "tao", "pattaya"}),
    ),
    # The PAO Act ม.๖๔ and the Decentralisation Act ม.๒๔ (๑), (๒): the PAO's own
    # levy on the fuel and tobacco sold in its province.
    "pao_levy": (
        re.compile(r"ภาษีบำรุง\s*องค์การบริหารส่วนจังหวัด|ภาษีบำรุง[^()]{0,40}?(?:น้ำมัน|ก๊าซ|ยาสูบ)"),
        frozenset({"pao"}),
    ),
    # The Parking Regulation in Local Government Areas Act 2562 ม.๔ ("องค์กรปกครอง
    # ส่วนท้องถิ่น … แต่ไม่หมายความรวมถึงองค์การบริหารส่วนจังหวัด"), ม.๗: the fee for
    # parking on a road or public place, the road named before the fee or after
    # it, and ม.๙: locking the wheels of a car parked against the rules. A PAO's
    # own car park is its service (ข้อ ๘).
    "street_parking": (
        re.compile(
            r"ค่า(?:ธรรมเนียม)?\s*(?:การ)?จอดรถ\S{0,20}?(?:ริม|บน|ใน)\s*(?:ถนน|ทาง|ผิวจราจร)"
            r"|จอดรถ\s*(?:ริม|บน)\s*(?:ถนน|ทาง|ผิวจราจร)[^()]{0,80}?ค่า(?:ธรรมเนียม)?\s*(?:การ)?จอดรถ"
            r"|ล็อก\s*ล้อ"
        ),
        frozenset({"municipality", "tao", "pattaya"}),
    ),
    # The PAO Act ม.๖๕: the fee on hotel guests, "บำรุง" said or not when the
    # hotel is named (a guest house of the organisation's own is its service).
    "pao_hotel_fee": (
        re.compile(
            r"ค่าธรรมเนียมบำรุง\S{0,40}?(?:ผู้พัก|ผู้เข้าพัก)"
            r"|ค่าธรรมเนียม\s*(?:จาก\s*)?(?:ผู้พัก|ผู้เข้าพัก)\S{0,10}?\s?(?:ใน\s*)?โรงแรม"
        ),
        frozenset({"pao"}),
    ),
    # The PAO Act ม.๖๔: the PAO's levy is on fuel (๑) and tobacco (๒) alone; a
    # levy of its name on anything else has no Act.
    "pao_levy_other": (
        re.compile(
            r"ภาษีบำรุง\s*(?:องค์การบริหารส่วนจังหวัด|อบจ\.?)[^()]{0,10}?จาก\s*(?:การ\s*)?(?:จำหน่าย|ขาย|ค้า)?\s*"
            r"(?!น้ำมัน|ก๊าซ|ยาสูบ|บุหรี่|เชื้อเพลิง|สถานี|ผู้)[\u0e01-\u0e4e]"
        ),
        frozenset(),
    ),
    # The Land Code ม.๙/๑: one permitted to dig soil or sand from state land pays
    # a yearly charge to the municipality, TAO, Bangkok or Pattaya where it lies,
    # "ยกเว้นองค์การบริหารส่วนจังหวัด", which receives its share from them.
    "land_code_charge": (
        re.compile(r"ค่าตอบแทน[^()]{0,60}?(?:ขุด|ดูด|ตัก|ระเบิด|ย่อย)\s*(?:ดิน|ลูกรัง|ทราย|หิน|กรวด)"),
        frozenset({"municipality", "tao", "pattaya", "bangkok"}),
    ),
    # The Animal Slaughter Control Act 2559 ม.๔ ("องค์กรปกครองส่วนท้องถิ่น … แต่ไม่
    # รวมถึงองค์การบริหารส่วนจังหวัด"), ม.๓๑, ม.๔๓: the slaughter duty is paid to the
    # local officer of the municipality, TAO, Bangkok or Pattaya where the animal
    # is slaughtered, and is its revenue.
    "slaughter_duty": (
        re.compile(r"อากร\s*(?:การ)?\s*ฆ่าสัตว์"),
        frozenset({"municipality", "tao", "pattaya", "bangkok"}),
    ),
    # The Customs Act 2560 ม.๑๓: duty on goods brought in or sent out is levied on
    # the importer or exporter and paid to the customs officers, who are the
    # Customs Department's (ม.๔); no kind of อปท. collects it. A levy on a share
    # of the goods' value as they cross is that duty by any other name.
    "customs": (
        re.compile(
            r"อากร\s*(?:ขาเข้า|ขาออก|ศุลกากร)|ภาษี\s*ศุลกากร"
            r"|มูลค่า\s*(?:ของ\s*)?(?:สินค้า|ของ)[^()]{0,12}?(?:นำเข้า|ส่งออก|ผ่านแดน)"
        ),
        frozenset(),
    ),
    # The Royal Irrigation Act 2485 ม.๘: the minister levies the irrigation charge
    # on land in an irrigation zone and on those who use its water.
    "irrigation_charge": (re.compile(r"ค่า\s*ชลประทาน"), frozenset()),
}


def others_tax(text: str, kind: str) -> str | None:
    """The key of the tax the title collects when its Act gives it only to other
    kinds than ``kind`` (``"land_building"`` for a PAO), else None."""
    if not _COLLECTING.search(text) or _FOR_OTHERS.search(text):
        return None
    for key, (tax, kinds) in TAXES.items():
        if kind not in kinds and tax.search(text):
            return key
    return None
