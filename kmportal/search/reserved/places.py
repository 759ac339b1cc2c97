"""Land and resources an Act of the library gives a central body: its parks,
forests, state land and resources, the zones and plans it declares. Each entry
matches the work itself (see :mod:`kmportal.search.reserved`); works and
networks are in :mod:`kmportal.search.reserved.networks`."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import NOT_A_BUILDING, NOT_URGING, ON_THE_WAY

# Declaring, not the place declared ("ในพื้นที่ที่ประกาศเขต…", "ที่ได้ประกาศ…").
_DECLARING = r"(?<!ที่)(?<!ที่\s)(?<!ได้)(?<!ได้\s)(?<!ถูก)ประกาศ"

# Allotting land, or an area, to people: an area only with the people named
# (a forest's areas are also allotted to planting or to a nursery).
_ALLOTTING_LAND = r"(?:จัดสรร|แบ่ง|มอบ|จัด)\s*(?:แปลง\s*)?(?:ที่ดิน|ที่ทำกิน)"

_ALLOTTING_AREA = r"(?:จัดสรร|แบ่ง|มอบ)\s*พื้นที่"

_TO_PEOPLE = r"(?:ให้|แก่)\s*(?:แก่\s*)?(?:ราษฎร|ประชาชน|เกษตรกร|ชุมชน|ผู้ยากไร้|ผู้ไร้)"

# Petroleum as its Act defines it (ม.๔): crude oil and natural gas, not the
# liquefied gas sold at a pump nor gas from a farm's digester.
_PETROLEUM = r"(?:ปิโตรเลียม|ก๊าซธรรมชาติ|น้ำมันดิบ)(?!\s*(?:เหลว|อัด|สำหรับยานยนต์|ชีวภาพ))"

PLACES: dict[str, re.Pattern[str]] = {
    # The National Parks Act 2562 ม.๖: a national park is designated by royal
    # decree on the department's proposal to the Cabinet.
    # ม.๗: so is extending or revoking one, whole or in part.
    "national_park": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,80}}?เป็น\s*(?:เขต)?อุทยานแห่งชาติ"
        rf"|(?:{_DECLARING}|จัดตั้ง)\s*(?:กำหนด)?\s*(?:เขต)?อุทยานแห่งชาติ"
        r"|(?:ขยาย|เพิกถอน)\s*(?:แนว)?(?:เขต|พื้นที่)?\s*(?:ของ\s*)?อุทยานแห่งชาติ"
    ),
    # The Animal Epidemics Act 2558 ม.๒๐, ม.๒๑: the veterinarian declares a
    # temporary epidemic zone, the provincial governor an epidemic zone.
    "animal_epidemic": re.compile(rf"{_DECLARING}\s*(?:กำหนด)?\s*เขต(?:เฝ้าระวัง)?โรคระบาด"),
    # The National Environmental Quality Act 2535 ม.๕๙: the National Environment
    # Board declares a pollution control zone; the local plan to reduce it follows
    # (ม.๖๐), and is local work.
    "pollution_zone": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,40}}?เขตควบคุมมลพิษ"
        r"|(?:กำหนด|ยกระดับ)[^()]{0,80}?เป็น\s*เขตควบคุมมลพิษ"
    ),
    # The Tobacco Products Control Act 2560 ม.๔๑: the minister, on the committee's
    # advice, declares which public places ("สถานที่สาธารณะ") are smoke-free and
    # where smoking is allowed in them; the one who runs a place marks it (ม.๔๓),
    # and an office making its own premises smoke-free is that, local work.
    "smoke_free_zone": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,20}}?เขต\s*(?:ปลอด|สูบ)\s*บุหรี่[^()]{{0,60}}?สถานที่สาธารณะ"
        # Or public places listed, "ทุกแห่ง" in the province, made smoke-free.
        r"|กำหนด\s*ให้[^()]{0,120}?ทุกแห่ง[^()]{0,40}?เป็น\s*เขต\s*ปลอด\s*บุหรี่"
    ),
    # The same Act ม.๔๓: the minister, on the Board's advice, makes an area an
    # environmental protection area by ministerial rule.
    "env_protection_area": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?.{{0,40}}?เขต\s*(?:พื้นที่)?\s*คุ้มครอง\s*สิ่งแวดล้อม"
    ),
    # The Water Resources Act 2561 ม.๒๓ (๓), ม.๑๗ (๕): the national water office
    # draws the water map ("ผังน้ำ") and the national water board approves and
    # announces it. Keeping to it is local work.
    "water_map": re.compile(rf"{NOT_URGING}(?:จัดทำ|ประกาศ(?:ใช้)?|กำหนด)[^()]{{0,20}}?ผังน้ำ"),
    # The same Water Resources Act ม.๕๗, ม.๕๘: a drought or flood zone
    # ("เขตภาวะน้ำแล้ง") is declared by the basin committee with the prime
    # minister's approval, or by the prime minister, with its water sharing.
    "water_crisis_zone": re.compile(
        rf"{_DECLARING}\s*(?:กำหนด)?\s*เขต\s*ภาวะ\s*(?:น้ำแล้ง|น้ำท่วม)"
        r"|(?<!ประกาศ)(?<!ประกาศ\s)(?<!ที่)(?<!ได้)กำหนด\s*เขต\s*ภาวะ\s*(?:น้ำแล้ง|น้ำท่วม)"
    ),
    # The National Environmental Quality Act ม.๕๑, ม.๕๑/๑: an environmental impact
    # report is considered and approved by the expert committee the National
    # Environment Board appoints.
    "eia": re.compile(
        r"(?:พิจารณา|เห็นชอบ|อนุมัติ)\S{0,40}?\s?\S{0,20}?รายงาน\S{0,10}?"
        r"(?:การ)?(?:วิเคราะห์|ประเมิน)ผลกระทบ(?:ต่อ)?สิ่งแวดล้อม"
    ),
    # The National Parks Act 2562 ม.๑๙ (๑), ม.๒๗: in a national or forest park no
    # one may build; ม.๒๓: its officers alone build there, for its care or its
    # visitors, and the permits of ม.๒๒ leave building out. New building only:
    # keeping up what stands, or work on the way to a park, is not caught. Work
    # "บริเวณ" (at) a waterfall inside the park is in it, not work in front of it.
    "park_building": re.compile(
        rf"(?:ก่อสร้าง|สร้าง{NOT_A_BUILDING})(?:(?!{ON_THE_WAY})[^()]){{0,80}}?"
        r"(?:(?:ภายใน|ใน)\s*(?:เขต\s*)?|บริเวณ(?!\s*(?:หน้า|ทางเข้า|ใกล้|รอบ|ข้าง))[^()]{0,40}?)"
        r"(?:อุทยานแห่งชาติ|วนอุทยาน)"
    ),
    # The same Act ม.๒๙: the department charges a park's visitors for its services,
    # and shares up to a tenth with the municipality or TAO it lies in (ม.๓๐). The
    # park may be named in a bracket after the charge ("…น้ำตก (อุทยานแห่งชาติ…)").
    "park_fees": re.compile(
        r"(?:จัดเก็บ|เรียกเก็บ|เก็บ)\s*(?:เงิน)?(?:ค่าบริการ|ค่าธรรมเนียม|ค่าเข้า|ค่าตอบแทน)"
        r"[^()]{0,120}?\(?\s*(?:อุทยานแห่งชาติ|วนอุทยาน)"
    ),
    # The Forest Act 2484 ม.๖๗: the minister sets up forest checkpoints and their
    # bounds by notice in the Gazette; their officers check timber and forest
    # produce moved through them (ม.๔๐, ม.๔๑).
    "forest_checkpoint": re.compile(
        r"(?:จัดตั้ง|ตั้ง|ก่อสร้าง\s*(?:อาคาร\s*)?(?:ที่ทำการ\s*)?)\s*ด่าน\s*ป่าไม้"
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
    # The Ancient Monuments, Antiques, Objects of Art and National Museums Act 2504
    # ม.๗: "ให้อธิบดีมีอำนาจประกาศในราชกิจจานุเบกษาขึ้นทะเบียนโบราณสถานใด ๆ … และให้มี
    # อำนาจกำหนดเขตที่ดินตามที่เห็นสมควรเป็นเขตของโบราณสถาน" — the Fine Arts
    # director-general's. Surveying a site to propose it to him, or caring for one
    # registered ("ที่ได้ขึ้นทะเบียน"), is another matter.
    "ancient_monument": re.compile(
        r"^(?!.*(?:เสนอ|ผลักดัน|ยื่น|ประสาน|ขอ(?=\s*(?:ให้|ขึ้น|กำหนด|การ|อนุมัติ)))"
        r"[^()]{0,40}?(?:ขึ้นทะเบียน|กำหนด\s*(?:แนว)?เขต)).*?"
        r"(?:(?<!ได้)(?<!ได้\s)(?<!ที่)(?<!รับการ)ขึ้นทะเบียน(?:\s*|[^()]{0,60}?)(?:เป็น\s*)?โบราณสถาน"
        r"|กำหนด\s*(?:แนว)?เขต\s*(?:ที่ดิน\s*)?(?:ของ\s*)?(?:เขต\s*)?โบราณสถาน)"
    ),
    # The Fossil Protection Act 2551 ม.๑๒, ม.๑๔: the Mineral Resources
    # director-general, with the committee's approval, declares an exploration
    # zone and registers a fossil site ("แหล่งซากดึกดำบรรพ์ที่ขึ้นทะเบียน"). Proposing
    # one, or caring for one registered, is another matter.
    "fossil_site": re.compile(
        r"^(?!.*(?:เสนอ|ผลักดัน|ยื่น|ประสาน)).*?"
        r"(?:(?:(?<!ได้)(?<!ที่)(?<!รับการ)ขึ้นทะเบียน|ประกาศ\s*(?:กำหนด)?\s*(?:ให้)?\s*(?:เป็น\s*)?เขต)"
        r"[^()]{0,60}?ซากดึกดำบรรพ์"
        r"|ซากดึกดำบรรพ์[^()]{0,60}?ประกาศ\s*(?:กำหนด)?\s*เขต\s*(?:คุ้มครอง|สำรวจ))"
    ),
    # The Petroleum Act 2514 ม.๒๓: "ปิโตรเลียมเป็นของรัฐ ผู้ใดสำรวจหรือผลิตปิโตรเลียม
    # ในที่ใด … ต้องได้รับสัมปทาน" (or a production-sharing or service contract),
    # and a concession goes only to a company (ม.๒๔). Not work near a field or on
    # what drilling left ("แหล่งผลิต…", "ผลกระทบจากการขุดเจาะ…"), nor biogas or a well.
    "petroleum": re.compile(
        r"(?<!จากการ)(?<!มีการ)(?<!ต่อการ)(?<!ของการ)(?<!แหล่ง)(?<!แท่น)(?<!ขุด)(?<!ผล)"
        r"(?:สำรวจ|ขุดเจาะ|เจาะ|ผลิต)\s*(?:(?:และ|หรือ)\s*(?:ขุด)?(?:เจาะ|ผลิต)\s*)?(?:หา\s*)?"
        rf"(?:หลุม\s*(?:ผลิต|สำรวจ|ทดสอบ|ทดลอง)?\s*)?(?:(?:และ|หรือ)\s*พัฒนา\s*)?(?:แหล่ง\s*)?{_PETROLEUM}"
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
    # The same ordinance ม.๗๗, ม.๒๘ (๓): controlled aquaculture is allowed only
    # inside the zones the provincial fisheries committee declares. Promoting
    # fish farming zones nothing.
    "aquaculture_zone": re.compile(
        rf"(?:{_DECLARING}|กำหนด|โซนนิ่ง)\s*(?:กำหนด\s*)?เขต\s*(?:พื้นที่\s*)?(?:การ\s*)?"
        r"เพาะเลี้ยง\s*(?:สัตว์น้ำ|ปลา|กุ้ง|หอย|ปู)"
    ),
    # The Occupational and Environmental Diseases Control Act 2562 ม.๓๕: the
    # Disease Control director-general, on the provincial committee's advice,
    # declares the areas where such a disease must be watched or controlled.
    "env_disease_zone": re.compile(
        r"(?:กำหนด|ประกาศ)\s*เขต\s*(?:พื้นที่\s*)?[^()]{0,40}?ควบคุม\s*โรคจาก\s*(?:การประกอบอาชีพ|สิ่งแวดล้อม)"
    ),
    # The Tourism Authority of Thailand Act 2522 ม.๙ (๕): it surveys and fixes
    # the places and tourism resources reserved to the state.
    "state_tourism_resource": re.compile(r"ทรัพยากร\s*ทางการท่องเที่ยว\s*ที่\s*(?:ต้อง\s*)?สงวน"),
    # The Minerals Act 2560 ม.๑๗, ม.๑๙: the national minerals committee's master
    # plan classifies areas of mineral potential and fixes the mineral zones for
    # mining, and mining is permitted only inside them.
    "mineral_zone": re.compile(
        rf"(?:จำแนก|กำหนด|{_DECLARING})\s*(?:กำหนด\s*)?เขต\s*(?:พื้นที่\s*)?(?:ศักยภาพ\s*แร่|แหล่ง\s*แร่)"
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
    # The Edible Bird's Nest Duty Act 2540 ม.๗, ม.๑๔: the concession to gather
    # wild nests is its committee's to auction, grant and revoke.
    "bird_nest": re.compile(
        r"(?:ให้|ประมูล|เปิดประมูล|อนุญาต)\S{0,20}?\s?(?:และ\s*)?(?:ให้\s*)?สัมปทาน[^()]{0,40}?รังนก"
        r"|สัมปทาน\s*(?:การ\s*)?เก็บ\s*รังนก"
    ),
    # The Agricultural Land Consolidation Act 2558 ม.๓๒, ม.๔๕: a consolidation
    # zone is fixed by royal decree on the central committee's proposal, and
    # the provincial committee prices the land and draws the new plots. Urban
    # land readjustment (its Act 2547) lets local governments take part, and
    # work in a zone consolidated already is another matter.
    "land_consolidation": re.compile(
        r"^(?!.*(?:สนับสนุน|ประชาสัมพันธ์|อบรม|ให้ความรู้))"
        r".*(?<!เขต)(?<!พื้นที่)(?<!ใน)จัดรูป\s*ที่ดิน\s*(?:แปลง\s*นา|(?:เพื่อ\s*)?(?:การ\s*)?เกษตร)"
    ),
}
