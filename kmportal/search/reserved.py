"""Work the law leaves to someone else.

The lists of powers say what a local government may do; a few Acts of the law
library say which state body builds or runs a thing, allots land, or does an
act — and so that no local government does; a few give a work to some kinds of
local government only, and to a central body elsewhere (civil registration);
a few forbid a thing to every state body (a gift to a party, a casino); and
land its owner still holds is the owner's to keep up (:func:`on_private_land`).
Each entry is such a provision, cited in its message
(``powers.note.reserved.<key>``), and matches only the work itself: lighting
beside a national highway, a campaign to vote, or a subsidy to the department
that does the work, is another matter, and a road the department has handed
over ("ถ่ายโอน") is a local road now.
"""

from __future__ import annotations

import re

from kmportal.thai.tokenize import is_word_at

# Work on a thing itself: building, widening, restoring, keeping it up, fitting it.
BUILDING = r"(?:ก่อสร้าง|สร้าง|ขยาย|บูรณะ|บำรุงรักษา|ซ่อม|ปรับปรุง|เสริมผิว|ยกระดับ|ติดตั้ง)"
BUILDING_WORK = re.compile(BUILDING)

# Declaring, not the place declared ("ในพื้นที่ที่ประกาศเขต…", "ที่ได้ประกาศ…").
_DECLARING = r"(?<!ที่)(?<!ที่\s)(?<!ได้)(?<!ได้\s)(?<!ถูก)ประกาศ"

# Words that set a highway's name apart from the work: a road joining it, work beside it.
# "จาก 2 ช่องจราจร" is the widening's measure, not a road from somewhere.
_BESIDE = r"เชื่อม|แยก|ตัด|บรรจบ|(?<!เส)ริม|ข้าง|บริเวณ|ใกล้|เข้าสู่|ไปยัง|จาก(?!\s*\d)|ถึง"

# What a road is surfaced with, between the work and the road it is done to
# ("เสริมผิวแอสฟัลต์ติกคอนกรีต ทางหลวงแผ่นดิน…").
_SURFACE = r"(?:แอสฟ(?:ัลต์|ัลท์)(?:ติก|ติค)?\s*คอนกรีต|คอนกรีต(?:เสริมเหล็ก)?|ลาดยาง|พาราแอสฟ(?:ัลต์|ัลท์))"

# Words that make a work one on the way to a place, not in it.
_ON_THE_WAY = r"เชื่อม|เข้าสู่|ไปยัง|ถึง|จาก(?!\s*\d)"

# Allotting land, or an area, to people: an area only with the people named
# (a forest's areas are also allotted to planting or to a nursery).
_ALLOTTING_LAND = r"(?:จัดสรร|แบ่ง|มอบ|จัด)\s*(?:แปลง\s*)?(?:ที่ดิน|ที่ทำกิน)"
_ALLOTTING_AREA = r"(?:จัดสรร|แบ่ง|มอบ)\s*พื้นที่"
_TO_PEOPLE = r"(?:ให้|แก่)\s*(?:แก่\s*)?(?:ราษฎร|ประชาชน|เกษตรกร|ชุมชน|ผู้ยากไร้|ผู้ไร้)"
# Helping on the day (the selection, the election) is not running it.
_NOT_HELPING = r"(?<!สนับสนุน)(?<!สนับสนุนการ)(?<!ช่วยเหลือ)(?<!ช่วยเหลือการ)"
# สร้าง that raises awareness, a network or an income builds nothing.
_NOT_A_BUILDING = r"(?!จิตสำนึก|ความ|เครือข่าย|อาชีพ|รายได้|การรับรู้|แรงจูงใจ|ภูมิคุ้มกัน)"
# Urging a body to found a thing, or studying whether to, founds nothing.
_NOT_URGING = (
    r"(?<!สนับสนุน)(?<!สนับสนุนการ)(?<!ผลักดัน)(?<!ผลักดันการ)(?<!ขับเคลื่อนการ)"
    r"(?<!เสนอ)(?<!เสนอการ)(?<!ขอ)(?<!ในการ)"
)
# A place the law lets hold people in custody (not a pound for strays).
_CUSTODY = (
    r"(?:เรือนจำ|ทัณฑสถาน|(?:สถาน)?ที่\s*คุมขัง|สถาน(?:ที่)?\s*กักขัง|สถานพินิจ"
    r"|สถานที่\s*ควบคุมตัว)"
    r"(?!\s*(?:สัตว์|สุนัข|แมว|โค|กระบือ))"
)
# Petroleum as its Act defines it (ม.๔): crude oil and natural gas, not the
# liquefied gas sold at a pump nor gas from a farm's digester.
_PETROLEUM = r"(?:ปิโตรเลียม|ก๊าซธรรมชาติ|น้ำมันดิบ)(?!\s*(?:เหลว|อัด|สำหรับยานยนต์|ชีวภาพ))"
# Letters and postcards (the Post Act ม.๖), not a newsletter, an archive or e-mail.
_LETTERS = r"(?:จดหมาย(?!\s*(?:ข่าว|เหตุ|อิเล็กทรอนิกส์|เวียน|ราชการ))|ไปรษณ(?:ียบัตร|ีย์บัตร|ียภัณฑ์|ีย์ภัณฑ์))"

