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

from kmportal.search.reserved.networks import NETWORKS
from kmportal.search.reserved.own import OWN, PAO_ONLY
from kmportal.search.reserved.people import PEOPLE
from kmportal.search.reserved.places import PLACES
from kmportal.search.reserved.trade import TRADE
from kmportal.search.reserved.words import BUILDING_WORK
from kmportal.thai.tokenize import is_word_at

__all__ = ["BUILDING_WORK", "KEYS", "on_private_land", "reserved_to"]

# Work an Act of the library gives a central body by name (places.py,
# networks.py, people.py, trade.py), or that a kind's own Act or the Civil
# Code forbids every kind (own.py).
RESERVED: dict[str, re.Pattern[str]] = {**PLACES, **NETWORKS, **PEOPLE, **TRADE, **OWN}

# Every kind but the PAO, as several Acts define their local governments.
_NOT_PAO = frozenset({"municipality", "tao", "pattaya", "bangkok"})

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
            # And a house's number and register (ม.๓๔: the registrar's).
            r"|กำหนด\s*เลข\s*(?:ประจำ|ที่)\s*บ้าน|(?:จัดทำ|ออก)\s*ทะเบียนบ้าน"
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
        _NOT_PAO,
    ),
    # The Factory Act 2535 ม.๕, ม.๑๑/๑: the minister may make a local
    # government's officials the officers for class 1 and 2 factories in its
    # area, "องค์กรปกครองส่วนท้องถิ่น" being every kind "แต่ไม่หมายความรวมถึง
    # องค์การบริหารส่วนจังหวัด".
    "small_factory": (
        re.compile(
            r"(?:รับ\s*แจ้ง|ตรวจ|กำกับ)\S{0,40}?\s?(?:ประกอบกิจการ\s*)?โรงงาน\s*(?:จำพวก(?:ที่)?\s*[12])"
        ),
        _NOT_PAO,
    ),
    # The Municipality Act 2496 ม.๕๓ (๘), ม.๕๖: a town or city municipality may
    # run "โรงรับจำนำหรือสถานสินเชื่อท้องถิ่น" (Bangkok's Act likewise); the PAO
    # and TAO Acts list what they may spend on (ม.๗๔, ม.๘๕) and lending is not
    # among it. Helping people to borrow from a bank or a state fund lends nothing,
    # and taking deposits is banking (people.py).
    "local_credit": (
        re.compile(
            r"^(?!.*รับ\s*ฝาก).*(?:ให้|ปล่อย)\s*(?:กู้(?!\s*(?:ภัย|ชีพ))|สินเชื่อ)"
            r"|(?:จัดตั้ง|ก่อสร้าง|เปิด|ขยาย)\S{0,20}?(?:สถานธนานุบาล|โรงรับจำนำ)"
        ),
        frozenset({"municipality", "bangkok"}),
    ),
    # The Town Planning Act 2562 ม.๒๓ วรรคสอง: a comprehensive plan covering the
    # whole province is the Public Works and Town Planning department's or that
    # PAO's to draw up; a town's or a community's plan is every kind's.
    "provincial_town_plan": (
        re.compile(r"(?:วาง|จัดทำ|ปรับปรุง)\S{0,12}?ผังเมืองรวม\s*จังหวัด"),
        frozenset({"pao", "bangkok"}),
    ),
    # The ID Card Act 2526 ม.๔, ม.๖, ม.๘: a card is applied for to, and issued by,
    # the officers the Interior minister appoints, who sit in the registries; a
    # PAO or TAO keeps none (the Civil Registration Act's ท้องถิ่น, above).
    # Making the cards with the district or other agencies is helping them.
    "id_card": (
        re.compile(
            r"^(?!.*(?:ร่วม(?!ใจ)|บูรณาการ|หน่วยงาน|ส่วนราชการ))"
            r".*(?:จัดทำ|ทำ|ออก|เปลี่ยน|ต่ออายุ)\s*บัตร\s*(?:ประจำตัว\s*)?ประชาชน"
        ),
        frozenset({"municipality", "pattaya", "bangkok"}),
    ),
    # What the PAO Act forbids a PAO alone (own.py).
    **{key: (work, _NOT_PAO) for key, work in PAO_ONLY.items()},
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
# The Local Administration Act 2457 ม.๙, ม.๑๗ ทวิ: a headman's salary, and
# his assistants' pay, are what the Interior ministry fixes; paying them, or
# topping them up through a subsidy, has no place in a local budget.
_HEADMAN_PAY = re.compile(
    r"(?:ค่าตอบแทน|เงินตอบแทน|เงินเดือน)[^()]{0,40}?"
    r"(?:กำนัน|ผู้ใหญ่บ้าน|ผู้ช่วยผู้ใหญ่บ้าน|สารวัตรกำนัน|แพทย์ประจำตำบล)"
)
# The Rotating Credit Act 2534 ม.๕: "ห้ามมิให้นิติบุคคลเป็นนายวงแชร์หรือจัด
# ให้มีการเล่นแชร์" — and a local government is a juristic person. A share
# circle by its definition too (ม.๔): members paying in by instalments, the pool
# going to one of them in turn "โดยการประมูลหรือวิธีอื่นใด".
_ROTATING_CREDIT = re.compile(
    r"(?:วง|เล่น|นายวง)\s*แชร์"
    r"|ส่ง\s*เงิน\S{0,20}?งวด[^()]{0,80}?(?:ประมูล|(?:ผลัด|สลับ|หมุนเวียน)\s*(?:กัน\s*)?รับ)"
)
# The Professional Sports Act 2556 ม.๑๘, ม.๑๙: a professional club is helped
# on the committee's terms, from its fund; a local subsidy to one, or money
# for its league, has no such place.
_PRO_CLUB = re.compile(
    r"(?:อุดหนุน|สนับสนุน\s*(?:งบประมาณ|เงิน)|มอบ\s*เงิน).{0,80}?"
    r"(?:สโมสร\S{0,20}?อาชีพ|กีฬาอาชีพ|ไทยลีก|thai\s*league)"
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
    "headman_pay": (_HEADMAN_PAY, None),
    "rotating_credit": (_ROTATING_CREDIT, _AGAINST),
    "pro_club": (_PRO_CLUB, None),
    "casino": (_CASINO, _AGAINST),
    "alcohol": (_ALCOHOL, _NO_DRINK),
}
# A dash of any width ("รับ–ส่ง") is a hyphen to every pattern of the table.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
# Every key :func:`reserved_to` may answer, each with its message.
KEYS = (*RESERVED, *FORBIDDEN, *NAMED_KINDS)


