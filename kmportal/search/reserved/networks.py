"""Works and networks an Act of the library gives a central body or a state
enterprise: highways and expressways, railways, ports and aerodromes, border
posts, waterworks, irrigation, dams, telecoms, estates and campuses, and any
work a title says another state body holds. Each entry matches the work itself
(see :mod:`kmportal.search.reserved`)."""

from __future__ import annotations

import re

from kmportal.search.reserved.words import BUILDING, NOT_A_BUILDING, ON_THE_WAY

# Words that set a highway's name apart from the work: a road joining it, work beside it.
# "จาก 2 ช่องจราจร" is the widening's measure, not a road from somewhere.
_BESIDE = r"เชื่อม|แยก|ตัด|บรรจบ|(?<!เส)ริม|ข้าง|บริเวณ|ใกล้|เข้าสู่|ไปยัง|จาก(?!\s*\d)|ถึง"

# What a road is surfaced with, between the work and the road it is done to
# ("เสริมผิวแอสฟัลต์ติกคอนกรีต ทางหลวงแผ่นดิน…").
_SURFACE = r"(?:แอสฟ(?:ัลต์|ัลท์)(?:ติก|ติค)?\s*คอนกรีต|คอนกรีต(?:เสริมเหล็ก)?|ลาดยาง|พาราแอสฟ(?:ัลต์|ัลท์))"

# An irrigation gate, and a canal a village or the organisation runs itself
# (the department's small schemes handed to it), not the department's.
_GATE = r"(?:ประตูน้ำ|ประตูระบาย(?:น้ำ)?)"
_NOT_SMALL_SCHEME = r"(?!\s*(?:ขนาดเล็ก|ของ\s*(?:หมู่บ้าน|ชุมชน|อบต|องค์การ|เทศบาล)))"

# A highway of the departments by its class, or by its number alone: the
# departments number their highways (ทางหลวงหมายเลข 1090); a local highway has
# its own code (ทางหลวงท้องถิ่น ตก.ถ.1-0023) and a rural one its province's.
_HIGHWAY = r"ทางหลวง(?:พิเศษ|แผ่นดิน|ชนบท|\s*(?:หมายเลข|สาย)\s*[0-9])"