RESERVED: dict[str, re.Pattern[str]] = {
    # The Highways Act 2535 ม.๗, ม.๘, ม.๙: a special, national or rural highway is one
    # "ที่กรมทางหลวง[ชนบท]เป็นผู้ดำเนินการก่อสร้าง ขยาย บูรณะ และบำรุงรักษา".
    # The highway's own parts (its lanes, shoulders, surface) may come first, and
    # other words between them and its name — not a road joining it ("เชื่อม",
    # "แยก"), nor work beside it ("ริม", "บริเวณ").
    "highway": re.compile(
        rf"{BUILDING}\s*(?:ผิวจราจร\s*|ถนน\s*|สะพาน(?:บน|ข้าม)?\s*)?(?:(?:ผิว\s*)?{_SURFACE}\s*)?ทางหลวง(?:พิเศษ|แผ่นดิน|ชนบท)"
        rf"|{BUILDING}\s*(?:ผิวจราจร|ผิวทาง|ผิวถนน|ไหล่ทาง|ช่องจราจร|เขตทาง)"
        rf"(?:(?!{_BESIDE})[^()]){{0,60}}?ทางหลวง(?:พิเศษ|แผ่นดิน|ชนบท)"
    ),
    # The Corrections Act 2560 ม.๓๒: "ให้กรมราชทัณฑ์กำหนดชื่อเรือนจำ … และเขต
    # ความรับผิดชอบของเรือนจำ"; a prison is the department's, and so is any other
    # place held as one: "ที่อื่นใดซึ่งรัฐมนตรีได้กำหนดและประกาศ" (ม.๔) and "สถานที่อื่น
    # ที่มิใช่เรือนจำให้เป็นสถานที่คุมขัง" by ministerial regulation (ม.๓๓). A place of
    # confinement is the minister's to fix (the Act on Confinement under the Penal
    # Code 2506 ม.๔), and a juvenile observation centre a unit of the Department of
    # Juvenile Observation, set up in each province as the minister announces (the
    # Juvenile and Family Court Act 2553 ม.๓๔, ม.๓๕).
    "prison": re.compile(rf"(?:{BUILDING}|จัดตั้ง|จัดให้มี)\s*(?:อาคาร\s*)?{_CUSTODY}"),
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
    # The National Parks Act 2562 ม.๖: a national park is designated by royal
    # decree on the department's proposal to the Cabinet.
    "national_park": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,80}}?เป็น\s*(?:เขต)?อุทยานแห่งชาติ"
        rf"|(?:{_DECLARING}|จัดตั้ง)\s*(?:กำหนด)?\s*(?:เขต)?อุทยานแห่งชาติ"
    ),
    # The Animal Epidemics Act 2558 ม.๒๐, ม.๒๑: the veterinarian declares a
    # temporary epidemic zone, the provincial governor an epidemic zone.
    "animal_epidemic": re.compile(rf"{_DECLARING}\s*(?:กำหนด)?\s*เขต(?:เฝ้าระวัง)?โรคระบาด"),
    # The National Environmental Quality Act 2535 ม.๕๙: the National Environment
    # Board declares a pollution control zone; the local plan to reduce it follows
    # (ม.๖๐), and is local work.
    "pollution_zone": re.compile(rf"{_DECLARING}\s*(?:กำหนด)?.{{0,40}}?เขตควบคุมมลพิษ"),
    # The same Act ม.๕๑, ม.๕๑/๑: an environmental impact report is considered and
    # approved by the expert committee the National Environment Board appoints.
    "eia": re.compile(
        r"(?:พิจารณา|เห็นชอบ|อนุมัติ)\S{0,40}?\s?\S{0,20}?รายงาน\S{0,10}?"
        r"(?:การ)?(?:วิเคราะห์|ประเมิน)ผลกระทบ(?:ต่อ)?สิ่งแวดล้อม"
    ),
    # The Royal Irrigation Act 2485 ม.๓๒, ม.๓๓: only its officers open and close an
    # irrigation sluice, and only its engineers (or whom the director-general
    # approves) alter or remove an irrigation structure.
    "irrigation_works": re.compile(
        r"(?:รื้อถอน|แก้ไข|เปลี่ยนแปลง|ปิด|เปิด)\S{0,60}?\s?\S{0,30}?"
        r"(?:ประตูน้ำ|ประตูระบาย(?:น้ำ)?|เขื่อนระบาย)\s*(?:ของ\s*)?(?:กรม)?ชลประทาน"
    ),
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
    "conscription": re.compile(rf"{_NOT_HELPING}ตรวจเลือก\s*(?:คน|ทหาร)"),
    # The Customs Act 2560 ม.๔ (a customs post is the place "ที่ใช้สำหรับการนำของเข้า
    # … การผ่านแดน … เพื่อประโยชน์ในการปฏิบัติพิธีการศุลกากร", a border post "ด่านที่
    # ตั้งขึ้น ณ บริเวณเขตแดนทางบก … เพื่อประโยชน์ในการตรวจของ"), ม.๕ (๑) (๒) (the
    # finance minister fixes both by ministerial regulation) and the Immigration
    # Act 2522 ม.๑๑, ม.๑๘ (people enter and leave through the channels and
    # checkpoints the minister announces, and pass its officers' inspection): a
    # checkpoint for people or goods crossing the border, and a crossing itself,
    # are the state's. Not a market or a road at a crossing, nor help there.
    "border_post": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง|เปิด)\s*(?:อาคาร\s*)?(?:ที่ทำการ\s*)?"
        r"(?:ด่าน\s*(?:ศุลกากร|ตรวจคนเข้าเมือง|พรมแดน)"
        rf"|จุด\s*(?:ตรวจ|พิธีการ)(?:(?!{_BESIDE}|หน้า)\S){{0,30}}?(?:ผ่านแดน|ข้ามแดน|คนเข้าเมือง|ศุลกากร))"
        r"|(?:จัดตั้ง|เปิด|ก่อสร้าง|ยกระดับ)\s*(?:เป็น\s*)?"
        r"(?:จุด\s*ผ่านแดน|จุด\s*ผ่อนปรน|ช่องทาง\s*(?:ผ่านแดน|ผ่อนปรน))"
    ),
    # The National Parks Act 2562 ม.๑๙ (๑), ม.๒๗: in a national or forest park no
    # one may build; ม.๒๓: its officers alone build there, for its care or its
    # visitors, and the permits of ม.๒๒ leave building out. New building only:
    # keeping up what stands, or work on the way to a park, is not caught. Work
    # "บริเวณ" (at) a waterfall inside the park is in it.
    "park_building": re.compile(
        rf"(?:ก่อสร้าง|สร้าง{_NOT_A_BUILDING})(?:(?!{_ON_THE_WAY})[^()]){{0,80}}?(?:ภายใน|ใน)\s*(?:เขต\s*)?"
        r"(?:อุทยานแห่งชาติ|วนอุทยาน)"
    ),
    # The same Act ม.๒๙: the department charges a park's visitors for its services,
    # and shares up to a tenth with the municipality or TAO it lies in (ม.๓๐).
    "park_fees": re.compile(
        r"(?:จัดเก็บ|เรียกเก็บ|เก็บ)\s*(?:เงิน)?(?:ค่าบริการ|ค่าธรรมเนียม|ค่าเข้า|ค่าตอบแทน)"
        r"\S{0,60}?\s?\S{0,30}?(?:อุทยานแห่งชาติ|วนอุทยาน)"
    ),
    # The National Reserved Forests Act 2507 ม.๑๔: no one may occupy, use or live
    # on land in a national reserved forest; ม.๑๖: the director-general permits
    # its use. Allotting land in one is his; keeping the forest is local work.
    "reserved_forest": re.compile(
        rf"{_ALLOTTING_LAND}\S{{0,60}}?\s?\S{{0,20}}?ป่าสงวน"
        rf"|{_ALLOTTING_AREA}.{{0,80}}?ป่าสงวน.{{0,60}}?{_TO_PEOPLE}"
    ),
    # The Agricultural Land Reform Act 2518 ม.๓๐: land in a land-reform zone is the
    # Agricultural Land Reform Office's to allot to farmers, on the committee's rules,
    # and its permit (ส.ป.ก. 4-01) is the Office's to give.
    "land_reform": re.compile(
        rf"(?:{_ALLOTTING_LAND}|จัด\s*ที่ดิน)\S{{0,60}}?\s?\S{{0,20}}?เขตปฏิรูปที่ดิน"
        rf"|{_ALLOTTING_AREA}.{{0,80}}?เขตปฏิรูปที่ดิน.{{0,60}}?{_TO_PEOPLE}"
        r"|(?:ออก|มอบ)\S{0,30}?ส\.\s?ป\.\s?ก\.?\s?4\s?-\s?01"
    ),
    # And any state land: the Land Code ม.๘ gives its care to the Lands
    # director-general, and land for common use is withdrawn or allotted to the
    # people only by an Act or a royal decree; ม.๒๐: the land allotment committee
    # controls allotting land to them. Allotting land for people to hold or farm
    # is not local work.
    "land_allotment": re.compile(
        rf"{_ALLOTTING_LAND}.{{0,80}}?{_TO_PEOPLE}\S{{0,40}}?\s?\S{{0,20}}?(?:ครอบครอง|ทำกิน|ทำประโยชน์)"
        rf"|{_ALLOTTING_LAND}\s*ทำกิน.{{0,40}}?{_TO_PEOPLE}"
    ),
    # And state land no one holds, not the people's common land, is the Lands
    # director-general's to lease or otherwise put to use, or a body the
    # minister assigns (the Land Code ม.๑๐).
    "state_land_lease": re.compile(
        r"(?:จัดหาผลประโยชน์|ให้\s*(?:ราษฎร|ประชาชน|เกษตรกร)?\s*เช่า)[^()]{0,60}?"
        r"ที่ดิน\s*(?:รกร้าง\s*(?:ว่างเปล่า)?\s*)?ของรัฐ"
        r"|(?:จัดหาผลประโยชน์|ให้\s*เช่า)[^()]{0,40}?ที่ดิน\s*รกร้าง\s*ว่างเปล่า"
    ),
    # The Town Planning Act 2562 ม.๑๗: the Department of Public Works and Town
    # Planning draws up the provincial policy plan (the national and regional
    # ones too, ม.๑๑, ม.๑๔); a PAO may make the provincial comprehensive plan
    # (ม.๒๓), which is another matter.
    "policy_plan": re.compile(
        rf"{_NOT_URGING}(?<!ร่วม)(?:วาง|จัดทำ)\S{{0,10}}?\s?ผังนโยบาย\s*ระดับ\s*(?:จังหวัด|ภาค|ประเทศ)"
    ),
    # The State Property Valuation Act 2562 ม.๑๘, ม.๑๙: the provincial committee
    # fixes the appraised prices of land and buildings, and announces their
    # list. Announcing the prices for the land and building tax, as received, is
    # another matter.
    "land_appraisal": re.compile(
        r"(?:จัดทำ|กำหนด)\s*(?:บัญชี\s*)?ราคาประเมิน\s*(?:ทุนทรัพย์\s*)?(?:ของ\s*)?"
        r"(?:ที่ดิน|สิ่งปลูกสร้าง|อสังหาริมทรัพย์)"
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
    # The Port Authority of Thailand Act 2494 ม.๘ ทวิ, ม.๙ (๑), (๖): a port area
    # ("อาณาบริเวณ", fixed by royal decree) is the Authority's to build in and dredge.
    # And a commercial port the Authority runs, named by it.
    "state_port": re.compile(
        rf"(?:{BUILDING}|ขุดลอก)[^()]{{0,100}}?(?:อาณาบริเวณ\s*ท่าเรือ|ท่าเรือพาณิชย์)"
        rf"|(?:{BUILDING}|ขุดลอก)\S{{0,100}}?\s?\S{{0,100}}?การท่าเรือแห่งประเทศไทย"
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
    # The Ancient Monuments, Antiques, Objects of Art and National Museums Act 2504
    # ม.๗: "ให้อธิบดีมีอำนาจประกาศในราชกิจจานุเบกษาขึ้นทะเบียนโบราณสถานใด ๆ … และให้มี
    # อำนาจกำหนดเขตที่ดินตามที่เห็นสมควรเป็นเขตของโบราณสถาน" — the Fine Arts
    # director-general's. Surveying a site to propose it to him, or caring for one
    # registered ("ที่ได้ขึ้นทะเบียน"), is another matter.
    "ancient_monument": re.compile(
        r"^(?!.*(?:เสนอ|ผลักดัน|ยื่น|ประสาน|ขอ(?=\s*(?:ให้|ขึ้น|กำหนด|การ|อนุมัติ)))"
        r"[^()]{0,40}?(?:ขึ้นทะเบียน|กำหนด\s*(?:แนว)?เขต)).*?"
        r"(?:(?<!ได้)(?<!ได้\s)(?<!ที่)(?<!รับการ)ขึ้นทะเบียน\s*(?:เป็น\s*)?โบราณสถาน"
        r"|กำหนด\s*(?:แนว)?เขต\s*(?:ที่ดิน\s*)?(?:ของ\s*)?(?:เขต\s*)?โบราณสถาน)"
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
        rf"{_NOT_URGING}(?:จัดตั้ง|ก่อตั้ง)\s*(?:มหาวิทยาลัย|สถาบันอุดมศึกษา)"
        r"(?!\s*(?:สำหรับ\s*)?(?:ผู้สูงอายุ|สูงอายุ|ผู้สูงวัย|สูงวัย|วัยที่สาม|วัยเก๋า|ชีวิต|ชาวบ้าน|ชุมชน|คนแก่))"
        r"|ประสาท\s*(?:อนุ)?ปริญญา"
    ),
    # The Petroleum Act 2514 ม.๒๓: "ปิโตรเลียมเป็นของรัฐ ผู้ใดสำรวจหรือผลิตปิโตรเลียม
    # ในที่ใด … ต้องได้รับสัมปทาน" (or a production-sharing or service contract),
    # and a concession goes only to a company (ม.๒๔). Not work near a field or on
    # what drilling left ("แหล่งผลิต…", "ผลกระทบจากการขุดเจาะ…"), nor biogas or a well.
    "petroleum": re.compile(
        r"(?<!จากการ)(?<!มีการ)(?<!ต่อการ)(?<!ของการ)(?<!แหล่ง)(?<!แท่น)(?<!ขุด)(?<!ผล)"
        r"(?:สำรวจ|ขุดเจาะ|เจาะ|ผลิต)\s*(?:(?:และ|หรือ)\s*(?:ขุด)?(?:เจาะ|ผลิต)\s*)?(?:หา\s*)?"
        rf"(?:หลุม\s*(?:ผลิต|สำรวจ)?\s*)?(?:(?:และ|หรือ)\s*พัฒนา\s*)?(?:แหล่ง\s*)?{_PETROLEUM}"
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
    # The Fisheries Royal Ordinance 2558 ม.๕๖, ม.๗๑: the minister or the provincial
    # fisheries committee declares an aquatic-animal conservation zone
    # ("เขตพื้นที่รักษาพันธุ์สัตว์น้ำ") and the gear and areas no one may fish with
    # or in; an ordinance enacting either is theirs. Signs for a community's own
    # conservation area, or a campaign against banned gear, declare nothing.
    "fishery_zone": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?\s*เขต\s*(?:พื้นที่)?\s*รักษาพันธุ์สัตว์น้ำ"
        r"|(?:ตรา|ออก|ประกาศ)\S{0,40}?\s?ห้าม\s*(?:ใช้)?\s*เครื่องมือ\S{0,30}?\s?\S{0,10}?ประมง"
    ),
    # The Public Health Act 2535 ม.๑๘, last paragraph: a local government's power
    # over refuse "มิให้ใช้บังคับกับการจัดการของเสียอันตรายตามกฎหมายว่าด้วยโรงงาน";
    # the factory and the licensed handler of its waste deal with it under the
    # Factory Act. The hazardous waste of households is refuse, and the local's.
    "factory_waste": re.compile(
        r"(?:กำจัด|บำบัด|ฝังกลบ|เก็บ\s*ขน|รับ\s*(?:กำจัด|บำบัด|ทิ้ง))\S{0,30}?\s?"
        r"(?:กาก\s*อุตสาหกรรม|(?:กาก|ของเสีย)\s*(?:ของเสีย)?\s*(?:อันตราย)?\s*(?:จาก|ของ)\s*"
        r"(?:โรงงาน|ภาค\s*อุตสาหกรรม|นิคมอุตสาหกรรม))"
    ),
    # The Nuclear Energy for Peace Act 2559 ม.๗๙, ม.๘๐: radioactive waste goes back
    # to whoever made it or to the state body a ministerial rule names, and only
    # a licensee of the Office of Atoms for Peace runs a radioactive-waste service.
    "radioactive_waste": re.compile(r"(?:กำจัด|เก็บ|บำบัด|รวบรวม|จัดการ|ฝัง)[^()]{0,60}?กาก\s*กัมมันตรังสี"),
    # The Railways and Highways Act 2464 ม.๙๕: no railway but the state's, save by
    # a special royal permission, even a line branching off the state's; the
    # State Railway of Thailand builds the state's (its Act 2494 ม.๖, ม.๙ (๑)).
    # A road beside a railway, or a bridge over it, lays none.
    "railway": re.compile(
        r"(?:ก่อสร้าง|สร้าง|วาง)\s*(?:ทาง\s*รถไฟ|ราง\s*รถไฟ)"
        r"|(?:ก่อสร้าง|สร้าง|ขยาย|ต่อเติม)\s*(?:อาคาร\s*)?(?:ที่หยุดรถไฟ|สถานีรถไฟ|ชานชาลา)"
    ),
    # The Air Navigation Act 2497 ม.๔, ม.๑๕/๑๘: air navigation services — air
    # traffic control, the aeronautical weather service ("การตรวจและรายงานสภาพ
    # อากาศบริเวณสนามบิน การพยากรณ์อากาศเพื่อการบิน") — only under the civil
    # aviation authority's certificate.
    "air_navigation": re.compile(
        r"(?:พยากรณ์|ตรวจ)\s*(?:สภาพ)?\s*อากาศ\S{0,10}?\s?(?:เพื่อ|สำหรับ)\s*การบิน"
        r"|อุตุนิยมวิทยา\s*การบิน|ควบคุม\s*การ\s*จราจร\s*ทาง\s*อากาศ"
    ),
    # The Government Lottery Office Act 2517 ม.๕ (๑): issuing the state lottery is
    # the Office's; any other lottery is a game of the Gambling Act's list ข. (๑๖)
    # that needs its licence (ม.๔), and no list of powers gives one. Helping a Red
    # Cross fair is another matter.
    "lottery": re.compile(rf"{_NOT_HELPING}ออก\s*(?:และ\s*จำหน่าย\s*)?สลาก"),
    # The Consumer Protection Act 2522 ม.๓๙–๔๐: suing in court for consumers is
    # the board's, through the officers it appoints, or a certified association's
    # or foundation's. Helping a consumer to complain is another matter.
    "consumer_suit": re.compile(
        r"(?:ฟ้อง|ดำเนินคดี)\S{0,12}?\s?แทน\s*(?:ผู้บริโภค|ประชาชน|ราษฎร|ผู้เสียหาย)"
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
    # The Air Navigation Act 2497 ม.๕๑: no one may found an aerodrome but with
    # the minister's licence; the local Acts' transport items name stations "ทั้ง
    # ทางบกและทางน้ำ" (ม.๑๗ (๑๓)), none for aircraft. Building the aerodrome
    # itself, not a road to one.
    "airport": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง)\s*(?:และ\s*)?(?:ต่อ\s*)?(?:ขยาย\s*)?"
        r"(?:ท่าอากาศยาน|สนามบิน|ทางวิ่ง|ทางขับ|ลานจอด\s*อากาศยาน|รันเวย์|runway)"
    ),
    # The Provincial Waterworks Authority Act 2522 ม.๕, ม.๗: its mains, meters and
    # service area are its own business of producing and selling water.
    "water_authority": re.compile(
        r"(?:ท่อ|มาตรวัดน้ำ|มิเตอร์น้ำ|เขตบริการ|ระบบจ่ายน้ำ)[^()]{0,80}?"
        r"(?:ของ\s*)?การประปา(?:ส่วนภูมิภาค|นครหลวง)"
    ),
    # The Expressway Authority of Thailand Act 2550 ม.๘ (๑): expressways are its
    # to build and maintain.
    "expressway": re.compile(rf"{BUILDING}\s*(?:ทางพิเศษ\s*(?:\(?\s*ทางด่วน|สาย|หมายเลข)|ทางด่วน)"),
    # The Highways Act 2535 ม.๕๕: no one may build a road to enter, join or cross
    # a special highway (a motorway).
    "motorway_access": re.compile(
        r"(?:เชื่อม|เข้าออก|ทางเข้า)[^()]{0,80}?(?:เข้า(?:สู่)?|กับ|ผ่าน)\s*ทางหลวงพิเศษ"
    ),
    # The Broadcasting and Telecommunications Frequencies Act 2553 ม.๔๑: a
    # telecommunications business on a frequency needs the regulator's licence.
    "telecom": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง)\S{{0,20}}?\s?(?:เสา\s*(?:โทรคมนาคม|สัญญาณ\s*โทรศัพท์)"
        r"|สถานีฐาน)"
    ),
    # The Royal Irrigation Act 2485 ม.๑๕ (๒): dredging, repairing or altering an
    # irrigation waterway is the department's, named in the title (or its
    # project, "โครงการส่งน้ำและบำรุงรักษา…", whose โครงการ the title loses).
    "irrigation_waterway": re.compile(
        rf"(?:{BUILDING}|ขุดลอก|ดาด)\S{{0,80}}?\s?\S{{0,40}}?"
        r"(?:คลองส่งน้ำ|ประตูระบาย|คลองชลประทาน|ทางน้ำชลประทาน)"
        r"\S{0,80}?\s?\S{0,40}?(?:ส่งน้ำและบำรุงรักษา|กรมชลประทาน)"
    ),
    # The Older Persons Act 2546 ม.๑๓, ม.๒๐ (๒) and the Persons with Disabilities
    # Empowerment Act 2550 ม.๒๓, ม.๒๖: these funds are in the ministry's office,
    # and their boards approve what is paid or lent from them. Helping people to
    # apply is another matter.
    "state_fund": re.compile(
        r"^(?!.*(?:ยื่นคำ|ประชาสัมพันธ์|แนะนำ|ช่วยเหลือ|อบรม))"
        r".*(?:อนุมัติ|จ่าย|ปล่อย|ให้)\S{0,20}?\s?(?:จาก|ของ)\s*"
        r"กองทุน(?:ผู้สูงอายุ|ส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ)"
    ),
    # The Agricultural Land Consolidation Act 2558 ม.๓๒, ม.๔๕: a consolidation
    # zone is fixed by royal decree on the central committee's proposal, and
    # the provincial committee prices the land and draws the new plots. Urban
    # land readjustment (its Act 2547) lets local governments take part, and
    # work in a zone consolidated already is another matter.
    "land_consolidation": re.compile(
        r"^(?!.*(?:สนับสนุน|ประชาสัมพันธ์|อบรม|ให้ความรู้))"
        r".*(?<!เขต)(?<!พื้นที่)(?<!ใน)จัดรูป\s*ที่ดิน\s*(?:เพื่อ\s*)?(?:การ\s*)?เกษตร"
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
        rf"{_NOT_HELPING}{_NOT_URGING}(?:จัดตั้ง|ประกาศ|กำหนด)\s*(?:ให้\s*)?(?:เป็น\s*)?"
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
        r"^(?!.*(?:สนับสนุน|ภาคประชาชน|อบรม|ให้ความรู้|ประชาสัมพันธ์))"
        r".*ไกล่เกลี่ย(?:\s*(?:และ|หรือ)\s*ประนอม)?\s*ข้อพิพาท\s*(?:ทาง)?แพ่ง"
        r"|^(?!.*(?:สนับสนุน|ภาคประชาชน|อบรม|ให้ความรู้|ประชาสัมพันธ์)).*ไกล่เกลี่ย[^()]{0,40}?(?:ที่ดิน|มรดก)"
    ),
    # The Volunteer Defence Corps Act 2497 ม.๔, ม.๗ (๑), ม.๑๕: the corps is the
    # Interior ministry's; its central board sets how members are taken, and a
    # committee the governor appoints takes them. Supporting its units is not that.
    "defence_volunteer": re.compile(
        r"(?:รับสมัคร|คัดเลือก|บรรจุ)\S{0,30}?\s?(?:เข้าเป็น\s*)?(?:สมาชิก\s*)?"
        r"(?:กองอาสารักษาดินแดน|อาสารักษาดินแดน|อส\.)"
    ),
}
# Work an Act gives only some kinds of อปท., and a central body elsewhere: (the
# work, the kinds its Act names). The Civil Registration Act 2534 ม.๔: "ท้องถิ่น
# หมายความว่า กรุงเทพมหานคร เทศบาล เมืองพัทยา" (and any other the central
# registrar designates, by notice); elsewhere the district office registers
# births, deaths and moves (ม.๘ (๔), ม.๘/๒ (๔)). Helping people to register is
# another matter.
NAMED_KINDS: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "civil_registration": (
        re.compile(
            r"(?:รับ\s*)?แจ้ง\s*(?:การ)?\s*"
            r"(?:เกิด(?!\s*(?:เหตุ|ภัย|อัคคีภัย|เพลิง|อุบัติ))|ตาย|ย้าย)"
            r"|(?:งาน|บริการ|สำนัก)\s*ทะเบียนราษฎร"
        ),
        frozenset({"municipality", "pattaya", "bangkok"}),
    ),
    # The Communicable Diseases Act 2558 ม.๓๕ (๑): to stop a dangerous disease or
    # an epidemic spreading, the governor, with the provincial committee's
    # consent, orders markets, food shops, schools and other places closed for
    # a time; in Bangkok its governor does. A campaign is another matter.
    "epidemic_closure": (
        re.compile(
            r"^(?=.*(?:โควิด|covid|โรคติดต่อ|โรคระบาด))"
            r".*สั่ง\s*(?:ให้\s*)?(?:ปิด|หยุด)\s*(?:การ\s*)?(?:ชั่วคราว\s*)?"
            r"(?:ตลาด|ร้าน|สถาน|โรงงาน|โรงมหรสพ|โรงเรียน|กิจการ)"
        ),
        frozenset({"bangkok"}),
    ),
    # The Begging Control Act 2559 ม.๑๔: a street performer notifies the local
    # officer, who gives a receipt and fixes where performing is allowed; "เจ้า
    # พนักงานท้องถิ่น" is a TAO's or municipality's head, Pattaya's or Bangkok's,
    # "แต่มิใช่องค์การบริหารส่วนจังหวัด" (ม.๕).
    "street_performer": (
        re.compile(
            r"(?:รับ\s*)?แจ้ง\S{0,20}?(?:ผู้แสดงความสามารถ|วณิพก)"
            r"|(?:ผู้แสดงความสามารถ|วณิพก)\S{0,30}?(?:ใบรับแจ้ง|ขึ้นทะเบียน)"
            r"|กำหนด\s*(?:เขต\s*)?(?:พื้นที่|จุด|สถานที่)\s*(?:สำหรับ\s*)?(?:การ\s*)?แสดงความสามารถ"
        ),
        frozenset({"municipality", "tao", "pattaya", "bangkok"}),
    ),
}
_HELPING_PEOPLE = re.compile(r"ช่วยเหลือ|สนับสนุน|ประชาสัมพันธ์|รณรงค์|อบรม|ให้ความรู้|ส่งเสริม")
# Work the state body does is not work for it: a road handed over, or a subsidy.
_HANDED_OVER = re.compile(r"ถ่ายโอน|รับโอน|โอนให้|อุดหนุน")
# The Organic Act on Political Parties 2560 ม.๗๑: "ห้ามมิให้หน่วยราชการ
# หน่วยงานของรัฐ … บริจาคแก่พรรคการเมือง", a gift being "การให้เงิน ทรัพย์สิน
# หรือประโยชน์อื่นใด … แก่พรรคการเมือง" (ม.๔): a subsidy is that gift.
_PARTY_GIFT = re.compile(r"(?:อุดหนุน|บริจาค|สนับสนุน)\S{0,40}?\s?\S{0,40}?พรรคการเมือง")
# The Official Information Act 2540 ม.๒๔: "หน่วยงานของรัฐจะเปิดเผยข้อมูลข่าวสารส่วน
# บุคคล … โดยปราศจากความยินยอมเป็นหนังสือของเจ้าของข้อมูล … มิได้": publishing
# people's ID numbers or health records, unless the title says they consented
# (a list of who receives an allowance, by name, is another matter).
_PERSONAL_DATA = re.compile(
    r"(?:เปิดเผย|เผยแพร่|ประกาศ).{0,80}?"
    r"(?:เลขประจำตัวประชาชน|ผล(?:การ)?ตรวจเลือด|ประวัติ(?:การรักษา|สุขภาพ))"
)
_CONSENTED = re.compile(r"ยินยอม")
# The Firearms Act 2490: the arms of the military and police are their own,
# outside the Act (ม.๕ (๑) (ก)); anyone else buys a firearm or its ammunition
# only under a licence (ม.๗), issued for self-defence, sport or hunting (ม.๙).
# Arms bought for a military unit, subsidised or not, have no such purpose.
_ARMS_FOR_FORCES = re.compile(
    r"(?:อาวุธ|กระสุน|เสื้อเกราะ|หุ้มเกราะ).{0,80}?"
    r"(?:ทหาร|กองร้อย|กองกำลัง|กองทัพ|หน่วยเฉพาะกิจ|ตชด\.?|ตำรวจตระเวนชายแดน)"
)
# The Gambling Act 2478 ม.๔: the games of its list ก. no one may be permitted to
# hold or play, save where a royal decree allows; a casino is their house, and so
# is a venue with their tables: โปปั่น, โปกำ (๒, ๓), จับยี่กี (๖), ไพ่สามใบ (๙),
# ป๊อก (๑๑), ไม้หมุน หรือล้อหมุนทุก ๆ อย่าง (๑๕: roulette), น้ำเต้าทุก ๆ อย่าง
# (๒๒), ไฮโลว์ (๒๓), ปั่นแปะ (๒๕), บาการา (๒๗). A campaign against gambling is
# another matter.
_LIST_A_GAMES = r"(?:บา(?:การ|คาร)่?า|ไฮโลว?์?|รูเล็ตต?์?|โปปั่น|โปกำ|ไพ่สามใบ|ป๊อกเด้ง|น้ำเต้าปูปลา|จับยี่กี|ปั่นแปะ)"
_CASINO = re.compile(
    r"กาสิโน|คาสิโน|บ่อน\s*(?:การ)?พนัน"
    rf"|(?:โต๊ะ|วง|เกม|จัดให้มี|เปิด|ให้บริการ)\S{{0,12}}?\s?(?:การพนัน\s*)?{_LIST_A_GAMES}"
)
_AGAINST = re.compile(r"ป้องกัน|ปราบปราม|ต่อต้าน|รณรงค์|ลด|เลิก|ปลอด")
# The Alcohol Control Act 2551 ม.๒๗: no alcoholic drink may be sold in a temple,
# a state health service or office, a school, a dormitory, a fuel station or a
# state-run public park (ม.๓๑: nor drunk in most of them). A beer festival in
# the PAO's park sells it there; a campaign against drinking does not.
_ALCOHOL = re.compile(
    r"(?:เทศกาลเบียร์|เบียร์การ์เด้น|ลานเบียร์|(?:ขาย|จำหน่าย|บริการ)\S{0,10}?"
    r"(?:เบียร์|สุรา(?!ษ)|เครื่องดื่มแอลกอฮอล์))"
    r".{0,80}?(?:สวนสาธารณะ|(?<!จังห)(?<!ตรวจ)(?<!ชี้)วัด|สถานศึกษา|โรงเรียน|สถานที่ราชการ"
    r"|โรงพยาบาล|สถานีบริการน้ำมัน)"
)
# งด, not the letters of เครื่องดื่ม.
_NO_DRINK = re.compile(rf"{_AGAINST.pattern}|งด(?!ื)|บำบัด")
# What an Act forbids a state body, or leaves it no lawful way to do, whether it
# does the thing or subsidises it: (the work, what the title may say that makes
# it lawful or another matter).
FORBIDDEN: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    "party": (_PARTY_GIFT, None),
    "personal_data": (_PERSONAL_DATA, _CONSENTED),
    "arms": (_ARMS_FOR_FORCES, None),
    "casino": (_CASINO, _AGAINST),
    "alcohol": (_ALCOHOL, _NO_DRINK),
}
# Every key :func:`reserved_to` may answer, each with its message.
KEYS = (*RESERVED, *FORBIDDEN, *NAMED_KINDS)


