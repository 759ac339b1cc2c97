"""Query expansion with the words the law itself uses.

The Acts speak formal Thai; staff type everyday Thai ("ขยะ", "แวต") or English.
These tables map such words to the statute's vocabulary. They feed the lexical
arm (and, for English, a Thai gloss beside the dense query); they never replace
what was typed, and the search must work without them (scripts/eval_retrieval.py
--no-gloss measures it).

What belongs here, and nothing else:
- the names English gives Thai local-government bodies, offices and instruments
  (PAO, TAO, ordinance, ministerial rule, district chief), which a multilingual
  embedder does not know;
- statute terms of art whose everyday word differs (waste, ขยะ -> มูลฝอย; water
  supply, ประปา -> น้ำเพื่อการอุปโภค บริโภค; VAT, แวต -> ภาษีมูลค่าเพิ่ม).
Plain translations (petrol, hotel, day) are left to the embedder: a
table of them only grows with the questions someone happened to ask.
"""

from __future__ import annotations

import re

from kmportal.thai.tokenize import is_word_at

# English phrase (lower case, matched as a prefix of words) -> statute Thai.
EN_TH: dict[str, str] = {
    # bodies
    "provincial administrative organi": "องค์การบริหารส่วนจังหวัด",
    "pao": "องค์การบริหารส่วนจังหวัด",
    "tambon administrative organi": "องค์การบริหารส่วนตำบล",
    "subdistrict administrative organi": "องค์การบริหารส่วนตำบล",
    "tao": "องค์การบริหารส่วนตำบล",
    "tambon council": "สภาตำบล",
    "local government": "องค์กรปกครองส่วนท้องถิ่น",
    "local administrative organi": "องค์กรปกครองส่วนท้องถิ่น",
    "local authorit": "องค์กรปกครองส่วนท้องถิ่น ราชการส่วนท้องถิ่น",
    "municipal": "เทศบาล",
    "pattaya": "เมืองพัทยา",
    "bangkok": "กรุงเทพมหานคร",
    "council": "สภา",
    "committee": "คณะกรรมการ",
    "cabinet": "คณะรัฐมนตรี",
    # offices
    "mayor": "นายกเทศมนตรี นายก",
    "chief executive": "นายก",
    "governor": "ผู้ว่าราชการจังหวัด",
    "district chief": "นายอำเภอ",
    "district officer": "นายอำเภอ",
    "permanent secretary": "ปลัด",
    "minister of interior": "รัฐมนตรีว่าการกระทรวงมหาดไทย",
    # instruments and procedure
    "ordinance": "ข้อบัญญัติ",
    "bylaw": "ข้อบัญญัติ",
    "ministerial rule": "กฎกระทรวง",
    "royal decree": "พระราชกฤษฎีกา",
    "annual budget": "งบประมาณรายจ่ายประจำปี",
    "appropriation": "งบประมาณรายจ่าย",
    "reserve fund": "เงินสำรองจ่าย",
    "fiscal year": "ปีงบประมาณ",
    "quorum": "องค์ประชุม",
    "term of office": "วาระการดำรงตำแหน่ง",
    "decentrali": "กระจายอำนาจ",
    "supervis": "กำกับดูแล",
    "power": "อำนาจหน้าที่",
    "official information": "ข้อมูลข่าวสารของราชการ",
    "personal data": "ข้อมูลข่าวสารส่วนบุคคล",
}

# Statute terms of art (English prefix -> statute Thai): the part of the table
# that says what a project is about, where the names above say who acts.
EN_TERMS: dict[str, str] = {
    "surcharge": "ภาษีบำรุง",
    "value added tax": "ภาษีมูลค่าเพิ่ม",
    "vat": "ภาษีมูลค่าเพิ่ม",
    "subsid": "เงินอุดหนุน",
    "grant": "เงินอุดหนุน",
    "water supply": "การประปา น้ำสะอาด น้ำเพื่อการอุปโภค บริโภค",
    "waterwork": "การประปา",
    "waste": "มูลฝอย สิ่งปฏิกูล",
    "garbage": "มูลฝอย",
    "sewage": "น้ำเสีย",
    "wastewater": "น้ำเสีย",
    "road": "ทางบก",
    "drain": "ทางระบายน้ำ",
    "public utilit": "การสาธารณูปโภค",
    "school": "การศึกษา",
    "disaster": "สาธารณภัย",
    "town plan": "การผังเมือง",
    "welfare": "สังคมสงเคราะห์",
    "resident": "ราษฎร",
}
EN_TH.update(EN_TERMS)

