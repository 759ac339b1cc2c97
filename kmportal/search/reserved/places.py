"""Land, works and resources an Act of the library gives a central body: its
highways, parks, forests, ports and networks, state land, zones it declares.
Each entry matches the work itself (see :mod:`kmportal.search.reserved`)."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import BUILDING, NOT_URGING

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

# สร้าง that raises awareness, a network or an income builds nothing.
_NOT_A_BUILDING = r"(?!จิตสำนึก|ความ|เครือข่าย|อาชีพ|รายได้|การรับรู้|แรงจูงใจ|ภูมิคุ้มกัน)"

# Petroleum as its Act defines it (ม.๔): crude oil and natural gas, not the
# liquefied gas sold at a pump nor gas from a farm's digester.
_PETROLEUM = r"(?:ปิโตรเลียม|ก๊าซธรรมชาติ|น้ำมันดิบ)(?!\s*(?:เหลว|อัด|สำหรับยานยนต์|ชีวภาพ))"

PLACES: dict[str, re.Pattern[str]] = {
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
    # The same Act ม.๔๓: the minister, on the Board's advice, makes an area an
    # environmental protection area by ministerial rule.
    "env_protection_area": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,40}}?เขต\s*(?:พื้นที่)?\s*คุ้มครอง\s*สิ่งแวดล้อม"
    ),
    # The Water Resources Act 2561 ม.๒๓ (๓), ม.๑๗ (๕): the national water office
    # draws the water map ("ผังน้ำ") and the national water board approves and
    # announces it. Keeping to it is local work.
    "water_map": re.compile(rf"{NOT_URGING}(?:จัดทำ|ประกาศ(?:ใช้)?|กำหนด)[^()]{{0,20}}?ผังน้ำ"),
    # The Land Transport Act 2522 ม.๒๐ (๑), (๔): the provincial land transport
    # committee fixes scheduled routes and fares. Running the organisation's own
    # licensed bus is another matter.
    "bus_routes": re.compile(
        r"กำหนด\s*(?:เส้นทาง\s*(?:การ\s*)?เดินรถ|อัตรา\s*ค่า\s*(?:โดยสาร|ขนส่ง))[^()]{0,40}?"
        r"(?:รถ\s*(?:โดยสาร|สองแถว|ประจำทาง|ตู้)|ประจำทาง|หมวด\s*[1-4]|ค่าโดยสาร)"
    ),
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
    # "บริเวณ" (at) a waterfall inside the park is in it, not work in front of it.
    "park_building": re.compile(
        rf"(?:ก่อสร้าง|สร้าง{_NOT_A_BUILDING})(?:(?!{_ON_THE_WAY})[^()]){{0,80}}?"
        r"(?:(?:ภายใน|ใน)\s*(?:เขต\s*)?|บริเวณ(?!\s*(?:หน้า|ทางเข้า|ใกล้|รอบ|ข้าง))[^()]{0,40}?)"
        r"(?:อุทยานแห่งชาติ|วนอุทยาน)"
    ),
    # The same Act ม.๒๙: the department charges a park's visitors for its services,
    # and shares up to a tenth with the municipality or TAO it lies in (ม.๓๐).
    "park_fees": re.compile(
        r"(?:จัดเก็บ|เรียกเก็บ|เก็บ)\s*(?:เงิน)?(?:ค่าบริการ|ค่าธรรมเนียม|ค่าเข้า|ค่าตอบแทน)"
        r"[^()]{0,120}?(?:อุทยานแห่งชาติ|วนอุทยาน)"
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
        # Buying land to let landless farmers rent or buy it by instalments is
        # the Office's too (ม.๒๙, ม.๓๐).
        rf"|ซื้อ\s*ที่ดิน[^()]{{0,40}}?(?:จัดสรร|จัด|แบ่ง)\s*(?:ให้|แก่)[^()]{{0,60}}?เช่า\s*(?:ซื้อ)?"
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
        rf"{NOT_URGING}(?<!ร่วม)(?:วาง|จัดทำ)\S{{0,10}}?\s?ผังนโยบาย\s*ระดับ\s*(?:จังหวัด|ภาค|ประเทศ)"
    ),
    # The State Property Valuation Act 2562 ม.๑๘, ม.๑๙: the provincial committee
    # fixes the appraised prices of land and buildings, and announces their
    # list. Announcing the prices for the land and building tax, as received, is
    # another matter.
    "land_appraisal": re.compile(
        r"(?:จัดทำ|กำหนด)\s*(?:บัญชี\s*)?ราคาประเมิน\s*(?:ทุนทรัพย์\s*)?(?:ของ\s*)?"
        r"(?:ที่ดิน|สิ่งปลูกสร้าง|อสังหาริมทรัพย์)"
    ),
    # The Port Authority of Thailand Act 2494 ม.๘ ทวิ, ม.๙ (๑), (๖): a port area
    # ("อาณาบริเวณ", fixed by royal decree) is the Authority's to build in and dredge.
    # And a commercial port the Authority runs, named by it.
    "state_port": re.compile(
        rf"(?:{BUILDING}|ขุดลอก)[^()]{{0,100}}?(?:อาณาบริเวณ\s*ท่าเรือ|ท่าเรือพาณิชย์)"
        rf"|(?:{BUILDING}|ขุดลอก)\S{{0,100}}?\s?\S{{0,100}}?การท่าเรือแห่งประเทศไทย"
        # And its ports by their names (Bangkok, Laem Chabang, Chiang Saen,
        # Chiang Khong, Ranong).
        rf"|(?:{BUILDING}|ขุดลอก)(?:(?!{_ON_THE_WAY})[^()]){{0,80}}?"
        r"ท่าเรือ\s*(?:แหลมฉบัง|กรุงเทพ|คลองเตย|เชียงแสน|เชียงของ|ระนอง)"
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
    # The Petroleum Act 2514 ม.๒๓: "ปิโตรเลียมเป็นของรัฐ ผู้ใดสำรวจหรือผลิตปิโตรเลียม
    # ในที่ใด … ต้องได้รับสัมปทาน" (or a production-sharing or service contract),
    # and a concession goes only to a company (ม.๒๔). Not work near a field or on
    # what drilling left ("แหล่งผลิต…", "ผลกระทบจากการขุดเจาะ…"), nor biogas or a well.
    "petroleum": re.compile(
        r"(?<!จากการ)(?<!มีการ)(?<!ต่อการ)(?<!ของการ)(?<!แหล่ง)(?<!แท่น)(?<!ขุด)(?<!ผล)"
        r"(?:สำรวจ|ขุดเจาะ|เจาะ|ผลิต)\s*(?:(?:และ|หรือ)\s*(?:ขุด)?(?:เจาะ|ผลิต)\s*)?(?:หา\s*)?"
        rf"(?:หลุม\s*(?:ผลิต|สำรวจ)?\s*)?(?:(?:และ|หรือ)\s*พัฒนา\s*)?(?:แหล่ง\s*)?{_PETROLEUM}"
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
        # A part of the station itself ("หลังคาคลุมชานชาลา"), not a road to it, nor
        # a bus station's platform.
        rf"|{BUILDING}(?:(?!{_ON_THE_WAY})[^()]){{0,20}}?ชานชาลา[^()]{{0,40}}?(?:สถานีรถไฟ|ที่หยุดรถไฟ)"
    ),
    # The Air Navigation Act 2497 ม.๔, ม.๑๕/๑๘: air navigation services — air
    # traffic control, the aeronautical weather service ("การตรวจและรายงานสภาพ
    # อากาศบริเวณสนามบิน การพยากรณ์อากาศเพื่อการบิน") — only under the civil
    # aviation authority's certificate.
    "air_navigation": re.compile(
        r"(?:พยากรณ์|ตรวจ)\s*(?:สภาพ)?\s*อากาศ\S{0,10}?\s?(?:เพื่อ|สำหรับ)\s*การบิน"
        r"|อุตุนิยมวิทยา\s*การบิน|ควบคุม\s*การ\s*จราจร\s*ทาง\s*อากาศ"
    ),
    # The Air Navigation Act 2497 ม.๕๑: no one may found an aerodrome but with
    # the minister's licence; the local Acts' transport items name stations "ทั้ง
    # ทางบกและทางน้ำ" (ม.๑๗ (๑๓)), none for aircraft. Building the aerodrome
    # itself, not a road to one.
    "airport": re.compile(
        rf"(?:{BUILDING}|จัดตั้ง)\s*(?:และ\s*)?(?:ต่อ\s*)?(?:ขยาย\s*)?"
        r"(?:ท่าอากาศยาน|สนามบิน|ทางวิ่ง|ทางขับ|ลานจอด\s*อากาศยาน|รันเวย์|runway)"
        # Or work at the aerodrome named after it ("ขยายลานจอดรถยนต์… ท่าอากาศยาน
        # นครพนม"); not a road on the way to it, nor a road named after it.
        rf"|{BUILDING}(?:(?!{_ON_THE_WAY}|ไป|สู่|หน้า)[^()]){{0,60}}?"
        r"(?<!ถนน)(?<!ถนนสาย)(?<!ซอย)(?:ท่าอากาศยาน|สนามบิน)"
    ),
    # The Provincial Waterworks Authority Act 2522 ม.๕, ม.๗: its mains, meters and
    # service area are its own business of producing and selling water (not a
    # village's water outside that area).
    "water_authority": re.compile(
        r"(?:ท่อ|มาตรวัดน้ำ|มิเตอร์น้ำ|(?<!นอก)เขตบริการ|ระบบจ่ายน้ำ)[^()]{0,80}?"
        r"(?:ของ\s*)?การประปา(?:ส่วนภูมิภาค|นครหลวง)"
    ),
    # The Expressway Authority of Thailand Act 2550 ม.๘ (๑): expressways are its
    # to build and maintain.
    "expressway": re.compile(
        rf"{BUILDING}\s*(?:ทางพิเศษ\s*(?:\(?\s*ทางด่วน|สาย|หมายเลข)|ทางด่วน)"
        # Or work on one named after it ("ทางขึ้น-ลง ทางพิเศษบูรพาวิถี"); not
        # beside or under it, nor a special path for someone.
        rf"|{BUILDING}(?:(?!{_BESIDE}|ใต้)[^()]){{0,40}}?ทางพิเศษ(?!\s*(?:สำหรับ|เพื่อ))"
    ),
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
        r"[^()]{0,100}?(?:ส่งน้ำและบำรุงรักษา|กรมชลประทาน)"
        # A canal by the department's code alone ("คลองส่งน้ำ 3L-LMC").
        rf"|(?:{BUILDING}|ขุดลอก|ดาด)[^()]{{0,40}}?คลอง\S{{0,12}}?\s?\(?\d{{0,2}}\s?[LRlr]?\s?-?\s?[LRlr][Mm][Cc]"
        # The canal's code in brackets between ("คลองส่งน้ำสายใหญ่ฝั่งซ้าย (LMC)").
        r"|(?:ขุดลอก|ดาด)[^()]{0,60}?คลองส่งน้ำ[^()]{0,40}?\([^()]{0,20}\)[^()]{0,20}?"
        r"(?:ส่งน้ำและบำรุงรักษา|กรมชลประทาน)"
        # Or work in a canal its title calls the irrigation department's kind by
        # name, not a small scheme a village or the organisation runs, nor
        # lighting along its bank's road.
        rf"|(?:{BUILDING}|ขุดลอก|ดาด)[^()]{{0,60}}?(?:ใน|ขวาง)\s*(?:คลองส่งน้ำ\s*ชลประทาน|คลองชลประทาน)"
        r"|(?:ขุดลอก|ดาด\S{0,20}?)\s*(?:คลองส่งน้ำ\s*ชลประทาน|คลองชลประทาน)"
        r"(?!\s*(?:ขนาดเล็ก|ของ\s*(?:หมู่บ้าน|ชุมชน|อบต|องค์การ|เทศบาล)))"
    ),
    # The Industrial Estate Authority of Thailand Act 2522 ม.๖ (๒): the
    # Authority provides and runs an estate's public utilities (watching the
    # air there is another matter).
    "industrial_estate": re.compile(
        rf"{BUILDING}[^()]{{0,12}}?(?:ระบบ\s*)?(?:บำบัดน้ำเสีย|น้ำเสีย|ประปา|ถนน|ไฟฟ้า|ระบายน้ำ|ท่อ)"
        r"[^()]{0,60}?(?:ภายใน|ใน)\s*(?:เขต\s*)?นิคมอุตสาหกรรม"
    ),
    # A university's own Act gives it the care, upkeep and use of its property,
    # state land it holds included (the Rajabhat University Act 2547 ม.๑๓, the
    # Khon Kaen University Act 2558 ม.๑๔ (๘)); a local government's share in it
    # is a subsidy (ม.๑๓ (๔)), not its own work on the campus. A road to it, or
    # work with it, is another matter.
    # Its facilities may also carry its name ("สนามกีฬามหาวิทยาลัยเชียงใหม่").
    "university_grounds": re.compile(
        rf"{BUILDING}[^()]{{0,80}}?(?:(?:ภายใน|ใน)\s*(?:เขต|พื้นที่|บริเวณ)?\s*"
        r"|(?:สนาม(?:กีฬา)?|อาคาร|หอประชุม|สระว่ายน้ำ|โรงยิม|ถนนภายใน)\s*)"
        r"(?:มหาวิทยาลัย|สถาบันอุดมศึกษา|วิทยาเขต)"
    ),
    # The Cooperatives Act 2542 ม.๓๗, ม.๔๖: a registered cooperative is a
    # juristic person that runs its business and holds its property for its
    # members; its warehouse or office is its own to build.
    "cooperative_property": re.compile(
        rf"{BUILDING}[^()]{{0,40}}?(?:อาคาร|โกดัง|โรงเก็บ|ลานตาก|สำนักงาน|ร้านค้า|ยุ้งฉาง)"
        r"[^()]{0,40}?สหกรณ์[^()]{0,40}?จำกัด"
    ),
    # The Edible Bird's Nest Duty Act 2540 ม.๗, ม.๑๔: the concession to gather
    # wild nests is its committee's to auction, grant and revoke.
    "bird_nest": re.compile(
        r"(?:ให้|ประมูล|เปิดประมูล|อนุญาต)\S{0,20}?\s?(?:และ\s*)?(?:ให้\s*)?สัมปทาน[^()]{0,40}?รังนก"
        r"|สัมปทาน\s*(?:การ\s*)?เก็บ\s*รังนก"
    ),
    # The Electricity Generating Authority of Thailand Act 2511 ม.๙ (๔), ม.๓๘:
    # its dams and their works are its to build, run and keep — its hydro dams
    # by name; a road to one, or work below it, is another matter.
    "egat_dam": re.compile(
        rf"{BUILDING}(?:(?!{_ON_THE_WAY}|ท้าย|หน้า)[^()]){{0,60}}?(?:สัน|บน|ภายใน)\s*เขื่อน"
        r"[^()]{0,60}?(?:ภูมิพล|สิริกิติ์|อุบลรัตน์|สิรินธร|ศรีนครินทร์|วชิราลงกรณ|รัชชประภา|บางลาง"
        r"|จุฬาภรณ์|น้ำพุง|ท่าทุ่งนา|ห้วยกุ่ม|ปากมูล)"
    ),
    # And any work the title itself says is another state body's — a
    # department's, a ministry's, an enterprise's, a unit of the forces' or the
    # police's ("…ของการรถไฟแห่งประเทศไทย", "…ของ กฟภ."): each holds and keeps
    # its own works under its own Act, and a local government's share in them is
    # a subsidy (exempt above). Not a standard design ("ตามแบบมาตรฐานของกรม…"),
    # its programme or its software, work with it, a road on the way to it, or
    # an area outside its service ("นอกเขตบริการของ…").
    "state_property": re.compile(
        rf"(?:{BUILDING}{_NOT_A_BUILDING}|ขุดลอก|ดาด|วาง\s*ท่อ)"
        rf"(?:(?!แบบ|มาตรฐาน|ตาม|นอก|ร่วม|ประสาน|ผล|โครงการ|นโยบาย|โปรแกรม|สารสนเทศ|ข้อมูล"
        rf"|{_ON_THE_WAY})[^()]){{0,80}}?"
        r"(?:ของ|สังกัด)\s*(?:กรม|กระทรวง|การไฟฟ้า|การประปา|การรถไฟ|การท่าเรือ|การนิคม|การทางพิเศษ"
        r"|ท่าอากาศยานไทย|กองทัพ|กองพล|กองพัน|กองร้อย|กองบิน|หน่วยทหาร|ทหาร|สถานีตำรวจ|เรือนจำ"
        r"|กฟภ|กฟผ|กฟน|กปภ|กปน|รฟท|ทอท|กนอ)"
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
}