def reserved_to(text: str, kind: str) -> str | None:
    """The key of the entry whose work the title is, for an อปท. of ``kind``,
    if any (``"highway"``)."""
    for key, (work, unless) in FORBIDDEN.items():
        if work.search(text) and not (unless and _said(unless, text)):
            return key
    if _HANDED_OVER.search(text):
        return None
    for key, (work, kinds) in NAMED_KINDS.items():
        if kind not in kinds and work.search(text) and not _HELPING_PEOPLE.search(text):
            return key
    return next((key for key, pattern in RESERVED.items() if pattern.search(text)), None)


def _said(words: re.Pattern[str], text: str) -> bool:
    """Whether the title says one of ``words`` as a word: short ones are letters
    of others too (ลด in "เทศกาลดนตรี", งด in "ดงดิบ")."""
    return any(is_word_at(text, m.start(), m.end()) for m in words.finditer(text))


# Work on land the title says a private owner still holds: every kind's powers
# are public services "เพื่อประโยชน์ของประชาชนในท้องถิ่นของตนเอง" (the
# Decentralisation Act ม.๑๖, ม.๑๗), and a housing estate's roads and utilities
# are its developer's to maintain until they pass to the residents or the
# public (the Land Allocation Act 2543 ม.๔๓, ม.๔๔). The title must say so:
# ownership by a private party ("กรรมสิทธิ์ของบริษัท…", "ที่ดินของห้างหุ้นส่วน…", "ห้างฯ",
# work "ภายในรีสอร์ทของเอกชน"), or a dedication or transfer to public use not
# yet made (ม.๔๔).
# Land dedicated or given already ("ที่ได้รับการอุทิศ", "บริจาค") is public,
# and a home repaired for the poor, elderly or disabled is welfare (ม.๑๗ (๒๗),
# ม.๑๖ (๑๐)) on whosever land it stands.
_PRIVATE_LAND = re.compile(
    r"(?:กรรมสิทธิ์|ที่ดิน)\s*(?:ของ\s*)?(?:บริษัท|ห้าง|เอกชน|ผู้จัดสรร|นาย|นาง|บุคคล)"
    r"|ยัง(?:ไม่|มิ)\s*(?:ได้\s*)?(?:อุทิศ|ยกให้|โอน\s*(?:ให้\s*)?เป็น\s*(?:ที่|ทาง)?\s*สาธารณ)"
    r"|(?:ภายใน|บน)\S{0,30}?ของ\s*(?:เอกชน|บริษัท|ห้าง)"
)
_DEDICATED = re.compile(r"(?<!ไม่)(?<!ไม่ได้)(?<!ไม่ได้\s)(?<!มิได้)(?<!มิได้\s)(?:อุทิศ|บริจาค|ยกให้)")
_WELFARE = re.compile(r"ยากไร้|ยากจน|ด้อยโอกาส|พิการ|ทุพพลภาพ|สูงอายุ|คนชรา|สงเคราะห์")


def on_private_land(text: str) -> bool:
    """Whether the title places the work on land it says a private owner still holds."""
    return _PRIVATE_LAND.search(text) is not None and not (
        _DEDICATED.search(text) or _WELFARE.search(text)
    )
