"""What a project title of a local development plan says about its field.

A plan title carries much besides the activity: the place ("บ้านแม่ท้อ หมู่ที่ ๑
ตำบลแม่ท้อ อำเภอเมืองตาก"), the organisation proposing it, the form of the
work ("ก่อสร้าง", "จัดซื้อ", "ปรับปรุง", sizes and units). None of these says
which power applies, and each would match provisions that happen to share the
word. They are set aside; the organisations a title names besides its
proposer are "another local government" (องค์กรปกครองส่วนท้องถิ่นอื่น), the
words the law uses for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kmportal.errors import BadInput
from kmportal.ingest.powers_law import ORG
from kmportal.messages import msg
from kmportal.search.lexicon import gloss
from kmportal.search.local_taxes import others_tax
from kmportal.search.reserved import BUILDING_WORK, on_private_land, reserved_to
from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.thai.normalize import normalize
from kmportal.thai.places import province_at
from kmportal.thai.tokenize import index_tokens, nouns, query_tokens, word_tokens

# The form of a project, never its field: building, buying, fixing, its parts and sizes.
BOILERPLATE = frozenset(
    {
        "โครงการ",
        "ก่อสร้าง",
        "จัดซื้อ",
        "จัดจ้าง",
        "ปรับปรุง",
        "ซ่อมแซม",
        "ซ่อม",
        "ขยาย",
        "ติดตั้ง",
        "อาคาร",
        "ระบบ",
        "ขนาด",
        "แบบ",
        "พร้อม",
        "แห่ง",
        "แห่งที่",
        "ชั้น",
        "หลัง",
        "สาย",
        "ครุภัณฑ์",
        "จำนวน",
        "ประจำปี",
        "ใหม่",
        "ลิตร",
        "ตัน",
        "เมตร",
        "กิโลเมตร",
    }
)


def is_form_piece(word: str) -> bool:
    """Whether ``word`` is the form of a project or a piece of it (สร้าง of
    ก่อสร้าง): never its field, however near a title it sits."""
    return any(word in form for form in BOILERPLATE)


# Words that name people or places: they occur in the wording of powers but
# never tell one field from another. (Verbs such as ส่งเสริม are left to their
# weight: common in the register, they count for little.)
GENERIC = frozenset(
    {
        "ประชาชน",
        "ราษฎร",
        "บุคคล",
        "ผู้",
        "ท้องถิ่น",
        "พื้นที่",
        "ชุมชน",
        "เขต",
        "จังหวัด",
        "อำเภอ",
        "ตำบล",
        "หมู่บ้าน",
        "สาธารณะ",
        "บ้าน",
        "การ",
        "ความ",
        "เพื่อ",
        "ใน",
    }
)
_ORG_RE = "|".join(re.escape(n) for n in sorted(ORG, key=len, reverse=True))
# A name runs to the next space or bracket, or to the first word of the project's
# form when the title runs on without a space ("เทศบาลตำบลแม่ระมาดก่อสร้าง...").
_FORM_START = "|".join(("ก่อสร้าง", "จัดซื้อ", "จัดจ้าง", "ปรับปรุง", "ซ่อมแซม", "ติดตั้ง", "ขยาย"))
_NAME_CHAR = r"[^\s()\[\]'\"“”‘’,:;/]"
_NAME = rf"(?:(?!{_FORM_START}){_NAME_CHAR})*"
# A name glued on as well may run on into the rest of the title ("ในเขต
# จังหวัดตากในการจัดทำแผนที่ภาษี", "…ทุกแห่งในจังหวัดตากเป็นเขต…"): it also
# stops at a joining word.
_JOINING = "ใน|เพื่อ|และ|ให้|โดย|ของ|ประจำ|เป็น"
_GLUED_NAME = rf"(?:(?!{_FORM_START}|{_JOINING}){_NAME_CHAR})*"
# An organisation named with its own name ("องค์การบริหารส่วนตำบลมหาวัน"), or an
# organ of it ("นายกองค์การบริหารส่วนจังหวัดตาก"). The name never begins with a
# joining word: what follows "ของเทศบาล" glued on is the rest of the title
# ("…ในรูปแบบเทศพาณิชย์"), not a name; nor does it run on through one
# ("องค์การบริหารส่วนจังหวัดตากในรูปกิจการพาณิชย์").
_ORG_MENTION = re.compile(
    rf"(?P<organ>นายก|สภา|ปลัด)?(?P<org>{_ORG_RE})(?:(?!{_JOINING}){_NAME_CHAR}{_GLUED_NAME})?"
)
# An organisation's abbreviation glued to its name ("อบจ.ตาก", "ทต.แม่ท้อ", as
# e-plan titles write them): normalising sets every expansion apart with
# spaces, which would leave the name ("ตาก") behind as a word of the work, so
# the full form is glued on first and the name goes with the organisation.
_ORG_ABBREV = {
    spelling: a.full
    for a in ABBREVIATIONS
    if a.full in ORG
    for spelling in (a.short, *a.variants)
    if spelling.endswith(".")
}
_GLUED_ORG_ABBREV = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?:"
    + "|".join(re.escape(s) for s in sorted(_ORG_ABBREV, key=len, reverse=True))
    + r")(?=[\u0e01-\u0e4e])"
)
# A place: "หมู่ที่ ๑", "ม.๓", and a marker word at the start of a word group
# followed by its name ("บ้านแม่ท้อ", "ตำบลแม่ท้อ", "อำเภอเมืองตาก", "จ.ตาก").
# The same markers of an administrative area glued to a joining word ("...
# อำเภออุ้มผาง และอำเภอพบพระ", "ณ วัดในเขตอำเภอสามเงา"); บ้าน is not among them,
# being also a word ("และบ้านพัก").
_PLACE = re.compile(
    r"(?:หมู่ที่|หมู่|ม\.)\s*[0-9]+"
    rf"|(?:^|(?<=[\s(\[]))(?:บ้าน|ตำบล|ต\.|อำเภอ|อ\.|จังหวัด|จ\.){_NAME}"
    rf"|(?:(?<=และ)|(?<=หรือ)|(?<=เขต)|(?<=ใน))(?:ตำบล|อำเภอ|จังหวัด){_GLUED_NAME}"
)
# The year a plan runs in ("ประจำปีงบประมาณ พ.ศ. 2568", "ปี 2569", "พ.ศ. 2568")
# dates the work; it names no field, and its งบประมาณ would read as the
# budget ordinance's (ม.๔๕ (๑)). The budget work itself ("ข้อบัญญัติงบประมาณ
# รายจ่าย") keeps its words: only a year, or ปีงบประมาณ as a phrase, goes.
_ERA = r"(?:พ\.ศ\.|ฮ\.ศ\.|ค\.ศ\.)"
_NUMBERED = rf"\s*{_ERA}?\s*[0-9]{{2,4}}(?![0-9])"
_YEAR = re.compile(
    rf"(?:ประจำ|(?<![\u0e01-\u0e4e]))ปี(?:งบประมาณ(?:{_NUMBERED})?|{_NUMBERED})"
    rf"|{_ERA}\s*[0-9]{{4}}"
)
# Local government in general ("องค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด", อปท. after
# expansion): in a title it is always others, the proposer names itself by name.
# Its law words join the lexical arm only: written into what the embedder sees,
# two long phrases outweigh a short title's field (training the teachers of
# the others' child centres would read as "support other local governments").
_GENERAL_LOCAL = re.compile(r"(?:องค์กรปกครองส่วนท้องถิ่น|ราชการส่วนท้องถิ่น)(?!อื่น)")
# The work of issuing an official document: a licence, permit, title deed, pass
# or card ("ออกใบอนุญาตขับขี่", "ออกโฉนดที่ดิน", "ออกหนังสือผ่านแดน"). The lists
# of powers grant services and duties; the power to issue such a document is
# given to an officer by the law on that matter (the Land Code, the Forest Act,
# the Land Traffic Act ...), so a provision whose words merely share the field
# (ที่ดิน, การท่องเที่ยว) is not its basis. Renewing one is the same work
# ("ต่ออายุใบอนุญาต"), the two verbs may share the document ("ออกและต่ออายุ
# ใบอนุญาต"), and a document may be a compound of บัตร ("ประทานบัตร", a mining
# concession); designing (ออกแบบ) and exercise (ออกกำลัง) issue nothing.
# A document's name runs to the next joining word ("ใบอนุญาตขายสุรา" of
# "…ขายสุราและใบอนุญาตขายยาสูบ"), so the note names the one document.
_DOC_NAME = r"(?:(?!และ|หรือ)[\u0e01-\u0e4e])*"
ISSUING = re.compile(
    r"(?:ออก(?!แบบ|กำลัง)|ต่ออายุ)\s*(?:(?:และ|หรือ)\s*(?:ออก|ต่ออายุ)\s*)?"
    rf"(?P<doc>ใบ{_DOC_NAME}|โฉนด|หนังสือ{_DOC_NAME}|[\u0e01-\u0e4e]{{0,6}}?บัตร|เอกสารสิทธิ)"
)
# The work of deciding on a person's rights, status or liberty: an
# administrative act ("คำสั่งทางปกครอง") as the Administrative Procedure Act
# 2539 ม.๕ lists them —
# permitting, approving, certifying, accepting a registration, deciding an
# appeal — and revoking one (the act that "ระงับ" a right). Like issuing a
# document, the law on the matter gives such an act to its own officer; the
# lists of powers grant services and duties. The act is the title's own only
# when it is the verb: not one asked for or obtained ("ขออนุญาต", "ได้รับ
# อนุมัติ", "ผ่านการรับรองมาตรฐาน", nominalised after another verb, though not
# after ปฏิบัติการ, whose การ is the operation's own: "ชุดปฏิบัติการสืบสวน…"), not a
# document's name (ใบอนุญาต, หนังสือรับรอง: issuing, above), and รับรอง not
# in its other sense, hosting ("บ้านพักรับรอง", "เลี้ยงรับรองคณะ…"), nor the
# sign a programme awards a shop that meets its standard ("มอบป้ายรับรอง
# มาตรฐานอาหารสะอาด…"), which decides no right.
# Registering is the registrar's "รับจดทะเบียน": enrolling people in a service
# (ขึ้นทะเบียน/ลงทะเบียน ผู้สูงอายุ) or a local animal register is no such act;
# enrolling a person in a profession is, and its council's ("รับขึ้นทะเบียนและ
# ออกใบอนุญาตให้แก่ผู้ขอเป็นผู้ประกอบวิชาชีพ…": the Social Work Profession Act
# 2556 ม.๖ (๑), the Thai Traditional Medicine Profession Act 2556 ม.๙), though
# not coaching people for its examination. So is registering a product's
# formula (ขึ้นทะเบียนตำรับ: the Herbal Products Act 2562 ม.๓๔, the licensing
# authority's) or accepting its notification (รับจดแจ้ง: the Cosmetics Act 2558
# ม.๑๔).
# Nor is approving the organisation's own plan, budget or spending ("อนุมัติและ
# ประกาศใช้แผน", the handbook's step): it decides no one's rights.
# A visa (ตรวจลงตรา) is such a permission: to enter the kingdom, the
# immigration officer's under the Immigration Act 2522.
# The Criminal Procedure Code's acts on a person — arrest, search, a criminal
# investigation or prosecution — are the same: its officers' (police and
# administrative officers), never a local government's. Not the
# epidemiologist's "สอบสวนโรค" or "ตรวจค้นหาผู้ติดเชื้อ" (ค้นหา, finding the
# infected): health services. A court's inquiry (ไต่สวน) is a court's, and
# registering rights in land (จดทะเบียนสิทธิและนิติกรรม) the land official's
# (the Land Code ม.๗๑).
STATE_ACT = re.compile(
    r"(?<!ขอ)(?<!ได้)(?<!ได้รับ)(?<!(?<!บริ)(?<!ปฏิบัติ)การ)(?<!ใบ)(?<!หนังสือ)"
    r"(?P<act>อนุญาต|รับจดทะเบียน|เพิกถอน|วินิจฉัยอุทธรณ์|ตรวจลงตรา"
    r"|(?<!เตรียมสอบ)ขึ้นทะเบียน(?=[^()]{0,30}?วิชาชีพ)|ขึ้นทะเบียน\s*ตำรับ|รับ\s*จดแจ้ง"
    r"|จับกุม|ตรวจค้น(?!หา)|สืบสวนสอบสวน|สอบสวน\s*คดี|ดำเนินคดีอาญา|ไต่สวน|จดทะเบียน\s*สิทธิ"
    r"|อนุมัติ(?!\s*(?:และ\s*ประกาศใช้\s*)?(?:ร่าง|แผน|งบ|ข้อบัญญัติ|เทศบัญญัติ|ระเบียบ"
    r"|โครงการ|เงิน|ค่าใช้จ่าย|การจ่าย|จ่าย|ฎีกา))"
    r"|(?<!พัก)(?<!ห้อง)(?<!เลี้ยง)(?<!ค่า)(?<!อาคาร)(?<!เรือน)(?<!ป้าย)รับรอง(?!แขก|คณะ))"
)
# Spending each kind's own Act forbids outright (PAO Act ม.๗๔, TAO Act ม.๘๕,
# Municipality Act ม.๖๗, Pattaya Act ม.๙๒, second paragraph in each): training
# or a study visit abroad of the executives, their advisers and secretaries, or
# the council — save under an agreement with a body abroad or on training a
# state agency runs, which a title says when it is so.
# A state abroad by its form's name too: "ณ สาธารณรัฐเกาหลี", "สหภาพเมียนมา".
_FOREIGN = (
    r"(?:ต่างประเทศ|(?<![\u0e01-\u0e4e])ประเทศ(?!ไทย|ชาติ)[\u0e01-\u0e4e]"
    r"|สาธารณรัฐ|สหพันธ์?รัฐ|(?<!แห่ง)สหภาพเมียนมา|ราชอาณาจักร(?!ไทย))"
)
_VISIT = r"(?:อบรม|ดูงาน)"
_ABROAD = re.compile(rf"{_VISIT}.{{0,160}}?{_FOREIGN}|{_FOREIGN}.{{0,160}}?{_VISIT}")
# The offices the ban names; not the councils of children, youth or communities.
_OWN_OFFICE = re.compile(
    r"นายก|ผู้บริหาร|(?:สมาชิก|ประธาน)สภา(?!เด็ก|เยาวชน|นักเรียน|องค์กรชุมชน|วัฒนธรรม|เกษตรกร)"
    r"|ที่ปรึกษา|เลขานุการ"
)
_AGREEMENT = re.compile(r"ข้อตกลง|ความร่วมมือ|บันทึกความเข้าใจ|mou|เมืองพี่เมืองน้อง|จัดโดย")
# The area a PAO's powers run in is its province ("ภายในเขตองค์การบริหารส่วน
# จังหวัด", PAO Act ม.๔๕): work a title addresses to another province (its
# district, then the province) is outside it unless the bodies there consent
# (ม.๔๖), which a joint, agreed or subsidised project says. A visit, a course
# or a competition held elsewhere is not work done there.
_PAO_NAME = re.compile(r"องค์การบริหารส่วนจังหวัด\s?(?P<name>[\u0e01-\u0e4e]+)")
_ADDRESS_PROVINCE = re.compile(
    r"(?:อำเภอ|อ\.)\s?[\u0e01-\u0e4e]+\s?(?:จังหวัด|จ\.)\s?(?P<name>[\u0e01-\u0e4e]+)"
)
_CONSENT = re.compile(rf"{_AGREEMENT.pattern}|ยินยอม|ร่วมกับ|อุดหนุน|กลุ่มจังหวัด")
_ELSEWHERE_VISIT = re.compile(rf"{_VISIT}|ทัศนศึกษา|แข่งขัน|ประชุม|สัมมนา")
# Building, or keeping an office, in another state is outside every kind's area: each Act gives its
# powers "ในเขต" (PAO Act ม.๔๕, TAO Act ม.๖๗, Municipality Act ม.๕๐), and the
# PAO's work outside it reaches only other Thai local governments' areas, with
# their consent (ม.๔๖). A state is named by ประเทศ…, สาธารณรัฐ… or สหภาพ…; what is
# bought from one (จาก…) is not built there.
_STATE_ABROAD = re.compile(rf"(?<!จาก)(?<!จาก\s)(?:{_FOREIGN})")
# Keeping an office there is work there as much as building one.
_OFFICE = re.compile(r"สำนักงาน")
# And so is giving aid there ("บริจาค… ช่วยเหลือผู้ประสบภัย… เมืองเมียวดี"), by
# subsidy too: no Thai body there can consent as ม.๔๖ means; an agreement with
# a body abroad is another matter.
_AID = re.compile(r"ช่วยเหลือ|บริจาค|มอบ\s*(?:เงิน|สิ่งของ)")
# A municipality may hold shares in a company only as the Municipality Act
# ม.๕๗ ตรี allows: more than half its registered capital (counting the other
# local governments' shares in it), in a company for a public utility, with the
# Interior minister's approval. A stake a title puts at half or less, held
# alone, is outside that.
_SHARES = re.compile(r"(?:ถือ|ซื้อ)หุ้น")
# And the company it names is a private one (บริษัทจำกัด): shares of a public
# company (a บริษัทมหาชนจำกัด, the only kind the stock exchange lists) are no
# holding the section allows at any size.
_PUBLIC_COMPANY = re.compile(r"บริษัทมหาชน|บมจ\.|ตลาดหลักทรัพย์")
_STAKE = re.compile(
    r"หุ้น[^0-9]{0,40}?(?:ร้อยละ\s*(?P<pct>[0-9]+(?:\.[0-9]+)?)|(?P<pct2>[0-9]+(?:\.[0-9]+)?)\s*%)"
)
# The province's development plan is the province's to draw up (State
# Administration Act ม.๕๓/๑) and the PAO's to coordinate (PAO Act ม.๔๕ (๒),
# the Decentralisation Act ม.๑๗ (๑)); a TAO's or municipality's Acts give it
# its own local plan only (ม.๑๖ (๑)). So drawing up, reviewing or coordinating
# the provincial plan, or the local plans at the provincial level (whose
# committee the PAO's mayor chairs), is not theirs; attending is another matter.
_PROVINCIAL_PLAN = re.compile(r"(?:จัดทำ|ทบทวน|ประสาน)(?:การจัดทำ)?แผนพัฒนา(?:จังหวัด|ท้องถิ่นระดับจังหวัด)")
_ATTENDING = re.compile(r"เข้าร่วม")
# The PAO coordinates the province's plan; drawing it up itself is the
# province's, unless the title says it coordinates or takes part.
_PAO_DRAWS_PROVINCIAL_PLAN = re.compile(
    r"^(?!.*(?:ประสาน|ร่วม|สนับสนุน))(?=.*(?:จัดทำ|ทบทวน)\s*(?:ร่าง\s*)?แผนพัฒนา(?:กลุ่ม)?จังหวัด)"
)
# A subsidy to a state body: a unit of the central or provincial administration
# (the Budget Procedures Act's ส่วนราชการ: "กระทรวง ทบวง กรม …"; the State
# Administration Act's จังหวัด and อำเภอ and their offices — ที่ว่าการ,
# ที่ทำการปกครอง — the police, a state school, college or hospital), or
# whatever a title says is under one ("สังกัดสำนักงาน…"), or a province's
# command centre (ศูนย์อำนวยการ…จังหวัด, the governor's, as for narcotics). The
# law names the power to support such a body ("สนับสนุนหรือช่วยเหลือส่วนราชการ"),
# which a plan cites beside the field's own items. A body a title names by a
# chain of dotted initials (ศป.ปส.จ., กอ.รมน.) is a state unit: the local
# governments' own initials are expanded before (อบต., ทต.).
_STATE_RECIPIENT = re.compile(
    r"อุดหนุน\s*(?:สำนักงาน|สถานีตำรวจ|ตำรวจ|ที่ว่าการอำเภอ|ที่ทำการปกครอง|จังหวัด|อำเภอ"
    r"|โรงพยาบาล|โรงเรียน|วิทยาลัย|มหาวิทยาลัย|กระทรวง|ทบวง|กรม|หน่วย|ศูนย์อำนวยการ"
    r"|(?:[ก-ฮ]{1,4}\.\s?){2,})"
    r"|สังกัด\s*(?:สำนักงาน|กระทรวง|ทบวง|กรม)"
)
# Each kind's Act forbids any proposal or act "ที่มีผลให้สมาชิก[สภา]มีส่วนไม่ว่า
# โดยตรงหรือโดยอ้อมในการใช้งบประมาณรายจ่าย" (PAO Act ม.๕๕/๑, TAO Act ม.๘๗,
# Municipality Act ม.๖๒ จัตวา, Pattaya Act ม.๗๕): budget allotted to the council's
# members, a quota each of them or each constituency spends, or members choosing
# what it is spent on (a purpose may come between the budget and them). Members
# proposing projects in the planning forums, and their own allowances, are
# another matter.
_COUNCIL_SHARE = re.compile(
    r"(?:จัดสรร|แบ่ง|โอน)\s*(?:งบประมาณ|งบ|เงิน|วงเงิน)"
    r"(?:(?!ค่าตอบแทน|เงินเดือน|เบี้ยประชุม|ค่าใช้จ่าย|ค่าเดินทาง)[^()]){0,40}?"
    r"(?:ให้|แก่)\s*(?:แก่\s*)?สมาชิกสภา"
    r"|(?:งบประมาณ|งบ|วงเงิน)\s*(?:ของ\s*)?สมาชิกสภา\S{0,40}?\s?\S{0,20}?(?:คนละ|เขต(?:เลือกตั้ง)?ละ)"
    r"|สมาชิกสภา\S{0,60}?\s?\S{0,20}?เขต(?:เลือกตั้ง)?ละ\s*[0-9]"
    r"|ให้\s*สมาชิกสภา\S{0,60}?\s?\S{0,20}?เป็นผู้(?:กำหนด|เลือก|คัดเลือก|ใช้)"
)
# A municipality may hold a local referendum on a matter, never on a person or a
# body of persons (Municipality Act ม.๓๒ ทวิ: "การออกเสียงประชามติที่เกี่ยวกับ
# ตัวบุคคลใดบุคคลหนึ่งหรือคณะบุคคลใดคณะบุคคลหนึ่งโดยเฉพาะจะกระทำมิได้").
_REFERENDUM_ON_PERSON = re.compile(
    r"ประชามติ.{0,80}?(?:ไว้วางใจ|ตัวบุคคล|คณะบุคคล|นายกเทศมนตรี|คณะผู้บริหาร|ถอดถอน)"
)
_NUMBER = re.compile(r"^[0-9.,/%-]+$")
_BRACKETS = re.compile(r"[()\[\]{}]")
_PROJECT = re.compile(r"โครงการ")
# A building's specification in brackets ("(อาคาร คสล. 2 ชั้น พร้อมห้องมั่นคง)"):
# what it is built of and how big, never whose work it is; the embedder would
# read it as building work of any kind.
_SPECIFICATION = re.compile(
    r"\((?=[^()]*(?:คอนกรีต|เสริมเหล็ก|[0-9]\s*ชั้น|ตาราง\s*เมตร|ตร\.\s*ม))[^()]*\)"
    # Or the same unbracketed: "อาคาร คสล. 2 ชั้น".
    r"|อาคาร\s*คอนกรีตเสริมเหล็ก\s*(?:ขนาด\s*)?[0-9]+\s*ชั้น"
)
# The decentralisation Act's words and the older Acts' words for the same thing.
OTHER_LOCAL_GOVERNMENT = "องค์กรปกครองส่วนท้องถิ่นอื่น ราชการส่วนท้องถิ่นอื่น"
_JOINT = re.compile(r"ร่วมกับ\s*(?:\S{0,12}\s*)?$")
# A venture the title says is run for trade, in the words of the Acts that
# allow it ("การดำเนินกิจการ…ที่มีลักษณะเป็นการพาณิชย์", PAO Act ม.๕๐;
# "เทศพาณิชย์", Municipality Act ม.๕๑ (๙)): promoting others' trade is not one.
_COMMERCIAL = re.compile(
    r"ลักษณะ\s*(?:เป็น\s*)?(?:การ\s*)?พาณิชย์|เชิง\s*พาณิชย์|กิจการ\s*พาณิชย์|เทศพาณิชย์"
    r"|รูปแบบ\s*(?:การ|กิจการ)?\s*พาณิชย์"
)
# A subsidy given to another local government: "อุดหนุนเทศบาลตำบล…",
# "อุดหนุนให้แก่ อบต.…".
_SUBSIDISED = re.compile(r"อุดหนุน\s*(?:ให้\s*)?(?:แก่\s*)?$")


# The law's stations are those of transport ("สถานีขนส่ง", ม.๑๗ (๑๓)) and the
# police's; a substation ("สถานีไฟฟ้าย่อย") or a broadcaster's station is
# neither. ("สถานีรถไฟฟ้า" is a train's.)
_OTHER_STATION = re.compile(r"สถานี(?=\s*(?:ไฟฟ้า|วิทยุ|โทรทัศน์))")


@dataclass(frozen=True)
class TitlePlan:
    raw: str  # as given, after truncation
    text: str  # what is left to match: the activity and its field
    tokens: list[str]  # its content words
    expansion: list[str]  # the statute's words for everyday ones
    dense_text: str  # what the embedder sees
    truncated: bool
    issuing: str | None = None  # the official document the work issues, if it issues one
    act: str | None = None  # the act of state power over a person the work is (อนุมัติ, จับกุม …)
    kin: tuple[str, ...] = ()  # those of ``expansion`` that are kin (:mod:`kmportal.search.kin`)
    # The law's field word nearest the whole title (:func:`kmportal.search.kin.title_kin`):
    # it ranks provisions, never decides the verdict.
    title_kin: tuple[str, ...] = ()
    state_recipient: bool = False  # a subsidy to a state body (ส่วนราชการ)
    local_recipient: bool = False  # a subsidy to another local government
    commercial: bool = False  # run as a commercial venture (the law's การพาณิชย์)
    abroad: bool = False  # training or a study visit abroad of the executives or council
    # (the PAO's own province, the other province the title places the work in)
    elsewhere: tuple[str, str] | None = None
    # The title builds in another state
    abroad_work: bool = False
    # The share of a company's capital a municipality's title says it takes, when
    # half or less (Municipality Act ม.๕๗ ตรี (๒) asks for more)
    minority_stake: str | None = None
    # A municipality's title buying shares of a public company (ม.๕๗ ตรี names a
    # บริษัทจำกัด)
    public_company: bool = False
    # A TAO's or municipality's title drawing up or coordinating the provincial plan
    provincial_plan: bool = False
    # The title places the work on land a private owner still holds
    private_land: bool = False
    # The work is one an Act gives by name to a central body (:mod:`kmportal.search.reserved`)
    reserved: str | None = None
    # The title allots the budget to the council's members
    council_share: bool = False
    # A tax the title collects whose Act gives it only other kinds
    # (:mod:`kmportal.search.local_taxes`)
    others_tax: str | None = None
    # A municipality's referendum on a person or a body of persons
    referendum_on_person: bool = False
    # The kind of the other basic local government whose area a TAO's or
    # municipality's title places the work in (TAO Act ม.๗๓, Municipality Act ม.๕๗ ทวิ)
    in_other_area: str | None = None
    # When the title says what the work is for ("… เพื่อ …"): the nouns of the
    # work before it, the things it is done on; else None.
    work: tuple[str, ...] | None = None
    # The statute's words for the work alone (its glosses, whether or not the
    # purpose says them too: "น้ำ", "อุปโภค" of ประปา's gloss in
    # "ประปา…เพื่อแก้ปัญหาน้ำอุปโภคบริโภค"), when ``work`` is read
    work_law: tuple[str, ...] = ()
    # What the embedder sees without the title's form words, when it has any
    formless_text: str | None = None


def analyse_title(title: str, *, kind: str, max_chars: int) -> TitlePlan:
    if not title or not title.strip():
        raise BadInput(msg("powers.error.empty_title"))
    raw = re.sub(r"\s+", " ", title).strip()
    truncated = len(raw) > max_chars
    if truncated:
        raw = raw[:max_chars]
    text = normalize(_GLUED_ORG_ABBREV.sub(lambda m: _ORG_ABBREV[m.group(0)], raw))
    abroad = (
        _ABROAD.search(text) is not None
        and _OWN_OFFICE.search(text) is not None
        and _AGREEMENT.search(text) is None
    )

    elsewhere = _other_province(text) if kind == "pao" else None
    abroad_work = (
        _STATE_ABROAD.search(text) is not None
        and (BUILDING_WORK.search(text) or _OFFICE.search(text) or _AID.search(text)) is not None
        and not (_ELSEWHERE_VISIT.search(text) or _AGREEMENT.search(text))
    )
    minority_stake = _minority_stake(text) if kind == "municipality" else None
    public_company = (
        kind == "municipality"
        and _SHARES.search(text) is not None
        and _PUBLIC_COMPANY.search(text) is not None
    )
    provincial_plan = (
        kind in ("tao", "municipality")
        and _PROVINCIAL_PLAN.search(text) is not None
        and _ATTENDING.search(text) is None
    ) or (kind == "pao" and _PAO_DRAWS_PROVINCIAL_PLAN.search(text) is not None)
    private_land = on_private_land(text)
    council_share = _COUNCIL_SHARE.search(text) is not None
    tax = others_tax(text, kind)
    referendum_on_person = kind == "municipality" and _REFERENDUM_ON_PERSON.search(text) is not None
    # "ในเขต อบต.ยกกระบัตร" places the work; it names no partner in it (a road
    # "เชื่อมต่อเขต อบต.… – อบต.…" does: it joins their areas).
    areas = {m.start("org"): ORG[m.group("org")][0] for m in _IN_AREA.finditer(text)}
    in_other_area = _in_other_area(text, kind, areas.values())

    partners: list[str] = []
    glued: list[str] = []
    recipients: list[str] = []

    def org(m: re.Match[str]) -> str:
        if m.end() > m.end("org"):
            glued.append(m.group(0))
        own = ORG[m.group("org")][0] == kind
        place = m.start("org") in areas
        if own or place or m.group("organ"):
            return " "
        # A partner in joint work ("ร่วมกับเทศบาล…") names who works beside the
        # organisation, not the work: like local government in general, its
        # law words join the lexical arm only, and the field keeps the dense one.
        if _JOINT.search(text, max(0, m.start() - 16), m.start()):
            partners.append(m.group("org"))
            return " "
        if _SUBSIDISED.search(text, max(0, m.start() - 16), m.start()):
            recipients.append(m.group("org"))
        return f" {OTHER_LOCAL_GOVERNMENT} "

    # An organisation's name glued on may swallow the work that follows it
    # ("ธนาคารองค์การบริหารส่วนตำบลรับฝากเงิน…"): the reserved works are read
    # in the whole title too, when a name was glued on.
    named = text
    text = _ORG_MENTION.sub(org, text)
    general = _GENERAL_LOCAL.search(text) is not None
    issuing = ISSUING.search(text)
    # A space after โครงการ: its การ is no nominaliser of the act that follows.
    act = STATE_ACT.search(_PROJECT.sub(r"\g<0> ", text))
    state_recipient = _STATE_RECIPIENT.search(text) is not None
    # Every plan title may say "โครงการ"; the tokeniser glues it to the next
    # word ("โครง" + "การป้องกัน"), so it goes before tokenising.
    text = _PROJECT.sub(" ", text)
    text = _PLACE.sub(" ", text)
    # A year in brackets leaves them empty: they would still weigh in the embedding.
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", _YEAR.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()
    # newmm keeps a bracket on the Latin word it touches ("(cctv)", "(pm"),
    # a token no provision can hold, nor a table word (is_word_at); the
    # brackets have marked places already.
    plain = _BRACKETS.sub(" ", text)
    words = query_tokens(_OTHER_STATION.sub(" ", plain))
    tokens = [t for t in dict.fromkeys(words) if t not in BOILERPLATE and not _NUMBER.match(t)]
    work, work_text = _work(text, tokens) or (None, "")
    extra = _statute_words(plain)
    extra_law = f"{extra} {OTHER_LOCAL_GOVERNMENT}" if general or partners else extra
    expansion = [t for t in _law_tokens(extra_law) if t not in tokens]
    work_law = _law_tokens(_statute_words(_BRACKETS.sub(" ", work_text)))  # none without work
    built = re.sub(r"\s+", " ", _SPECIFICATION.sub(" ", text)).strip()
    dense_text = f"{built} ({extra})" if extra else built
    formless_text = None
    if any(w in BOILERPLATE for w in words):
        formless = " ".join(w for w in words if w.strip() and w not in BOILERPLATE)
        formless_text = f"{formless} ({extra})" if extra else formless
    document = issuing.group("doc") if issuing else None
    return TitlePlan(
        raw,
        text,
        tokens,
        expansion,
        dense_text or raw,
        truncated,
        document,
        act=act.group("act") if act else None,
        work=work,
        work_law=tuple(dict.fromkeys(work_law)),
        state_recipient=state_recipient,
        local_recipient=bool(recipients),
        commercial=_COMMERCIAL.search(text) is not None,
        abroad=abroad,
        elsewhere=elsewhere,
        abroad_work=abroad_work,
        minority_stake=minority_stake,
        public_company=public_company,
        provincial_plan=provincial_plan,
        private_land=private_land,
        reserved=reserved_to(text, kind) or (reserved_to(named, kind) if glued else None),
        council_share=council_share,
        others_tax=tax,
        referendum_on_person=referendum_on_person,
        in_other_area=in_other_area,
        formless_text=formless_text,
    )


# A TAO's and a municipality's duties are "ในเขต" their own area (TAO Act ม.๖๗,
# Municipality Act ม.๕๐); work outside it needs the consent of the body there
# and a link to their own duties (TAO Act ม.๗๓, Municipality Act ม.๕๗ ทวิ).
# A title that places the work in the area of an organisation of the other
# basic kind ("… (ในเขตเทศบาลเมืองบ้านบึง)" for a TAO) is outside, unless it
# states consent, a joint project or a subsidy; one of its own kind may be
# itself, named by name, and a PAO's area holds them all.
_IN_AREA = re.compile(rf"ในเขต\s*(?P<org>{_ORG_RE})")


def _in_other_area(text: str, kind: str, areas: Iterable[str]) -> str | None:
    """The kind of the other organisation whose area (of those the title places
    the work in, ``areas``) a TAO's or municipality's title names, if any."""
    if kind not in ("tao", "municipality") or _CONSENT.search(text):
        return None
    return next((a for a in areas if a in ("tao", "municipality") and a != kind), None)


def _minority_stake(text: str) -> str | None:
    """The percentage of a company a municipality's title takes shares in, when
    it is half or less and the title names no other local government holding
    with it ("ร่วมลงทุนซื้อหุ้นสามัญร้อยละ 15 ในบริษัท…"): another kind, local
    government at large, or a municipality it acts together with."""
    others = any(ORG[m.group("org")][0] != "municipality" for m in _ORG_MENTION.finditer(text))
    jointly = re.search(rf"ร่วมกับ\s*(?:{_ORG_RE})", text) is not None
    if not _SHARES.search(text) or others or jointly or _GENERAL_LOCAL.search(text):
        return None
    m = _STAKE.search(text)
    if m is None:
        return None
    pct = m.group("pct") or m.group("pct2")
    return pct if float(pct) <= 50 else None


def _other_province(text: str) -> tuple[str, str] | None:
    """(the PAO's own province, another) when the title names the PAO by its
    province and addresses the work to another province only, stating no
    consent: "องค์การบริหารส่วนจังหวัดตาก – …ตำบลท่าไม้ อำเภอพรานกระต่าย
    จังหวัดกำแพงเพชร"."""
    if _CONSENT.search(text) or _ELSEWHERE_VISIT.search(text):
        return None
    own = {p for m in _PAO_NAME.finditer(text) if (p := province_at(m.group("name")))}
    if len(own) != 1:
        return None
    rest = _PAO_NAME.sub(" ", text)
    where = {p for m in _ADDRESS_PROVINCE.finditer(rest) if (p := province_at(m.group("name")))}
    if not where or where & own:
        return None
    return own.pop(), sorted(where)[0]


# What the work is for, and where it goes ("into": a destination is no field;
# เข้า alone as well as เข้าสู่, the tokeniser keeping นำเข้า and เข้าถึง whole).
_PURPOSE = ("เพื่อ", "เข้าสู่", "เข้า")
_WITH = "พร้อม"


def _statute_words(text: str) -> str:
    """The statute's words for what ``text`` says in others. A title in English
    gets them for its terms of art, as a search does (a road is "ทางบก"); who
    acts is read from the kind asked."""
    return " ".join(filter(None, (gloss(text, "th"), gloss(text, "en", terms_only=True))))


def _law_tokens(text: str) -> list[str]:
    """``text`` in the register's own words, tokenised as the law's wording is."""
    return index_tokens(word_tokens(normalize(text)))


def _work(text: str, tokens: list[str]) -> tuple[tuple[str, ...], str] | None:
    """The nouns of the work and its text, when the title goes on to say what it is for
    or where it goes: "ขยายเขตระบบจำหน่ายไฟฟ้า เพื่อการเกษตร" (or "เข้าสู่
    … พื้นที่การเกษตร") is electricity work done for farming. A plan often
    names its field only in the purpose ("จัดซื้อรถบรรทุกน้ำ เพื่อ…บรรเทา
    สาธารณภัย"), so those words still count as evidence; but a
    field the law gives to other kinds in the work's own words is not ours for
    what the work is for (:func:`kmportal.search.powers.check`). Nouns only: a
    verb of the work (``ควบคุม`` of "ศูนย์ควบคุม") is held by provisions of
    every field and names none of them."""
    if not any(m in text for m in _PURPOSE):  # most titles: no second tokenising
        return None
    words = word_tokens(text)
    at = [words.index(m) for m in _PURPOSE if m in words]  # เพื่อน is a word of its own
    if not at:
        return None
    before = words[: min(at)]
    # What comes with the work ("สนามฟุตบอล พร้อมอัฒจันทร์และไฟส่องสว่าง") is
    # part of it, not the work: the stand's lights are no street lighting.
    if _WITH in before[1:]:
        before = before[: before.index(_WITH, 1)]
    return tuple(t for t in dict.fromkeys(nouns(before)) if t in tokens), "".join(before)
