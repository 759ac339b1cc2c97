"""Query expansion with the words the law itself uses.

The Acts speak formal Thai; staff type everyday Thai ("ขยะ", "แวต") or English.
These tables map such words to the statute's vocabulary. They feed the lexical
arm (and, for English, a Thai gloss beside the dense query); they never replace
what was typed. Entries are general terms of Thai local-government law, not
answers to particular questions.
"""

from __future__ import annotations

import re

# English phrase (lower case, matched as a prefix of words) -> statute Thai.
EN_TH: dict[str, str] = {
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
    "mayor": "นายกเทศมนตรี นายก",
    "chief executive": "นายก",
    "president": "ประธาน",
    "chair": "ประธาน",
    "member": "สมาชิก",
    "committee": "คณะกรรมการ",
    "governor": "ผู้ว่าราชการจังหวัด",
    "district chief": "นายอำเภอ",
    "district officer": "นายอำเภอ",
    "minister": "รัฐมนตรี",
    "prime minister": "นายกรัฐมนตรี",
    "interior": "มหาดไทย",
    "cabinet": "คณะรัฐมนตรี",
    "permanent secretary": "ปลัด",
    "clerk": "ปลัด",
    "decentrali": "กระจายอำนาจ",
    "supervis": "กำกับดูแล",
    "oversee": "กำกับดูแล",
    "suspend": "ระงับ สั่งพัก",
    "revoke": "เพิกถอน",
    "dissolv": "ยุบสภา",
    "remov": "พ้นจากตำแหน่ง",
    "term of office": "วาระ ดำรงตำแหน่ง",
    "term": "วาระ",
    "elect": "เลือกตั้ง",
    "electric": "ไฟฟ้า",
    "vote": "ลงมติ คะแนนเสียง",
    "meeting": "ประชุม",
    "session": "สมัยประชุม",
    "quorum": "องค์ประชุม",
    "budget": "งบประมาณ",
    "annual budget": "งบประมาณรายจ่ายประจำปี",
    "appropriation": "งบประมาณรายจ่าย",
    "ordinance": "ข้อบัญญัติ",
    "bylaw": "ข้อบัญญัติ",
    "regulation": "ระเบียบ",
    "ministerial rule": "กฎกระทรวง",
    "royal decree": "พระราชกฤษฎีกา",
    "power": "อำนาจหน้าที่",
    "dut": "หน้าที่",
    "function": "อำนาจหน้าที่",
    "tax": "ภาษี",
    "surcharge": "ภาษีบำรุง",
    "levy": "เก็บ ภาษี",
    "fee": "ค่าธรรมเนียม",
    "petrol": "น้ำมันเบนซิน",
    "gasoline": "น้ำมันเบนซิน",
    "diesel": "น้ำมันดีเซล",
    "tobacco": "ยาสูบ",
    "hotel": "โรงแรม",
    "value added tax": "ภาษีมูลค่าเพิ่ม",
    "vat": "ภาษีมูลค่าเพิ่ม",
    "revenue": "รายได้",
    "expenditure": "รายจ่าย",
    "subsid": "เงินอุดหนุน",
    "grant": "เงินอุดหนุน",
    "loan": "กู้เงิน",
    "fine": "โทษปรับ",
    "penalt": "โทษ",
    "water supply": "น้ำสะอาด การประปา น้ำเพื่อการอุปโภค บริโภค",
    "waterwork": "การประปา",
    "water": "น้ำ",
    "irrigation": "การชลประทาน ทางน้ำ",
    "drain": "ทางระบายน้ำ",
    "road": "ถนน ทางบก",
    "waste": "มูลฝอย สิ่งปฏิกูล",
    "garbage": "มูลฝอย",
    "sewage": "น้ำเสีย",
    "wastewater": "น้ำเสีย",
    "education": "การศึกษา",
    "school": "โรงเรียน การศึกษา",
    "health": "สาธารณสุข",
    "hospital": "สถานพยาบาล โรงพยาบาล",
    "disease": "โรค",
    "disaster": "สาธารณภัย",
    "fire": "ดับเพลิง",
    "tourism": "การท่องเที่ยว",
    "market": "ตลาด",
    "environment": "สิ่งแวดล้อม",
    "natural resource": "ทรัพยากรธรรมชาติ",
    "culture": "วัฒนธรรม",
    "religio": "ศาสนา",
    "elderly": "ผู้สูงอายุ",
    "disab": "ผู้พิการ",
    "child": "เด็ก",
    "welfare": "สวัสดิการสังคม สังคมสงเคราะห์",
    "traffic": "การจราจร",
    "town plan": "การผังเมือง",
    "development plan": "แผนพัฒนา",
    "plan": "แผน",
    "official information": "ข้อมูลข่าวสารของราชการ",
    "information": "ข้อมูลข่าวสาร",
    "archive": "หอจดหมายเหตุ",
    "disclos": "เปิดเผย",
    "personal data": "ข้อมูลข่าวสารส่วนบุคคล",
    "reserve fund": "เงินสำรองจ่าย",
    "emergenc": "ฉุกเฉิน",
    "fiscal year": "ปีงบประมาณ",
    "treasury": "คลัง",
    "province": "จังหวัด",
    "provincial": "จังหวัด",
    "district": "อำเภอ",
    "village": "หมู่บ้าน",
    "civil society": "ภาคประชาสังคม",
    "private sector": "ภาคเอกชน",
    "population": "ราษฎร",
    "resident": "ราษฎร ประชาชน",
    "citizen": "ประชาชน",
    "official": "เจ้าหน้าที่",
    "employee": "พนักงาน",
    "personnel": "พนักงานส่วนท้องถิ่น บุคคล",
    "salar": "เงินเดือน",
    "audit": "ตรวจสอบ",
    "complain": "ร้องเรียน",
    "appeal": "อุทธรณ์",
    "transfer": "ถ่ายโอน",
    "cooperat": "ร่วมกัน ความร่วมมือ",
    "joint": "ร่วมกัน",
    "refuse": "ไม่รับหลักการ ไม่เห็นชอบ",
    "reject": "ไม่รับหลักการ ไม่เห็นชอบ",
    "approv": "อนุมัติ เห็นชอบ",
    "day": "วัน",
    "month": "เดือน",
    "year": "ปี",
}

