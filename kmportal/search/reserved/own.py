"""What each kind's own Act, or the Civil and Commercial Code, forbids it to do
with its office-holders, its staff, its revenue and the public's land. Each
entry matches the work itself (see :mod:`kmportal.search.reserved`)."""

from __future__ import annotations

import re

# The offices of the organisation itself, by the Acts' names for them.
_OFFICE_HOLDER = r"(?:รอง\s*)?(?:นายก|ประธานสภา|สมาชิกสภา|เลขานุการนายก|ที่ปรึกษานายก)"
# Public land: "ที่ดินสาธารณประโยชน์", "ที่สาธารณะ", "สาธารณสมบัติของแผ่นดิน".
_PUBLIC_LAND = r"(?:ที่(?:ดิน)?\s*สาธารณ(?:ประโยชน์|ะ)|สาธารณสมบัติ\s*ของ\s*แผ่นดิน)"

# For every kind.
OWN: dict[str, re.Pattern[str]] = {
    # The PAO Act ม.๔๔/๓ (๓), the TAO Act ม.๖๔/๒ and the Municipality Act
    # ม.๔๘ จตุทศ: the mayor, deputies, secretary and advisers (and, by the PAO
    # Act, the council's members) may have no interest in a contract made with
    # the organisation. Buying or renting their land, buildings or vehicles,
    # or hiring their firm, is such a contract.
    "office_holder_contract": re.compile(
        r"(?:ซื้อ|เช่า)\s*(?:ที่ดิน|อาคาร|บ้าน|รถ|ทรัพย์สิน|สิ่งปลูกสร้าง)\S{0,30}?\s?"
        rf"(?:ของ|จาก)\s*{_OFFICE_HOLDER}"
        rf"|จ้าง\s*(?:เหมา\s*)?(?:บริษัท|ห้าง|ร้าน)\S{{0,40}}?\s?ของ\s*{_OFFICE_HOLDER}"
    ),
    # The PAO Act ม.๓๕/๓, the TAO Act ม.๕๘/๓ and the Municipality Act ม.๔๘
    # อัฏฐ: deputies, secretaries and advisers are appointed from outside the
    # council ("ซึ่งมิใช่สมาชิกสภา").
    "council_adviser": re.compile(r"แต่งตั้ง\s*สมาชิกสภา[^()]{0,80}?เป็น\s*(?:รองนายก|ที่ปรึกษา|เลขานุการ)"),
    # The Civil and Commercial Code ม.๑๓๐๕: the public domain "จะโอนแก่กันมิได้"
    # save by a special law or a royal decree; common land (ม.๑๓๐๔ (๒)) is
    # neither sold nor given away by a local government.
    "public_land_sale": re.compile(
        rf"(?:ขาย|ขายทอดตลาด|จำหน่าย|โอน\s*กรรมสิทธิ์|ยก\s*ให้)[^()]{{0,60}}?{_PUBLIC_LAND}"
        rf"|{_PUBLIC_LAND}[^()]{{0,80}}?(?:ขาย|ขายทอดตลาด|จำหน่าย|โอน\s*กรรมสิทธิ์)\s*(?:ให้|แก่)"
    ),
    # The PAO Act ม.๗๕, the Municipality Act ม.๖๘ (the TAO Act likewise): what the
    # office-holders and council members are paid is as the Interior ministry's
    # rules say; no council resolution raises it. Paying it is another matter.
    "office_holder_pay": re.compile(
        r"(?:ปรับ|เพิ่ม|กำหนด)\s*(?:อัตรา\s*)?(?:เงิน\s*)?(?:ค่าตอบแทน|เงินเดือน|เบี้ยประชุม)"
        rf"[^()]{{0,40}}?{_OFFICE_HOLDER}"
    ),
    # The Local Officials Uniform Act 2509 ม.๕: the kinds of local officials'
    # uniforms, and the rules for wearing them, are fixed by ministerial rule;
    # buying the uniforms the rule fixes is another matter.
    "uniform": re.compile(
        r"(?:กำหนด|ออกแบบ)\s*(?:รูปแบบ|ลักษณะ|ชนิด|ประเภท)?\s*(?:และ\s*)?(?:ของ\s*)?เครื่องแบบ"
        r"[^()]{0,60}?(?:สมาชิกสภา|ข้าราชการ|พนักงาน|ลูกจ้าง|เจ้าหน้าที่)"
        r"|ระเบียบ\s*(?:การ)?\s*แต่ง\s*เครื่องแบบ"
    ),
    # The Local Officials Pension Act 2500 ม.๖: one pension fund for every local
    # official, each local government paying its share into it; none founds its own.
    "own_pension_fund": re.compile(r"(?:จัดตั้ง|ตั้ง)\s*กองทุน\s*บำเหน็จ\s*บำนาญ"),
    # The Social Security Act 2533 ม.๔ (๑): it does not apply to the officials
    # and permanent employees of local government (contract staff are insured).
    "own_social_security": re.compile(
        r"(?:ข้าราชการ|ลูกจ้างประจำ)[^()]{0,80}?"
        r"(?:เข้า\s*(?:สู่\s*)?(?:ระบบ\s*)?ประกันสังคม|เงินสมทบ\s*(?:เข้า\s*)?กองทุน\s*ประกันสังคม)"
        r"|เงินสมทบ\s*(?:เข้า\s*)?กองทุน\s*ประกันสังคม[^()]{0,60}?(?:สำหรับ|ของ|แก่)\s*(?:ข้าราชการ|ลูกจ้างประจำ)"
    ),
    # The Land Code ม.๘, ม.๙: common land is the Lands director-general's to keep,
    # and no one holds or uses state land without his officers' permit; letting
    # it to a private party is no local power (guarding it is, ม.๑๒๒ of the Local
    # Administration Act being another matter).
    "public_land_lease": re.compile(
        rf"(?:จัดหาผลประโยชน์|ให้\s*(?:เอกชน|บุคคล|ราษฎร|ประชาชน|บริษัท)?\s*เช่า)[^()]{{0,60}}?{_PUBLIC_LAND}"
        rf"|(?:จัดหาผลประโยชน์\s*(?:จาก|ใน)?\s*){_PUBLIC_LAND}"
        rf"|{_PUBLIC_LAND}[^()]{{0,80}}?ให้\s*(?:เอกชน|บุคคล|บริษัท)\s*(?:เช่า|ใช้ประโยชน์)"
    ),
    # The PAO Act ม.๗๗, the TAO Act ม.๙๐ and the Municipality Act ม.๗๑: the
    # governor, or the district chief, supervises a local government ("กำกับ
    # ดูแล"), calls its officers to account and may revoke what it does; no
    # local government supervises another. Supervising a building site, or the
    # organisation's own school, is another matter.
    "supervising_local": re.compile(
        r"(?:กำกับ|ควบคุม)\s*ดูแล\s*(?:และ\s*\S{0,20}?\s*)?(?:การ\s*ปฏิบัติ\s*(?:ราชการ|หน้าที่)\s*)?"
        r"(?:ของ\s*)?(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล|องค์กรปกครองส่วนท้องถิ่น)"
    ),
}