# Everyday Thai -> the statute's word, for the lexical arm.
TH_TH: dict[str, str] = {
    "ขยะ": "มูลฝอย สิ่งปฏิกูล",
    "แวต": "ภาษีมูลค่าเพิ่ม",
    # Water supply is the first of the public utilities (การสาธารณูปโภค) the Acts list.
    "ประปา": "การประปา น้ำสะอาด น้ำเพื่อการอุปโภค บริโภค สาธารณูปโภค",
    # So is electricity: "สาธารณูปโภค หมายความว่า งานอันเกี่ยวกับการประปา การไฟฟ้า …"
    # (the Public Procurement Act 2560, ม.๔ — the one definition in the law library
    # that lists what the word covers).
    "ไฟฟ้า": "สาธารณูปโภค",
    # And a street light is that electricity: the TAO and Municipality Acts word
    # the duty "ให้มีและบำรุงการไฟฟ้าหรือแสงสว่างโดยวิธีอื่น" (ม.๖๘ (๒), ม.๕๑ (๗)).
    "ไฟส่องสว่าง": "แสงสว่าง สาธารณูปโภค",
    "โคมไฟ": "แสงสว่าง สาธารณูปโภค",
    # The quality of water and air is the environment's: "มาตรฐานคุณภาพสิ่งแวดล้อม
    # หมายความว่า ค่ามาตรฐานคุณภาพน้ำ อากาศ เสียง …" (the National Environmental
    # Quality Act 2535, ม.๔).
    "คุณภาพน้ำ": "สิ่งแวดล้อม",
    "คุณภาพอากาศ": "สิ่งแวดล้อม",
    # Sea water's too, written whole: "มาตรฐานคุณภาพน้ำทะเลชายฝั่ง" (ม.๓๒ (๒)).
    "คุณภาพน้ำทะเล": "สิ่งแวดล้อม",
    # And dust is pollution: "มลพิษ หมายความว่า ของเสีย …", "ของเสีย หมายความว่า …
    # อากาศเสีย …", "อากาศเสีย หมายความว่า ของเสียที่อยู่ในสภาพเป็นไอเสีย กลิ่นควัน
    # ก๊าซ เขม่า ฝุ่นละออง …" (the same section). Not หมอกควัน: a plan's
    # "พ่นหมอกควันกำจัดยุงลาย" is fogging against mosquitoes.
    "ฝุ่นละออง": "มลพิษ",
    # PM2.5 is that dust by its size ("ฝุ่นละอองขนาดไม่เกิน ๒.๕ ไมครอน"), the name
    # the air-quality standards and the plans give it.
    "pm2.5": "มลพิษ",
    "pm 2.5": "มลพิษ",
    # Noise, smell and vibration are pollution by name: "… และให้หมายความรวมถึง
    # รังสี ความร้อน แสง เสียง กลิ่น ความสั่นสะเทือน หรือเหตุรำคาญอื่น ๆ" (ม.๔,
    # "มลพิษ"). The nuisance, not the bare word: เสียง is also a hall's sound
    # system and a village's loudspeakers (เสียงตามสาย).
    "ระดับเสียง": "มลพิษ",
    "เสียงดัง": "มลพิษ",
    "กลิ่นเหม็น": "มลพิษ",
    "ความสั่นสะเทือน": "มลพิษ",
    # Tradition and ritual are culture: "วัฒนธรรม หมายความว่า วิถีการดำเนินชีวิต
    # ความคิด ความเชื่อ ค่านิยม จารีตประเพณี พิธีกรรม และภูมิปัญญา …" (the
    # National Culture Act 2553 ม.๓).
    "ประเพณี": "วัฒนธรรม",
    "พิธีกรรม": "วัฒนธรรม",
    # Monks and novices are of the religion: "พระภิกษุและสามเณรในพุทธศาสนา" (the Civil
    # Procedure Code ม.๑๐๖/๑), whom the Sangha Act 2505 ordains ("บรรพชาสามเณร").
    "สามเณร": "ศาสนา",
    "พระภิกษุ": "ศาสนา",
    # Ordaining them is the religion's rite, "การบรรพชาอุปสมบท" of the same Act;
    # บวช is the plans' word for it, เณร theirs for the novice.
    "บรรพชา": "ศาสนา",
    "อุปสมบท": "ศาสนา",
    "บวช": "ศาสนา",
    "เณร": "ศาสนา",
    # Islam's mosque and its leaders are of the religion by definition: "มัสยิด
    # หมายความว่า สถานที่ซึ่งมุสลิมใช้ประกอบศาสนกิจ … และเป็นสถานที่สอนศาสนา
    # อิสลาม", "อิหม่าม หมายความว่า ผู้นำศาสนาอิสลามประจำมัสยิด", "คอเต็บ …
    # ผู้แสดงธรรมประจำมัสยิด", "บิหลั่น … ผู้ประกาศเชิญชวนให้มุสลิมปฏิบัติศาสนกิจ"
    # (the Islamic Organisations Administration Act 2540 ม.๔).
    "มัสยิด": "ศาสนา",
    "อิหม่าม": "ศาสนา",
    "คอเต็บ": "ศาสนา",
    "บิหลั่น": "ศาสนา",
    "ศาสนกิจ": "ศาสนา",
    # A forest is a natural resource: "ป่าไม้อันเป็นทรัพยากรธรรมชาติ" (the Forest Act
    # 2484), and a community forest's are "ทรัพยากรธรรมชาติในป่าชุมชน" (the
    # Community Forest Act 2562).
    "ปลูกป่า": "ป่าไม้ ทรัพยากรธรรมชาติ",
    "ป่าชุมชน": "ป่าไม้ ทรัพยากรธรรมชาติ",
    # Restoring a forest, or the forest at a watershed's head, is the same work; a
    # bare ป่า is not glossed, as villages are named by it (บ้านป่าแดง).
    "ฟื้นฟูป่า": "ป่าไม้ ทรัพยากรธรรมชาติ",
    "ป่าต้นน้ำ": "ป่าไม้ ทรัพยากรธรรมชาติ",
    # Soil is a resource of the land too: "นโยบายและแผนการบริหารจัดการที่ดินและ
    # ทรัพยากรดิน" (the Land Code ม.๒๐/๑), conserved against "การชะล้างพังทลายของ
    # ดิน" by "การอนุรักษ์ดินและน้ำ … เพื่อรักษาดุลธรรมชาติ" (the Land Development
    # Act 2551 ม.๓). Not a bare พังทลาย: a riverbank's collapse is a flood's.
    "อนุรักษ์ดิน": "ทรัพยากรธรรมชาติ",
    "ชะล้างพังทลาย": "ทรัพยากรธรรมชาติ",
    "พังทลายของดิน": "ทรัพยากรธรรมชาติ",
    "พังทลายของหน้าดิน": "ทรัพยากรธรรมชาติ",
    # The destitute and the disabled are among those social welfare serves:
    # "ผู้รับบริการสวัสดิการสังคม หมายความว่า … เด็ก เยาวชน คนชรา ผู้ยากไร้
    # ผู้พิการหรือทุพพลภาพ ผู้ด้อยโอกาส …" (the Social Welfare Promotion Act 2546 ม.๓).
    "ผู้ยากไร้": "สังคมสงเคราะห์",
    "ผู้พิการ": "สังคมสงเคราะห์",
    "คนพิการ": "สังคมสงเคราะห์",
    "ทุพพลภาพ": "สังคมสงเคราะห์",
    # And so are the destitute without a home: "คนไร้ที่พึ่ง หมายความว่า บุคคลซึ่ง
    # ไร้ที่อยู่อาศัยและไม่มีรายได้เพียงพอแก่การยังชีพ", protected by "การจัด
    # สวัสดิการสังคม … การพัฒนาคุณภาพชีวิต" (the Destitute Persons Protection Act 2557 ม.๓).
    "คนไร้ที่พึ่ง": "สังคมสงเคราะห์",
    "คนไร้บ้าน": "สังคมสงเคราะห์",
    # A children and youth council is an instrument of developing them: "เพื่อ
    # ประโยชน์ในการพัฒนาเด็กและเยาวชน ให้หน่วยงานภาครัฐ… สนับสนุนการดำเนินงานของ
    # สภาเด็กและเยาวชน…" (the Child and Youth Development Promotion Act 2550 ม.๙),
    # which the decentralisation Act words "การพัฒนาคุณภาพชีวิตเด็ก". Without it the
    # council's `สภา` reads as the tambon council's.
    "สภาเด็กและเยาวชน": "คุณภาพชีวิตเด็ก",
    # Preventing and controlling disease is a public health service: "บริการ
    # สาธารณสุข หมายความว่า บริการต่าง ๆ อันเกี่ยวกับการสร้างเสริมสุขภาพ การป้องกัน
    # และควบคุมโรค …" (the National Health Act 2550 ม.๓).
    "ควบคุมโรค": "สาธารณสุข",
    "ป้องกันโรค": "สาธารณสุข",
    # And so is building up health itself ("… อันเกี่ยวกับการสร้างเสริมสุขภาพ",
    # the same definition).
    "สุขภาพ": "สาธารณสุข",
    # A fire is a public disaster: "ผู้ใดเมื่อเกิดเพลิงไหม้หรือสาธารณภัยอื่น …"
    # (the Criminal Code ม.๓๘๓), so fighting one is "การป้องกันและบรรเทาสาธารณภัย".
    "ดับเพลิง": "สาธารณภัย",
    "อัคคีภัย": "สาธารณภัย",
    "เพลิงไหม้": "สาธารณภัย",
    # And a forest fire is a fire in a forest.
    "ไฟป่า": "สาธารณภัย ป่าไม้",
    # So are floods, droughts and storms: "สาธารณภัย หมายความว่า อัคคีภัย วาตภัย
    # อุทกภัย ภัยแล้ง โรคระบาดในมนุษย์ …" (the Disaster Prevention and Mitigation
    # Act 2550 ม.๔, not in the law library; its list is the one "ภัยพิบัติ" has
    # in the Social Security Act 2533 ม.๕, which is). Not น้ำท่วม: standing
    # water ("น้ำท่วมขัง") is a drainage matter as often as a disaster.
    "อุทกภัย": "สาธารณภัย",
    "ภัยแล้ง": "สาธารณภัย",
    "วาตภัย": "สาธารณภัย",
    "ภัยพิบัติ": "สาธารณภัย",
    # Carrying people by bus is transport: "การขนส่ง หมายความว่า การขนคน สัตว์
    # หรือสิ่งของโดยทางบกด้วยรถ" (the Land Transport Act 2522 ม.๔).
    "รถโดยสาร": "การขนส่ง",
    # A farmer is one whose occupation is farming: "เกษตรกร หมายความว่า
    # ผู้ประกอบอาชีพเกษตรกรรม" (the National Farmers Council Act 2553 ม.๓, the
    # Farmers' Aid Fund Act 2517 ม.๓).
    "เกษตรกร": "ประกอบอาชีพ",
    # The people's safety is kept with public order, one duty in both places
    # the law names it: "รักษาความสงบเรียบร้อย ความปลอดภัยของประชาชน" (the
    # Royal Thai Police Act 2547 ม.๖ (๔)), "การรักษาความสงบเรียบร้อย และ…รักษา
    # ความปลอดภัยในชีวิตและทรัพย์สิน" (the Decentralisation Act ม.๑๖ (๓๐)).
    "ความปลอดภัย": "ความสงบเรียบร้อย",
    # And preventing crime is keeping that safety: "การป้องกันและแก้ไขปัญหา
    # อาชญากรรม การคุ้มครองความปลอดภัยในชีวิตและทรัพย์สิน" (the National Justice
    # Administration Development Act 2549 ม.๓), the safety ม.๑๖ (๓๐) keeps with order.
    "อาชญากรรม": "ความสงบเรียบร้อย",
    # Dentistry is treating and preventing disease: "วิชาชีพทันตกรรม หมายความว่า
    # วิชาชีพที่กระทำต่อมนุษย์เกี่ยวกับการตรวจ การวินิจฉัย การบำบัด หรือการป้องกัน
    # โรคฟัน …" (the Dentistry Profession Act 2537 ม.๔).
    "ทันตกรรม": "การบำบัด การป้องกัน โรค",
    # Emergency medicine is treating the sick: "ปฏิบัติการฉุกเฉิน หมายความว่า …
    # จนถึงการดำเนินการให้ผู้ป่วยฉุกเฉินได้รับการบำบัดรักษา … และการบำบัดรักษา
    # พยาบาลผู้ป่วยฉุกเฉิน" (the Emergency Medical Act 2551 ม.๓).
    "การแพทย์ฉุกเฉิน": "การรักษาพยาบาล",
    "ปฏิบัติการฉุกเฉิน": "การรักษาพยาบาล",
    "ผู้ป่วยฉุกเฉิน": "การรักษาพยาบาล",
    # Selling goods is commerce: "ให้ถือกิจการดังต่อไปนี้เป็นพาณิชยกิจ … (๑) การซื้อ
    # การขาย …" (the Commercial Registration Act 2499 ม.๖). The goods, not
    # จำหน่าย alone: a power grid's "ระบบจำหน่ายไฟฟ้า" distributes.
    "จำหน่ายสินค้า": "การพาณิชย์",
    "ขายสินค้า": "การพาณิชย์",
    # So is a fuel station: "สถานีบริการ หมายความว่า สถานที่สำหรับจำหน่ายน้ำมัน
    # เชื้อเพลิงให้แก่ประชาชน …" (the Fuel Trade Act 2543 ม.๓).
    "สถานีบริการน้ำมัน": "การพาณิชย์",
    "สถานีบริการน้ำมันเชื้อเพลิง": "การพาณิชย์",
    # Hearing the people's views is how they take part: "การสร้างการมีส่วนร่วม
    # ของประชาชนผ่านกระบวนการรับฟังความคิดเห็น" (the Town Planning Act 2562, its
    # reasons; "การรับฟังความคิดเห็นและการมีส่วนร่วมของประชาชนตามมาตรา ๙").
    "รับฟังความคิดเห็น": "มีส่วนร่วม",
    "ถนน": "ทางบก",
    "คลอง": "ทางน้ำ",
    # Streams and ditches are waterways: "ทางน้ำ หมายความว่า ทะเล … แม่น้ำ ห้วย หนอง
    # คลอง คันคลอง บึง คู ลำราง …" (the Public Cleanliness Act 2535 ม.๔). Not a
    # bare ห้วย, หนอง or บึง: villages are named by them (บ้านห้วยบง, บึงกาฬ).
    "ลำห้วย": "ทางน้ำ",
    "ลำราง": "ทางน้ำ",
    # Common land is the public domain: "สาธารณสมบัติของแผ่นดินนั้น รวมทรัพย์สิน
    # ทุกชนิดของแผ่นดินซึ่งใช้เพื่อสาธารณประโยชน์…" (the Civil and Commercial
    # Code ม.๑๓๐๔), the ที่สาธารณะ the lists of powers keep.
    "ที่สาธารณประโยชน์": "สาธารณสมบัติของแผ่นดิน ที่สาธารณะ",
    "ที่ดินสาธารณประโยชน์": "สาธารณสมบัติของแผ่นดิน ที่สาธารณะ",
    # A ห้วย dredged is the stream, whatever village shares its name.
    "ขุดลอกห้วย": "ทางน้ำ",
    # Groundwater is water: "น้ำบาดาล หมายความว่า น้ำใต้ดิน …", its well "บ่อน้ำ"
    # (the Groundwater Act 2520 ม.๔).
    "บาดาล": "น้ำ",
    # Rabies is a communicable disease: "โรคพิษสุนัขบ้าเป็นโรคติดต่อที่มีอันตรายต่อ
    # มนุษย์และสัตว์" (the Rabies Act 2535, its reasons).
    "พิษสุนัขบ้า": "โรคติดต่อ",
    # Killing mosquitoes is a measure against communicable disease: "(๓) กำจัดยุง
    # และพาหะนำโรค", "เพื่อการเฝ้าระวัง ป้องกัน และควบคุมโรคติดต่อ" (the
    # Communicable Diseases Act 2558 ม.๓๗); fogging is how plans do it.
    "กำจัดยุง": "โรคติดต่อ",
    "ยุงลาย": "โรคติดต่อ",
    "พาหะนำโรค": "โรคติดต่อ",
    "พ่นหมอกควัน": "โรคติดต่อ",
    "ผู้ว่าฯ": "ผู้ว่าราชการจังหวัด",
    "ผู้ว่า": "ผู้ว่าราชการจังหวัด",
    "งบ": "งบประมาณ",
    "ค่าปรับ": "โทษปรับ",
    "ประชากร": "ราษฎร",
    "ชาวบ้าน": "ราษฎร",
    # The police are a state body: "สำนักงานตำรวจแห่งชาติเป็นส่วนราชการ…" (the
    # Royal Thai Police Act 2547 ม.๖), which ม.๑๗ (๒๕) lets a PAO support. Its
    # units by name; not a bare ตำรวจ, as village volunteers are ตำรวจบ้าน.
    "สถานีตำรวจ": "ส่วนราชการ",
    "ตำรวจภูธร": "ส่วนราชการ",
    "สำนักงานตำรวจแห่งชาติ": "ส่วนราชการ",
    # The Acts give schools only as "การจัดการศึกษา", like "school" above.
    "โรงเรียน": "การศึกษา",
    # And child centres are where early-years education is given: "การจัดการ
    # ศึกษาปฐมวัย … ให้จัดในสถานศึกษา … (๑) สถานพัฒนาเด็กปฐมวัย ได้แก่ ศูนย์เด็กเล็ก
    # ศูนย์พัฒนาเด็กเล็ก …" (the National Education Act 2542 ม.๑๘).
    "ศูนย์พัฒนาเด็กเล็ก": "การศึกษา",
    "ศูนย์เด็กเล็ก": "การศึกษา",
    # And a public library is a source of that learning: "รัฐต้องส่งเสริม…แหล่ง
    # การเรียนรู้ตลอดชีวิตทุกรูปแบบ ได้แก่ ห้องสมุดประชาชน พิพิธภัณฑ์ …" (the same
    # Act, ม.๒๕), education being "กระบวนการเรียนรู้…" (ม.๔).
    "ห้องสมุดประชาชน": "การศึกษา",
    "ห้องสมุด": "การศึกษา",
    # A weir is irrigation work, water got for farming: "ฝาย หมายความว่า สิ่งที่
    # สร้างขึ้นเพื่อทดน้ำในทางน้ำซึ่งจะส่งเข้าสู่เขตชลประทาน", "การชลประทาน
    # หมายความว่า กิจการ…เพื่อให้ได้มาซึ่งน้ำ…เพื่อเกษตรกรรม…" (the Royal
    # Irrigation Act 2485 ม.๔).
    "ฝาย": "น้ำ การเกษตร",
}


