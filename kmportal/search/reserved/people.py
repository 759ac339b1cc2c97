"""Acts on people and services an Act of the library gives a central body or
an officer: custody, courts, elections, taxes, funds, registers, licences.
Each entry matches the work itself (see :mod:`kmportal.search.reserved`)."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import BUILDING, NOT_URGING

# Helping on the day (the selection, the election) is not running it.
_NOT_HELPING = r"(?<!สนับสนุน)(?<!สนับสนุนการ)(?<!ช่วยเหลือ)(?<!ช่วยเหลือการ)"
# A place the law lets hold people in custody (not a pound for strays).
_CUSTODY = (
    r"(?:เรือนจำ|ทัณฑสถาน|(?:สถาน)?ที่\s*คุมขัง|สถาน(?:ที่)?\s*กักขัง|สถานพินิจ"
    r"|สถานที่\s*ควบคุมตัว)"
    r"(?!\s*(?:สัตว์|สุนัข|แมว|โค|กระบือ))"
)
# Letters and postcards (the Post Act ม.๖), not a newsletter, an archive or e-mail.
_LETTERS = r"(?:จดหมาย(?!\s*(?:ข่าว|เหตุ|อิเล็กทรอนิกส์|เวียน|ราชการ))|ไปรษณ(?:ียบัตร|ีย์บัตร|ียภัณฑ์|ีย์ภัณฑ์))"

PEOPLE: dict[str, re.Pattern[str]] = {
    # The Corrections Act 2560 ม.๓๒: "ให้กรมราชทัณฑ์กำหนดชื่อเรือนจำ … และเขต
    # ความรับผิดชอบของเรือนจำ"; a prison is the department's, and so is any other
    # place held as one: "ที่อื่นใดซึ่งรัฐมนตรีได้กำหนดและประกาศ" (ม.๔) and "สถานที่อื่น
    # ที่มิใช่เรือนจำให้เป็นสถานที่คุมขัง" by ministerial regulation (ม.๓๓). A place of
    # confinement is the minister's to fix (the Act on Confinement under the Penal
    # Code 2506 ม.๔), and a juvenile observation centre a unit of the Department of
    # Juvenile Observation, set up in each province as the minister announces (the
    # Juvenile and Family Court Act 2553 ม.๓๔, ม.๓๕).
    # Work inside a prison is the department's too, its infirmary among it
    # ("ให้เรือนจำทุกแห่งจัดให้มีสถานพยาบาล", ม.๕๔); not work outside its wall, or
    # on the way to it.
    "prison": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง|จัดให้มี)\s*(?:อาคาร\s*)?{_CUSTODY}"
        rf"|{BUILDING}(?:(?!หน้า|ข้าง|รอบ|นอก|เชื่อม|เข้าสู่|ไปยัง|ถึง)[^()]){{0,60}}?(?:เรือนจำ|ทัณฑสถาน)"
    ),
    # The Organic Act on the Election of MPs 2561 ม.๑๘, ม.๑๙: the Election
    # Commission appoints the officers who run an election of MPs — the
    # constituency's director and committee fix its polling units and stations,
    # and each unit's committee takes and counts the votes. A local election's
    # Act is not in the library, and a campaign to vote runs no election.
    "election": re.compile(
        r"(?:จัด|ดำเนินการ|นับคะแนน)\s*(?:การ)?เลือกตั้ง\s*(?:สมาชิก)?(?:สภาผู้แทนราษฎร|ส\.\s?ส\.)"
        r"|(?:กำหนด|จัดตั้ง)\s*(?:หน่วย|ที่)เลือกตั้ง.{0,120}?(?:สภาผู้แทนราษฎร|ส\.\s?ส\.)"
    ),
    # The Revenue Code ม.๑๖, ม.๕๖: its taxes are assessed by officers the finance
    # minister appoints, to whom returns are made; income tax, VAT and specific
    # business tax are collected and refunded by them.
    "revenue_tax": re.compile(r"(?:จัดเก็บ|รับยื่น|ประเมิน|คืน)\S{0,24}?ภาษี(?:เงินได้|มูลค่าเพิ่ม|ธุรกิจเฉพาะ)"),
    # The Social Security Act 2533 ม.๒๑: the fund that pays the insured their
    # benefits is in the Social Security Office, which registers them (ม.๓๔).
    # Paying them, not an employer's contribution (เงินสมทบ) nor telling people
    # of their rights.
    "social_security": re.compile(r"จ่าย\s*(?:เงิน)?ประโยชน์ทดแทน|จ่าย\S{0,30}?จากกองทุนประกันสังคม"),
    # The Courts of Justice Administration Act 2543 ม.๖, ม.๓๒: the Office of the
    # Courts of Justice does the courts' administrative work and asks the Cabinet
    # for their budget. A court by its name (not a ศาลา, a pavilion), or its
    # judges' and officials' housing. Islamic family and inheritance cases are the
    # courts of first instance's (the Islamic Law Application Act 2489 ม.๓), so
    # a "Sharia court" is one of them too.
    "court": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง)\s*(?:อาคาร\s*)?(?:ที่ทำการ\s*)?ศาล(?:จังหวัด|แขวง|เยาวชน"
        r"|ยุติธรรม|อุทธรณ์|ฎีกา|แรงงาน|ภาษีอากร|ล้มละลาย|ทรัพย์สินทางปัญญา"
        r"|ชะรีอะ|ชารีอะ|อิสลาม)"
        rf"|{BUILDING}\s*บ้านพัก\s*(?:ผู้พิพากษา|ข้าราชการศาล)"
    ),
    # The Military Service Act 2497 ม.๒๘, ม.๒๘ ทวิ: selection committees for
    # conscription are appointed in each province by the officer the Defence
    # minister names, and chaired by an officer. Helping on the day is not
    # running the selection.
    # And men of eighteen are enrolled as reservists at the district office
    # (ม.๕, ม.๑๖); telling them to go is not enrolling them.
    "conscription": re.compile(
        rf"{_NOT_HELPING}ตรวจเลือก\s*(?:คน|ทหาร)"
        r"|^(?!.*(?:ประชาสัมพันธ์|รณรงค์|แนะนำ|อำนวยความสะดวก)).*ลงบัญชี\s*ทหารกองเกิน"
    ),
    # The Islamic Organisations Administration Act 2540 ม.๓๐, ม.๓๓: a mosque's
    # congregation chooses its imam, khatib, bilal and committee, under the
    # provincial Islamic committee's chair, which appoints them.
    "mosque_officers": re.compile(
        r"(?:คัดเลือก|แต่งตั้ง|สรรหา)\S{0,30}?\s?(?:อิหม่าม|คอเต็บ|บิหลั่น|คณะกรรมการอิสลาม)"
    ),
    # The Local Administration Act 2457 ม.๑๓: a village headman is chosen by the
    # Interior ministry's rules, before a committee the district chief appoints.
    "headman_election": re.compile(
        rf"{_NOT_HELPING}"
        r"(?:จัด(?:การ)?|ดำเนินการ)\s*(?:การ)?เลือก\s*(?:ตั้ง\s*)?(?:ผู้ใหญ่บ้าน|กำนัน)"
    ),
    # The Teachers and Education Personnel Act 2547 ม.๔๗: the education area's
    # sub-committee (อ.ก.ค.ศ. เขตพื้นที่การศึกษา) runs the exams that recruit the
    # state's teachers; a local government's own teachers are another matter.
    "teacher_exam": re.compile(
        r"สอบ(?:แข่งขัน|คัดเลือก)(?=.*สำนักงานเขตพื้นที่การศึกษา)\S{0,60}?\s?\S{0,40}?ข้าราชการครู"
    ),
    # The Financial Institutions Businesses Act 2551 ม.๔, ม.๙: taking deposits from
    # the public to lend is banking, for a licensed public company only.
    "deposit_taking": re.compile(r"รับ\s*ฝาก\s*เงิน\S{0,20}?\s?(?:จาก\s*)?ประชาชน"),
    # The Consumer Protection Act 2522 ม.๒๙/๘–๒๙/๑๐: the safety committee orders a
    # dangerous product's sale stopped, and its maker or importer recalls it.
    "product_recall": re.compile(
        r"(?:สั่ง\s*)?ห้ามขาย\S{0,40}?\s?\S{0,20}?เรียกคืนสินค้า|สั่ง\s*เรียกคืนสินค้า"
    ),
    # The Labour Protection Act 2541 ม.๑๓๙ and the Labour Protection in Fishing
    # Work Act 2562 ม.๑๖: the labour inspector enters workplaces and vessels to
    # inspect the terms and conditions of work, and orders what the law requires.
    # And the employee's complaint of wages unpaid is the inspector's to decide,
    # ordering the employer to pay (the Labour Protection Act ม.๑๒๓–๑๒๔).
    "labour_inspection": re.compile(
        r"ตรวจ(?:สอบ)?\s*(?:สภาพการจ้าง|สภาพการทำงาน|การใช้แรงงาน|การคุ้มครองแรงงาน)"
        r"|(?:วินิจฉัย|มีคำสั่ง|สั่ง)\S{0,8}?\s?(?:ให้\s*)?นายจ้าง\s*(?:จ่าย|ชำระ)"
    ),
    # The Child Adoption Act 2522 ม.๖: "ห้ามมิให้บุคคลใดนอกจากกรมพัฒนาสังคมและ
    # สวัสดิการ ส่วนราชการที่กรมพัฒนาสังคมและสวัสดิการมอบหมาย หรือองค์การสวัสดิภาพ
    # เด็กที่ได้รับใบอนุญาตจากอธิบดีดำเนินการเพื่อให้มีการรับเด็กเป็นบุตรบุญธรรม
    # ไม่ว่าโดยทางตรงหรือทางอ้อม": finding a family to adopt a child, or matching
    # them. Fostering, helping orphans or a children's home is not adoption.
    "adoption": re.compile(
        r"ดำเนินการ\s*(?:เพื่อ\s*)?ให้\s*(?:มี\s*)?(?:การ\s*)?รับ\s*เด็ก\S{0,30}?\s?เป็น\s*บุตรบุญธรรม"
        r"|จัดหา\s*(?:ครอบครัว|ผู้|บิดามารดา|พ่อแม่)\s*(?:บุญธรรม|(?:ที่\s*)?(?:ขอ\s*)?รับ\s*"
        r"(?:เด็ก\S{0,30}?\s?)?(?:เป็น\s*)?บุตรบุญธรรม)"
        r"|จับคู่\s*(?:เด็ก\S{0,30}?\s?)?(?:กับ\s*)?(?:ผู้ขอ|ครอบครัว)\S{0,30}?\s?\S{0,20}?บุตรบุญธรรม"
        r"|(?:ยก|มอบ|ส่ง)\s*เด็ก\S{0,40}?\s?ให้\S{0,30}?\s?(?:รับ\s*)?เป็น\s*บุตรบุญธรรม"
    ),
    # The Probation Act 2559 ม.๔, ม.๑๔ (๑) (๒) (๗): the probation officer the minister
    # appoints investigates an offender for the court ("การสืบเสาะและพินิจ"),
    # controls and watches those on probation ("การควบคุมและสอดส่องผู้ถูกคุมความ
    # ประพฤติ") and tracks them by an electronic device the court orders. Training
    # its volunteers, a camp, or a subsidy to its office is not that work.
    "probation": re.compile(
        r"สืบเสาะ\s*(?:และ\s*)?พินิจ"
        rf"|{_NOT_HELPING}(?<!ในการ)(?<!ช่วย)"
        r"(?:สอดส่อง|ควบคุม\s*(?:และ\s*)?สอดส่อง|คุมความประพฤติ)\s*(?:ดูแล\s*)?ผู้ถูกคุมความประพฤติ"
        r"|กำไล\s*ข้อเท้า\s*(?:อิเล็กทรอนิกส์|\(?\s*em\b)|กำไล\s*(?:อิเล็กทรอนิกส์\s*)?\(?\s*em\b"
        r"|อุปกรณ์\s*อิเล็กทรอนิกส์\s*(?:ติดตามตัว|ติดตาม)\s*(?:ผู้ถูกคุม|ผู้กระทำผิด|ผู้ต้องหา|จำเลย)"
    ),
    # The Higher Education Act 2562 ม.๓, ม.๑๕, ม.๓๐: a state higher-education
    # institution is founded by the law that establishes it; the Private Higher
    # Education Institutions Act 2546 ม.๑๐, ม.๕๔: a private one only under the
    # minister's licence, and it teaches for a degree once the minister accredits
    # it. Scholarships, a university's centre, an agreement with one, or a lifelong
    # learning "university" for the elderly found none.
    "university": re.compile(
        rf"{NOT_URGING}(?:จัดตั้ง|ก่อตั้ง)\s*(?:มหาวิทยาลัย|สถาบันอุดมศึกษา)"
        r"(?!\s*(?:สำหรับ\s*)?(?:ผู้สูงอายุ|สูงอายุ|ผู้สูงวัย|สูงวัย|วัยที่สาม|วัยเก๋า|ชีวิต|ชาวบ้าน|ชุมชน|คนแก่))"
        r"|ประสาท\s*(?:อนุ)?ปริญญา"
    ),
    # The Post Act 2477 ม.๕: "รัฐบาลทรงไว้ซึ่งอำนาจสิทธิ์ขาดที่จะจัดการไปรษณีย์ และ
    # ตั้งที่ทำการไปรษณีย์"; ม.๖: no one else may carry letters or postcards save by
    # post. Taking in and delivering the public's mail, or a post office; not the
    # organisation's own newsletter, nor a letter box at its office.
    "post": re.compile(
        rf"(?<!ตู้)(?<!กล่อง)รับ\s*(?:ฝาก|-?\s*ส่ง)\s*(?:(?:และ|-)\s*(?:นำ\s*)?(?:จ่าย|ส่ง)\s*)?{_LETTERS}"
        rf"|นำ\s*จ่าย\s*{_LETTERS}"
        r"|(?:จัดตั้ง|ตั้ง|เปิด)\s*ที่ทำการ\s*ไปรษณีย์(?!\s*(?:ประเภท\s*)?(?:รับ\s*)?อนุญาต)"
    ),
    # The Excise Tax Act 2560 ม.๑๖๔: "การผลิตบุหรี่ซิกาแรตเป็นกิจการผูกขาดของรัฐ"
    # (a cigarette being tobacco rolled in paper, ม.๑๕๙), held by the Tobacco
    # Authority of Thailand (its Act 2561 ม.๗). A campaign against smoking, a
    # smoke-free zone, or tobacco farmers' other crops make none.
    "tobacco": re.compile(
        r"(?<!ผล)(?:ผลิต|มวน|โรงงาน)\s*(?:(?:ผลิต|มวน|และ|จำหน่าย)\s*){0,3}บุหรี่"
        r"(?!\s*(?:ใบ|ซิการ์|อื่น|ไฟฟ้า|อิเล็กทรอนิกส์|มวนเอง))"
    ),
    # The Government Lottery Office Act 2517 ม.๕ (๑): issuing the state lottery is
    # the Office's; any other lottery is a game of the Gambling Act's list ข. (๑๖)
    # that needs its licence (ม.๔), and no list of powers gives one. Helping a Red
    # Cross fair is another matter.
    # ม.๓๕: it sells the state lottery itself or through agents it appoints, so
    # allotting its tickets or appointing its sellers is the Office's too.
    "lottery": re.compile(
        rf"{_NOT_HELPING}ออก\s*(?:และ\s*จำหน่าย\s*)?สลาก"
        r"|จัดสรร\s*สลาก\s*กินแบ่ง|แต่งตั้ง[^()]{0,40}?ตัวแทน\s*จำหน่าย\s*สลาก"
    ),
    # The Foreign Workers Management Decree 2560 ม.๒๖, ม.๔๖: bringing foreign
    # workers in for employers is a business only the director-general licenses,
    # and an employer brings in its own under a memorandum of understanding.
    # Helping employers register is another matter.
    "foreign_worker_import": re.compile(
        r"^(?!.*(?:ให้คำปรึกษา|ประชาสัมพันธ์|อบรม|ช่วยเหลือนายจ้าง))"
        r".*นำ\s*(?:เข้า)?\s*(?:แรงงาน|คน)\s*ต่างด้าว[^()]{0,80}?(?:จัดส่ง|ส่ง|ให้แก่|แก่|มาทำงาน)"
    ),
    # The Civil and Commercial Code ม.๑๕๘๖: a minor's guardian is appointed by the
    # court, on a relative's, the prosecutor's or a will's request. Caring for
    # orphans is welfare.
    "guardianship": re.compile(
        r"(?:ตั้ง|แต่งตั้ง)\s*(?:ผู้ปกครอง|ผู้อนุบาล)\s*(?:ให้\s*)?(?:แก่\s*)?(?:เด็ก|ผู้เยาว์|ผู้ไร้ความสามารถ)"
    ),
    # The Intangible Cultural Heritage Act 2559 ม.๑๐: its committee approves
    # what is listed as intangible cultural heritage. Proposing an item is
    # another matter.
    "heritage_listing": re.compile(
        rf"{NOT_URGING}(?<!คัดเลือก)(?<!รวบรวม)(?:ประกาศ\s*)?ขึ้น\s*บัญชี\s*มรดก\s*ภูมิปัญญา"
    ),
    # The Consumer Protection Act 2522 ม.๓๙–๔๐: suing in court for consumers is
    # the board's, through the officers it appoints, or a certified association's
    # or foundation's. Helping a consumer to complain is another matter.
    "consumer_suit": re.compile(
        r"(?:ฟ้อง|ดำเนินคดี)\S{0,24}?\s?แทน\s*(?:ผู้บริโภค|ประชาชน|ราษฎร|ผู้เสียหาย)"
    ),
    # The Child Protection Act 2546 ม.๕๑: a reception home, a children's welfare
    # or protection home, or a development and rehabilitation centre is the
    # permanent secretary's or the governor's to found; any other state body
    # may found only a day nursery (สถานรับเลี้ยงเด็ก).
    "child_protection_home": re.compile(
        r"(?:จัดตั้ง|ก่อสร้าง|เปิด)\S{0,10}?\s?(?:สถานแรกรับ|สถานคุ้มครองสวัสดิภาพ"
        r"|สถานพัฒนาและฟื้นฟู|สถานสงเคราะห์\s*(?:เด็ก|เยาวชน))"
    ),
    # The Narcotic Addict Rehabilitation Act 2545 ม.๑๔: the minister founds and
    # dissolves rehabilitation centres by notice. A community's or a voluntary
    # programme is another matter.
    "drug_rehab_centre": re.compile(
        r"(?:จัดตั้ง|ก่อสร้าง)\S{0,10}?ศูนย์ฟื้นฟูสมรรถภาพผู้ติดยาเสพติด(?!\S{0,30}?(?:ชุมชน|สมัครใจ))"
    ),
    # The Plant Quarantine Act 2507 ม.๗: the minister fixes plant quarantine
    # stations and checkpoints by notice.
    "plant_quarantine": re.compile(r"(?:จัดตั้ง|ก่อสร้าง)\S{0,10}?(?:ด่านตรวจพืช|สถานกักพืช)"),
    # The Beasts of Burden Act 2482 ม.๔, ม.๘: the registrar, the district chief,
    # registers draught animals and makes their papers. Taking owners to him is
    # another matter.
    "beast_registration": re.compile(
        r"^(?!.*(?:ช่วยเหลือ|อำนวยความสะดวก|ประชาสัมพันธ์|ร่วมกับ|นำ\S{0,20}?ไป))"
        r".*(?:จดทะเบียน|ออก|ทำ)\s*(?:และ\s*)?(?:ทำ|ออก)?\s*ตั๋วรูปพรรณ"
    ),
    # The Nationality Act 2508 ม.๗ ทวิ: the minister considers and orders that one
    # born in Thailand to alien parents has Thai nationality (naturalisation too
    # is his, ม.๑๑). Helping people file their papers is another matter.
    "nationality": re.compile(
        r"^(?!.*(?:ช่วยเหลือ|ยื่นคำขอ|ประสาน|ให้คำปรึกษา|รวบรวมเอกสาร))"
        r".*(?:พิจารณา|สั่ง|อนุมัติ|อนุญาต|มอบ)\S{0,20}?\s?(?:ให้\s*)?(?:ได้\s*)?(?:รับ\s*)?สัญชาติ\s*ไทย"
        r"|(?:พิจารณา|อนุมัติ)\S{0,10}?\s?(?:การ)?แปลงสัญชาติ"
    ),
    # The Official Information Act 2540 ม.๓๕: the information disclosure
    # tribunals are appointed by the Cabinet on the Board's proposal.
    "info_tribunal": re.compile(
        r"(?:แต่งตั้ง|จัดตั้ง)\s*คณะกรรมการวินิจฉัย\s*(?:การ)?เปิดเผยข้อมูลข่าวสาร"
    ),
    # The Hajj Affairs Promotion Act 2524 ม.๕ (๑), (๒): carrying pilgrims, and the
    # other Hajj services the committee names, need its licence. Teaching them
    # before they go is another matter.
    "hajj_service": re.compile(
        r"^(?!.*(?:อบรม|ให้ความรู้|เตรียมความพร้อม|ปฐมนิเทศ))"
        r".*(?:นำ|พา|รับจัด|จัดบริการ|จัดรถ|ขนส่ง)\S{0,40}?\s?\S{0,40}?(?:ประกอบ\s*)?พิธี\s*ฮั(?:จย์|จญ์)"
    ),
    # The Food Act 2522 ม.๑๔: no one sets up a food factory without the licensor's
    # licence, and its serial number ("เลขสารบบอาหาร") comes with it. Helping a
    # maker to apply is another matter.
    "food_licence": re.compile(
        r"^(?!.*(?:ช่วยเหลือ|สนับสนุน|ให้คำปรึกษา|ยื่น|ขอรับ|ส่งเสริม))"
        r".*(?:ออก\s*(?:เลข\s*)?(?:สารบบ\s*อาหาร|อ\.\s?ย\.?)|ออก\s*ใบอนุญาต\s*(?:ตั้ง\s*)?(?:โรงงาน\s*)?ผลิต\s*อาหาร)"
    ),
    # The Forest Act 2484 ม.๖๔ ทวิ, ม.๖๕: seizing what was used against it, and
    # settling its fines, are its officers' (ม.๔ (๑๖)). Supporting their patrols is
    # another matter.
    "forest_enforcement": re.compile(
        r"^(?!.*(?:สนับสนุน|ร่วมกับ|ประสาน|อบรม|แจ้ง|รณรงค์))"
        r".*(?:ตรวจยึด|ยึด|จับกุม|เปรียบเทียบปรับ)[^()]{0,60}?"
        r"(?:ไม้หวงห้าม|ทำไม้|ตัดไม้|ป่าสงวน|บุกรุกป่า|ของป่า)"
    ),
    # The Pariyattidhamma Education Act 2562 ม.๑๖: a temple founds a
    # Pariyattidhamma school, on its committee's rules.
    "pariyattidhamma_school": re.compile(
        rf"{NOT_URGING}(?:จัดตั้ง|ก่อตั้ง|เปิด)\s*(?:โรงเรียน|สถานศึกษา)\s*พระปริยัติธรรม"
    ),
    # The National Culture Act 2553 ม.๑๓–๑๕: the culture councils, down to the
    # tambon's, are private bodies under the Cultural Promotion Department,
    # their members drawn from culture networks by ministerial rule.
    "culture_council": re.compile(
        rf"{NOT_URGING}(?:จัดตั้ง|ก่อตั้ง)\s*สภาวัฒนธรรม"
        r"|(?:คัดเลือก|แต่งตั้ง|สรรหา)\s*(?:คณะ)?กรรมการ\s*สภาวัฒนธรรม"
    ),
    # The Recruitment and Job-Seekers Protection Act 2528 ม.๓๐: no one finds
    # work abroad for job-seekers without the central registrar's licence.
    "recruitment_abroad": re.compile(
        r"(?:จัดส่ง|ส่ง|คัดเลือก|จัดหา)\s*(?:แรงงาน|คนงาน|คนหางาน)[^()]{0,60}?(?:ไป\s*)?ทำงาน[^()]{0,60}?"
        r"(?:ต่างประเทศ|(?<![\u0e01-\u0e4e])ประเทศ(?!ไทย)|สาธารณรัฐ|ราชอาณาจักร(?!ไทย))"
    ),
    # The Forest Act 2484 ม.๗๔ จัตวา (as other Acts with their fines): the court
    # awards the informant's reward, paid out of the fine. Urging people to
    # report is another matter.
    "informant_reward": re.compile(r"(?:เงิน\s*)?(?:รางวัล|สินบน)\s*นำจับ"),
    # The Non-life Insurance Act 2535 ม.๖: insuring against loss is a business
    # only a licensed public company carries on. Paying a farmer's premium to
    # an insurer, or telling farmers of it, insures nothing.
    "insurance_business": re.compile(
        r"รับ\s*ประกัน\s*(?:ภัย|ความเสียหาย|วินาศภัย)"
        r"|(?<!ค่า)(?:เก็บ|เรียกเก็บ)\s*เบี้ย\s*ประกัน"
    ),
    # The Agricultural Economics Act 2522 ม.๑๕: in an agricultural economic zone
    # the minister may provide measures "ในด้านการประกันราคาหรือพยุงราคาสินค้า
    # เกษตรกรรม"; paying farmers a price gap is such a measure, the state's.
    # Telling farmers how to register for it pays nothing.
    "price_guarantee": re.compile(
        r"^(?!.*(?:ประชาสัมพันธ์|ชี้แจง|แนะนำ|ช่วย(?:เหลือ)?\s*เกษตรกร\s*(?:ยื่น|ลงทะเบียน)))"
        r".*(?:ประกัน\s*(?:รายได้|ราคา)(?!\s*(?:ของ\s*)?(?:องค์กร|อปท|ท้องถิ่น))"
        r"|พยุง\s*ราคา|ชดเชย\s*ส่วนต่าง\s*(?:ของ\s*)?ราคา)"
    ),
    # The Older Persons Act 2546 ม.๑๓, ม.๒๐ (๒) and the Persons with Disabilities
    # Empowerment Act 2550 ม.๒๓, ม.๒๖: these funds are in the ministry's office,
    # and their boards approve what is paid or lent from them. Helping people to
    # apply is another matter.
    "state_fund": re.compile(
        r"^(?!.*(?:ยื่นคำ|ประชาสัมพันธ์|แนะนำ|ช่วยเหลือ|อบรม|ให้ความรู้|ชี้แจง))"
        r".*(?:อนุมัติ|จ่าย|ปล่อย|ให้)\S{0,20}?\s?(?:(?:จาก|ของ)\s*)?"
        r"กองทุน(?:ผู้สูงอายุ|ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ)"
    ),
    # The Sangha Act 2505 ม.๓๒ ทวิ: an abandoned temple not yet dissolved, its
    # land and property, are the National Office of Buddhism's to keep.
    "abandoned_temple": re.compile(
        r"(?:ปรับปรุง|พัฒนา|ก่อสร้าง|ใช้|ดูแล|รักษา|ปกครอง)\S{0,20}?\s?(?:พื้นที่|ที่ดิน|ที่)?\s*วัดร้าง"
        r"(?!\S{0,30}?(?:ที่ยุบเลิก|ซึ่งยุบเลิก|ที่ได้รับโอน))"
    ),
    # The Communicable Diseases Act 2558 ม.๖ (๒): the minister declares which port
    # of entry is an international communicable disease control checkpoint.
    "disease_checkpoint": re.compile(
        r"(?:จัดตั้ง|ตั้ง|ก่อสร้าง|เปิด)\s*(?:อาคาร\s*)?ด่านควบคุมโรคติดต่อระหว่างประเทศ"
    ),
    # The Community Forest Act 2562 ม.๓๒, ม.๓๘: fifty of a community ask, and
    # the provincial committee approves a community forest. Helping them ask is
    # another matter.
    "community_forest": re.compile(
        r"^(?!.*(?:ส่งเสริม|สนับสนุน|อบรม|ประชาสัมพันธ์|ช่วยเหลือ|ยื่น|คำขอ))"
        r".*(?:จัดตั้ง|ประกาศ)\s*(?:เป็น\s*)?ป่าชุมชน"
    ),
    # The Investment Promotion Act 2520 ม.๑๖, ม.๓๑: the board promotes an
    # investment, and its promoted firm is exempt from corporate income tax;
    # income tax is the Revenue Code's, none of a local government's.
    "income_tax_relief": re.compile(r"(?:ยกเว้น|ลดหย่อน)\s*(?:การ\s*)?ภาษีเงินได้"),
    # The Agricultural Land Rent Act 2524 ม.๗, ม.๙, ม.๑๓: the provincial and
    # tambon committees (คชก.) fix the highest rent of farmland and decide the
    # disputes between its tenants and landlords.
    "farm_rent": re.compile(
        r"(?:กำหนด|ควบคุม)\s*อัตรา\s*ค่าเช่า\s*(?:ที่)?นา"
        r"|วินิจฉัย\S{0,30}?\s?ข้อพิพาท\S{0,40}?\s?(?:ผู้)?(?:เช่า|ให้เช่า)\s*(?:ที่)?นา"
    ),
    # The Land Traffic Act 2522 ม.๑๔๐, ม.๑๔๒: the traffic officers the police
    # appoint ticket drivers and stop and test them for drink. A campaign, or
    # support for the police's checkpoint, is another matter.
    "traffic_enforcement": re.compile(
        r"^(?!.*(?:สนับสนุน|ร่วมกับ|อุดหนุน|ช่วยเหลือ|รณรงค์))"
        r".*(?:(?:ตรวจ(?:วัด)?|ทดสอบ)\s*(?:ระดับ|ปริมาณ)?\s*(?:แอลกอฮอล์|ความเมา)[^()]{0,40}?ผู้ขับ"
        r"|(?:ตรวจ(?:วัด)?|ทดสอบ)\s*ผู้ขับขี่[^()]{0,20}?(?:แอลกอฮอล์|เมา)"
        r"|(?:เปรียบเทียบปรับ|ออก\s*ใบสั่ง)[^()]{0,30}?(?:ผู้ขับ|จราจร))"
    ),
    # The Village Development and Self-Defence Act 2522 ม.๖, ม.๗: the Interior
    # ministry declares such a village, and its central committee is the
    # headman's with members the village elects. Training it is another matter.
    "vds_village": re.compile(
        rf"{_NOT_HELPING}{NOT_URGING}(?:จัดตั้ง|ประกาศ|กำหนด)\s*(?:ให้\s*)?(?:เป็น\s*)?"
        r"(?:หมู่บ้านอาสาพัฒนาและป้องกันตนเอง|หมู่บ้าน\s*อพป\.?)"
        r"|(?:เลือกตั้ง|คัดเลือก|แต่งตั้ง)\s*คณะกรรมการกลางหมู่บ้าน"
    ),
    # The Primary Health System Act 2562 ม.๑๗: the Health Security Office
    # registers primary care units and networks. Preparing one to pass is not it.
    "primary_care_registration": re.compile(
        r"(?<!การ)(?<!ขอ)(?<!ยื่น)(?<!ได้)(?<!ที่)ขึ้นทะเบียน\s*(?:เป็น\s*)?"
        r"(?:หน่วยบริการ\s*ปฐมภูมิ|เครือข่ายหน่วยบริการ)"
    ),
    # The State Administration Act 2534 ม.๖๑/๒: a body the district chief lists
    # mediates the people's civil disputes over land and inheritance in each
    # district; the Dispute Mediation Act 2562 ม.๓ lets central and regional
    # bodies mediate, and names no local government. A people's mediation
    # centre, or training in it, is another matter.
    "civil_mediation": re.compile(
        r"^(?!.*(?:สนับสนุน|ภาคประชาชน|อบรม|ให้ความรู้|ประชาสัมพันธ์)).*ไกล่เกลี่ย"
        r"(?:(?:\s*(?:และ|หรือ)\s*ประนอม)?\s*ข้อพิพาท\s*(?:ทาง)?แพ่ง|[^()]{0,40}?(?:ที่ดิน|มรดก))"
    ),
    # The Volunteer Defence Corps Act 2497 ม.๔, ม.๗ (๑), ม.๑๕: the corps is the
    # Interior ministry's; its central board sets how members are taken, and a
    # committee the governor appoints takes them. Supporting its units is not that.
    "defence_volunteer": re.compile(
        r"(?:รับสมัคร|คัดเลือก|บรรจุ)\S{0,30}?\s?(?:เข้าเป็น\s*)?(?:สมาชิก\s*)?"
        r"(?:กองอาสารักษาดินแดน|อาสารักษาดินแดน|อส\.)"
    ),
}