# The Municipality Act ม.๕๘: a สหการ is a union of municipalities only, for
# work within the powers of each, founded by royal decree; no other kind's Act
# has one.
OWN["union_with_others"] = re.compile(
    r"(?:จัดตั้ง|ตั้ง|ร่วม)\s*(?:เป็น\s*)?สหการ[^()]{0,80}?"
    r"(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต|อบจ|บริษัท|เอกชน)"
)

# For a PAO: what its own Act words for it alone.
PAO_ONLY: dict[str, re.Pattern[str]] = {
    # The PAO Act ม.๗๑, third paragraph: a PAO may have a private party collect
    # its fees and other revenue "ยกเว้นการเรียกเก็บภาษีอากร".
    "private_tax_collection": re.compile(
        r"(?:จ้าง|มอบหมาย|มอบ)\s*(?:เหมา\s*)?(?:ให้\s*)?(?:บริษัท|เอกชน|ห้าง)[^()]{0,60}?"
        r"(?:จัดเก็บ|เรียกเก็บ|เก็บ)\s*ภาษี"
    ),
    # The PAO Act ม.๔๓: one seconded to the PAO "คงได้รับเงินเดือนทางต้นสังกัดเดิม".
    "seconded_salary": re.compile(
        r"(?:จ่าย|เบิก)\s*(?:ค่า)?เงินเดือน[^()]{0,80}?(?:ยืมตัว|มาช่วยราชการ)"
        r"|(?:ยืมตัว|มาช่วยราชการ)[^()]{0,80}?(?:จ่าย|เบิก)\s*(?:ค่า)?เงินเดือน"
    ),
    # The PAO Act ม.๗๕: what the council's members, the mayor, deputies,
    # secretaries and advisers are paid is as the Interior ministry's rules
    # say; insuring them at the PAO's cost is not among it.
    "office_holder_insurance": re.compile(
        rf"ประกัน\s*(?:ชีวิต|อุบัติเหตุ|สุขภาพ)[^()]{{0,60}}?(?:{_OFFICE_HOLDER}|ผู้บริหาร)"
    ),
}