def _compile(table: dict[str, str], english: bool) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for phrase, gloss in sorted(table.items(), key=lambda kv: -len(kv[0])):
        # An English entry is a word prefix ("decentrali"); its match runs to the word's end.
        pat = r"\b" + re.escape(phrase) + r"\w*" if english else re.escape(phrase)
        out.append((re.compile(pat, re.IGNORECASE), gloss))
    return out


_EN = _compile(EN_TH, english=True)
_EN_TERMS = _compile(EN_TERMS, english=True)
_TH = _compile(TH_TH, english=False)


def matches(norm_query: str, lang: str, *, terms_only: bool = False) -> list[tuple[str, str]]:
    """(the words of the query matched, their statute words), longest phrase
    first; with ``terms_only``, English terms of art alone (no body or office)."""
    table = (_EN_TERMS if terms_only else _EN) if lang == "en" else _TH
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for pat, words in table:
        for m in pat.finditer(norm_query):
            # A longer phrase already matched here wins ("water supply" over "water").
            if any(a <= m.start() < b for a, b in taken):
                continue
            # Thai has no spaces: a table word must be a word of the query, not
            # letters inside another (ผู้ว่า in ผู้ว่างงาน, งบ in ความสงบ).
            if lang != "en" and not is_word_at(norm_query, m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.group(0), words))
    return found


def gloss(norm_query: str, lang: str, *, terms_only: bool = False) -> str:
    """Statute words for what the query says in other words ("" when none)."""
    found = matches(norm_query, lang, terms_only=terms_only)
    return " ".join(dict.fromkeys(words for _, words in found))
