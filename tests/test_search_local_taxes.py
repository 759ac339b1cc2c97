"""Taxes an Act gives some kinds of อปท. and not others."""

from __future__ import annotations

import pytest

from kmportal import messages
from kmportal.search.local_taxes import TAXES, others_tax
from kmportal.thai.normalize import normalize


@pytest.mark.parametrize(
    ("title", "kind", "key"),
    [
        # The Land and Buildings Tax Act 2562 ม.๕, ม.๗: not a PAO's.
        (
            "จัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน เพื่อจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างของ อบจ.",
            "pao",
            "land_building",
        ),
        ("สำรวจ ประเมิน และแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "pao", "land_building"),
        ("จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "tao", None),
        # The survey that comes before collecting it, said alone.
        ("สำรวจภาษีที่ดินและสิ่งปลูกสร้าง ๖๘", "pao", "land_building"),
        ("สำรวจภาษีที่ดินและสิ่งปลูกสร้าง ๖๘", "tao", None),
        # Its name shortened, as staff type it.
        ("สำรวจแผนที่ภาษี เก็บภาษีที่ดินฯ อบจ.", "pao", "land_building"),
        ("จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "municipality", None),
        # The PAO Act ม.๖๔, ม.๖๕: the PAO's levy and hotel fee are no one else's.
        ("จัดเก็บภาษีบำรุงจากการค้าน้ำมันเชื้อเพลิงของสถานีบริการในเขตตำบล", "tao", "pao_levy"),
        ("จัดเก็บภาษีบำรุง อบจ. จากยาสูบ", "municipality", "pao_levy"),
        ("จัดเก็บภาษีบำรุงท้องถิ่นจากสถานีบริการน้ำมันเชื้อเพลิง ลิตรละ 5 สตางค์", "tao", "pao_levy"),
        ("เรียกเก็บค่าธรรมเนียมบำรุงจากผู้เข้าพักในโรงแรม", "municipality", "pao_hotel_fee"),
        ("จัดเก็บภาษีบำรุง อบจ. จากน้ำมัน", "pao", None),
        # The PAO Act ม.๖๔ names fuel and tobacco only.
        ("ตราข้อบัญญัติเก็บภาษีบำรุงองค์การบริหารส่วนจังหวัดจากการจำหน่ายสุราและเบียร์", "pao", "pao_levy_other"),
        ("จัดเก็บภาษีบำรุง อบจ. จากผู้ค้ายาสูบ", "pao", None),
        ("เรียกเก็บค่าธรรมเนียมบำรุง อบจ. จากผู้พักในโรงแรม", "pao", None),
        ("จัดเก็บค่าธรรมเนียมผู้พักในโรงแรม ทม.ป่าตอง", "municipality", "pao_hotel_fee"),
        ("จัดเก็บค่าธรรมเนียมผู้เข้าพักบ้านพักรับรองของเทศบาล", "municipality", None),
        # The Parking Regulation Act 2562 ม.๔: street parking fees, not a PAO's; its
        # own car park's are its service.
        ("จัดเก็บค่าธรรมเนียมการจอดรถริมถนนสายหลักในเขตเมือง", "pao", "street_parking"),
        ("จัดเก็บค่าธรรมเนียมการจอดรถริมถนนสายหลักในเขตเมือง", "municipality", None),
        ("จัดเก็บค่าบริการที่จอดรถสถานีขนส่งผู้โดยสาร อบจ.", "pao", None),
        # The road named before the fee, and the wheel clamps of ม.๙.
        (
            "จัดระเบียบการจอดรถริมถนนสาธารณะ เก็บค่าธรรมเนียมจอดรถรายชั่วโมงและใช้เครื่องมือล็อกล้อ",
            "pao",
            "street_parking",
        ),
        ("ตีเส้นห้ามจอดรถริมถนนหน้าโรงเรียน", "pao", None),
        # The Customs Act 2560 ม.๑๓: duty is the customs officers' to collect,
        # for every kind; a market fee at a border crossing is the organisation's.
        ("จัดเก็บอากรขาเข้าสินค้าเกษตร ณ จุดผ่อนปรนการค้าชายแดน", "pao", "customs"),
        ("เรียกเก็บอากรขาออกสินค้าที่ส่งผ่านท่าเรือเทศบาล", "municipality", "customs"),
        ("จัดเก็บค่าธรรมเนียมตลาดนัดชายแดน ณ จุดผ่อนปรน", "tao", None),
        # The Royal Irrigation Act ม.๘: the irrigation charge is the minister's.
        ("จัดเก็บค่าชลประทานจากผู้ใช้น้ำในเขตชลประทาน", "pao", "irrigation_charge"),
        ("ขุดลอกคลองส่งน้ำเพื่อการชลประทานของชุมชน", "tao", None),
        (
            "จัดเก็บเงินบำรุงท้องถิ่นร้อยละ 1 ของมูลค่าสินค้าส่งออกผ่านด่านพรมแดน",
            "pao",
            "customs",
        ),
        ("จัดเก็บค่าธรรมเนียมจอดรถบรรทุกสินค้านำเข้า ณ สถานีขนส่งสินค้า", "pao", None),
        ("ประเมินมูลค่าสินค้าเกษตรเพื่อส่งเสริมการส่งออก", "pao", None),
        # The Land Code ม.๙/๑: the charge for digging on state land is not a PAO's.
        ("จัดเก็บค่าตอบแทนจากผู้ได้รับอนุญาตให้ขุดลูกรังในที่ดินของรัฐ", "pao", "land_code_charge"),
        ("จัดเก็บค่าตอบแทนจากผู้ได้รับอนุญาตให้ขุดลูกรังในที่ดินของรัฐ", "tao", None),
        # The Animal Slaughter Control Act 2559 ม.๔, ม.๔๓: the slaughter duty is the
        # basic kinds' revenue, never the PAO's; a slaughterhouse's hygiene is not a duty.
        ("จัดเก็บอากรการฆ่าสัตว์ ณ โรงฆ่าสัตว์ในเขตจังหวัด", "pao", "slaughter_duty"),
        ("จัดเก็บอากรการฆ่าสัตว์ ณ โรงฆ่าสัตว์เทศบาล", "municipality", None),
        ("ปรับปรุงสุขาภิบาลโรงฆ่าสัตว์และเก็บค่าธรรมเนียมการใช้โรงฆ่าสัตว์", "pao", None),
        # Helping the kinds that collect it, or telling people of it, is other work.
        ("อบรมเจ้าหน้าที่ อปท. เรื่องการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "pao", None),
        ("สนับสนุนเทศบาลในการจัดทำแผนที่ภาษีที่ดินและสิ่งปลูกสร้าง", "pao", None),
        # Naming the tax is not collecting it.
        ("ลดหย่อนภาระภาษีที่ดินและสิ่งปลูกสร้างแก่ผู้ประสบภัย", "pao", None),
    ],
)
def test_a_tax_whose_act_gives_it_to_other_kinds_is_recognised(
    title: str, kind: str, key: str | None
) -> None:
    assert others_tax(normalize(title), kind) == key


def test_every_tax_has_the_message_that_cites_its_act() -> None:
    assert {"land_building", "pao_levy"} <= set(TAXES)
    assert [k for k in TAXES if not messages.has(f"powers.note.local_tax.{k}")] == []