NETWORKS: dict[str, re.Pattern[str]] = {
    # The Highways Act 2535 ม.๗, ม.๘, ม.๙: a special, national or rural highway is one
    # "ที่กรมทางหลวง[ชนบท]เป็นผู้ดำเนินการก่อสร้าง ขยาย บูรณะ และบำรุงรักษา".
    # The highway's own parts (its lanes, shoulders, surface) may come first, and
    # other words between them and its name, a bracket among them ("(Overlay)"),
    # or the name in one — not a road joining it ("เชื่อม", "แยก"), nor work
    # beside it ("ริม", "บริเวณ"). The lanes may be counted ("ขยาย 4 ช่องจราจร").
    "highway": re.compile(
        rf"{BUILDING}\s*(?:ผิวจราจร\s*|ถนน\s*|สะพาน(?:บน|ข้าม)?\s*)?(?:(?:ผิว\s*)?{_SURFACE}\s*)?{_HIGHWAY}"
        rf"|{BUILDING}\s*(?:หลุมบ่อ\s*)?(?:(?:เป็น\s*)?[0-9]+\s*)?(?:ผิวจราจร|ผิวทาง|ผิวถนน|ไหล่ทาง|ช่องจราจร|เขตทาง)"
        rf"(?:\([^()]*\)|(?!{_BESIDE})[^()]){{0,80}}?\(?\s*{_HIGHWAY}"
    ),
    # The Land Transport Act 2522 ม.๒๐ (๑), (๔): the provincial land transport
    # committee fixes scheduled routes and fares. Running the organisation's own
    # licensed bus is another matter.
    "bus_routes": re.compile(
        r"กำหนด\s*(?:เส้นทาง\s*(?:การ\s*)?เดินรถ|อัตรา\s*ค่า\s*(?:โดยสาร|ขนส่ง))[^()]{0,40}?"
        r"(?:รถ\s*(?:โดยสาร|สองแถว|ประจำทาง|ตู้)|ประจำทาง|หมวด\s*[1-4]|ค่าโดยสาร)"
    ),
    # The Royal Irrigation Act 2485 ม.๓๒, ม.๓๓: only its officers open and close an
    # irrigation sluice, and only its engineers (or whom the director-general
    # approves) alter or remove an irrigation structure.
    "irrigation_works": re.compile(
        r"(?:รื้อถอน|แก้ไข|เปลี่ยนแปลง|ปิด|เปิด)\S{0,60}?\s?\S{0,30}?"
        rf"(?:{_GATE}|เขื่อนระบาย)\s*(?:ของ\s*)?(?:กรม)?ชลประทาน"
        # Or its gates opened and closed on a canal its title calls the
        # department's kind, not a village's small scheme: an irrigation
        # waterway is the Act's own term (ม.๔ "ทางน้ำชลประทาน", which the
        # minister declares), bracketed or not.
        rf"|(?:เปิด|ปิด)\s*-?\s*(?:ปิด|เปิด)?\s*(?:บาน\s*)?{_GATE}[^()]{{0,80}}?\(?\s*"
        r"(?:คลองส่งน้ำ\s*ชลประทาน|คลองชลประทาน|ทางน้ำ\s*ชลประทาน|กรมชลประทาน|ส่งน้ำและบำรุงรักษา)"
        rf"{_NOT_SMALL_SCHEME}"
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
    # The Port Authority of Thailand Act 2494 ม.๘ ทวิ, ม.๙ (๑), (๖): a port area
    # ("อาณาบริเวณ", fixed by royal decree) is the Authority's to build in and dredge.
    # And a commercial port the Authority runs, named by it.
    "state_port": re.compile(
        rf"(?:{BUILDING}|ขุดลอก)[^()]{{0,100}}?(?:อาณาบริเวณ\s*ท่าเรือ|ท่าเรือพาณิชย์)"
        rf"|(?:{BUILDING}|ขุดลอก)\S{{0,100}}?\s?\S{{0,100}}?การท่าเรือแห่งประเทศไทย"
        # And its ports by their names (Bangkok, Laem Chabang, Chiang Saen,
        # Chiang Khong, Ranong).
        rf"|(?:{BUILDING}|ขุดลอก)(?:(?!{ON_THE_WAY})[^()]){{0,80}}?"
        r"ท่าเรือ\s*(?:แหลมฉบัง|กรุงเทพ|คลองเตย|เชียงแสน|เชียงของ|ระนอง)"
    ),
    # The Railways and Highways Act 2464 ม.๙๕: no railway but the state's, save by
    # a special royal permission, even a line branching off the state's; the
    # State Railway of Thailand builds the state's (its Act 2494 ม.๖, ม.๙ (๑)).
    # A road beside a railway, or a bridge over it, lays none; the track itself
    # is the SRT's to keep and renew (ม.๖ (๒)).
    "railway": re.compile(
        r"(?:ก่อสร้าง|สร้าง|วาง|ปรับปรุง|ซ่อม(?:แซม)?|บำรุงรักษา)\s*(?:ทาง\s*รถไฟ|ราง\s*รถไฟ)"
        r"|(?:ก่อสร้าง|สร้าง|ขยาย|ต่อเติม)\s*(?:อาคาร\s*)?(?:ที่หยุดรถไฟ|สถานีรถไฟ|ชานชาลา)"
        # A part of the station itself ("หลังคาคลุมชานชาลา"), not a road to it, nor
        # a bus station's platform.
        rf"|{BUILDING}(?:(?!{ON_THE_WAY})[^()]){{0,20}}?ชานชาลา[^()]{{0,40}}?(?:สถานีรถไฟ|ที่หยุดรถไฟ)"
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
        rf"|{BUILDING}(?:(?!{ON_THE_WAY}|ไป|สู่|หน้า)[^()]){{0,60}}?"
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
        r"(?:เชื่อม|เข้าออก|ทางเข้า)[^()]{0,80}?(?:เข้า(?:สู่)?|ออก|กับ|ผ่าน)\s*ทางหลวงพิเศษ"
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
        rf"{_NOT_SMALL_SCHEME}"
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
    # work with it, is another matter. Its facilities may carry its name
    # ("สนามกีฬามหาวิทยาลัยเชียงใหม่").
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
    # The Electricity Generating Authority of Thailand Act 2511 ม.๙ (๔), ม.๓๘:
    # its dams and their works are its to build, run and keep — its hydro dams
    # by name; a road to one, or work below it, is another matter.
    "egat_dam": re.compile(
        rf"{BUILDING}(?:(?!{ON_THE_WAY}|ท้าย|หน้า)[^()]){{0,60}}?(?:สัน|บน|ภายใน)\s*เขื่อน"
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
        rf"(?:{BUILDING}{NOT_A_BUILDING}|ขุดลอก|ดาด|วาง\s*ท่อ)"
        rf"(?:(?!แบบ|มาตรฐาน|ตาม|นอก|ร่วม|ประสาน|ผล|โครงการ|นโยบาย|โปรแกรม|สารสนเทศ|ข้อมูล"
        rf"|{ON_THE_WAY})[^()]){{0,80}}?"
        r"(?:ของ|สังกัด)\s*(?:กรม|กระทรวง|การไฟฟ้า|การประปา|การรถไฟ|การท่าเรือ|การนิคม|การทางพิเศษ"
        r"|ท่าอากาศยานไทย|กองทัพ|กองพล|กองพัน|กองร้อย|กองบิน|หน่วยทหาร|ทหาร|สถานีตำรวจ|เรือนจำ"
        r"|กฟภ|กฟผ|กฟน|กปภ|กปน|รฟท|ทอท|กนอ)"
    ),
}
