"""Money, trade and licences an Act of the library gives a central body, a
board or an officer: taxes, funds, prices, insurance, banking, licences and
registers of goods and workers, a state monopoly. Each entry matches the work
itself (see :mod:`kmportal.search.reserved`)."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import NOT_HELPING

# Letters and postcards (the Post Act ม.๖), not a newsletter, an archive or e-mail.
_LETTERS = r"(?:จดหมาย(?!\s*(?:ข่าว|เหตุ|อิเล็กทรอนิกส์|เวียน|ราชการ))|ไปรษณ(?:ียบัตร|ีย์บัตร|ียภัณฑ์|ีย์ภัณฑ์))"

TRADE: dict[str, re.Pattern[str]] = {
    # The Revenue Code ม.๑๖, ม.๕๖: its taxes are assessed by officers the finance
    # minister appoints, to whom returns are made; income tax, VAT and specific
    # business tax are collected and refunded by them.
    "revenue_tax": re.compile(r"(?:จัดเก็บ|รับยื่น|ประเมิน|คืน)\S{0,24}?ภาษี(?:เงินได้|มูลค่าเพิ่ม|ธุรกิจเฉพาะ)"),
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
        rf"{NOT_HELPING}ออก\s*(?:และ\s*จำหน่าย\s*)?สลาก"
        r"|(?:จัดพิมพ์|พิมพ์|จำหน่าย)\s*(?:และ\s*จำหน่าย\s*)?สลาก\s*(?:การกุศล|กินแบ่ง|กินรวบ)"
        r"|จัดสรร\s*สลาก\s*กินแบ่ง|แต่งตั้ง[^()]{0,40}?ตัวแทน\s*จำหน่าย\s*สลาก"
    ),
    # The Foreign Workers Management Decree 2560 ม.๒๖, ม.๔๖: bringing foreign
    # workers in for employers is a business only the director-general licenses,
    # and an employer brings in its own under a memorandum of understanding.
    # Helping employers register is another matter.
    "foreign_worker_import": re.compile(
        r"^(?!.*(?:ให้คำปรึกษา|ประชาสัมพันธ์|อบรม|ช่วยเหลือนายจ้าง))"
        r".*นำ\s*(?:เข้า)?\s*(?:แรงงาน|คน)\s*ต่างด้าว.{0,100}?(?:จัดส่ง|ส่ง|ให้แก่|แก่|มาทำงาน)"
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
    # The Rice Trade Act 2489 ม.๗, ม.๘ (๒), (๓): in a rice control zone the
    # committee fixes rice prices and forbids buying from farmers below them (or
    # selling above). A floor price set for others' buying is that; a price the
    # organisation's own mill pays is not.
    "rice_price": re.compile(
        r"กำหนด\s*ราคา\s*(?:รับ\s*)?ซื้อ\s*(?:ข้าว\S{0,12}?)?\s*ขั้นต่ำ"
        r"|(?:ประกาศ|สั่ง)\s*ห้าม[^()]{0,40}?(?:รับ\s*)?(?:ซื้อ|ขาย)\s*ข้าว[^()]{0,60}?"
        r"(?:ต่ำกว่า|เกิน(?:กว่า)?)\s*ราคา"
    ),
    # The Exchange Control Act 2485 ม.๔ (๖), ม.๔ ทวิ: only a bank or a person the
    # finance minister licenses may exchange money; telling traders the rates
    # exchanges none.
    "currency_exchange": re.compile(
        r"^(?!.*(?:อบรม|ให้ความรู้|ประชาสัมพันธ์))"
        r".*(?:(?:รับ\s*)?แลก\s*เปลี่ยน\s*เงิน\s*ตรา|ซื้อ\s*-?\s*ขาย\s*(?:เงิน\s*ตรา|เงิน\S{0,10}?ต่างประเทศ))"
    ),
    # The Budget Procedures Act 2561 ม.๒๗: the governor, and the governor heading
    # a province group, gathers the province's and the group's budget requests.
    # Proposing the organisation's projects for them is another matter.
    "provincial_budget_request": re.compile(
        r"^(?!.*(?:สนับสนุน|ช่วย|ประสาน|เสนอ|บรรจุ))"
        r".*(?:รวบรวม|จัดทำ)\S{0,20}?\s?คำ\s*ขอ\s*(?:ตั้ง\s*)?งบประมาณ\S{0,30}?\s?ของ\s*(?:กลุ่ม\s*)?จังหวัด"
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
    # The Investment Promotion Act 2520 ม.๑๖, ม.๓๑: the board promotes an
    # investment, and its promoted firm is exempt from corporate income tax;
    # income tax is the Revenue Code's, none of a local government's.
    "income_tax_relief": re.compile(r"(?:ยกเว้น|ลดหย่อน)\s*(?:การ\s*)?ภาษีเงินได้"),
    # The Agricultural Land Rent Act 2524 ม.๗, ม.๙, ม.๑๓: the provincial and
    # tambon committees (คชก.) fix the highest rent of farmland and decide the
    # disputes between its tenants and landlords.
    # The Motor Vehicle Act 2522 ม.๓๕, ม.๓๕/๒: the yearly vehicle tax is paid to
    # the registrar, whom the transport minister appoints (ม.๔), at the
    # registrar's office; the PAO and the others receive the money (ม.๔๑),
    # collecting none. Telling owners to pay is another matter.
    "vehicle_tax": re.compile(
        r"^(?!.*(?:ประชาสัมพันธ์|รณรงค์|ให้ความรู้|อบรม))"
        rf".*?{NOT_HELPING}(?:(?:รับ\s*)?(?:ชำระ|จัดเก็บ|เก็บ)\s*ภาษี\s*(?:ประจำปี\s*)?"
        r"(?:รถ(?!\s*(?:บรรทุก|ขยะ))|ยานพาหนะ)|ป้ายวงกลม|เครื่องหมาย\s*แสดง\s*การ\s*เสียภาษี)"
    ),
    # The Civil Procedure Code ม.๒๗๘, ม.๓๓๑: the court's enforcement officer
    # seizes a judgment debtor's property and sells it at auction, either said.
    # A local government auctions its own worn-out goods, and what its own tax
    # officers seized (PAO Act ม.๗๐), under other words.
    "judgment_auction": re.compile(
        r"(?:ขายทอดตลาด|(?:ยึด|อายัด)\s*ทรัพย์)[^()]{0,60}?(?:คำพิพากษา|บังคับคดี|ลูกหนี้)"
    ),
    "farm_rent": re.compile(
        r"(?:กำหนด|ควบคุม)\s*อัตรา\s*ค่าเช่า\s*(?:ที่)?นา"
        r"|วินิจฉัย\S{0,30}?\s?ข้อพิพาท\S{0,40}?\s?(?:ผู้)?(?:เช่า|ให้เช่า)\s*(?:ที่)?นา"
    ),
}
