"""The authority check (``/powers``, ``kmportal powers``) and the kinds of local
government it and search name. Keys ``powers.*`` and ``org.*``."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "org.pao": {"th": "อบจ.", "en": "PAO"},
    "org.municipality": {"th": "เทศบาล", "en": "Municipality"},
    "org.tao": {"th": "อบต.", "en": "TAO"},
    "org.pattaya": {"th": "เมืองพัทยา", "en": "Pattaya City"},
    "org.bangkok": {"th": "กทม.", "en": "Bangkok"},
    "org.full.pao": {"th": "องค์การบริหารส่วนจังหวัด", "en": "Provincial Administrative Org."},
    "org.full.municipality": {"th": "เทศบาล", "en": "Municipality"},
    "org.full.tao": {"th": "องค์การบริหารส่วนตำบล", "en": "Tambon Administrative Org."},
    "org.full.pattaya": {"th": "เมืองพัทยา", "en": "Pattaya City"},
    "org.full.bangkok": {"th": "กรุงเทพมหานคร", "en": "Bangkok"},
    "org.tier": {"th": "เทศบาล{tier}", "en": "{tier} municipality"},
    "powers.title": {"th": "ตรวจอำนาจหน้าที่ตามกฎหมาย", "en": "Authority check"},
    "powers.lede": {
        "th": "ใส่ชื่อโครงการตามแผนพัฒนาท้องถิ่น ระบบจะหาบทบัญญัติที่ให้อำนาจ อปท. ประเภทนั้นทำโครงการ",
        "en": "Enter a project title from the local development plan: the provisions that"
        " let this kind of local government do it are listed, as a plan cites them",
    },
    "powers.project": {"th": "ชื่อโครงการ", "en": "Project title"},
    "powers.org": {"th": "ประเภท อปท.", "en": "Kind of organisation"},
    "powers.submit": {"th": "ตรวจสอบ", "en": "Check"},
    "powers.loading": {"th": "กำลังตรวจสอบ…", "en": "Checking…"},
    "powers.within": {
        "th": "อยู่ในอำนาจหน้าที่ของ{org} ตามบทบัญญัติต่อไปนี้",
        "en": "Within the powers of a {org}, under these provisions",
    },
    "powers.not_found": {
        "th": "ไม่พบบทบัญญัติที่ให้อำนาจ{org}ทำโครงการนี้โดยเฉพาะ",
        "en": "No provision specifically lets a {org} do this project",
    },
    "powers.not_found_help": {
        "th": "ข้อกวาด (เช่น “อำนาจหน้าที่อื่นตามที่กฎหมายกำหนด”) ไม่นับเป็นฐานอำนาจ"
        " ตรวจสอบกฎหมายเฉพาะเรื่องหรือหน่วยงานที่รับผิดชอบ",
        "en": "Catch-all items (\u201cother duties as the law provides\u201d) are not"
        " counted; look for a specific law or the agency in charge",
    },
    "powers.supported": {"th": "ตรงกับโครงการ", "en": "Matches the project"},
    "powers.related": {"th": "เกี่ยวข้องรองลงมา", "en": "Also related"},
    "powers.catch_all": {"th": "ข้อกวาด", "en": "catch-all"},
    "powers.copy": {"th": "คัดลอกการอ้างอิง", "en": "Copy citation"},
    "powers.copied": {"th": "คัดลอกแล้ว", "en": "Copied"},
    "powers.open": {"th": "เปิดตัวบท", "en": "Open the text"},
    "powers.others": {
        "th": "บทบัญญัติต่อไปนี้เป็นอำนาจของ อปท. ประเภทอื่น ไม่ใช่ของ{org} — อย่าอ้างในแผน",
        "en": "These provisions are powers of other kinds of local government, not of a"
        " {org}: do not cite them",
    },
    "powers.sheet.title": {"th": "ตรวจทั้งแผน", "en": "Check a whole plan"},
    "powers.sheet.help": {
        "th": "อัปโหลดไฟล์ CSV หรือ .xlsx ที่มีคอลัมน์ชื่อโครงการ (คอลัมน์อื่นคงไว้)"
        " ได้ไฟล์ .xlsx กลับพร้อมฐานอำนาจ ผลการตรวจ และคำเตือน ไม่เกิน {mb} MB",
        "en": "Upload a CSV or .xlsx with a column of project titles (other columns are"
        " kept); the same table comes back as .xlsx with the legal basis, the verdict"
        " and warnings. Up to {mb} MB",
    },
    "powers.sheet.file": {"th": "ไฟล์แผน", "en": "Plan file"},
    "powers.sheet.submit": {"th": "ตรวจและดาวน์โหลด .xlsx", "en": "Check and download .xlsx"},
    # What the check notes about one title.
    "powers.note.truncated": {
        "th": "ชื่อโครงการยาวเกินไป ใช้เฉพาะส่วนต้น",
        "en": "the title is too long; only its beginning was checked",
    },
    "powers.note.no_register": {
        "th": "ยังไม่มีทะเบียนอำนาจหน้าที่: นำเข้าพระราชบัญญัติก่อน",
        "en": "no register of powers yet: ingest the Acts first",
    },
    "powers.note.issuing": {
        "th": "การออก{document} เป็นอำนาจของเจ้าพนักงานตามกฎหมายเฉพาะเรื่อง"
        " ไม่มีบทบัญญัติในทะเบียนที่ให้ อปท. ประเภทนี้ออกเอกสารดังกล่าว",
        "en": "issuing a {document} is the power of the officer the law on that matter"
        " names; no provision in the register lets this kind of organisation issue it",
    },
    "powers.note.state_act": {
        "th": "การ{act} เป็นการใช้อำนาจรัฐต่อสิทธิหรือเสรีภาพของบุคคล (คำสั่งทางปกครองตาม"
        " พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง พ.ศ. ๒๕๓๙ มาตรา ๕ หรือการจับ การค้น"
        " การสอบสวนตามประมวลกฎหมายวิธีพิจารณาความอาญา) ซึ่งกฎหมายเฉพาะเรื่องให้เป็น"
        "อำนาจของเจ้าพนักงานที่กฎหมายนั้นกำหนด ไม่มีบทบัญญัติในทะเบียนที่ให้ อปท."
        " ประเภทนี้ทำได้",
        "en": "'{act}' is an act of state power over a person (an administrative act,"
        " Administrative Procedure Act 1996 s. 5, or an arrest, search or"
        " investigation under the Criminal Procedure Code), the power of the"
        " officer the law on that matter names; no provision in the register lets"
        " this kind of organisation do it",
    },
    "powers.note.abroad": {
        "th": "{law} ห้ามจ่ายเงินเพื่อการฝึกอบรมหรือดูงานในต่างประเทศของผู้บริหาร"
        " ที่ปรึกษา เลขานุการ และสมาชิกสภา เว้นแต่มีข้อตกลงหรือความร่วมมือกับหน่วยงาน"
        "ในต่างประเทศ หรือเป็นการฝึกอบรมที่หน่วยงานของรัฐจัด ตามที่กระทรวงมหาดไทยประกาศกำหนด",
        "en": "{law} forbids paying for training or study visits abroad of the"
        " executives, their advisers and secretaries, or the council, save under an"
        " agreement with a body abroad or on training a state agency runs, as the"
        " Ministry of Interior prescribes",
    },
    "powers.ban.pao": {
        "th": "มาตรา ๗๔ วรรคสอง แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐",
        "en": "Section 74 paragraph 2 of the Provincial Administrative Organisation Act 1997",
    },
    "powers.ban.tao": {
        "th": "มาตรา ๘๕ วรรคสอง แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗",
        "en": "Section 85 paragraph 2 of the Tambon Council and TAO Act 1994",
    },
    "powers.ban.municipality": {
        "th": "มาตรา ๖๗ วรรคสอง แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖",
        "en": "Section 67 paragraph 2 of the Municipality Act 1953",
    },
    "powers.ban.pattaya": {
        "th": "มาตรา ๙๒ วรรคสอง แห่งพระราชบัญญัติระเบียบบริหารราชการเมืองพัทยา พ.ศ. ๒๕๔๒",
        "en": "Section 92 paragraph 2 of the Pattaya City Administration Act 1999",
    },
    "powers.note.council_share": {
        "th": "{law} ห้ามการเสนอ การแปรญัตติ หรือการกระทำด้วยประการใด ๆ ที่มีผลให้สมาชิกสภา"
        "มีส่วนไม่ว่าโดยตรงหรือโดยอ้อมในการใช้งบประมาณรายจ่าย",
        "en": "{law} forbids any proposal, amendment or act that gives the council's"
        " members a part, direct or indirect, in spending the budget",
    },
    "powers.note.referendum_on_person": {
        "th": "การออกเสียงประชามติที่เกี่ยวกับตัวบุคคลใดบุคคลหนึ่งหรือคณะบุคคลใดคณะบุคคลหนึ่ง"
        "โดยเฉพาะจะกระทำมิได้ (พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๓๒ ทวิ)",
        "en": "a local referendum on a particular person or body of persons may not be"
        " held (Municipality Act 1953 s. 32 bis)",
    },
    "powers.council_share.pao": {
        "th": "มาตรา ๕๕/๑ แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐",
        "en": "Section 55/1 of the Provincial Administrative Organisation Act 1997",
    },
    "powers.council_share.tao": {
        "th": "มาตรา ๘๗ แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗",
        "en": "Section 87 of the Tambon Council and TAO Act 1994",
    },
    "powers.council_share.municipality": {
        "th": "มาตรา ๖๒ จัตวา แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖",
        "en": "Section 62 quater of the Municipality Act 1953",
    },
    "powers.council_share.pattaya": {
        "th": "มาตรา ๗๕ แห่งพระราชบัญญัติระเบียบบริหารราชการเมืองพัทยา พ.ศ. ๒๕๔๒",
        "en": "Section 75 of the Pattaya City Administration Act 1999",
    },
    "powers.note.in_other_area.tao": {
        "th": "ชื่อโครงการระบุว่าดำเนินการในเขตของ{other}: องค์การบริหารส่วนตำบลมีหน้าที่"
        "ในเขตของตน (พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๗)"
        " และทำกิจการนอกเขตได้เมื่อได้รับความยินยอมจากท้องถิ่นที่เกี่ยวข้อง (มาตรา ๗๓)"
        " ซึ่งชื่อโครงการมิได้ระบุ",
        "en": "the title places the work in the area of a {other}: a TAO's duties are in"
        " its own area (Tambon Council and TAO Act 1994 s. 67), and work outside it"
        " needs the consent of the body concerned (s. 73), which the title does not state",
    },
    "powers.note.in_other_area.municipality": {
        "th": "ชื่อโครงการระบุว่าดำเนินการในเขตของ{other}: เทศบาลมีหน้าที่ในเขตเทศบาล"
        " (พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐) และทำกิจการนอกเขตได้เมื่อได้รับ"
        "ความยินยอมจากท้องถิ่นที่เกี่ยวข้อง (มาตรา ๕๗ ทวิ) ซึ่งชื่อโครงการมิได้ระบุ",
        "en": "the title places the work in the area of a {other}: a municipality's duties"
        " are in its own area (Municipality Act 1953 s. 50), and work outside it needs"
        " the consent of the body concerned (s. 57 bis), which the title does not state",
    },
    "powers.note.elsewhere": {
        "th": "โครงการอยู่ในจังหวัด{where} นอกเขตขององค์การบริหารส่วนจังหวัด{own}:"
        " มาตรา ๔๕ แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"
        " ให้ดำเนินกิจการภายในเขตของตน และมาตรา ๔๖ ให้ทำกิจการนอกเขตจังหวัดได้"
        "เมื่อได้รับความยินยอมจากองค์การบริหารส่วนจังหวัดหรือราชการส่วนท้องถิ่นที่เกี่ยวข้อง"
        " ซึ่งชื่อโครงการมิได้ระบุ",
        "en": "the project lies in {where} province, outside the area of the PAO of"
        " {own}: the PAO Act 1997 s. 45 gives its powers within its area, and s. 46"
        " lets it work outside its province only with the consent of the PAO or"
        " local government there, which the title does not state",
    },
    "powers.note.abroad_work": {
        "th": "โครงการก่อสร้าง ตั้งสำนักงาน หรือให้ความช่วยเหลือในต่างประเทศ"
        " นอกเขตขององค์กรปกครองส่วนท้องถิ่น:"
        " กฎหมายให้ทำกิจการในเขตของตน (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"
        " มาตรา ๔๕ พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๗"
        " พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐) และการทำนอกเขตได้เฉพาะในเขตของ"
        "องค์กรปกครองส่วนท้องถิ่นอื่นที่ยินยอม (พระราชบัญญัติองค์การบริหารส่วนจังหวัดฯ มาตรา ๔๖)",
        "en": "the project builds, keeps an office or gives aid in another state, outside the local"
        " government's area: the Acts give their powers within it (PAO Act 1997 s. 45, TAO Act"
        " 1994 s. 67, Municipality Act 1953 s. 50), and work outside it only in"
        " other Thai local governments' areas with their consent (PAO Act s. 46)",
    },
    "powers.note.minority_stake": {
        "th": "มาตรา ๕๗ ตรี แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ ให้เทศบาลถือหุ้นในบริษัทจำกัดได้"
        " เมื่อบริษัทมีวัตถุประสงค์เฉพาะเพื่อกิจการค้าขายอันเป็นสาธารณูปโภค"
        " เทศบาลถือหุ้นเกินกว่าร้อยละห้าสิบของทุนจดทะเบียน (นับรวมหุ้นขององค์กรปกครอง"
        "ส่วนท้องถิ่นอื่นในบริษัทเดียวกัน) และได้รับอนุมัติจากรัฐมนตรีว่าการกระทรวงมหาดไทย"
        " โครงการนี้ถือหุ้นร้อยละ {pct}",
        "en": "the Municipality Act 1953 s. 57 ter lets a municipality hold shares in a"
        " company only when the company's sole object is a public-utility business,"
        " the municipality holds more than half its registered capital (with the"
        " shares of other local governments in it) and the Interior minister"
        " approves; this project takes {pct} %",
    },
    "powers.note.public_company": {
        "th": "มาตรา ๕๗ ตรี แห่งพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ ให้เทศบาลก่อตั้งหรือถือหุ้นได้"
        "ในบริษัทจำกัดที่มีวัตถุประสงค์เฉพาะเพื่อกิจการค้าขายอันเป็นสาธารณูปโภคเท่านั้น"
        " หุ้นของบริษัทมหาชนจำกัดหรือหุ้นที่ซื้อในตลาดหลักทรัพย์ไม่อยู่ในความหมายนั้น",
        "en": "the Municipality Act 1953 s. 57 ter lets a municipality found or hold shares"
        " only in a private limited company whose sole object is a public-utility business;"
        " shares of a public limited company, or bought on the stock exchange, are not that",
    },
    "powers.note.provincial_plan": {
        "th": "แผนพัฒนาจังหวัดเป็นหน้าที่ของจังหวัดที่จะจัดทำ (พระราชบัญญัติระเบียบบริหาร"
        "ราชการแผ่นดิน พ.ศ. ๒๕๓๔ มาตรา ๕๓/๑) และขององค์การบริหารส่วนจังหวัดที่จะประสาน"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๕ (๒)"
        " และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๗ (๑))"
        " กฎหมายให้ อปท. ประเภทนี้จัดทำแผนพัฒนาท้องถิ่นของตนเองเท่านั้น (มาตรา ๑๖ (๑))",
        "en": "the provincial development plan is the province's to draw up (State"
        " Administration Act 1991 s. 53/1) and the PAO's to coordinate (PAO Act 1997"
        " s. 45(2), Decentralisation Act 1999 s. 17(1)); the law gives this kind of"
        " organisation its own local plan only (s. 16(1))",
    },
    "powers.note.provincial_plan_pao": {
        "th": "แผนพัฒนาจังหวัดเป็นหน้าที่ของจังหวัดที่จะจัดทำ (พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน"
        " พ.ศ. ๒๕๓๔ มาตรา ๕๓/๑) องค์การบริหารส่วนจังหวัดมีหน้าที่ประสานการจัดทำ"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๕ (๒)"
        " และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๗ (๑)) ไม่ใช่จัดทำเอง",
        "en": "the provincial development plan is the province's to draw up (State"
        " Administration Act 1991 s. 53/1); the PAO coordinates its drawing up (PAO Act"
        " 1997 s. 45(2), Decentralisation Act 1999 s. 17(1)), it does not draw it up itself",
    },
    "powers.note.private_land": {
        "th": "ชื่อโครงการระบุว่าที่ดินที่ดำเนินการยังเป็นกรรมสิทธิ์ของเอกชน:"
        " อำนาจหน้าที่ของ อปท. เป็นการจัดบริการสาธารณะเพื่อประโยชน์ของประชาชนในท้องถิ่น"
        " (พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ และมาตรา ๑๗)"
        " และสาธารณูปโภคของที่ดินจัดสรรเป็นหน้าที่ของผู้จัดสรรที่ดินที่จะบำรุงรักษา"
        " (พระราชบัญญัติการจัดสรรที่ดิน พ.ศ. ๒๕๔๓ มาตรา ๔๓ และมาตรา ๔๔)"
        " จนกว่าจะอุทิศหรือโอนให้เป็นที่สาธารณประโยชน์",
        "en": "the title says the land of the work is still privately owned: local"
        " governments' powers are public services for the people of their area"
        " (Decentralisation Act 1999 ss. 16, 17), and a housing estate's utilities"
        " are its developer's to maintain (Land Allocation Act 2000 ss. 43, 44)"
        " until dedicated or transferred to public use",
    },
    "powers.note.reserved.highway": {
        "th": "ทางหลวงพิเศษ ทางหลวงแผ่นดิน และทางหลวงชนบท เป็นทางหลวงที่กรมทางหลวง"
        "หรือกรมทางหลวงชนบทเป็นผู้ดำเนินการก่อสร้าง ขยาย บูรณะ และบำรุงรักษา"
        " (พระราชบัญญัติทางหลวง พ.ศ. ๒๕๓๕ มาตรา ๗ มาตรา ๘ และมาตรา ๙)"
        " เว้นแต่ได้ถ่ายโอนให้ อปท. แล้ว ซึ่งชื่อโครงการมิได้ระบุ",
        "en": "special, national and rural highways are built, widened, restored and"
        " maintained by the Department of Highways or of Rural Roads (Highways Act"
        " 1992 ss. 7-9) unless handed over to the local government, which the title"
        " does not state",
    },
    "powers.note.reserved.prison": {
        "th": "เรือนจำเป็นของกรมราชทัณฑ์ ซึ่งกำหนดชื่อและเขตความรับผิดชอบของเรือนจำ"
        " และที่อื่นจะเป็นเรือนจำหรือสถานที่คุมขังได้ก็โดยรัฐมนตรีประกาศหรือตามกฎกระทรวง"
        " (พระราชบัญญัติราชทัณฑ์ พ.ศ. ๒๕๖๐ มาตรา ๔ มาตรา ๓๒ และมาตรา ๓๓) และเรือนจำทุกแห่งจัดให้มี"
        "สถานพยาบาลเอง (มาตรา ๕๔) สถานที่กักขัง"
        "เป็นอำนาจของรัฐมนตรีที่จะกำหนด (พระราชบัญญัติวิธีปฏิบัติเกี่ยวกับการกักขังตามประมวล"
        "กฎหมายอาญา พ.ศ. ๒๕๐๖ มาตรา ๔) และสถานพินิจเป็นหน่วยงานในกรมพินิจและคุ้มครองเด็ก"
        "และเยาวชน (พระราชบัญญัติศาลเยาวชนและครอบครัวและวิธีพิจารณาคดีเยาวชนและครอบครัว"
        " พ.ศ. ๒๕๕๓ มาตรา ๓๔ และมาตรา ๓๕) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "a prison is the Department of Corrections', which names each prison and"
        " its area, and another place becomes a prison or a place of detention only by"
        " the minister's notice or regulation (Corrections Act 2017 ss. 4, 32, 33), and each"
        " prison provides its own infirmary (s. 54); a"
        " place of confinement is the minister's to fix (Act on Confinement under the"
        " Penal Code 1963 s. 4), and a juvenile observation centre is a unit of the"
        " Department of Juvenile Observation and Protection (Juvenile and Family Court"
        " Act 2010 ss. 34, 35); none is within local powers",
    },
    "powers.note.reserved.election": {
        "th": "การเลือกตั้งสมาชิกสภาผู้แทนราษฎรดำเนินการโดยเจ้าพนักงานผู้ดำเนินการเลือกตั้ง"
        "ที่คณะกรรมการการเลือกตั้งแต่งตั้ง ซึ่งกำหนดหน่วยเลือกตั้ง ที่เลือกตั้ง และนับคะแนน"
        " (พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. ๒๕๖๑"
        " มาตรา ๑๘ และมาตรา ๑๙) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "an election of MPs is run by the election officers the Election Commission"
        " appoints, who fix the polling units and stations and count the votes (Organic"
        " Act on the Election of MPs 2018 ss. 18, 19); it is not within local powers",
    },
    "powers.note.reserved.revenue_tax": {
        "th": "ภาษีเงินได้ ภาษีมูลค่าเพิ่ม และภาษีธุรกิจเฉพาะ ประเมินและจัดเก็บโดยเจ้าพนักงานประเมิน"
        "ซึ่งรัฐมนตรีแต่งตั้ง และผู้เสียภาษียื่นรายการต่อเจ้าพนักงานประเมิน"
        " (ประมวลรัษฎากร มาตรา ๑๖ และมาตรา ๕๖) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "income tax, VAT and specific business tax are assessed and collected by the"
        " assessment officers the minister appoints, to whom returns are made (Revenue"
        " Code ss. 16, 56); they are not within local powers",
    },
    "powers.note.reserved.social_security": {
        "th": "ประโยชน์ทดแทนจ่ายจากกองทุนประกันสังคมในสำนักงานประกันสังคม"
        " ซึ่งเป็นผู้รับขึ้นทะเบียนผู้ประกันตน (พระราชบัญญัติประกันสังคม พ.ศ. ๒๕๓๓"
        " มาตรา ๒๑ และมาตรา ๓๔) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "benefits are paid from the Social Security Fund in the Social Security"
        " Office, which registers the insured (Social Security Act 1990 ss. 21, 34);"
        " this is not within local powers",
    },
    "powers.note.reserved.national_park": {
        "th": "การกำหนดอุทยานแห่งชาติทำโดยตราเป็นพระราชกฤษฎีกา ตามที่กรมอุทยานแห่งชาติ สัตว์ป่า"
        " และพันธุ์พืชเสนอคณะรัฐมนตรี (พระราชบัญญัติอุทยานแห่งชาติ พ.ศ. ๒๕๖๒ มาตรา ๖)"
        " และการขยายหรือเพิกถอนอุทยานแห่งชาติก็ทำโดยพระราชกฤษฎีกา (มาตรา ๗)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "a national park is designated by royal decree on the proposal of the"
        " Department of National Parks to the Cabinet (National Parks Act 2019 s. 6), and"
        " extended or revoked by royal decree too (s. 7); it is not within local powers",
    },
    "powers.note.reserved.smoke_free_zone": {
        "th": "การประกาศให้สถานที่สาธารณะเป็นเขตปลอดบุหรี่และกำหนดเขตสูบบุหรี่เป็นอำนาจของรัฐมนตรี"
        "โดยคำแนะนำของคณะกรรมการ (พระราชบัญญัติควบคุมผลิตภัณฑ์ยาสูบ พ.ศ. ๒๕๖๐ มาตรา ๔๑)"
        " ผู้ดำเนินการสถานที่มีหน้าที่จัดให้มีเครื่องหมายตามประกาศ (มาตรา ๔๓)",
        "en": "declaring public places smoke-free, and the smoking areas in them, is the"
        " minister's on the committee's advice (Tobacco Products Control Act 2017 s. 41);"
        " the one who runs a place marks it as declared (s. 43)",
    },
    "powers.note.reserved.forest_checkpoint": {
        "th": "ด่านป่าไม้ตั้งโดยรัฐมนตรีซึ่งกำหนดเขตแห่งด่านโดยประกาศในราชกิจจานุเบกษา"
        " (พระราชบัญญัติป่าไม้ พุทธศักราช ๒๔๘๔ มาตรา ๖๗) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "forest checkpoints are set up, and their bounds fixed, by the minister by"
        " notice in the Gazette (Forest Act 1941 s. 67); it is not within local powers",
    },
    "powers.note.reserved.provincial_town_plan": {
        "th": "การวางและจัดทำผังเมืองรวมที่ครอบคลุมพื้นที่ทั้งจังหวัดเป็นหน้าที่และอำนาจของกรมโยธาธิการ"
        "และผังเมือง หรือองค์การบริหารส่วนจังหวัดนั้น (พระราชบัญญัติการผังเมือง พ.ศ. ๒๕๖๒"
        " มาตรา ๒๓ วรรคสอง)",
        "en": "a comprehensive plan covering the whole province is drawn up by the Department"
        " of Public Works and Town Planning or that province's PAO (Town Planning Act 2019"
        " s. 23 para. 2)",
    },
    "powers.note.reserved.animal_epidemic": {
        "th": "การประกาศเขตโรคระบาดชั่วคราวเป็นอำนาจของสัตวแพทย์ และการประกาศเขตโรคระบาด"
        "เป็นอำนาจของผู้ว่าราชการจังหวัด (พระราชบัญญัติโรคระบาดสัตว์ พ.ศ. ๒๕๕๘ มาตรา ๒๐"
        " และมาตรา ๒๑) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "a temporary epidemic zone is declared by the veterinarian and an epidemic"
        " zone by the provincial governor (Animal Epidemics Act 2015 ss. 20, 21); it is"
        " not within local powers",
    },
    "powers.note.reserved.court": {
        "th": "งานธุรการของศาลยุติธรรม รวมทั้งงบประมาณของศาล เป็นหน้าที่ของสำนักงานศาลยุติธรรม"
        " (พระราชบัญญัติระเบียบบริหารราชการศาลยุติธรรม พ.ศ. ๒๕๔๓ มาตรา ๖ และมาตรา ๓๒)"
        " และคดีครอบครัวและมรดกของอิสลามศาสนิกเป็นของศาลชั้นต้น (พระราชบัญญัติว่าด้วยการใช้"
        "กฎหมายอิสลามในเขตจังหวัดปัตตานี นราธิวาส ยะลา และสตูล พ.ศ. ๒๔๘๙ มาตรา ๓)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "the courts' administrative work and budget are the Office of the Courts of"
        " Justice's (Courts of Justice Administration Act 2000 ss. 6, 32), and Muslims'"
        " family and inheritance cases the courts of first instance's (Islamic Law"
        " Application Act 1946 s. 3); they are not within local powers",
    },
    "powers.note.reserved.personal_data": {
        "th": "หน่วยงานของรัฐจะเปิดเผยข้อมูลข่าวสารส่วนบุคคลโดยปราศจากความยินยอมเป็นหนังสือ"
        "ของเจ้าของข้อมูลมิได้ (พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๒๔)"
        " ชื่อโครงการไม่ได้ระบุว่าได้รับความยินยอม",
        "en": "a state body may not disclose personal information without its owner's"
        " written consent (Official Information Act 1997 s. 24), and the title does not"
        " say it was given",
    },
    "powers.note.reserved.arms": {
        "th": "อาวุธปืนและเครื่องกระสุนปืนของราชการทหารและตำรวจเป็นของหน่วยนั้นเอง"
        " ส่วนผู้อื่นจะซื้อได้ต่อเมื่อได้รับใบอนุญาต ซึ่งออกให้เพื่อป้องกันตัวหรือทรัพย์สิน"
        " การกีฬา หรือยิงสัตว์ (พระราชบัญญัติอาวุธปืน เครื่องกระสุนปืน วัตถุระเบิด ดอกไม้เพลิง"
        " และสิ่งเทียมอาวุธปืน พ.ศ. ๒๔๙๐ มาตรา ๕ มาตรา ๗ และมาตรา ๙)"
        " การจัดซื้อให้หน่วยทหารหรือกองกำลังจึงไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "the arms of the military and police are their own; anyone else may buy"
        " firearms or ammunition only under a licence issued for self-defence, sport or"
        " hunting (Firearms Act 1947 ss. 5, 7, 9), so buying them for a military unit"
        " is not within local powers",
    },
    "powers.note.reserved.conscription": {
        "th": "การตรวจเลือกคนเข้ารับราชการทหารกองประจำการทำโดยคณะกรรมการตรวจเลือกที่ผู้ซึ่ง"
        "รัฐมนตรีว่าการกระทรวงกลาโหมกำหนดแต่งตั้งขึ้นในแต่ละจังหวัด มีนายทหารเป็นประธาน"
        " (พระราชบัญญัติรับราชการทหาร พ.ศ. ๒๔๙๗ มาตรา ๒๘ และมาตรา ๒๘ ทวิ) และการลงบัญชี"
        "ทหารกองเกินทำที่อำเภอ (มาตรา ๕ และมาตรา ๑๖) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "conscription is carried out by the selection committees appointed in each"
        " province by the officer the Defence minister names, chaired by an officer"
        " (Military Service Act 1954 ss. 28, 28 bis), and reservists are enrolled at the"
        " district office (ss. 5, 16); it is not within local powers",
    },
    "powers.note.reserved.border_post": {
        "th": "ด่านศุลกากรเป็นที่สำหรับปฏิบัติพิธีการศุลกากร และด่านพรมแดนเป็นด่านที่ตั้งขึ้น"
        "ที่เขตแดนทางบกเพื่อตรวจของ ซึ่งรัฐมนตรีว่าการกระทรวงการคลังกำหนดโดยกฎกระทรวง"
        " (พระราชบัญญัติศุลกากร พ.ศ. ๒๕๖๐ มาตรา ๔ และมาตรา ๕) และการเข้าออกราชอาณาจักร"
        "ต้องผ่านช่องทางและด่านตรวจคนเข้าเมืองที่รัฐมนตรีประกาศ และผ่านการตรวจของพนักงาน"
        "เจ้าหน้าที่ (พระราชบัญญัติคนเข้าเมือง พ.ศ. ๒๕๒๒ มาตรา ๑๑ และมาตรา ๑๘)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "a customs post is where customs formalities are done and a border post where"
        " goods crossing the land border are inspected, each fixed by the finance"
        " minister's regulation (Customs Act 2017 ss. 4, 5), and people enter and leave"
        " the kingdom through the channels and immigration checkpoints the minister"
        " announces, passing its officers' inspection (Immigration Act 1979 ss. 11, 18);"
        " they are not local work",
    },
    "powers.note.reserved.park_building": {
        "th": "ภายในอุทยานแห่งชาติและวนอุทยาน ห้ามมิให้บุคคลใดก่อสร้าง และการก่อสร้างเพื่อดูแลรักษา"
        "หรืออำนวยความสะดวกแก่ผู้มาเยือนเป็นอำนาจของพนักงานเจ้าหน้าที่ (พระราชบัญญัติอุทยานแห่งชาติ"
        " พ.ศ. ๒๕๖๒ มาตรา ๑๙ (๑) มาตรา ๒๓ และมาตรา ๒๗) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "no one may build in a national or forest park; building there for its care or"
        " its visitors is its officers' work (National Parks Act 2019 ss. 19(1), 23, 27),"
        " not a local government's",
    },
    "powers.note.reserved.land_reform": {
        "th": "ที่ดินในเขตปฏิรูปที่ดินเป็นของสำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม (ส.ป.ก.)"
        " ซึ่งจัดซื้อหรือเวนคืนที่ดินมาปฏิรูป และจัดให้เกษตรกรเช่าหรือเช่าซื้อตามหลักเกณฑ์ที่"
        "คณะกรรมการปฏิรูปที่ดินเพื่อเกษตรกรรมกำหนด (พระราชบัญญัติการปฏิรูปที่ดินเพื่อเกษตรกรรม"
        " พ.ศ. ๒๕๑๘ มาตรา ๒๙ และมาตรา ๓๐) ไม่ใช่ของ อปท.",
        "en": "land in a land-reform zone is the Agricultural Land Reform Office's, which buys"
        " or expropriates land for reform and lets farmers rent or hire-purchase it on its"
        " committee's rules (Agricultural Land Reform Act 1975 ss. 29, 30), not a local"
        " government's",
    },
    "powers.note.reserved.land_allotment": {
        "th": "ที่ดินของรัฐอยู่ในความดูแลของอธิบดีกรมที่ดิน ที่ดินสำหรับพลเมืองใช้ร่วมกันจะถอนสภาพหรือนำไปจัด"
        "เพื่อประชาชนได้โดยพระราชบัญญัติหรือพระราชกฤษฎีกาเท่านั้น และการจัดที่ดินให้ประชาชนอยู่ในการ"
        "ควบคุมของคณะกรรมการจัดที่ดินแห่งชาติ (ประมวลกฎหมายที่ดิน มาตรา ๘ และมาตรา ๒๐)"
        " อปท. จึงจัดสรรที่ดินให้ราษฎรครอบครองไม่ได้",
        "en": "state land is in the Lands director-general's care, land for common use is"
        " withdrawn or allotted to the people only by an Act or a royal decree, and allotting"
        " land to them is controlled by the land allotment committee (Land Code ss. 8, 20):"
        " a local government allots no land for people to hold",
    },
    "powers.note.reserved.mosque_officers": {
        "th": "อิหม่าม คอเต็บ บิหลั่น และกรรมการอิสลามประจำมัสยิด คัดเลือกโดยที่ประชุมสัปปุรุษประจำมัสยิด"
        " และแต่งตั้งโดยคณะกรรมการอิสลามประจำจังหวัด (พระราชบัญญัติการบริหารองค์กรศาสนาอิสลาม"
        " พ.ศ. ๒๕๔๐ มาตรา ๓๐ และมาตรา ๓๓) ไม่ใช่ของ อปท.",
        "en": "a mosque's imam, khatib, bilal and committee are chosen by its congregation and"
        " appointed by the provincial Islamic committee (Islamic Organisations Administration"
        " Act 1997 ss. 30, 33), not by a local government",
    },
    "powers.note.reserved.headman_election": {
        "th": "การเลือกผู้ใหญ่บ้านเป็นไปตามหลักเกณฑ์ที่กระทรวงมหาดไทยกำหนด โดยคณะกรรมการ"
        "ที่นายอำเภอแต่งตั้ง (พระราชบัญญัติลักษณะปกครองท้องที่ พระพุทธศักราช ๒๔๕๗ มาตรา ๑๓)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "a village headman is chosen on the Interior ministry's rules, before a"
        " committee the district chief appoints (Local Administration Act 1914 s. 13),"
        " not by a local government",
    },
    "powers.note.reserved.teacher_exam": {
        "th": "การสอบแข่งขันเพื่อบรรจุและแต่งตั้งบุคคลเข้ารับราชการเป็นข้าราชการครูและบุคลากรทางการศึกษา"
        "เป็นหน้าที่ของ อ.ก.ค.ศ. เขตพื้นที่การศึกษา (พระราชบัญญัติระเบียบข้าราชการครูและบุคลากร"
        "ทางการศึกษา พ.ศ. ๒๕๔๗ มาตรา ๔๗) ไม่ใช่ของ อปท.",
        "en": "the exams that recruit the state's teachers are run by the education area's"
        " sub-committee (Teachers and Education Personnel Act 2004 s. 47), not by a local"
        " government",
    },
    "powers.note.reserved.deposit_taking": {
        "th": "การรับฝากเงินจากประชาชนเพื่อนำไปให้สินเชื่อเป็นธุรกิจธนาคารพาณิชย์ ซึ่งทำได้เฉพาะ"
        "บริษัทมหาชนจำกัดที่ได้รับใบอนุญาตจากรัฐมนตรี (พระราชบัญญัติธุรกิจสถาบันการเงิน"
        " พ.ศ. ๒๕๕๑ มาตรา ๔ และมาตรา ๙)",
        "en": "taking deposits from the public to lend is banking, which only a public"
        " company the minister licenses may do (Financial Institutions Businesses Act"
        " 2008 ss. 4, 9)",
    },
    "powers.note.reserved.product_recall": {
        "th": "การสั่งห้ามขายสินค้าที่อาจเป็นอันตรายต่อผู้บริโภคเป็นอำนาจของคณะกรรมการว่าด้วยความปลอดภัย"
        " และผู้ผลิตหรือผู้นำเข้ามีหน้าที่เรียกคืนสินค้า (พระราชบัญญัติคุ้มครองผู้บริโภค พ.ศ. ๒๕๒๒"
        " มาตรา ๒๙/๘ ถึงมาตรา ๒๙/๑๐) ไม่ใช่ของ อปท.",
        "en": "ordering a dangerous product's sale stopped is the safety committee's power,"
        " and recalling it is its maker's or importer's duty (Consumer Protection Act"
        " 1979 ss. 29/8-29/10), not a local government's",
    },
    "powers.note.reserved.labour_inspection": {
        "th": "การตรวจสภาพการจ้างและสภาพการทำงาน การรับคำร้องของลูกจ้าง และการมีคำสั่งให้นายจ้าง"
        "ปฏิบัติตามกฎหมายหรือจ่ายเงิน เป็นอำนาจของพนักงานตรวจแรงงานและพนักงานเจ้าหน้าที่ที่รัฐมนตรี"
        "แต่งตั้ง (พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. ๒๕๔๑ มาตรา ๑๒๓ มาตรา ๑๒๔ และมาตรา ๑๓๙"
        " และพระราชบัญญัติคุ้มครองแรงงานในงานประมง พ.ศ. ๒๕๖๒ มาตรา ๑๖) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "inspecting the terms and conditions of work, hearing employees' complaints"
        " and ordering employers to comply or pay is the labour inspectors' and the"
        " minister's officers' work (Labour Protection Act 1998 s. 123, 124 and 139, Labour"
        " Protection in Fishing Work Act 2019 s. 16), not a local government's",
    },
    "powers.note.reserved.state_port": {
        "th": "อาณาบริเวณท่าเรือกำหนดโดยพระราชกฤษฎีกา และการสร้าง ดำเนินงาน ขุดลอก และบำรุงรักษา"
        "ท่าเรือและร่องน้ำภายในอาณาบริเวณเป็นอำนาจของการท่าเรือแห่งประเทศไทย (พระราชบัญญัติ"
        "การท่าเรือแห่งประเทศไทย พ.ศ. ๒๔๙๔ มาตรา ๘ ทวิ และมาตรา ๙ (๑) (๖))",
        "en": "a port area is fixed by royal decree, and building, running and dredging"
        " the Port Authority of Thailand's ports is its own (Port Authority of Thailand"
        " Act 1951 ss. 8 bis, 9(1), 9(6))",
    },
    "powers.note.reserved.casino": {
        "th": "ห้ามมิให้อนุญาตจัดให้มีหรือเข้าเล่นการเล่นตามบัญชี ก. ท้ายพระราชบัญญัติการพนัน"
        " พุทธศักราช ๒๔๗๘ (เช่น ไม้หมุนหรือล้อหมุน ไฮโลว์ บาการา) เว้นแต่รัฐบาลออกพระราชกฤษฎีกา"
        "อนุญาต (มาตรา ๔) อปท. จึงจัดให้มีบ่อน กาสิโน หรือโต๊ะการเล่นเหล่านั้นไม่ได้",
        "en": "the games of the Gambling Act 1935's list A (roulette, hi-lo, baccarat …)"
        " may be neither permitted nor played save where a royal decree allows (s. 4): a"
        " local government runs no casino nor tables for those games",
    },
    "powers.note.reserved.adoption": {
        "th": "ห้ามมิให้บุคคลใดนอกจากกรมพัฒนาสังคมและสวัสดิการ ส่วนราชการที่กรมมอบหมาย"
        " หรือองค์การสวัสดิภาพเด็กที่ได้รับใบอนุญาตจากอธิบดี ดำเนินการเพื่อให้มีการรับเด็ก"
        "เป็นบุตรบุญธรรมไม่ว่าโดยทางตรงหรือทางอ้อม (พระราชบัญญัติการรับเด็กเป็นบุตรบุญธรรม"
        " พ.ศ. ๒๕๒๒ มาตรา ๖) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "no one but the Department of Social Development and Welfare, an agency it"
        " assigns, or a child welfare organisation the director-general licenses may"
        " arrange, directly or indirectly, for children to be adopted (Child Adoption"
        " Act 1979 s. 6); it is not within local powers",
    },
    "powers.note.reserved.fossil_site": {
        "th": "การประกาศเขตสำรวจและศึกษาวิจัยและการประกาศแหล่งซากดึกดำบรรพ์ที่ขึ้นทะเบียน"
        "เป็นอำนาจของอธิบดีกรมทรัพยากรธรณีโดยความเห็นชอบของคณะกรรมการ"
        " (พระราชบัญญัติคุ้มครองซากดึกดำบรรพ์ พ.ศ. ๒๕๕๑ มาตรา ๑๒ และมาตรา ๑๔)",
        "en": "declaring a fossil exploration zone and registering a fossil site are the"
        " Mineral Resources director-general's, with the committee's approval"
        " (Fossil Protection Act 2008 ss. 12, 14)",
    },
    "powers.note.reserved.ancient_monument": {
        "th": "การประกาศขึ้นทะเบียนโบราณสถานและการกำหนดเขตที่ดินเป็นเขตของโบราณสถาน"
        "เป็นอำนาจของอธิบดีกรมศิลปากร (พระราชบัญญัติโบราณสถาน โบราณวัตถุ ศิลปวัตถุ"
        " และพิพิธภัณฑสถานแห่งชาติ พ.ศ. ๒๕๐๔ มาตรา ๗) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "registering an ancient monument and fixing its land boundary are the Fine"
        " Arts director-general's powers (Ancient Monuments, Antiques, Objects of Art and"
        " National Museums Act 1961 s. 7); they are not within local powers",
    },
    "powers.note.reserved.probation": {
        "th": "การสืบเสาะและพินิจ การควบคุมและสอดส่องผู้ถูกคุมความประพฤติ และการใช้อุปกรณ์"
        "อิเล็กทรอนิกส์ติดตามตัวตามที่ศาลสั่ง เป็นอำนาจหน้าที่ของพนักงานคุมประพฤติที่รัฐมนตรี"
        "แต่งตั้ง (พระราชบัญญัติคุมประพฤติ พ.ศ. ๒๕๕๙ มาตรา ๔ และมาตรา ๑๔ (๑) (๒) (๗))"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "investigating an offender for the court, controlling and watching those on"
        " probation, and tracking them by the electronic device a court orders are the"
        " powers of the probation officers the minister appoints (Probation Act 2016"
        " ss. 4, 14(1), (2), (7)); they are not within local powers",
    },
    "powers.note.reserved.university": {
        "th": "สถาบันอุดมศึกษาของรัฐจัดตั้งตามกฎหมายว่าด้วยการจัดตั้งสถาบันอุดมศึกษานั้น"
        " (พระราชบัญญัติการอุดมศึกษา พ.ศ. ๒๕๖๒ มาตรา ๓ มาตรา ๑๕ และมาตรา ๓๐)"
        " และการจัดตั้งสถาบันอุดมศึกษาเอกชนต้องได้รับใบอนุญาตจากรัฐมนตรี ซึ่งจะสอนเพื่อให้"
        "ปริญญาได้เมื่อรัฐมนตรีรับรองวิทยฐานะแล้ว (พระราชบัญญัติสถาบันอุดมศึกษาเอกชน"
        " พ.ศ. ๒๕๔๖ มาตรา ๑๐ และมาตรา ๕๔) อปท. จึงจัดตั้งมหาวิทยาลัยหรือประสาทปริญญาไม่ได้",
        "en": "a state higher-education institution is founded by the law that establishes"
        " it (Higher Education Act 2019 ss. 3, 15, 30), and a private one only under the"
        " minister's licence, teaching for a degree once the minister accredits it"
        " (Private Higher Education Institutions Act 2003 ss. 10, 54): a local government"
        " founds no university and confers no degree",
    },
    "powers.note.reserved.petroleum": {
        "th": "ปิโตรเลียม (น้ำมันดิบ ก๊าซธรรมชาติ) เป็นของรัฐ ผู้ใดสำรวจหรือผลิตปิโตรเลียม"
        "ต้องได้รับสัมปทาน สัญญาแบ่งปันผลผลิต หรือสัญญาจ้างบริการ และผู้ขอสัมปทานต้อง"
        "เป็นบริษัท (พระราชบัญญัติปิโตรเลียม พ.ศ. ๒๕๑๔ มาตรา ๔ มาตรา ๒๓ และมาตรา ๒๔)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "petroleum (crude oil, natural gas) belongs to the state: exploring for or"
        " producing it needs a concession, a production-sharing or a service contract,"
        " and a concession goes only to a company (Petroleum Act 1971 ss. 4, 23, 24);"
        " it is not within local powers",
    },
    "powers.note.reserved.post": {
        "th": "รัฐบาลทรงไว้ซึ่งอำนาจสิทธิ์ขาดที่จะจัดการไปรษณีย์และตั้งที่ทำการไปรษณีย์"
        " และห้ามมิให้ผู้ที่ไม่ได้รับอำนาจนำส่งจดหมายหรือไปรษณียบัตรโดยทางอื่นนอกจาก"
        "ทางไปรษณีย์ (พระราชบัญญัติไปรษณีย์ พุทธศักราช ๒๔๗๗ มาตรา ๕ และมาตรา ๖)"
        " ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "the government holds the exclusive right to run the post and set up post"
        " offices, and no one without authority may carry letters or postcards save by"
        " post (Post Act 1934 ss. 5, 6); it is not within local powers",
    },
    "powers.note.reserved.radioactive_waste": {
        "th": "กากกัมมันตรังสีต้องส่งคืนผู้ก่อให้เกิดกากหรือหน่วยงานของรัฐที่กฎกระทรวงกำหนด"
        " และผู้ให้บริการจัดการกากกัมมันตรังสีต้องได้รับใบอนุญาตจากเลขาธิการสำนักงานปรมาณูเพื่อสันติ"
        " (พระราชบัญญัติพลังงานนิวเคลียร์เพื่อสันติ พ.ศ. ๒๕๕๙ มาตรา ๗๙ และมาตรา ๘๐)",
        "en": "radioactive waste goes back to whoever made it or to the state body a"
        " ministerial rule names, and only a licensee of the Office of Atoms for Peace"
        " runs a radioactive-waste service (Nuclear Energy for Peace Act 2016 ss. 79, 80)",
    },
    "powers.note.reserved.railway": {
        "th": "ห้ามมิให้สร้างทางรถไฟอื่นนอกจากรถไฟแผ่นดิน เว้นแต่ได้รับพระบรมราชานุญาตเป็นพิเศษ"
        " (พระราชบัญญัติจัดวางการรถไฟและทางหลวง พุทธศักราช ๒๔๖๔ มาตรา ๙๕) และการสร้างทางรถไฟ"
        "ของรัฐ สถานีและที่หยุดรถไฟ เป็นของการรถไฟแห่งประเทศไทย (พระราชบัญญัติการรถไฟ"
        "แห่งประเทศไทย พ.ศ. ๒๔๙๔ มาตรา ๖ และมาตรา ๙ (๑))",
        "en": "no railway but the state's may be built save by special royal permission"
        " (Railways and Highways Act 1921 s. 95), and the state's, with its stations and"
        " halts, are the State Railway of Thailand's to build (State Railway of Thailand"
        " Act 1951 ss. 6, 9(1))",
    },
    "powers.note.reserved.child_protection_home": {
        "th": "ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์และผู้ว่าราชการจังหวัดมีอำนาจจัดตั้ง"
        "สถานแรกรับ สถานสงเคราะห์ สถานคุ้มครองสวัสดิภาพ และสถานพัฒนาและฟื้นฟู หน่วยงานอื่นของรัฐ"
        "จัดตั้งได้เฉพาะสถานรับเลี้ยงเด็ก (พระราชบัญญัติคุ้มครองเด็ก พ.ศ. ๒๕๔๖ มาตรา ๕๑)",
        "en": "reception homes, children's welfare and protection homes and development and"
        " rehabilitation centres are the permanent secretary's or the governor's to found;"
        " any other state body may found only a day nursery (Child Protection Act 2003 s. 51)",
    },
    "powers.note.reserved.drug_rehab_centre": {
        "th": "รัฐมนตรีมีอำนาจจัดตั้งและยุบเลิกศูนย์ฟื้นฟูสมรรถภาพผู้ติดยาเสพติดโดยประกาศในราชกิจจานุเบกษา"
        " (พระราชบัญญัติฟื้นฟูสมรรถภาพผู้ติดยาเสพติด พ.ศ. ๒๕๔๕ มาตรา ๑๔)",
        "en": "the minister founds and dissolves drug rehabilitation centres by notice in"
        " the Gazette (Narcotic Addict Rehabilitation Act 2002 s. 14)",
    },
    "powers.note.reserved.plant_quarantine": {
        "th": "รัฐมนตรีโดยคำแนะนำของคณะกรรมการเป็นผู้ประกาศกำหนดด่านตรวจพืชและสถานกักพืช"
        " (พระราชบัญญัติกักพืช พ.ศ. ๒๕๐๗ มาตรา ๗)",
        "en": "plant quarantine checkpoints and stations are fixed by the minister's notice"
        " on the board's advice (Plant Quarantine Act 1964 s. 7)",
    },
    "powers.note.reserved.beast_registration": {
        "th": "การจดทะเบียนทำตั๋วรูปพรรณสัตว์พาหนะเป็นหน้าที่ของนายทะเบียน คือนายอำเภอหรือผู้ทำการแทน"
        " (พระราชบัญญัติสัตว์พาหนะ พุทธศักราช ๒๔๘๒ มาตรา ๔ และมาตรา ๘)",
        "en": "registering draught animals and making their papers is the registrar's, the"
        " district chief's (Beasts of Burden Act 1939 ss. 4, 8)",
    },
    "powers.note.reserved.airport": {
        "th": "ห้ามมิให้ผู้ใดจัดตั้งสนามบิน เว้นแต่ได้รับอนุญาตจากพนักงานเจ้าหน้าที่โดยอนุมัติรัฐมนตรี"
        " (พระราชบัญญัติการเดินอากาศ พ.ศ. ๒๔๙๗ มาตรา ๕๑) และกฎหมายให้ อปท. ดูแลสถานีขนส่ง"
        "ทั้งทางบกและทางน้ำเท่านั้น (พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา ๑๗ (๑๓))"
        " ไม่มีบทบัญญัติใดให้อำนาจสร้างหรือดำเนินการท่าอากาศยาน",
        "en": "no one may found an aerodrome without a licence approved by the minister"
        " (Air Navigation Act 1954 s. 51), and the local Acts give stations for land and"
        " water transport only (Decentralisation Act s. 17(13)); none gives an airport",
    },
    "powers.note.reserved.water_authority": {
        "th": "ท่อจ่ายน้ำ มาตรวัดน้ำ และเขตบริการของการประปาส่วนภูมิภาคเป็นกิจการผลิต จัดส่ง"
        "และจำหน่ายน้ำประปาของการประปาส่วนภูมิภาค (พระราชบัญญัติการประปาส่วนภูมิภาค พ.ศ. ๒๕๒๒"
        " มาตรา ๕ และมาตรา ๗) มิใช่ของ อปท. เว้นแต่จะอุดหนุนหรือร่วมดำเนินการตามที่ชื่อโครงการระบุ",
        "en": "the Provincial Waterworks Authority's mains, meters and service area are its"
        " own business of producing, carrying and selling water (PWA Act 1979 ss. 5, 7),"
        " not a local government's unless the title says it subsidises or joins in",
    },
    "powers.note.reserved.expressway": {
        "th": "การสร้าง บำรุง และรักษาทางพิเศษเป็นวัตถุประสงค์ของการทางพิเศษแห่งประเทศไทย"
        " (พระราชบัญญัติการทางพิเศษแห่งประเทศไทย พ.ศ. ๒๕๕๐ มาตรา ๘ (๑))",
        "en": "building and maintaining expressways is the Expressway Authority of"
        " Thailand's object (its Act 2007 s. 8(1))",
    },
    "powers.note.reserved.motorway_access": {
        "th": "ห้ามมิให้ผู้ใดสร้างทาง ถนน หรือสิ่งอื่นใดในเขตทางหลวงพิเศษเพื่อเป็นทางเข้าออก"
        " เชื่อม หรือผ่านทางหลวงพิเศษ (พระราชบัญญัติทางหลวง พ.ศ. ๒๕๓๕ มาตรา ๕๕)",
        "en": "no one may build a road or anything else in a special highway's reserve to"
        " enter, join or cross it (Highways Act 1992 s. 55)",
    },
    "powers.note.reserved.telecom": {
        "th": "การใช้คลื่นความถี่เพื่อประกอบกิจการโทรคมนาคมต้องได้รับใบอนุญาตจาก กสทช."
        " (พระราชบัญญัติองค์กรจัดสรรคลื่นความถี่และกำกับการประกอบกิจการวิทยุกระจายเสียง"
        " วิทยุโทรทัศน์ และกิจการโทรคมนาคม พ.ศ. ๒๕๕๓ มาตรา ๔๑) สถานีฐานโทรศัพท์เคลื่อนที่"
        "เป็นของผู้รับใบอนุญาต ไม่มีบทบัญญัติใดให้ อปท. ประกอบกิจการนี้",
        "en": "a telecommunications business on a frequency needs the regulator's licence"
        " (Broadcasting and Telecommunications Frequencies Act 2010 s. 41); mobile base"
        " stations are the licensees', and no local power gives that business",
    },
    "powers.note.reserved.irrigation_waterway": {
        "th": "การขุดลอก ซ่อม หรือดัดแปลงแก้ไขทางน้ำชลประทาน หรือจัดให้มีสิ่งก่อสร้างขึ้นในทางน้ำ"
        "ชลประทาน เป็นอำนาจของอธิบดีกรมชลประทาน (พระราชบัญญัติการชลประทานหลวง พุทธศักราช ๒๔๘๕"
        " มาตรา ๑๕ (๒)) เว้นแต่ได้ถ่ายโอนให้ อปท. แล้ว ซึ่งชื่อโครงการมิได้ระบุ",
        "en": "dredging, repairing or altering an irrigation waterway, or building in one,"
        " is the Royal Irrigation Department's director-general's power (Royal Irrigation"
        " Act 1942 s. 15(2)) unless handed over, which the title does not say",
    },
    "powers.note.reserved.air_navigation": {
        "th": "บริการการเดินอากาศ รวมทั้งบริการอุตุนิยมวิทยาการบิน จัดให้มีได้เฉพาะผู้ได้รับใบรับรอง"
        "จากผู้อำนวยการสำนักงานการบินพลเรือนแห่งประเทศไทย (พระราชบัญญัติการเดินอากาศ"
        " พ.ศ. ๒๔๙๗ มาตรา ๔ และมาตรา ๑๕/๑๘)",
        "en": "air navigation services, aeronautical weather services among them, are for"
        " holders of the civil aviation authority's certificate only (Air Navigation Act"
        " 1954 ss. 4, 15/18)",
    },
    "powers.note.reserved.lottery": {
        "th": "การออกสลากกินแบ่งรัฐบาลเป็นของสำนักงานสลากกินแบ่งรัฐบาล (พระราชบัญญัติสำนักงาน"
        "สลากกินแบ่งรัฐบาล พ.ศ. ๒๕๑๗ มาตรา ๕ (๑)) ซึ่งจำหน่ายเองหรือแต่งตั้งตัวแทนจำหน่าย (มาตรา ๓๕)"
        " และสลากอื่นเป็นการเล่นตามบัญชี ข. ที่ต้องได้รับ"
        "ใบอนุญาตตามพระราชบัญญัติการพนัน พุทธศักราช ๒๔๗๘ มาตรา ๔ ซึ่งไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "issuing the state lottery is the Government Lottery Office's (its Act 1974"
        " s. 5(1)), which sells it itself or through agents it appoints (s. 35), and any"
        " other lottery is a game of the Gambling Act's list B that needs"
        " its licence (Gambling Act 1935 s. 4); it is not within local powers",
    },
    "powers.note.reserved.consumer_suit": {
        "th": "การฟ้องคดีแทนผู้บริโภคเป็นอำนาจของคณะกรรมการคุ้มครองผู้บริโภค ผ่านเจ้าหน้าที่คุ้มครอง"
        "ผู้บริโภคที่คณะกรรมการแต่งตั้ง หรือของสมาคมและมูลนิธิที่คณะกรรมการรับรอง"
        " (พระราชบัญญัติคุ้มครองผู้บริโภค พ.ศ. ๒๕๒๒ มาตรา ๓๙ และมาตรา ๔๐) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "suing in court for consumers is the Consumer Protection Board's, through the"
        " officers it appoints, or a certified association's or foundation's (Consumer"
        " Protection Act 1979 s. 39, 40), not a local government's",
    },
    "powers.note.reserved.state_fund": {
        "th": "กองทุนผู้สูงอายุและกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการตั้งอยู่ในหน่วยงานของกระทรวง"
        "การพัฒนาสังคมและความมั่นคงของมนุษย์ และคณะกรรมการบริหารกองทุนเป็นผู้อนุมัติการจ่ายเงิน"
        " (พระราชบัญญัติผู้สูงอายุ พ.ศ. ๒๕๔๖ มาตรา ๑๓ และมาตรา ๒๐ (๒) พระราชบัญญัติส่งเสริมและพัฒนา"
        "คุณภาพชีวิตคนพิการ พ.ศ. ๒๕๕๐ มาตรา ๒๓ และมาตรา ๒๖) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "the Older Persons Fund and the fund for persons with disabilities sit in the"
        " social development ministry's offices, and their boards approve what they pay"
        " (Older Persons Act 2003 s. 13, 20(2); Persons with Disabilities Empowerment Act"
        " 2007 s. 23, 26), not a local government",
    },
    "powers.note.reserved.defence_volunteer": {
        "th": "กองอาสารักษาดินแดนเป็นองค์การในกระทรวงมหาดไทย คณะกรรมการกลางกองอาสารักษาดินแดน"
        "กำหนดวิธีรับสมัครและคัดเลือกสมาชิก และผู้ว่าราชการจังหวัดตั้งคณะกรรมการรับสมัครหรือคัดเลือก"
        " (พระราชบัญญัติกองอาสารักษาดินแดน พ.ศ. ๒๔๙๗ มาตรา ๔ มาตรา ๗ (๑) และมาตรา ๑๕)",
        "en": "the Volunteer Defence Corps is the Interior ministry's; its central board sets"
        " how members are recruited and a committee the governor appoints takes them"
        " (Volunteer Defence Corps Act 1954 s. 4, 7(1), 15)",
    },
    "powers.note.reserved.fishery_zone": {
        "th": "การประกาศเขตพื้นที่รักษาพันธุ์สัตว์น้ำ และเครื่องมือหรือพื้นที่ที่ห้ามทำการประมง"
        " เป็นอำนาจของรัฐมนตรีหรือคณะกรรมการประมงประจำจังหวัด (พระราชกำหนดการประมง"
        " พ.ศ. ๒๕๕๘ มาตรา ๕๖ และมาตรา ๗๑)",
        "en": "declaring an aquatic-animal conservation zone, and the gear or areas no one"
        " may fish with or in, is for the minister or the provincial fisheries committee"
        " (Fisheries Royal Ordinance 2015 ss. 56, 71)",
    },
    "powers.note.reserved.aquaculture_zone": {
        "th": "การประกาศกำหนดเขตเพาะเลี้ยงสัตว์น้ำเป็นอำนาจของคณะกรรมการประมงประจำจังหวัด"
        " (พระราชกำหนดการประมง พ.ศ. ๒๕๕๘ มาตรา ๒๘ (๓) และมาตรา ๗๗)",
        "en": "declaring aquaculture zones is for the provincial fisheries committee"
        " (Fisheries Royal Ordinance 2015 ss. 28 (3), 77)",
    },
    "powers.note.reserved.mineral_zone": {
        "th": "การจำแนกเขตพื้นที่ศักยภาพแร่และการกำหนดเขตแหล่งแร่เพื่อการทำเหมืองอยู่ในแผนแม่บท"
        "การบริหารจัดการแร่ของคณะกรรมการนโยบายบริหารจัดการแร่แห่งชาติ (พระราชบัญญัติแร่ พ.ศ. ๒๕๖๐"
        " มาตรา ๑๗ และมาตรา ๑๙)",
        "en": "classifying areas of mineral potential and fixing mineral zones for mining is"
        " the national minerals committee's master plan (Minerals Act 2017 ss. 17, 19)",
    },
    "powers.note.reserved.rice_price": {
        "th": "การกำหนดราคาข้าวและสั่งห้ามซื้อจากกสิกรต่ำกว่าราคาที่กำหนด เป็นอำนาจของคณะกรรมการ"
        "ตามกฎหมายว่าด้วยการค้าข้าวในเขตควบคุมการค้าข้าว (พระราชบัญญัติการค้าข้าว พุทธศักราช ๒๔๘๙"
        " มาตรา ๗ และมาตรา ๘ (๒) (๓))",
        "en": "fixing rice prices and forbidding buying from farmers below them is the"
        " committee's, in a rice control zone (Rice Trade Act 1946 ss. 7, 8 (2), (3))",
    },
    "powers.note.reserved.currency_exchange": {
        "th": "การแลกเปลี่ยนเงินตราทำได้เฉพาะธนาคารหรือบุคคลที่ได้รับอนุญาต"
        "ตามกฎกระทรวงของรัฐมนตรีว่าการกระทรวงการคลัง"
        " (พระราชบัญญัติควบคุมการแลกเปลี่ยนเงิน พุทธศักราช ๒๔๘๕ มาตรา ๔ (๖) และมาตรา ๔ ทวิ)",
        "en": "only a bank or a person licensed under the finance minister's rules may"
        " exchange money"
        " (Exchange Control Act 1942 ss. 4 (6), 4 bis)",
    },
    "powers.note.reserved.vehicle_tax": {
        "th": "ภาษีรถประจำปีชำระต่อนายทะเบียนซึ่งรัฐมนตรีว่าการกระทรวงคมนาคมแต่งตั้ง"
        " ณ ที่ทำการของนายทะเบียน องค์กรปกครองส่วนท้องถิ่นเป็นผู้รับเงินที่จัดเก็บได้ ไม่ใช่ผู้จัดเก็บ"
        " (พระราชบัญญัติรถยนต์ พ.ศ. ๒๕๒๒ มาตรา ๔ มาตรา ๓๕ มาตรา ๓๕/๒ และมาตรา ๔๑)",
        "en": "the yearly vehicle tax is paid to the registrar the transport minister"
        " appoints, at the registrar's office; local governments receive the money,"
        " collecting none (Motor Vehicle Act 1979 ss. 4, 35, 35/2, 41)",
    },
    "powers.note.reserved.judgment_auction": {
        "th": "การยึดและขายทอดตลาดทรัพย์สินของลูกหนี้ตามคำพิพากษาเป็นอำนาจของเจ้าพนักงานบังคับคดี"
        " (ประมวลกฎหมายวิธีพิจารณาความแพ่ง มาตรา ๒๗๘ และมาตรา ๓๓๑)",
        "en": "seizing a judgment debtor's property and selling it at auction is the"
        " enforcement officer's (Civil Procedure Code ss. 278, 331)",
    },
    "powers.note.local_tax.irrigation_charge": {
        "th": "ค่าชลประทานเป็นเงินที่รัฐมนตรีมีอำนาจเรียกเก็บจากเจ้าของที่ดินในเขตชลประทานหรือผู้ใช้น้ำ"
        " (พระราชบัญญัติการชลประทานหลวง พุทธศักราช ๒๔๘๕ มาตรา ๘) ไม่ใช่รายได้ของ อปท.",
        "en": "the irrigation charge is the minister's to levy on land in an irrigation zone"
        " and on water users (Royal Irrigation Act 1942 s. 8), no local government's revenue",
    },
    "powers.note.reserved.provincial_budget_request": {
        "th": "การรวบรวมคำขอตั้งงบประมาณรายจ่ายของจังหวัดและกลุ่มจังหวัดเป็นหน้าที่ของผู้ว่าราชการจังหวัด"
        " (พระราชบัญญัติวิธีการงบประมาณ พ.ศ. ๒๕๖๑ มาตรา ๒๗)",
        "en": "gathering the budget requests of a province and a province group is the"
        " governor's (Budget Procedures Act 2018 s. 27)",
    },
    "powers.note.reserved.env_disease_zone": {
        "th": "การประกาศเขตพื้นที่ที่ต้องเฝ้าระวัง ป้องกัน หรือควบคุมโรคจากการประกอบอาชีพหรือโรคจาก"
        "สิ่งแวดล้อมเป็นอำนาจของอธิบดีกรมควบคุมโรคตามคำแนะนำของคณะกรรมการระดับจังหวัด"
        " (พระราชบัญญัติควบคุมโรคจากการประกอบอาชีพและโรคจากสิ่งแวดล้อม พ.ศ. ๒๕๖๒ มาตรา ๓๕)",
        "en": "declaring the areas where an occupational or environmental disease must be"
        " watched or controlled is the Disease Control director-general's, on the provincial"
        " committee's advice (Occupational and Environmental Diseases Control Act 2019 s. 35)",
    },
    "powers.note.reserved.state_tourism_resource": {
        "th": "การสำรวจและกำหนดพื้นที่เป็นสถานที่ท่องเที่ยวและทรัพยากรทางการท่องเที่ยวที่ต้องสงวนไว้"
        "เป็นของรัฐเป็นอำนาจของการท่องเที่ยวแห่งประเทศไทย (พระราชบัญญัติการท่องเที่ยว"
        "แห่งประเทศไทย พ.ศ. ๒๕๒๒ มาตรา ๙ (๕))",
        "en": "surveying and fixing the places and tourism resources reserved to the state is"
        " the Tourism Authority of Thailand's (TAT Act 1979 s. 9 (5))",
    },
    "powers.note.reserved.disease_control_unit": {
        "th": "การจัดตั้งหน่วยปฏิบัติการควบคุมโรคติดต่อในทุกอำเภอเป็นหน้าที่ของผู้ว่าราชการจังหวัด"
        "โดยความเห็นชอบของคณะกรรมการโรคติดต่อจังหวัด (พระราชบัญญัติโรคติดต่อ พ.ศ. ๒๕๕๘ มาตรา ๓๖)",
        "en": "setting up the communicable disease control units in every district is the"
        " governor's, with the provincial committee's consent (Communicable Diseases Act 2015"
        " s. 36)",
    },
    "powers.note.reserved.moon_sighting": {
        "th": "การดูดวงจันทร์เป็นหน้าที่ของคณะกรรมการอิสลามประจำมัสยิด และการประกาศผลเพื่อกำหนด"
        "วันสำคัญทางศาสนาเป็นอำนาจของจุฬาราชมนตรี (พระราชบัญญัติการบริหารองค์กรศาสนาอิสลาม"
        " พ.ศ. ๒๕๔๐ มาตรา ๘ (๓) และมาตรา ๓๕ (๑๑))",
        "en": "sighting the moon is the mosque committee's, and announcing the religious days"
        " by it the Chularatchamontri's (Islamic Organisations Administration Act 1997"
        " ss. 8 (3), 35 (11))",
    },
    "powers.note.reserved.factory_waste": {
        "th": "อำนาจของราชการส่วนท้องถิ่นในการเก็บ ขน และกำจัดมูลฝอยไม่ใช้บังคับกับของเสียอันตราย"
        "ตามกฎหมายว่าด้วยโรงงาน ซึ่งผู้ประกอบกิจการโรงงานและผู้รับกำจัดที่ได้รับอนุญาตดำเนินการ"
        " (พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕ มาตรา ๑๘ วรรคท้าย)",
        "en": "a local government's power over refuse does not reach the hazardous waste of"
        " factories, which the factory and a licensed handler deal with under the Factory"
        " Act (Public Health Act 1992 s. 18, last paragraph)",
    },
    "powers.note.reserved.state_land_lease": {
        "th": "ที่ดินของรัฐที่ไม่มีผู้ใดมีสิทธิครอบครองและมิใช่ที่ราษฎรใช้ประโยชน์ร่วมกัน อธิบดีกรมที่ดิน"
        "เป็นผู้จัดหาผลประโยชน์ รวมทั้งให้เช่า หรือทบวงการเมืองที่รัฐมนตรีมอบหมาย"
        " (ประมวลกฎหมายที่ดิน มาตรา ๑๐)",
        "en": "state land no one holds, other than common land, is put to use or leased by the"
        " Lands director-general, or a body the minister assigns (Land Code s. 10)",
    },
    "powers.note.reserved.policy_plan": {
        "th": "กรมโยธาธิการและผังเมืองเป็นผู้วางและจัดทำผังนโยบายระดับจังหวัด (และระดับประเทศ ระดับภาค)"
        " ส่วนองค์การบริหารส่วนจังหวัดวางผังเมืองรวมจังหวัดได้"
        " (พระราชบัญญัติการผังเมือง พ.ศ. ๒๕๖๒ มาตรา ๑๗ และมาตรา ๒๓)",
        "en": "the provincial policy plan (and the national and regional ones) is drawn up by"
        " the Department of Public Works and Town Planning; a PAO may make the provincial"
        " comprehensive plan (Town Planning Act 2019 ss. 17, 23)",
    },
    "powers.note.reserved.land_appraisal": {
        "th": "คณะกรรมการประจำจังหวัดเป็นผู้กำหนดและประกาศบัญชีราคาประเมินที่ดินหรือสิ่งปลูกสร้าง"
        " (พระราชบัญญัติการประเมินราคาทรัพย์สินเพื่อประโยชน์แห่งรัฐ พ.ศ. ๒๕๖๒ มาตรา ๑๘ และมาตรา ๑๙)",
        "en": "the appraised prices of land and buildings are fixed and announced by the"
        " provincial committee (State Property Valuation Act 2019 ss. 18, 19)",
    },
    "powers.note.reserved.land_consolidation": {
        "th": "เขตจัดรูปที่ดินเพื่อเกษตรกรรมกำหนดโดยพระราชกฤษฎีกาตามที่คณะกรรมการจัดรูปที่ดินกลางเสนอ"
        " และคณะกรรมการจัดรูปที่ดินจังหวัดเป็นผู้ประเมินราคาที่ดินและกำหนดแปลงที่ดิน"
        " (พระราชบัญญัติจัดรูปที่ดินเพื่อเกษตรกรรม พ.ศ. ๒๕๕๘ มาตรา ๓๒ และมาตรา ๔๕)",
        "en": "an agricultural land consolidation zone is fixed by royal decree on the central"
        " committee's proposal, and the provincial committee prices the land and draws the"
        " plots (Agricultural Land Consolidation Act 2015 ss. 32, 45)",
    },
    "powers.note.reserved.traffic_enforcement": {
        "th": "การออกใบสั่ง การสั่งหยุดรถ และการทดสอบผู้ขับขี่ว่าเมาสุราหรือไม่ เป็นอำนาจของ"
        "เจ้าพนักงานจราจรหรือพนักงานสอบสวน (พระราชบัญญัติจราจรทางบก พ.ศ. ๒๕๒๒ มาตรา ๑๔๐"
        " และมาตรา ๑๔๒)",
        "en": "ticketing drivers, stopping them and testing them for drink are for traffic"
        " officers or inquiry officials (Land Traffic Act 1979 ss. 140, 142)",
    },
    "powers.note.reserved.vds_village": {
        "th": "กระทรวงมหาดไทยเป็นผู้ประกาศกำหนดหมู่บ้านอาสาพัฒนาและป้องกันตนเอง และคณะกรรมการกลาง"
        "หมู่บ้านมีผู้ใหญ่บ้านเป็นประธานกับกรรมการที่ราษฎรเลือก"
        " (พระราชบัญญัติจัดระเบียบบริหารหมู่บ้านอาสาพัฒนาและป้องกันตนเอง พ.ศ. ๒๕๒๒ มาตรา ๖"
        " และมาตรา ๗)",
        "en": "a village development and self-defence village is declared by the Interior"
        " ministry, and its central committee is chaired by the headman with members the"
        " villagers elect (Village Development and Self-Defence Act 1979 ss. 6, 7)",
    },
    "powers.note.reserved.primary_care_registration": {
        "th": "สำนักงานหลักประกันสุขภาพแห่งชาติเป็นผู้จัดให้มีการขึ้นทะเบียนหน่วยบริการปฐมภูมิและ"
        "เครือข่ายหน่วยบริการปฐมภูมิ (พระราชบัญญัติระบบสุขภาพปฐมภูมิ พ.ศ. ๒๕๖๒ มาตรา ๑๗)",
        "en": "primary care units and networks are registered by the National Health Security"
        " Office (Primary Health System Act 2019 s. 17)",
    },
    "powers.note.reserved.civil_mediation": {
        "th": "การไกล่เกลี่ยข้อพิพาททางแพ่งเกี่ยวกับที่ดินและมรดกในอำเภอเป็นของคณะบุคคลที่นายอำเภอ"
        "จัดทำบัญชีรายชื่อ (พระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ มาตรา ๖๑/๒)"
        " และหน่วยงานของรัฐที่ไกล่เกลี่ยข้อพิพาทได้ไม่รวมราชการส่วนท้องถิ่น"
        " (พระราชบัญญัติการไกล่เกลี่ยข้อพิพาท พ.ศ. ๒๕๖๒ มาตรา ๓)",
        "en": "civil disputes over land and inheritance are mediated in each district by a"
        " body the district chief lists (State Administration Act 1991 s. 61/2), and the state"
        " bodies that may mediate include no local government (Dispute Mediation Act 2019 s. 3)",
    },
    "powers.note.reserved.epidemic_closure": {
        "th": "การสั่งปิดตลาด ร้านอาหาร สถานศึกษา หรือสถานที่อื่นเป็นการชั่วคราวเพื่อป้องกันการแพร่"
        "ของโรคติดต่ออันตรายหรือโรคระบาด เป็นอำนาจของผู้ว่าราชการจังหวัดโดยความเห็นชอบของคณะกรรมการ"
        "โรคติดต่อจังหวัด และในกรุงเทพมหานครของผู้ว่าราชการกรุงเทพมหานคร"
        " (พระราชบัญญัติโรคติดต่อ พ.ศ. ๒๕๕๘ มาตรา ๓๕)",
        "en": "closing markets, food shops, schools or other places for a time against a"
        " dangerous disease or an epidemic is the provincial governor's, with the provincial"
        " committee's consent, and in Bangkok its governor's (Communicable Diseases Act 2015"
        " s. 35)",
    },
    "powers.note.reserved.office_holder_contract": {
        "th": "นายก รองนายก เลขานุการ ที่ปรึกษานายก (และสมาชิกสภาองค์การบริหารส่วนจังหวัด)"
        " ต้องไม่เป็นผู้มีส่วนได้เสียในสัญญาหรือกิจการที่กระทำกับองค์กรของตน"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๔/๓ (๓)"
        " พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๔/๒"
        " และพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๔๘ จตุทศ)",
        "en": "the mayor, deputies, secretary and advisers (and a PAO's council members) may"
        " have no interest in a contract with their own organisation (PAO Act s. 44/3(3),"
        " TAO Act s. 64/2, Municipality Act s. 48 quattuordecies)",
    },
    "powers.note.reserved.council_adviser": {
        "th": "รองนายก เลขานุการ และที่ปรึกษานายก แต่งตั้งจากผู้ซึ่งมิใช่สมาชิกสภา"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๓๕/๓"
        " พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๕๘/๓"
        " และพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๔๘ อัฏฐ)",
        "en": "deputies, secretaries and advisers are appointed from outside the council"
        " (PAO Act s. 35/3, TAO Act s. 58/3, Municipality Act s. 48 octies)",
    },
    "powers.note.reserved.supervising_local": {
        "th": "การกำกับดูแลองค์กรปกครองส่วนท้องถิ่นเป็นอำนาจของผู้ว่าราชการจังหวัดหรือนายอำเภอ"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๗๗"
        " พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๙๐"
        " และพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๗๑) ไม่มี อปท. ใดกำกับดูแล อปท. อื่น",
        "en": "supervising a local government is the provincial governor's or the district"
        " chief's (PAO Act s. 77, TAO Act s. 90, Municipality Act s. 71); no local"
        " government supervises another",
    },
    "powers.note.reserved.public_land_sale": {
        "th": "ทรัพย์สินซึ่งเป็นสาธารณสมบัติของแผ่นดิน รวมทั้งที่ดินที่พลเมืองใช้ร่วมกัน จะโอนแก่กันมิได้"
        " เว้นแต่อาศัยอำนาจแห่งบทกฎหมายเฉพาะหรือพระราชกฤษฎีกา"
        " (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา ๑๓๐๔ และมาตรา ๑๓๐๕)",
        "en": "the public domain, common land among it, cannot be transferred save under a"
        " special law or a royal decree (Civil and Commercial Code ss. 1304, 1305)",
    },
    "powers.note.reserved.private_tax_collection": {
        "th": "องค์การบริหารส่วนจังหวัดมอบหมายให้เอกชนจัดเก็บค่าธรรมเนียมหรือรายได้อื่นได้"
        " ยกเว้นการเรียกเก็บภาษีอากร"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๗๑ วรรคสาม)",
        "en": "a PAO may have a private party collect its fees and other revenue, except"
        " taxes (PAO Act 1997 s. 71, third paragraph)",
    },
    "powers.note.reserved.seconded_salary": {
        "th": "ผู้ที่ยืมตัวมาช่วยราชการองค์การบริหารส่วนจังหวัดคงได้รับเงินเดือนทางต้นสังกัดเดิม"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๔๓)",
        "en": "one seconded to a PAO keeps being paid by the body seconding them"
        " (PAO Act 1997 s. 43)",
    },
    "powers.note.reserved.office_holder_insurance": {
        "th": "เงินเดือนและค่าตอบแทนของสมาชิกสภา นายก รองนายก เลขานุการ และที่ปรึกษานายก"
        "องค์การบริหารส่วนจังหวัด เป็นไปตามระเบียบที่กระทรวงมหาดไทยกำหนด"
        " (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๗๕)",
        "en": "what a PAO's council members, mayor, deputies, secretary and advisers are paid"
        " is as the Interior ministry's rules say (PAO Act 1997 s. 75)",
    },
    "powers.note.reserved.income_tax_relief": {
        "th": "ภาษีเงินได้เป็นภาษีตามประมวลรัษฎากร และการยกเว้นภาษีเงินได้นิติบุคคลแก่ผู้ลงทุนเป็นของ"
        "คณะกรรมการส่งเสริมการลงทุน (พระราชบัญญัติส่งเสริมการลงทุน พ.ศ. ๒๕๒๐ มาตรา ๑๖ และมาตรา ๓๑)",
        "en": "income tax is the Revenue Code's, and exempting investors from corporate income"
        " tax is the Board of Investment's (Investment Promotion Act 1977 ss. 16, 31)",
    },
    "powers.note.reserved.farm_rent": {
        "th": "การกำหนดอัตราค่าเช่านาขั้นสูงและการวินิจฉัยข้อพิพาทระหว่างผู้เช่านากับผู้ให้เช่า เป็นของ"
        "คณะกรรมการการเช่าที่ดินเพื่อเกษตรกรรมจังหวัดและตำบล (คชก.)"
        " (พระราชบัญญัติการเช่าที่ดินเพื่อเกษตรกรรม พ.ศ. ๒๕๒๔ มาตรา ๗ มาตรา ๙ และมาตรา ๑๓)",
        "en": "the highest farmland rent and disputes between tenants and landlords are for"
        " the provincial and tambon land rent committees (Agricultural Land Rent Act 1981"
        " ss. 7, 9, 13)",
    },
    "powers.note.reserved.small_factory": {
        "th": "รัฐมนตรีอาจแต่งตั้งผู้บริหารหรือข้าราชการส่วนท้องถิ่นเป็นพนักงานเจ้าหน้าที่สำหรับโรงงาน"
        "จำพวกที่ ๑ และ ๒ ในเขตของตน โดยองค์กรปกครองส่วนท้องถิ่นตามพระราชบัญญัตินี้ไม่รวม"
        "องค์การบริหารส่วนจังหวัด (พระราชบัญญัติโรงงาน พ.ศ. ๒๕๓๕ มาตรา ๕ และมาตรา ๑๑/๑)",
        "en": "the minister may make a local government's officials the officers for class 1 and"
        " 2 factories in its area, the Act's local governments excluding the PAO (Factory Act"
        " 1992 ss. 5, 11/1)",
    },
    "powers.note.reserved.industrial_estate": {
        "th": "การจัดให้มีและบริหารจัดการสาธารณูปโภคในนิคมอุตสาหกรรมเป็นของการนิคมอุตสาหกรรมแห่งประเทศไทย"
        " (พระราชบัญญัติการนิคมอุตสาหกรรมแห่งประเทศไทย พ.ศ. ๒๕๒๒ มาตรา ๖ (๒))",
        "en": "an industrial estate's public utilities are provided and run by the Industrial"
        " Estate Authority of Thailand (its Act 1979 s. 6(2))",
    },
    "powers.note.reserved.abandoned_temple": {
        "th": "วัดร้างที่ยังไม่ยุบเลิก สำนักงานพระพุทธศาสนาแห่งชาติมีหน้าที่ปกครองดูแลรักษาวัดนั้น"
        " รวมทั้งที่วัด ที่ธรณีสงฆ์ และทรัพย์สินของวัด (พระราชบัญญัติคณะสงฆ์ พ.ศ. ๒๕๐๕ มาตรา ๓๒ ทวิ)",
        "en": "an abandoned temple not yet dissolved, with its land and property, is kept by the"
        " National Office of Buddhism (Sangha Act 1962 s. 32 bis)",
    },
    "powers.note.reserved.union_with_others": {
        "th": "สหการตั้งได้เฉพาะเพื่อกิจการที่อยู่ในอำนาจหน้าที่ของเทศบาลตั้งแต่สองแห่งขึ้นไป"
        " และจัดตั้งได้โดยตราเป็นพระราชกฤษฎีกาเท่านั้น (พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๘)",
        "en": "a union (สหการ) is formed only by two or more municipalities, for work within the"
        " powers of each, and only by royal decree (Municipality Act 1953 s. 58)",
    },
    "powers.note.reserved.disease_checkpoint": {
        "th": "รัฐมนตรีโดยคำแนะนำของคณะกรรมการโรคติดต่อแห่งชาติเป็นผู้ประกาศกำหนดช่องทางเข้าออกให้เป็น"
        "ด่านควบคุมโรคติดต่อระหว่างประเทศ (พระราชบัญญัติโรคติดต่อ พ.ศ. ๒๕๕๘ มาตรา ๖ (๒))",
        "en": "which port of entry is an international communicable disease control checkpoint"
        " is declared by the minister (Communicable Diseases Act 2015 s. 6(2))",
    },
    "powers.note.reserved.community_forest": {
        "th": "การจัดตั้งป่าชุมชนทำโดยบุคคลในชุมชนตั้งแต่ห้าสิบคนยื่นคำขอ และคณะกรรมการป่าชุมชน"
        "ประจำจังหวัดเป็นผู้พิจารณาอนุมัติ (พระราชบัญญัติป่าชุมชน พ.ศ. ๒๕๖๒ มาตรา ๓๒ และมาตรา ๓๘)",
        "en": "a community forest is asked for by fifty or more of the community and approved"
        " by the provincial community forest committee (Community Forest Act 2019 ss. 32, 38)",
    },
    "powers.note.reserved.office_holder_pay": {
        "th": "เงินเดือนและค่าตอบแทนของนายก รองนายก เลขานุการ ที่ปรึกษา และสมาชิกสภา เป็นไปตามระเบียบ"
        "ที่กระทรวงมหาดไทยกำหนด (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๗๕"
        " พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๖๘) ไม่ใช่ที่ อปท. ปรับเองได้",
        "en": "what the mayor, deputies, secretaries, advisers and council members are paid is"
        " as the Interior ministry's rules say (PAO Act 1997 s. 75; Municipality Act 1953"
        " s. 68); a local government does not set it",
    },
    "powers.note.reserved.public_land_lease": {
        "th": "ที่ดินสาธารณสมบัติของแผ่นดินสำหรับพลเมืองใช้ร่วมกันอยู่ในความดูแลของอธิบดีกรมที่ดิน"
        " และห้ามผู้ใดเข้ายึดถือครอบครองที่ดินของรัฐโดยไม่ได้รับอนุญาตจากพนักงานเจ้าหน้าที่"
        " (ประมวลกฎหมายที่ดิน มาตรา ๘ และมาตรา ๙) การให้เอกชนเช่าจึงไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "common land is in the Lands director-general's care, and no one holds state land"
        " without his officers' permit (Land Code ss. 8, 9); letting it to a private party is"
        " not a local power",
    },
    "powers.note.reserved.foreign_worker_import": {
        "th": "การนำคนต่างด้าวมาทำงานกับนายจ้างในประเทศเป็นธุรกิจที่ต้องได้รับอนุญาตจากอธิบดี"
        " และนายจ้างนำคนต่างด้าวมาทำงานกับตนเองตามบันทึกความเข้าใจ (พระราชกำหนดการบริหารจัดการ"
        "การทำงานของคนต่างด้าว พ.ศ. ๒๕๖๐ มาตรา ๒๖ และมาตรา ๔๖)",
        "en": "bringing in foreign workers for employers is a business the director-general"
        " licenses, and an employer brings in its own under a memorandum (Foreign Workers"
        " Management Emergency Decree 2017 ss. 26, 46)",
    },
    "powers.note.reserved.guardianship": {
        "th": "ผู้ปกครองของผู้เยาว์ตั้งโดยคำสั่งศาลเมื่อญาติ อัยการ หรือผู้ที่ระบุในพินัยกรรมร้องขอ"
        " (ประมวลกฎหมายแพ่งและพาณิชย์ มาตรา ๑๕๘๖)",
        "en": "a minor's guardian is appointed by the court, on a relative's, the"
        " prosecutor's or a will's request (Civil and Commercial Code s. 1586)",
    },
    "powers.note.reserved.heritage_listing": {
        "th": "การขึ้นบัญชีมรดกภูมิปัญญาทางวัฒนธรรมเป็นอำนาจของคณะกรรมการส่งเสริมและรักษามรดกภูมิปัญญา"
        "ทางวัฒนธรรม (พระราชบัญญัติส่งเสริมและรักษามรดกภูมิปัญญาทางวัฒนธรรม พ.ศ. ๒๕๕๙ มาตรา ๑๐)",
        "en": "listing intangible cultural heritage is its committee's (Intangible Cultural"
        " Heritage Act 2016 s. 10)",
    },
    "powers.note.reserved.food_licence": {
        "th": "การตั้งโรงงานผลิตอาหารเพื่อจำหน่ายต้องได้รับใบอนุญาตจากผู้อนุญาต (พระราชบัญญัติอาหาร"
        " พ.ศ. ๒๕๒๒ มาตรา ๑๔) ซึ่งเลขสารบบอาหารออกตามการอนุญาตนั้น ไม่ใช่ของ อปท.",
        "en": "setting up a food factory needs the licensor's licence (Food Act 1979 s. 14),"
        " with which the food serial number is issued; it is not a local government's",
    },
    "powers.note.reserved.forest_enforcement": {
        "th": "การยึดสิ่งที่ใช้กระทำผิดและการเปรียบเทียบปรับตามกฎหมายว่าด้วยป่าไม้เป็นอำนาจของ"
        "พนักงานเจ้าหน้าที่ตามพระราชบัญญัติป่าไม้ พุทธศักราช ๒๔๘๔ (มาตรา ๔ (๑๖) และมาตรา ๖๔ ทวิ)",
        "en": "seizing what was used against the forest law, and settling its fines, are the"
        " forest officers' (Forest Act 1941 ss. 4(16), 64 bis)",
    },
    "powers.note.reserved.pariyattidhamma_school": {
        "th": "วัดเป็นผู้มีสิทธิจัดตั้งสถานศึกษาพระปริยัติธรรมตามหลักเกณฑ์ที่คณะกรรมการกำหนด"
        " (พระราชบัญญัติการศึกษาพระปริยัติธรรม พ.ศ. ๒๕๖๒ มาตรา ๑๖)",
        "en": "a temple founds a Pariyattidhamma school, on the committee's rules"
        " (Pariyattidhamma Education Act 2019 s. 16)",
    },
    "powers.note.reserved.culture_council": {
        "th": "สภาวัฒนธรรมทุกระดับรวมทั้งสภาวัฒนธรรมตำบลจัดตั้งตามพระราชบัญญัติวัฒนธรรมแห่งชาติ"
        " พ.ศ. ๒๕๕๓ มาตรา ๑๓ มีสถานภาพเป็นองค์กรภาคเอกชนภายใต้การกำกับดูแลของกรมส่งเสริมวัฒนธรรม"
        " (มาตรา ๑๔) และมีกรรมการจากเครือข่ายวัฒนธรรมตามกฎกระทรวง (มาตรา ๑๕)",
        "en": "the culture councils, the tambon's included, are set up by the National"
        " Culture Act 2010 s. 13 as private bodies under the Cultural Promotion Department"
        " (s. 14), their members drawn from culture networks by ministerial rule (s. 15)",
    },
    "powers.note.reserved.recruitment_abroad": {
        "th": "ห้ามมิให้ผู้ใดจัดหางานให้คนหางานเพื่อไปทำงานในต่างประเทศ เว้นแต่ได้รับใบอนุญาตจาก"
        "นายทะเบียนจัดหางานกลาง (พระราชบัญญัติจัดหางานและคุ้มครองคนหางาน พ.ศ. ๒๕๒๘ มาตรา ๓๐)",
        "en": "no one finds work abroad for job-seekers without the central recruitment"
        " registrar's licence (Recruitment and Job-Seekers Protection Act 1985 s. 30)",
    },
    "powers.note.reserved.env_protection_area": {
        "th": "การกำหนดเขตพื้นที่คุ้มครองสิ่งแวดล้อมเป็นอำนาจของรัฐมนตรีโดยคำแนะนำของคณะกรรมการสิ่งแวดล้อม"
        "แห่งชาติ ซึ่งออกเป็นกฎกระทรวง (พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ"
        " พ.ศ. ๒๕๓๕ มาตรา ๔๓)",
        "en": "an environmental protection area is fixed by the minister's rule on the"
        " National Environment Board's advice (Enhancement and Conservation of National"
        " Environmental Quality Act 1992 s. 43)",
    },
    "powers.note.reserved.water_crisis_zone": {
        "th": "เขตภาวะน้ำแล้งประกาศโดยคณะกรรมการลุ่มน้ำด้วยความเห็นชอบของนายกรัฐมนตรี และเขตภาวะ"
        "น้ำแล้งอย่างรุนแรงพร้อมวิธีการแบ่งปันน้ำโดยนายกรัฐมนตรี (พระราชบัญญัติทรัพยากรน้ำ"
        " พ.ศ. ๒๕๖๑ มาตรา ๕๗ และมาตรา ๕๘)",
        "en": "a drought zone is declared by the basin committee with the prime minister's"
        " approval, and a severe one, with its water sharing, by the prime minister (Water"
        " Resources Act 2018 ss. 57, 58)",
    },
    "powers.note.reserved.water_map": {
        "th": "ผังน้ำจัดทำโดยสำนักงานทรัพยากรน้ำแห่งชาติ และคณะกรรมการทรัพยากรน้ำแห่งชาติเห็นชอบและประกาศ"
        "ในราชกิจจานุเบกษา (พระราชบัญญัติทรัพยากรน้ำ พ.ศ. ๒๕๖๑ มาตรา ๑๗ (๕) และมาตรา ๒๓ (๓))",
        "en": "the water map is drawn by the Office of the National Water Resources and"
        " approved and announced by the National Water Resources Board (Water Resources Act"
        " 2018 ss. 17(5), 23(3))",
    },
    "powers.note.reserved.bus_routes": {
        "th": "การกำหนดเส้นทางการขนส่งประจำทางและอัตราค่าขนส่งภายในจังหวัดเป็นอำนาจของคณะกรรมการควบคุม"
        "การขนส่งทางบกประจำจังหวัด (พระราชบัญญัติการขนส่งทางบก พ.ศ. ๒๕๒๒ มาตรา ๒๐ (๑) และ (๔))",
        "en": "scheduled routes and fares within a province are fixed by the provincial land"
        " transport control committee (Land Transport Act 1979 s. 20(1), (4))",
    },
    "powers.note.reserved.bird_nest": {
        "th": "ห้ามมิให้ผู้ใดเก็บรังนกอีแอ่นตามธรรมชาติบนเกาะหรือในที่สาธารณสมบัติของแผ่นดินโดยไม่ได้รับ"
        "สัมปทานจากคณะกรรมการพิจารณาจัดเก็บอากรรังนกอีแอ่น ซึ่งเป็นผู้ให้และเพิกถอนสัมปทาน"
        " (พระราชบัญญัติอากรรังนกอีแอ่น พ.ศ. ๒๕๔๐ มาตรา ๗ และมาตรา ๑๔)",
        "en": "no one gathers wild swiftlet nests on islands or public land without a"
        " concession from the bird's nest duty committee, which grants and revokes them"
        " (Edible Bird's Nest Duty Act 1997 ss. 7, 14)",
    },
    "powers.note.reserved.egat_dam": {
        "th": "เขื่อนและสิ่งอันเป็นอุปกรณ์ของเขื่อนเพื่อการผลิตไฟฟ้าเป็นของการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย"
        "ที่จะสร้าง ดำเนินกิจการ และบำรุงรักษา (พระราชบัญญัติการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย พ.ศ. ๒๕๑๑"
        " มาตรา ๙ (๔) และมาตรา ๓๘)",
        "en": "a hydro dam and its works are the Electricity Generating Authority's to build,"
        " run and keep (EGAT Act 1968 ss. 9(4), 38)",
    },
    "powers.note.reserved.state_property": {
        "th": "ชื่อโครงการระบุว่างานทำกับทรัพย์สินหรือกิจการของหน่วยงานของรัฐอื่น (กรม กระทรวง"
        " รัฐวิสาหกิจ หน่วยทหารหรือตำรวจ) ซึ่งกฎหมายจัดตั้งของหน่วยงานนั้นให้เป็นผู้จัดทำและบำรุงรักษา"
        " อปท. มีส่วนได้โดยการอุดหนุนหน่วยงานนั้น ไม่ใช่ทำเองตามอำนาจหน้าที่"
        " (พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ และมาตรา ๑๗"
        " ให้จัดบริการสาธารณะของท้องถิ่น)",
        "en": "the title says the work is on the works or property of another state body (a"
        " department, ministry, state enterprise, military or police unit), which that"
        " body's own Act has it build and keep; a local government takes part by"
        " subsidising it, not as work of its own powers (the Decentralisation Act 1999"
        " ss. 16, 17 give it its area's public services)",
    },
    "powers.note.reserved.pro_club": {
        "th": "สโมสรกีฬาอาชีพที่จดแจ้งแล้วได้รับการช่วยเหลือ ส่งเสริม และสนับสนุนตามเงื่อนไขที่คณะกรรมการ"
        "กีฬาอาชีพกำหนด โดยยื่นคำขอต่อคณะกรรมการบริหารกองทุน (พระราชบัญญัติส่งเสริมกีฬาอาชีพ"
        " พ.ศ. ๒๕๕๖ มาตรา ๑๘ และมาตรา ๑๙) ไม่ใช่จากเงินอุดหนุนของ อปท.",
        "en": "a registered professional club is helped on the Professional Sports"
        " Committee's terms, applying to its fund (Professional Sports Promotion Act 2013"
        " ss. 18, 19), not from a local government's subsidy",
    },
    "powers.note.reserved.informant_reward": {
        "th": "เงินสินบนนำจับศาลเป็นผู้พิพากษาให้จ่ายแก่ผู้นำจับจากเงินค่าปรับ (พระราชบัญญัติป่าไม้"
        " พุทธศักราช ๒๔๘๔ มาตรา ๗๔ จัตวา)",
        "en": "an informant's reward is awarded by the court and paid out of the fine (Forest"
        " Act 1941 s. 74 quater)",
    },
    "powers.note.reserved.insurance_business": {
        "th": "การประกอบธุรกิจประกันวินาศภัยทำได้เฉพาะบริษัทมหาชนจำกัดที่ได้รับใบอนุญาตจากรัฐมนตรี"
        " (พระราชบัญญัติประกันวินาศภัย พ.ศ. ๒๕๓๕ มาตรา ๖)",
        "en": "insuring against loss is a business only a public company the minister"
        " licenses may carry on (Non-life Insurance Act 1992 s. 6)",
    },
    "powers.note.reserved.uniform": {
        "th": "ลักษณะ ชนิด และประเภทของเครื่องแบบ และระเบียบการแต่งเครื่องแบบของเจ้าหน้าที่ส่วนท้องถิ่น"
        "ให้กำหนดโดยกฎกระทรวง (พระราชบัญญัติเครื่องแบบเจ้าหน้าที่ส่วนท้องถิ่น พ.ศ. ๒๕๐๙ มาตรา ๕)",
        "en": "the kinds of local officials' uniforms and the rules for wearing them are fixed"
        " by ministerial rule (Local Officials Uniform Act 1966 s. 5)",
    },
    "powers.note.reserved.own_pension_fund": {
        "th": "ข้าราชการส่วนท้องถิ่นทุกแห่งมีกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่นกองทุนเดียว"
        " ซึ่ง อปท. หักเงินสมทบนำส่งกระทรวงมหาดไทย (พระราชบัญญัติบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น"
        " พ.ศ. ๒๕๐๐ มาตรา ๖) อปท. ไม่ตั้งกองทุนของตนเอง",
        "en": "every local official belongs to the one local officials' pension fund, into"
        " which each local government pays its share through the Interior ministry (Local"
        " Officials Pension Act 1957 s. 6); none founds its own",
    },
    "powers.note.reserved.own_social_security": {
        "th": "พระราชบัญญัติประกันสังคม พ.ศ. ๒๕๓๓ ไม่ใช้บังคับแก่ข้าราชการและลูกจ้างประจำของราชการ"
        "ส่วนท้องถิ่น (มาตรา ๔ (๑))",
        "en": "the Social Security Act 1990 does not apply to the officials and permanent"
        " employees of local government (s. 4(1))",
    },
    "powers.note.reserved.nationality": {
        "th": "การพิจารณาและสั่งให้ผู้เกิดในราชอาณาจักรจากบิดามารดาต่างด้าวได้สัญชาติไทย และการแปลงสัญชาติ"
        " เป็นอำนาจของรัฐมนตรี (พระราชบัญญัติสัญชาติ พ.ศ. ๒๕๐๘ มาตรา ๗ ทวิ และมาตรา ๑๑)",
        "en": "granting Thai nationality to one born in Thailand to alien parents, and"
        " naturalisation, are the minister's (Nationality Act 1965 ss. 7 bis, 11)",
    },
    "powers.note.reserved.info_tribunal": {
        "th": "คณะกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสารแต่งตั้งโดยคณะรัฐมนตรีตามข้อเสนอของ"
        "คณะกรรมการข้อมูลข่าวสารของราชการ (พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๓๕)",
        "en": "information disclosure tribunals are appointed by the Cabinet on the Official"
        " Information Board's proposal (Official Information Act 1997 s. 35)",
    },
    "powers.note.reserved.hajj_service": {
        "th": "การรับจัดบริการขนส่งและบริการอื่นในกิจการฮัจย์ต้องได้รับอนุญาตจากคณะกรรมการส่งเสริม"
        "กิจการฮัจย์ (พระราชบัญญัติส่งเสริมกิจการฮัจย์ พ.ศ. ๒๕๒๔ มาตรา ๕)",
        "en": "carrying Hajj pilgrims and the other Hajj services need the Hajj Affairs"
        " Promotion Committee's licence (Hajj Affairs Promotion Act 1981 s. 5)",
    },
    "powers.note.reserved.rotating_credit": {
        "th": "ห้ามมิให้นิติบุคคลเป็นนายวงแชร์หรือจัดให้มีการเล่นแชร์ (พระราชบัญญัติการเล่นแชร์"
        " พ.ศ. ๒๕๓๔ มาตรา ๕) และ อปท. เป็นนิติบุคคล",
        "en": "no juristic person may head or organise a rotating credit circle (Rotating"
        " Credit Act 1991 s. 5), and a local government is one",
    },
    "powers.note.reserved.cooperative_property": {
        "th": "สหกรณ์ที่จดทะเบียนแล้วเป็นนิติบุคคล ดำเนินธุรกิจและมีทรัพย์สินของตนเองเพื่อประโยชน์ของสมาชิก"
        " (พระราชบัญญัติสหกรณ์ พ.ศ. ๒๕๔๒ มาตรา ๓๗ และมาตรา ๔๖) อาคารของสหกรณ์จึงเป็นของสหกรณ์ที่จะสร้าง",
        "en": "a registered cooperative is a juristic person that runs its business and holds"
        " its property for its members (Cooperatives Act 1999 ss. 37, 46); its buildings are"
        " its own to build",
    },
    "powers.note.reserved.price_guarantee": {
        "th": "มาตรการประกันราคาหรือพยุงราคาสินค้าเกษตรกรรมเป็นอำนาจของรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"
        " (พระราชบัญญัติเศรษฐกิจการเกษตร พ.ศ. ๒๕๒๒ มาตรา ๑๕) ไม่ใช่งานที่ อปท. จ่ายเอง",
        "en": "guaranteeing or supporting farm prices is a measure of the agriculture minister"
        " (Agricultural Economics Act 1979 s. 15), not something a local government pays",
    },
    "powers.note.reserved.university_grounds": {
        "th": "มหาวิทยาลัยมีอำนาจปกครอง ดูแล บำรุงรักษา และใช้ทรัพย์สินของมหาวิทยาลัย รวมทั้งที่ราชพัสดุ"
        "ที่ใช้ และรับเงินอุดหนุนจากราชการส่วนท้องถิ่นได้ (เช่น พระราชบัญญัติมหาวิทยาลัยราชภัฏ"
        " พ.ศ. ๒๕๔๗ มาตรา ๑๓) งานก่อสร้างภายในมหาวิทยาลัยจึงเป็นของมหาวิทยาลัย ไม่ใช่ของ อปท.",
        "en": "a university keeps, maintains and uses its property, the state land it holds"
        " included, and may receive local subsidies (e.g. Rajabhat University Act 2004 s. 13);"
        " building on its campus is its work, not a local government's",
    },
    "powers.note.reserved.headman_pay": {
        "th": "ผู้ใหญ่บ้านได้รับเงินเดือน และผู้ช่วยผู้ใหญ่บ้านได้รับเงินตอบแทนตามที่กระทรวงมหาดไทยกำหนด"
        " (พระราชบัญญัติลักษณะปกครองท้องที่ พระพุทธศักราช ๒๔๕๗ มาตรา ๙ และมาตรา ๑๗ ทวิ)"
        " ไม่ใช่รายจ่ายที่ อปท. จ่ายหรืออุดหนุนได้",
        "en": "a village headman's salary and his assistants' pay are what the Interior"
        " ministry fixes (Local Administration Act 1914 ss. 9, 17 bis); a local government"
        " neither pays nor subsidises them",
    },
    "powers.note.reserved.local_credit": {
        "th": "โรงรับจำนำหรือสถานสินเชื่อท้องถิ่นเป็นกิจการที่กฎหมายให้เทศบาลเมืองและเทศบาลนครจัดทำ"
        " (พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๓ (๘) และมาตรา ๕๖) รายจ่ายที่องค์การบริหารส่วนจังหวัด"
        "และองค์การบริหารส่วนตำบลอาจมีไม่มีการให้กู้ยืม (พระราชบัญญัติองค์การบริหารส่วนจังหวัด"
        " พ.ศ. ๒๕๔๐ มาตรา ๗๔ พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๘๕)",
        "en": "a pawnshop or local credit office is work the law gives town and city"
        " municipalities (Municipality Act 1953 ss. 53(8), 56); lending is not among what a"
        " PAO or TAO may spend on (PAO Act 1997 s. 74; Tambon Council and TAO Act 1994 s. 85)",
    },
    "powers.note.reserved.street_performer": {
        "th": "ผู้แสดงความสามารถแจ้งต่อเจ้าพนักงานท้องถิ่น ซึ่งหมายถึงนายกองค์การบริหารส่วนตำบล"
        " นายกเทศมนตรี นายกเมืองพัทยา หรือผู้ว่าราชการกรุงเทพมหานคร แต่มิใช่องค์การบริหารส่วนจังหวัด"
        " (พระราชบัญญัติควบคุมการขอทาน พ.ศ. ๒๕๕๙ มาตรา ๕ และมาตรา ๑๔)",
        "en": "street performers notify the local officer, who is a TAO's, municipality's,"
        " Pattaya's or Bangkok's head but not a PAO's (Begging Control Act 2016 ss. 5, 14)",
    },
    "powers.note.reserved.civil_registration": {
        "th": "งานทะเบียนราษฎร (แจ้งเกิด แจ้งตาย แจ้งย้าย) เป็นของสำนักทะเบียนอำเภอ และของท้องถิ่น"
        "เฉพาะกรุงเทพมหานคร เทศบาล เมืองพัทยา และที่ผู้อำนวยการทะเบียนกลางประกาศกำหนด"
        " (พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ มาตรา ๔ และมาตรา ๘/๒)",
        "en": "civil registration (births, deaths, moves) is the district registry's, and a"
        " local government's only in Bangkok, municipalities, Pattaya and those the central"
        " registrar designates (Civil Registration Act 1991 ss. 4, 8/2)",
    },
    "powers.note.reserved.id_card": {
        "th": "การทำบัตรประจำตัวประชาชนเป็นของพนักงานเจ้าหน้าที่ซึ่งรัฐมนตรีว่าการกระทรวงมหาดไทยแต่งตั้ง"
        " ผู้ต้องมีบัตรยื่นคำขอต่อพนักงานเจ้าหน้าที่นั้น (พระราชบัญญัติบัตรประจำตัวประชาชน พ.ศ. ๒๕๒๖"
        " มาตรา ๔ มาตรา ๖ และมาตรา ๘) ที่สำนักทะเบียน ซึ่ง อบจ. และ อบต. ไม่มี"
        " (พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ มาตรา ๔)",
        "en": "ID cards are applied for to, and made by, the officers the Interior minister"
        " appoints (ID Card Act 1983 ss. 4, 6, 8), at the registries, which a PAO or TAO does"
        " not keep (Civil Registration Act 1991 s. 4)",
    },
    "powers.note.reserved.tobacco": {
        "th": "การผลิตบุหรี่ซิกาแรตเป็นกิจการผูกขาดของรัฐ (พระราชบัญญัติภาษีสรรพสามิต"
        " พ.ศ. ๒๕๖๐ มาตรา ๑๕๙ และมาตรา ๑๖๔) ซึ่งการยาสูบแห่งประเทศไทยดำเนินการ"
        " (พระราชบัญญัติการยาสูบแห่งประเทศไทย พ.ศ. ๒๕๖๑ มาตรา ๗) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "making cigarettes is a state monopoly (Excise Tax Act 2017 ss. 159, 164),"
        " carried on by the Tobacco Authority of Thailand (Tobacco Authority of Thailand"
        " Act 2018 s. 7); it is not within local powers",
    },
    "powers.note.reserved.pollution_zone": {
        "th": "การประกาศกำหนดให้ท้องที่ใดเป็นเขตควบคุมมลพิษเป็นอำนาจของคณะกรรมการสิ่งแวดล้อมแห่งชาติ"
        " (พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. ๒๕๓๕ มาตรา ๕๙)"
        " ท้องถิ่นจัดทำแผนลดและขจัดมลพิษเมื่อประกาศแล้ว (มาตรา ๖๐)",
        "en": "declaring a pollution control zone is the National Environment Board's"
        " (National Environmental Quality Act 1992 s. 59); the local plan to reduce the"
        " pollution follows the declaration (s. 60)",
    },
    "powers.note.reserved.eia": {
        "th": "รายงานการวิเคราะห์ผลกระทบสิ่งแวดล้อมพิจารณาและให้ความเห็นชอบโดยคณะกรรมการผู้ชำนาญการ"
        "ที่คณะกรรมการสิ่งแวดล้อมแห่งชาติแต่งตั้ง (พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อม"
        "แห่งชาติ พ.ศ. ๒๕๓๕ มาตรา ๕๑ และมาตรา ๕๑/๑) ไม่อยู่ในอำนาจหน้าที่ของ อปท.",
        "en": "an environmental impact report is considered and approved by the expert"
        " committee the National Environment Board appoints (National Environmental Quality"
        " Act 1992 ss. 51, 51/1), not by a local government",
    },
    "powers.note.reserved.irrigation_works": {
        "th": "ห้ามมิให้ผู้ใดนอกจากเจ้าพนักงานผู้มีหน้าที่ปิดหรือเปิดประตูน้ำหรือประตูระบาย และห้ามมิให้ผู้ใด"
        "นอกจากนายช่างชลประทานหรือผู้ที่ได้รับอนุมัติจากอธิบดีแก้ไข เปลี่ยนแปลง หรือรื้อถอนสิ่งก่อสร้าง"
        "อันเกี่ยวกับการชลประทาน (พระราชบัญญัติการชลประทานหลวง พุทธศักราช ๒๔๘๕ มาตรา ๓๒ และมาตรา ๓๓)",
        "en": "only the officers in charge may open or close an irrigation sluice, and only"
        " irrigation engineers or those the director-general approves may alter or remove an"
        " irrigation structure (Royal Irrigation Act 1942 ss. 32, 33)",
    },
    "powers.note.reserved.park_fees": {
        "th": "ค่าบริการหรือค่าตอบแทนในอุทยานแห่งชาติและวนอุทยานเป็นของกรมอุทยานแห่งชาติ"
        " สัตว์ป่า และพันธุ์พืชที่จะเรียกเก็บ และแบ่งให้เฉพาะเทศบาลหรือองค์การบริหาร"
        "ส่วนตำบลอันเป็นที่ตั้ง (พระราชบัญญัติอุทยานแห่งชาติ พ.ศ. ๒๕๖๒ มาตรา ๒๙ และมาตรา ๓๐)",
        "en": "the charges for a national or forest park's services are the National Parks"
        " department's to collect, a share going only to the municipality or TAO it lies"
        " in (National Parks Act 2019 ss. 29, 30)",
    },
    "powers.note.reserved.reserved_forest": {
        "th": "ห้ามมิให้บุคคลใดยึดถือครอบครองทำประโยชน์หรืออยู่อาศัยในเขตป่าสงวนแห่งชาติ"
        " และการอนุญาตให้เข้าทำประโยชน์หรืออยู่อาศัยเป็นอำนาจของอธิบดีกรมป่าไม้"
        " (พระราชบัญญัติป่าสงวนแห่งชาติ พ.ศ. ๒๕๐๗ มาตรา ๑๔ และมาตรา ๑๖)"
        " อปท. จึงจัดสรรที่ดินในเขตป่าสงวนแห่งชาติให้ผู้ใดไม่ได้",
        "en": "no one may occupy, use or live on land in a national reserved forest,"
        " and permission to use or live in one is the Forestry director-general's"
        " (National Reserved Forests Act 1964 ss. 14, 16): a local government"
        " allots no land in one",
    },
    "powers.note.local_tax.land_building": {
        "th": "ภาษีที่ดินและสิ่งปลูกสร้างเป็นของเทศบาล องค์การบริหารส่วนตำบล กรุงเทพมหานคร"
        " และเมืองพัทยา ที่จะจัดเก็บในเขตของตน แต่ไม่หมายความรวมถึงองค์การบริหารส่วนจังหวัด"
        " (พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ มาตรา ๕ และมาตรา ๗)",
        "en": "the land and buildings tax is collected by municipalities, TAOs, Bangkok and"
        " Pattaya in their own areas, expressly not by a PAO (Land and Buildings Tax"
        " Act 2019 ss. 5, 7)",
    },
    "powers.note.local_tax.street_parking": {
        "th": "ค่าธรรมเนียมการจอดรถในทางหรือที่สาธารณะ และการใช้เครื่องมือบังคับไม่ให้เคลื่อนย้ายรถ"
        " เป็นของเทศบาล องค์การบริหารส่วนตำบล กรุงเทพมหานคร และเมืองพัทยา ที่จะตราข้อบัญญัติ"
        "จัดระเบียบและเรียกเก็บ แต่ไม่หมายความรวมถึงองค์การบริหารส่วนจังหวัด (พระราชบัญญัติ"
        "จัดระเบียบการจอดรถในเขตองค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๖๒ มาตรา ๔ มาตรา ๗ และมาตรา ๙)",
        "en": "the fee for parking on roads and public places, and clamping wheels, is for"
        " municipalities, TAOs, Bangkok and Pattaya to set and collect by ordinance,"
        " expressly not a PAO (Parking Regulation in Local Government Areas Act 2019 ss. 4,"
        " 7, 9)",
    },
    "powers.note.local_tax.pao_levy": {
        "th": "ภาษีบำรุงองค์การบริหารส่วนจังหวัดจากการค้าน้ำมัน ก๊าซปิโตรเลียม และยาสูบในเขตจังหวัด"
        " เป็นรายได้ที่องค์การบริหารส่วนจังหวัดออกข้อบัญญัติจัดเก็บ (พระราชบัญญัติองค์การบริหาร"
        "ส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๖๔ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ"
        " พ.ศ. ๒๕๔๒ มาตรา ๒๔ (๑) (๒)) ไม่ใช่ของ อปท. ประเภทนี้",
        "en": "the PAO levy on fuel, petroleum gas and tobacco sold in the province is the"
        " PAO's to collect by its ordinance (PAO Act 1997 s. 64, Decentralisation Act"
        " 1999 s. 24(1)-(2)), not this kind's",
    },
    "powers.note.local_tax.pao_hotel_fee": {
        "th": "ค่าธรรมเนียมบำรุงองค์การบริหารส่วนจังหวัดจากผู้พักในโรงแรมเป็นของ"
        "องค์การบริหารส่วนจังหวัดที่จะออกข้อบัญญัติเรียกเก็บ (พระราชบัญญัติองค์การบริหาร"
        "ส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๖๕) ไม่ใช่ของ อปท. ประเภทนี้",
        "en": "the fee on hotel guests is the PAO's to levy by its ordinance (PAO Act 1997"
        " s. 65), not this kind's",
    },
    "powers.note.local_tax.pao_levy_other": {
        "th": "ภาษีบำรุงองค์การบริหารส่วนจังหวัดเก็บได้เฉพาะจากน้ำมันเชื้อเพลิงและก๊าซปิโตรเลียมสำหรับรถยนต์"
        " (๑) และยาสูบ (๒) (พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐ มาตรา ๖๔)",
        "en": "the PAO's levy is on motor fuel and gas (1) and tobacco (2) alone (PAO Act 1997"
        " s. 64)",
    },
    "powers.note.local_tax.land_code_charge": {
        "th": "ค่าตอบแทนจากผู้ได้รับอนุญาตขุดดิน ลูกรัง หรือทรายในที่ดินของรัฐ ชำระแก่เทศบาล"
        " องค์การบริหารส่วนตำบล กรุงเทพมหานคร หรือเมืองพัทยาที่ที่ดินตั้งอยู่ ยกเว้นองค์การบริหาร"
        "ส่วนจังหวัด ซึ่งได้รับส่วนแบ่งร้อยละสี่สิบจาก อปท. เหล่านั้น (ประมวลกฎหมายที่ดิน มาตรา ๙/๑)",
        "en": "the charge paid by one permitted to dig soil, laterite or sand on state land"
        " goes to the municipality, TAO, Bangkok or Pattaya where it lies, not the PAO, which"
        " gets a forty per cent share from them (Land Code s. 9/1)",
    },
    "powers.note.local_tax.slaughter_duty": {
        "th": "อากรการฆ่าสัตว์ชำระต่อพนักงานท้องถิ่นและเป็นรายได้ของเทศบาล องค์การบริหารส่วนตำบล"
        " กรุงเทพมหานคร หรือเมืองพัทยาที่ฆ่าสัตว์ ซึ่งพระราชบัญญัติควบคุมการฆ่าสัตว์เพื่อการจำหน่าย"
        'เนื้อสัตว์ พ.ศ. ๒๕๕๙ มาตรา ๔ นิยามไว้ "แต่ไม่รวมถึงองค์การบริหารส่วนจังหวัด" (มาตรา ๓๑'
        " และมาตรา ๔๓)",
        "en": "the slaughter duty is paid to the local officer of the municipality, TAO,"
        " Bangkok or Pattaya where the animal is slaughtered and is its revenue; the Animal"
        " Slaughter Control Act 2016 s. 4 leaves the PAO out (ss. 31, 43)",
    },
    "powers.note.local_tax.customs": {
        "th": "อากรขาเข้าและขาออกเรียกเก็บจากผู้นำของเข้าหรือผู้ส่งของออก ชำระต่อพนักงานศุลกากร"
        " (พระราชบัญญัติศุลกากร พ.ศ. ๒๕๖๐ มาตรา ๔ และมาตรา ๑๓) ไม่ใช่ภาษีที่ อปท. ใดจัดเก็บ",
        "en": "import and export duty is levied on the importer or exporter and paid to the"
        " customs officers (Customs Act 2017 ss. 4, 13); no local government collects it",
    },
    "powers.note.reserved.alcohol": {
        "th": "ห้ามขายเครื่องดื่มแอลกอฮอล์ในวัด สถานบริการสาธารณสุขของรัฐ สถานที่ราชการ หอพัก"
        " สถานศึกษา สถานีบริการน้ำมันเชื้อเพลิง และสวนสาธารณะของทางราชการ (พระราชบัญญัติควบคุม"
        "เครื่องดื่มแอลกอฮอล์ พ.ศ. ๒๕๕๑ มาตรา ๒๗) และห้ามบริโภคในสถานที่ที่กฎหมายกำหนด (มาตรา ๓๑)",
        "en": "no alcoholic drink may be sold in a temple, a state health service, a state"
        " office, a dormitory, a school, a fuel station or a state-run public park (Alcohol"
        " Control Act 2008 s. 27), nor drunk where the Act forbids it (s. 31)",
    },
    "powers.note.reserved.party": {
        "th": "ห้ามมิให้หน่วยงานของรัฐบริจาคแก่พรรคการเมือง และการบริจาคหมายความรวมถึงการให้เงิน"
        " ทรัพย์สิน หรือประโยชน์อื่นใดแก่พรรคการเมือง (พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วย"
        "พรรคการเมือง พ.ศ. ๒๕๖๐ มาตรา ๔ และมาตรา ๗๑)",
        "en": "state bodies may not donate to a political party, a donation being any"
        " money, property or other benefit given to one (Organic Act on Political"
        " Parties 2017 ss. 4, 71)",
    },
    "powers.note.subsidy_field": {
        "th": "การอุดหนุนส่วนราชการอ้างอำนาจสนับสนุนหรือช่วยเหลือส่วนราชการได้"
        " แต่ไม่พบบทบัญญัติที่ระบุเรื่องของโครงการที่อุดหนุนโดยตรง"
        " กรุณาตรวจว่าเรื่องนั้นอยู่ในอำนาจหน้าที่ด้วย",
        "en": "a subsidy to a state body rests on the power to support one, but no"
        " provision names the subsidised project's own field: check that it is"
        " within the powers too",
    },
    "powers.note.subsidy_field_local": {
        "th": "การอุดหนุนองค์กรปกครองส่วนท้องถิ่นอื่นอ้างอำนาจสนับสนุนองค์กรปกครองส่วนท้องถิ่นอื่นได้"
        " แต่ไม่พบบทบัญญัติที่ระบุเรื่องของโครงการที่อุดหนุนโดยตรง"
        " กรุณาตรวจว่าเรื่องนั้นอยู่ในอำนาจหน้าที่ของผู้รับอุดหนุนด้วย",
        "en": "a subsidy to another local government rests on the power to support"
        " one, but no provision names the subsidised project's own field: check"
        " that it is within the recipient's powers too",
    },
    "powers.note.given_to_others": {
        "th": "กฎหมายบัญญัติเรื่องนี้ไว้เป็นอำนาจของ {kinds} (ดูคำเตือนด้านล่าง)"
        " บทบัญญัติของประเภทนี้เกี่ยวข้องเพียงโดยอ้อม",
        "en": "the law names this matter among the powers of: {kinds} (see the warnings"
        " below); this kind's provisions touch it only indirectly",
    },
    # Refusals.
    "powers.error.empty_title": {
        "th": "กรุณาใส่ชื่อโครงการ",
        "en": "the project title is empty",
    },
    "powers.error.unknown_org": {
        "th": "ไม่รู้จักประเภท อปท. '{kind}': ใช้ {kinds}",
        "en": "unknown kind of organisation '{kind}': use {kinds}",
    },
    "powers.sheet.error.no_rows": {"th": "ไฟล์ไม่มีข้อมูล", "en": "the file has no rows"},
    "powers.sheet.error.too_many_rows": {
        "th": "มีโครงการเกิน {max} รายการ กรุณาแบ่งไฟล์",
        "en": "more than {max} projects; split the file",
    },
    "powers.sheet.error.csv_encoding": {
        "th": "อ่านไฟล์ CSV ไม่ได้ กรุณาบันทึกเป็น UTF-8",
        "en": "the CSV is neither UTF-8 nor TIS-620; save it as UTF-8",
    },
    "powers.sheet.error.csv_nul": {
        "th": "ไฟล์ CSV เสียหาย (มีอักขระ NUL)",
        "en": "the CSV is damaged (it holds NUL bytes)",
    },
    "powers.sheet.error.csv_malformed": {
        "th": "ไฟล์ CSV ผิดรูปแบบ ({reason})",
        "en": "malformed CSV ({reason})",
    },
    "powers.sheet.error.xlsx_damaged": {
        "th": "ไฟล์ .xlsx เสียหายหรือไม่ใช่ไฟล์ Excel{reason}",
        "en": "the .xlsx file is damaged or not Excel{reason}",
    },
    "powers.sheet.error.xlsx_too_large": {
        "th": "ไฟล์ .xlsx ใหญ่เกินไปเมื่อแตกไฟล์",
        "en": "the .xlsx unpacks too large",
    },
    "powers.sheet.error.no_title_column": {
        "th": "ไม่พบคอลัมน์ชื่อโครงการ (ต้องมีหัวคอลัมน์ \u201cชื่อโครงการ\u201d หรือข้อความชื่อโครงการ)",
        "en": "no column of project titles found (a \u201cชื่อโครงการ\u201d heading, or"
        " a column of titles)",
    },
}
