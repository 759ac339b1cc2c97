"""Acts on people an Act of the library gives a central body, an officer, a
court or a council: custody, courts, elections, schools and universities,
welfare homes, status, religion and culture. Each entry matches the work itself
(see :mod:`kmportal.search.reserved`); money, trade and licences are in
:mod:`kmportal.search.reserved.trade`."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import BUILDING, NOT_HELPING, NOT_URGING, ON_THE_WAY

# A place the law lets hold people in custody (not a pound for strays).
_CUSTODY = (
    r"(?:เรือนจำ|ทัณฑสถาน|(?:สถาน)?ที่\s*คุมขัง|สถาน(?:ที่)?\s*กักขัง|สถานพินิจ"
    r"|สถานที่\s*ควบคุมตัว)"
    r"(?!\s*(?:สัตว์|สุนัข|แมว|โค|กระบือ))"
)

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
    # on the way to it. A building made into a place of confinement is one.
    "prison": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง|จัดให้มี)\s*(?:อาคาร\s*)?{_CUSTODY}"
        rf"|{BUILDING}(?:(?!หน้า|ข้าง|รอบ|นอก|{ON_THE_WAY})[^()]){{0,60}}?(?:เรือนจำ|ทัณฑสถาน)"
        rf"|{BUILDING}[^()]{{0,160}}?ภายใน\s*(?:เขต\s*)?(?:เรือนจำ|ทัณฑสถาน)"
        rf"|{BUILDING}[^()]{{0,80}}?เป็น\s*{_CUSTODY}"
    ),
    # The Organic Act on the Election of MPs 2561 ม.๑๘, ม.๑๙: the Election
    # Commission appoints the officers who run an election of MPs — the
    # constituency's director and committee fix its polling units and stations,
    # and each unit's committee takes and counts the votes. A local election's
    # Act is not in the library, and a campaign to vote runs no election. The
    # unit's committee is the Commission's to appoint, whoever trains it.
    "election": re.compile(
        r"(?:จัด|ดำเนินการ|นับคะแนน)\s*(?:การ)?เลือกตั้ง\s*(?:สมาชิก)?(?:สภาผู้แทนราษฎร|ส\.\s?ส\.)"
        r"|(?:แต่งตั้ง|คัดเลือก)[^()]{0,40}?กรรมการ\s*ประจำ\s*หน่วยเลือกตั้ง"
        r"|(?:กำหนด|จัดตั้ง)\s*(?:หน่วย|ที่)เลือกตั้ง.{0,120}?(?:สภาผู้แทนราษฎร|ส\.\s?ส\.)"
    ),
    # The Social Security Act 2533 ม.๒๑: the fund that pays the insured their
    # benefits is in the Social Security Office, which registers them (ม.๓๔).
    # Paying them, not an employer's contribution (เงินสมทบ) nor telling people
    # of their rights. The benefits that replace lost pay (for sickness ม.๖๔,
    # disability ม.๗๑, unemployment) are its "เงินทดแทนการขาดรายได้".
    "social_security": re.compile(
        r"จ่าย\s*(?:เงิน)?ประโยชน์ทดแทน|จ่าย\S{0,30}?จากกองทุนประกันสังคม"
        r"|จ่าย\s*เงินทดแทน\s*การขาดรายได้"
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
    # And men of eighteen are enrolled as reservists at the district office
    # (ม.๕, ม.๑๖); telling them to go is not enrolling them.
    "conscription": re.compile(
        rf"{NOT_HELPING}ตรวจเลือก\s*(?:คน|ทหาร)"
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
        rf"{NOT_HELPING}"
        r"(?:จัด(?:การ)?|ดำเนินการ)\s*(?:การ)?เลือก\s*(?:ตั้ง\s*)?(?:ผู้ใหญ่บ้าน|กำนัน)"
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
        rf"|{NOT_HELPING}(?<!ในการ)(?<!ช่วย)"
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
    # The Civil and Commercial Code ม.๑๕๘๖: a minor's guardian is appointed by the
    # court, on a relative's, the prosecutor's or a will's request. Caring for
    # orphans is welfare.
    "guardianship": re.compile(
        r"(?:ตั้ง|แต่งตั้ง)\s*(?:ผู้ปกครอง|ผู้อนุบาล)\s*(?:ให้\s*)?(?:แก่\s*)?(?:เด็ก|ผู้เยาว์|ผู้ไร้ความสามารถ)"
    ),
    # The Intangible Cultural Heritage Act 2559 ม.๑๐: its committee approves
    # what is listed as intangible cultural heritage, and its director-general
    # announces it (ม.๒๒), the item's name between or not ("ขึ้นบัญชีประเพณี…เป็น
    # มรดกภูมิปัญญา…"). Proposing an item, or keeping one listed, is another matter.
    "heritage_listing": re.compile(
        rf"{NOT_URGING}(?<!คัดเลือก)(?<!รวบรวม)(?<!ได้)(?<!ที่)(?:ประกาศ\s*)?ขึ้น\s*บัญชี"
        r"(?:[^()]{0,60}?เป็น)?\s*มรดก\s*ภูมิปัญญา"
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
    "info_tribunal": re.compile(r"(?:แต่งตั้ง|จัดตั้ง)\s*คณะกรรมการวินิจฉัย\s*(?:การ)?เปิดเผยข้อมูลข่าวสาร"),
    # The Hajj Affairs Promotion Act 2524 ม.๕ (๑), (๒): carrying pilgrims, and the
    # other Hajj services the committee names, need its licence. Teaching them
    # before they go is another matter.
    "hajj_service": re.compile(
        r"^(?!.*(?:อบรม|ให้ความรู้|เตรียมความพร้อม|ปฐมนิเทศ))"
        r".*(?:นำ|พา|รับจัด|จัดบริการ|จัดรถ|ขนส่ง)\S{0,40}?\s?\S{0,40}?(?:ประกอบ\s*)?พิธี\s*ฮั(?:จย์|จญ์)"
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
    # The Sangha Act 2505 ม.๓๒ ทวิ: an abandoned temple not yet dissolved, its
    # land and property, are the National Office of Buddhism's to keep.
    "abandoned_temple": re.compile(
        r"(?:ปรับปรุง|พัฒนา|ก่อสร้าง|ใช้|ดูแล|รักษา|ปกครอง)\S{0,20}?\s?(?:พื้นที่|ที่ดิน|ที่)?\s*วัดร้าง"
        r"(?!\S{0,30}?(?:ที่ยุบเลิก|ซึ่งยุบเลิก|ที่ได้รับโอน))"
        # Or its land and property managed or let ("ที่ธรณีสงฆ์…ของวัดร้าง").
        r"|(?:บริหาร|จัดการ|จัดหาผลประโยชน์|ให้เช่า)[^()]{0,40}?(?:ที่ธรณีสงฆ์|ทรัพย์สิน)[^()]{0,20}?วัดร้าง"
    ),
    # The Communicable Diseases Act 2558 ม.๓๖: the governor, with the provincial
    # committee's consent, sets up the disease control units in every district.
    "disease_control_unit": re.compile(r"(?:จัดตั้ง|ตั้ง)\s*หน่วยปฏิบัติการควบคุมโรคติดต่อ"),
    # The Islamic Organisations Administration Act 2540 ม.๘ (๓), ม.๓๕ (๑๑): a
    # mosque's committee sights the moon, and the Chularatchamontri announces
    # the religious days by it.
    "moon_sighting": re.compile(
        r"ดู\s*(?:ดวง)?\s*จันทร์[^()]{0,60}?ประกาศ"
        r"|ประกาศ\s*(?:กำหนด\s*)?วัน\s*(?:เริ่ม\s*)?(?:ถือ\s*)?ศีลอด"
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
        rf"{NOT_HELPING}{NOT_URGING}(?:จัดตั้ง|ประกาศ|กำหนด)\s*(?:ให้\s*)?(?:เป็น\s*)?"
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