# Everyday Thai -> the statute's word, for the lexical arm.
TH_TH: dict[str, str] = {
    "ขยะ": "มูลฝอย สิ่งปฏิกูล",
    "แวต": "ภาษีมูลค่าเพิ่ม",
    # Water supply is the first of the public utilities (การสาธารณูปโภค) the Acts list.
    "ประปา": "การประปา น้ำสะอาด น้ำเพื่อการอุปโภค บริโภค สาธารณูปโภค",
    "บ่อบาดาล": "น้ำบาดาล น้ำเพื่อการอุปโภค",
    "ถนน": "ทางบก",
    "คลอง": "ทางน้ำ",
    "ฝาย": "ทางน้ำ การชลประทาน",
    "ชลประทาน": "การชลประทาน",
    "ผู้ว่าฯ": "ผู้ว่าราชการจังหวัด",
    "ผู้ว่า": "ผู้ว่าราชการจังหวัด",
    "งบ": "งบประมาณ",
    "ค่าปรับ": "โทษปรับ",
    "ประชากร": "ราษฎร",
    "ชาวบ้าน": "ประชาชน ราษฎร",
    "ถ่ายโอน": "ถ่ายโอน",
    "ศูนย์เด็กเล็ก": "พัฒนาเด็กเล็ก",
    "อุดหนุน": "เงินอุดหนุน สนับสนุน",
    "เบิกจ่าย": "ขอเบิกเงิน",
    "กี่วัน": "วัน",
    "วาระ": "วาระ ดำรงตำแหน่ง",
    "เทศบาล": "เทศบาล",
    "รพ.": "โรงพยาบาล",
    "รร.": "โรงเรียน",
    # The Acts give schools only as "การจัดการศึกษา", like "school" above.
    "โรงเรียน": "การศึกษา",
}


def _compile(table: dict[str, str], english: bool) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for phrase, gloss in sorted(table.items(), key=lambda kv: -len(kv[0])):
        # An English entry is a word prefix ("decentrali"); its match runs to the word's end.
        pat = r"\b" + re.escape(phrase) + r"\w*" if english else re.escape(phrase)
        out.append((re.compile(pat, re.IGNORECASE), gloss))
    return out


_EN = _compile(EN_TH, english=True)
_TH = _compile(TH_TH, english=False)


def matches(norm_query: str, lang: str) -> list[tuple[str, str]]:
    """(the words of the query matched, their statute words), longest phrase first."""
    table = _EN if lang == "en" else _TH
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for pat, words in table:
        for m in pat.finditer(norm_query):
            # A longer phrase already matched here wins ("water supply" over "water").
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.group(0), words))
    return found


def gloss(norm_query: str, lang: str) -> str:
    """Statute words for what the query says in other words ("" when none)."""
    return " ".join(dict.fromkeys(words for _, words in matches(norm_query, lang)))