def reserved_to(text: str, kind: str) -> str | None:
    """The key of the entry whose work the title is, for an อปท. of ``kind``,
    if any (``"highway"``)."""
    text = text.translate(_DASHES)
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
# are its developer's to maintain, then its residents' juristic person's, until
# they pass to the public (the Land Allocation Act 2543 ม.๔๓, ม.๔๔). The title
# must say so:
# ownership by a private party ("กรรมสิทธิ์ของบริษัท…", "ที่ดินของห้างหุ้นส่วน…", "ห้างฯ",
# work "ภายในรีสอร์ทของเอกชน"), or a dedication or transfer to public use not
# yet made (ม.๔๔).
# Land dedicated, given or taken over already ("ที่ได้รับการอุทิศ", "บริจาค",
# "รับโอน") is public,
# and a home repaired for the poor, elderly or disabled is welfare (ม.๑๗ (๒๗),
# ม.๑๖ (๑๐)) on whosever land it stands.
_PRIVATE_LAND = re.compile(
    r"(?:กรรมสิทธิ์|ที่ดิน)\s*(?:ของ\s*)?(?:บริษัท|ห้าง|เอกชน|ผู้จัดสรร|นาย|นาง|บุคคล)"
    r"|ยัง(?:ไม่|มิ)\s*(?:ได้\s*)?(?:อุทิศ|ยกให้|โอน\s*(?:ให้\s*)?เป็น\s*(?:ที่|ทาง)?\s*สาธารณ)"
    r"|(?:ภายใน|บน)\S{0,30}?ของ\s*(?:เอกชน|บริษัท|ห้าง)"
    # An estate's roads and utilities its residents' juristic person keeps (ม.๔๔).
    r"|นิติบุคคล\s*หมู่บ้านจัดสรร|(?:ภายใน|ใน)\s*(?:โครงการ\s*)?หมู่บ้านจัดสรร"
)
_DEDICATED = re.compile(r"(?<!ไม่)(?<!ไม่ได้)(?<!ไม่ได้\s)(?<!มิได้)(?<!มิได้\s)(?:อุทิศ|บริจาค|ยกให้|รับโอน)")
_WELFARE = re.compile(r"ยากไร้|ยากจน|ด้อยโอกาส|พิการ|ทุพพลภาพ|สูงอายุ|คนชรา|สงเคราะห์")


def on_private_land(text: str) -> bool:
    """Whether the title places the work on land it says a private owner still holds."""
    return _PRIVATE_LAND.search(text) is not None and not (
        _DEDICATED.search(text) or _WELFARE.search(text)
    )
