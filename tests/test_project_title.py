"""What a plan title says about its field."""

from __future__ import annotations

import pytest

from kmportal.errors import BadInput
from kmportal.search.project_title import OTHER_LOCAL_GOVERNMENT, analyse_title


def test_places_and_the_proposers_own_name_are_set_aside() -> None:
    plan = analyse_title(
        "โครงการก่อสร้างระบบประปาหมู่บ้าน บ้านแม่ท้อ หมู่ที่ 1 ตำบลแม่ท้อ อำเภอเมืองตาก จังหวัดตาก",
        kind="pao",
        max_chars=500,
    )
    # "โครงการ" goes too: the tokeniser would glue it to the next word.
    assert plan.text == "ก่อสร้างระบบประปาหมู่บ้าน"
    assert "ประปา" in plan.tokens
    # The form of the work names no power.
    assert not {"โครงการ", "ก่อสร้าง", "ระบบ"} & set(plan.tokens)
    assert "น้ำสะอาด" in plan.expansion  # the statute's words for ประปา


@pytest.mark.parametrize(
    ("title", "kind", "text"),
    [
        # An e-plan's short title names its proposer by abbreviation, glued on.
        ("รถห้องสมุดเคลื่อนที่ส่งเสริมการอ่าน อบจ.ตาก", "pao", "รถห้องสมุดเคลื่อนที่ส่งเสริมการอ่าน"),
        ("ถนนลูกรังสายบ้านใหม่ อบต.แม่ท้อ", "tao", "ถนนลูกรังสายบ้านใหม่"),
        ("ซ่อมท่อประปา ทต.แม่ระมาด", "municipality", "ซ่อมท่อประปา"),
        # Set apart, the name is a word of its own that no rule reads as one.
        ("อบรม อบจ. ตาก", "pao", "อบรม ตาก"),
    ],
)
def test_an_organisations_abbreviation_takes_the_name_glued_to_it(
    title: str, kind: str, text: str
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).text == text


def test_a_council_members_abbreviation_is_not_the_organisations() -> None:
    # ส.อบจ. is a member of the council: its อบจ. is not glued to a name as the
    # organisation's own, and the member stays the title's word.
    plan = analyse_title("อบรมคุณธรรม ส.อบจ.ตาก", kind="pao", max_chars=500)
    assert plan.tokens[:3] == ["อบรม", "คุณธรรม", "สมาชิก"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The plan's year dates the work: its งบประมาณ is not the budget ordinance's.
        ("จัดงานวิ่งมินิมาราธอน ประจำปีงบประมาณ พ.ศ. 2568", "จัดงานวิ่งมินิมาราธอน"),
        ("ซ่อมถนนลูกรัง ปีงบประมาณ ๒๕๖๙", "ซ่อมถนนลูกรัง"),
        ("ส่งเสริมกิจกรรมเดือนรอมฎอน ประจำปี ฮ.ศ. 1447 (พ.ศ. 2569)", "ส่งเสริมกิจกรรมเดือนรอมฎอน"),
        # An age, a count a year, or the budget work itself keep their words.
        ("เบี้ยยังชีพผู้สูงอายุ 60 ปี ขึ้นไป", "เบี้ยยังชีพผู้สูงอายุ 60 ปี ขึ้นไป"),
        ("ตรวจสุขภาพปีละ 2 ครั้ง", "ตรวจสุขภาพปีละ 2 ครั้ง"),
        ("จัดทำข้อบัญญัติงบประมาณรายจ่าย", "จัดทำข้อบัญญัติงบประมาณรายจ่าย"),
    ],
)
def test_the_plans_year_is_set_aside(title: str, text: str) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).text == text


@pytest.mark.parametrize(
    ("title", "station"),
    [
        ("ก่อสร้างสถานีขนส่งผู้โดยสารจังหวัด", True),
        ("ปรับปรุงทางเท้าหน้าสถานีรถไฟฟ้า", True),
        # The law's stations are transport's: a substation or a radio station is none.
        ("ก่อสร้างสถานีไฟฟ้าย่อย 115 เควี", False),
        ("จัดตั้งสถานีวิทยุชุมชน", False),
    ],
)
def test_a_station_is_the_laws_word_only_for_a_station_of_transport(
    title: str, station: bool
) -> None:
    tokens = analyse_title(title, kind="pao", max_chars=500).tokens
    assert any(t.startswith("สถานี") for t in tokens) is station


def test_the_embedder_may_also_see_the_title_without_its_form_words() -> None:
    plan = analyse_title("ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก", kind="tao", max_chars=500)
    assert plan.formless_text is not None
    assert "ศูนย์" in plan.formless_text and "เด็กเล็ก" in plan.formless_text
    assert "ก่อสร้าง" not in plan.formless_text and "อาคาร" not in plan.formless_text
    # A title with no form words has nothing to take away.
    assert analyse_title("ส่งเสริมอาชีพผู้สูงอายุ", kind="tao", max_chars=500).formless_text is None


def test_another_organisation_the_work_is_in_is_a_place_not_a_partner() -> None:
    inside = analyse_title("ก่อสร้างเมรุและฌาปนสถานในเขต อบต.ยกกระบัตร", kind="pao", max_chars=500)
    assert OTHER_LOCAL_GOVERNMENT not in inside.text
    # A road joining two areas joins the organisations too.
    joining = analyse_title(
        "ขุดลอกคลองช่วงเชื่อมต่อเขต อบต.ท่าถ่าน – อบต.เกาะขนุน", kind="pao", max_chars=500
    )
    assert OTHER_LOCAL_GOVERNMENT in joining.text


@pytest.mark.parametrize(
    ("title", "share"),
    [
        ("จัดสรรงบประมาณให้สมาชิกสภาฯ เขตเลือกตั้งละ 3,000,000 บาท", True),
        ("จัดสรรงบประมาณให้ ส.อบจ. เขตละ 5 ล้านบาท", True),
        ("งบประมาณสมาชิกสภาองค์การบริหารส่วนตำบล คนละ 200,000 บาท", True),
        # Its purpose between the budget and the members.
        ("จัดสรรงบประมาณพัฒนาเขตอำเภอให้สมาชิกสภาองค์การบริหารส่วนจังหวัด คนละ 3 ล้านบาท", True),
        ("จัดสรรงบประมาณค่าตอบแทนรายเดือนให้แก่สมาชิกสภาองค์การบริหารส่วนจังหวัด", False),
        (
            "พัฒนาพื้นที่ตามความต้องการของสมาชิกสภาองค์การบริหารส่วนจังหวัด เขตเลือกตั้งละ"
            " 3,000,000 บาท โดยให้สมาชิกสภาแต่ละเขตเป็นผู้กำหนดรายการ",
            True,
        ),
        # Their own allowance is theirs by law.
        ("ค่าตอบแทนสมาชิกสภาองค์การบริหารส่วนตำบล คนละ 7,200 บาทต่อเดือน", False),
        # Members proposing projects in the forums, or trained: no share in spending.
        ("ก่อสร้างถนนตามที่สมาชิกสภาเทศบาลเสนอในเวทีประชาคม", False),
        ("อบรมเพิ่มประสิทธิภาพสมาชิกสภาองค์การบริหารส่วนจังหวัด", False),
    ],
)
def test_budget_allotted_to_the_councils_members_is_recognised(title: str, share: bool) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).council_share is share


@pytest.mark.parametrize(
    ("title", "kind", "other"),
    [
        ("ปรับปรุงสวนสาธารณะ (ในเขตเทศบาลเมืองบ้านบึง)", "tao", "municipality"),
        ("ซ่อมถนนในเขต อบต.แม่ท้อ", "municipality", "tao"),
        # Its own kind may be itself; a subsidy or an agreement is consent; a
        # PAO's area holds them all.
        ("ซ่อมถนนในเขตองค์การบริหารส่วนตำบลแม่ท้อ", "tao", None),
        ("อุดหนุนเทศบาลตำบลแม่ระมาด ก่อสร้างประปา ในเขตเทศบาลตำบลแม่ระมาด", "tao", None),
        ("ซ่อมถนนในเขต อบต.แม่ท้อ", "pao", None),
    ],
)
def test_work_in_the_other_basic_kinds_area_is_recognised(
    title: str, kind: str, other: str | None
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).in_other_area == other


def test_a_municipalitys_referendum_on_a_person_is_recognised() -> None:
    def on_person(title: str) -> bool:
        return analyse_title(title, kind="municipality", max_chars=500).referendum_on_person

    assert on_person("จัดการออกเสียงประชามติแสดงความไว้วางใจต่อนายกเทศมนตรีและคณะผู้บริหาร")
    # On a matter it may (ม.๓๒ ทวิ).
    assert not on_person("จัดการออกเสียงประชามติ เรื่องการก่อสร้างโรงกำจัดขยะ")


def test_a_table_word_in_brackets_is_glossed() -> None:
    plan = analyse_title("ป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน (PM 2.5)", kind="pao", max_chars=500)
    assert "มลพิษ" in plan.expansion


def test_another_kind_named_in_a_title_is_another_local_government() -> None:
    plan = analyse_title("อุดหนุนองค์การบริหารส่วนตำบลมหาวัน ก่อสร้างถนนคอนกรีต", kind="pao", max_chars=500)
    assert OTHER_LOCAL_GOVERNMENT in plan.text and "มหาวัน" not in plan.text
    own = analyse_title("ชิงถ้วยนายกองค์การบริหารส่วนจังหวัดตาก", kind="pao", max_chars=500)
    assert "องค์การบริหารส่วนจังหวัด" not in own.text


def test_a_place_word_inside_a_word_stays() -> None:
    # "ป่าชุมชน" and "หมู่บ้าน" are things, not places with a name.
    plan = analyse_title("ปลูกป่าชุมชนและประปาหมู่บ้าน", kind="tao", max_chars=500)
    assert plan.text == "ปลูกป่าชุมชนและประปาหมู่บ้าน"


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_an_empty_title_is_refused_in_thai(title: str) -> None:
    with pytest.raises(BadInput, match="กรุณาใส่ชื่อโครงการ"):
        analyse_title(title, kind="pao", max_chars=500)


def test_a_long_title_is_truncated() -> None:
    plan = analyse_title("ก" * 5000, kind="pao", max_chars=300)
    assert plan.truncated and len(plan.raw) == 300


def test_a_name_run_on_without_a_space_stops_at_the_form_of_the_work() -> None:
    plan = analyse_title("โครงการอุดหนุนเทศบาลตำบลแม่ระมาดก่อสร้างระบบประปา", kind="pao", max_chars=500)
    assert OTHER_LOCAL_GOVERNMENT in plan.text and "แม่ระมาด" not in plan.text
    assert "ประปา" in plan.tokens


def test_what_follows_an_organisation_after_a_joining_word_is_the_title_not_its_name() -> None:
    plan = analyse_title(
        "โครงการจัดตั้งโรงผลิตน้ำแข็งของเทศบาลในรูปแบบเทศพาณิชย์", kind="municipality", max_chars=500
    )
    assert "พาณิชย์" in plan.tokens
    named = analyse_title("ก่อสร้างถนน เทศบาลตำบลแม่ระมาด", kind="municipality", max_chars=500)
    assert "ระมาด" not in " ".join(named.tokens)
    # Nor does a name run on through one.
    glued = analyse_title(
        "จัดตั้งกิจการโรงผลิตน้ำดื่มขององค์การบริหารส่วนจังหวัดตากในรูปกิจการพาณิชย์",
        kind="pao",
        max_chars=500,
    )
    assert "พาณิชย์" in " ".join(glued.tokens) and "ตาก" not in " ".join(glued.tokens)


def test_the_title_does_not_glue_project_to_its_first_word() -> None:
    plan = analyse_title("โครงการป้องกันและควบคุมโรคไข้เลือดออก", kind="pao", max_chars=500)
    assert "โครง" not in plan.tokens and "ป้องกัน" in plan.tokens


def test_local_government_in_general_is_another_local_government() -> None:
    # The proposer names itself by name; "อปท. in the province" are the others.
    plan = analyse_title("สนับสนุน อปท. ในเขตจังหวัดตากในการจัดทำแผนที่ภาษี", kind="pao", max_chars=500)
    assert "ราชการส่วนท้องถิ่น" in plan.expansion
    # The law's words go to the lexical arm only: in the embedder's text two long
    # phrases would outweigh the title's own field.
    assert OTHER_LOCAL_GOVERNMENT not in plan.dense_text
    # The province's name stops at the joining word: the field stays.
    assert {"แผนที่", "ภาษี"} <= set(plan.tokens) and "ตาก" not in plan.tokens


@pytest.mark.parametrize(
    ("title", "document"),
    [
        ("เดินสำรวจรังวัดและออกโฉนดที่ดินให้แก่ราษฎร", "โฉนด"),
        ("จัดสอบและออกใบอนุญาตขับขี่รถจักรยานยนต์", "ใบอนุญาตขับขี่รถจักรยานยนต์"),
        ("จัดตั้งจุดออกหนังสือผ่านแดน (Border Pass)", "หนังสือผ่านแดน"),
        ("ก่อสร้างลานออกกำลังกาย", None),
        ("จ้างออกแบบอาคารเรียน", None),
        ("ออกหน่วยบริการสุขภาพเคลื่อนที่", None),
        ("ออกและต่ออายุใบอนุญาตขายสุราและใบอนุญาตขายยาสูบ", "ใบอนุญาตขายสุรา"),
        ("ต่ออายุใบอนุญาตประกอบกิจการ", "ใบอนุญาตประกอบกิจการ"),
        ("พิจารณาออกประทานบัตรทำเหมืองแร่", "ประทานบัตร"),
        ("จ้างออกแบบบัตรเชิญงานประเพณี", None),
        ("จัดซื้อบัตรเติมเงิน", None),
    ],
)
def test_the_work_of_issuing_an_official_document_is_recognised(
    title: str, document: str | None
) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).issuing == document


@pytest.mark.parametrize(
    ("title", "abroad"),
    [
        ("ศึกษาดูงานต่างประเทศของนายกองค์การบริหารส่วนจังหวัดและสมาชิกสภาองค์การบริหารส่วนจังหวัด", True),
        ("อบรมและศึกษาดูงาน ณ ประเทศญี่ปุ่น ของคณะผู้บริหารและสมาชิกสภาเทศบาล", True),
        # A state named by its form, without ประเทศ.
        ("ศึกษาดูงาน ณ สาธารณรัฐสิงคโปร์ ของคณะผู้บริหารและสมาชิกสภา", True),
        # The subject of the visit between it and the state.
        (
            "ศึกษาดูงานการบริหารจัดการขยะมูลฝอยและพลังงานทดแทนของสมาชิกสภาองค์การบริหารส่วน"
            "จังหวัดเชียงราย ณ ประเทศญี่ปุ่น",
            True,
        ),
        ("ศึกษาดูงาน ณ ราชอาณาจักรไทย ของคณะผู้บริหารและสมาชิกสภา", False),
        # The exceptions the Acts make: an agreement with a body abroad, a state agency's course.
        ("ศึกษาดูงานต่างประเทศของสมาชิกสภา ตามบันทึกความเข้าใจเมืองพี่เมืองน้อง", False),
        ("ส่งนายกเข้ารับการฝึกอบรม ณ ต่างประเทศ หลักสูตรที่จัดโดยกรมส่งเสริมการปกครองท้องถิ่น", False),
        # Not the offices the ban names, or not abroad.
        ("ศึกษาดูงานต่างประเทศของกลุ่มเกษตรกรผู้ปลูกลำไย", False),
        ("อบรมสมาชิกสภาเด็กและเยาวชน ณ ต่างประเทศ", False),
        ("ศึกษาดูงานในประเทศของคณะผู้บริหารและสมาชิกสภา", False),
        ("อบรมสมาชิกสภาเด็กและเยาวชนทั่วประเทศ", False),
    ],
)
def test_training_or_a_study_visit_abroad_of_the_executives_or_council_is_recognised(
    title: str, abroad: bool
) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).abroad is abroad


@pytest.mark.parametrize(
    ("title", "kind", "elsewhere"),
    [
        (
            "องค์การบริหารส่วนจังหวัดตาก – ก่อสร้างลานกีฬา บ้านท่าไม้ หมู่ที่ 2 ตำบลท่าไม้"
            " อำเภอพรานกระต่าย จังหวัดกำแพงเพชร",
            "pao",
            ("ตาก", "กำแพงเพชร"),
        ),
        # The abbreviation, and the province's name run on into the next word.
        (
            "อบจ.ตาก ก่อสร้างถนน อำเภอพรานกระต่าย จังหวัดกำแพงเพชรระยะทาง 2 กม.",
            "pao",
            ("ตาก", "กำแพงเพชร"),
        ),
        # Its own province, among others or alone; no PAO named; not a PAO's title.
        ("อบจ.ตาก ก่อสร้างถนน ตำบลแม่ปะ อำเภอแม่สอด จังหวัดตาก", "pao", None),
        ("ก่อสร้างถนน อำเภอพรานกระต่าย จังหวัดกำแพงเพชร", "pao", None),
        ("อบจ.ตาก ก่อสร้างถนน อำเภอพรานกระต่าย จังหวัดกำแพงเพชร", "tao", None),
        # With the consent ม.๔๖ asks for, jointly, or as a subsidy.
        ("อบจ.ตาก ก่อสร้างถนนร่วมกับ อบจ.กำแพงเพชร อำเภอพรานกระต่าย จังหวัดกำแพงเพชร", "pao", None),
        ("อบจ.ตาก ก่อสร้างถนน อำเภอพรานกระต่าย จังหวัดกำแพงเพชร ตามที่ได้รับความยินยอม", "pao", None),
        # A visit or a competition held elsewhere is not work done there.
        ("อบจ.ตาก พาผู้สูงอายุศึกษาดูงาน อำเภอเมือง จังหวัดเชียงใหม่", "pao", None),
        ("อบจ.ตาก ส่งนักกีฬาเข้าแข่งขัน อำเภอเมือง จังหวัดลำปาง", "pao", None),
    ],
)
def test_work_a_pao_title_places_in_another_province_is_recognised(
    title: str, kind: str, elsewhere: tuple[str, str] | None
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).elsewhere == elsewhere


@pytest.mark.parametrize(
    ("title", "kind", "stake"),
    [
        (
            "ร่วมลงทุนซื้อหุ้นสามัญร้อยละ 15 ในบริษัทโรงแรม เพื่อรับเงินปันผลเข้าเป็นรายได้ของเทศบาล",
            "municipality",
            "15",
        ),
        ("เทศบาลเมืองลำพูนถือหุ้น 30% ในบริษัทพัฒนาศูนย์การค้า", "municipality", "30"),
        # More than half, as ม.๕๗ ตรี (๒) asks; no share named; not a municipality.
        ("ถือหุ้นร้อยละ 60 ในบริษัทประปา", "municipality", None),
        ("จัดตั้งห้างหุ้นส่วนจำกัด ร้อยละ 10", "municipality", None),
        ("ถือหุ้นร้อยละ 30 ในบริษัทประปา", "pao", None),
        # Held with other local governments, whose shares the section counts together.
        ("ถือหุ้นร้อยละ 30 ในบริษัทประปาร่วมกับเทศบาลตำบลบ้านธิ", "municipality", None),
        ("ถือหุ้นร้อยละ 30 ในบริษัทประปา ร่วมกับ อบจ.ลำพูน", "municipality", None),
    ],
)
def test_a_municipalitys_stake_of_half_a_company_or_less_is_recognised(
    title: str, kind: str, stake: str | None
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).minority_stake == stake


@pytest.mark.parametrize(
    ("title", "kind", "public"),
    [
        ("นำเงินสะสมของเทศบาลไปซื้อหุ้นบริษัทจดทะเบียนในตลาดหลักทรัพย์", "municipality", True),
        ("ถือหุ้นในบริษัทมหาชนจำกัดผู้ผลิตไฟฟ้า", "municipality", True),
        ("ซื้อหุ้น บมจ.การบินไทย", "municipality", True),
        # A private company, the section's own; no shares bought; not a municipality.
        ("ถือหุ้นร้อยละ 60 ในบริษัทจำกัดผู้ผลิตน้ำประปา", "municipality", False),
        ("อบรมความรู้การลงทุนในตลาดหลักทรัพย์แก่ประชาชน", "municipality", False),
        ("ซื้อหุ้นบริษัทมหาชนจำกัด", "pao", False),
    ],
)
def test_a_municipalitys_shares_of_a_public_company_are_recognised(
    title: str, kind: str, public: bool
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).public_company is public


@pytest.mark.parametrize(
    ("title", "kind", "provincial"),
    [
        ("จัดทำแผนพัฒนาจังหวัดลำพูน (ฉบับทบทวน) ขององค์การบริหารส่วนตำบลห้วยยาบ", "tao", True),
        ("ประชุมคณะกรรมการประสานแผนพัฒนาท้องถิ่นระดับจังหวัด", "municipality", True),
        ("จัดทำและประสานแผนพัฒนาจังหวัด ประจำปีงบประมาณ 2567", "municipality", True),
        # The PAO's to coordinate; attending is no drawing up; the local plan is its own.
        ("ประสานการจัดทำแผนพัฒนาจังหวัด", "pao", False),
        # Drawing the province's plan up itself is the province's.
        ("จ้างที่ปรึกษาจัดทำแผนพัฒนาจังหวัดตาก (ฉบับทบทวน)", "pao", True),
        ("จัดทำแผนพัฒนาท้องถิ่น และประสานการจัดทำแผนพัฒนาจังหวัด", "pao", False),
        ("จัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) ขององค์การบริหารส่วนจังหวัด", "pao", False),
        ("ส่งผู้แทนเข้าร่วมประชุมประสานแผนพัฒนาท้องถิ่นระดับจังหวัด", "tao", False),
        ("จัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) ขององค์การบริหารส่วนตำบล", "tao", False),
    ],
)
def test_drawing_up_the_provincial_plan_is_recognised(
    title: str, kind: str, provincial: bool
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).provincial_plan is provincial


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("โครงการพิจารณาอนุมัติคำขอแปลงสัญชาติ", "อนุมัติ"),
        ("ตรวจสอบบัญชีและรับรองงบการเงินของเทศบาล", "รับรอง"),
        ("ตรวจสอบให้คำรับรองเครื่องชั่ง", "รับรอง"),
        ("โครงการเพิกถอนสภาพที่ดินสาธารณประโยชน์", "เพิกถอน"),
        ("รับจดทะเบียนสมรส", "รับจดทะเบียน"),
        ("พิจารณาอนุญาตให้ใช้ที่สาธารณะ", "อนุญาต"),
        # A visa is the immigration officer's permission, offered as a service or not.
        ("ให้บริการตรวจลงตรา (Visa) แก่นักท่องเที่ยว", "ตรวจลงตรา"),
        # The Criminal Procedure Code's acts, not the epidemiologist's.
        ("กวาดล้าง ตรวจค้น จับกุมแรงงานต่างด้าวหลบหนีเข้าเมือง", "ตรวจค้น"),
        ("จัดตั้งชุดสืบสวนสอบสวนผู้ค้ายาเสพติด", "สืบสวนสอบสวน"),
        # An operations squad's การ is no nominaliser.
        ("จัดชุดปฏิบัติการสืบสวนสอบสวนผู้ลักลอบค้าของเถื่อน", "สืบสวนสอบสวน"),
        ("อบรมการสืบสวนสอบสวนเบื้องต้นแก่อาสาสมัคร", None),
        ("พัฒนาทีมสอบสวนโรคเคลื่อนที่เร็ว (SRRT)", None),
        # A criminal case's inquiry, a court's inquiry, rights in land registered.
        ("จัดตั้งศูนย์รับแจ้งความและสอบสวนคดีอาญานักท่องเที่ยว", "สอบสวนคดี"),
        ("คลินิกเคลื่อนที่: ไต่สวนคำร้องตั้งผู้จัดการมรดก", "ไต่สวน"),
        ("บริการจดทะเบียนสิทธิและนิติกรรมที่ดินเคลื่อนที่", "จดทะเบียนสิทธิ"),
        ("ให้ความรู้ประชาชนเรื่องการจดทะเบียนสิทธิที่ดิน", None),
        ("ป้องกันโรคมาลาเรีย: ตรวจค้นหาผู้ติดเชื้อเชิงรุก", None),  # ค้นหา, finding
        ("สนับสนุนการจับกุมผู้ลักลอบตัดไม้", None),
        # Asked for or obtained, not granted: the applicant's work.
        ("อบรมการขออนุญาตก่อสร้างอาคาร", None),
        ("ส่งเสริมเกษตรกรให้ได้รับการรับรองมาตรฐาน GAP", None),
        ("ตรวจสถานประกอบการที่ได้รับอนุญาต", None),
        ("อบรมการยื่นคำขออนุญาตผ่านระบบ", None),
        ("ขอเพิกถอนที่สาธารณประโยชน์เพื่อก่อสร้างโรงเรียน", None),
        # Hosting, the other รับรอง.
        ("ปรับปรุงอาคารบ้านพักรับรอง", None),
        ("จัดเลี้ยงรับรองคณะศึกษาดูงาน", None),
        # A programme's sign awarded to a shop that meets it decides no right.
        ("ตรวจร้านอาหาร พร้อมมอบป้ายรับรองมาตรฐานอาหารสะอาด รสชาติอร่อย", None),
        # The organisation's own plan and spending decide no one's rights.
        ("จัดทำ ทบทวน อนุมัติและประกาศใช้แผนพัฒนาท้องถิ่น", None),
        ("ประชุมสภาเพื่อพิจารณาอนุมัติโครงการก่อสร้างถนน", None),
        # Enrolling people in a service is no registrar's act.
        ("ขึ้นทะเบียนผู้สูงอายุและคนพิการ", None),
        # Enrolling a person in a profession is its council's.
        ("จัดสอบและขึ้นทะเบียนผู้ประกอบวิชาชีพการแพทย์แผนไทย", "ขึ้นทะเบียน"),
        ("ขึ้นทะเบียนนักสังคมสงเคราะห์วิชาชีพให้อาสาสมัคร", "ขึ้นทะเบียน"),
        ("อบรมเตรียมสอบขึ้นทะเบียนผู้ประกอบวิชาชีพการแพทย์แผนไทย", None),
        ("ขึ้นทะเบียนผู้ว่างงานเพื่อฝึกอาชีพ", None),
        # A product's formula registered, or its notification accepted.
        ("ขึ้นทะเบียนตำรับผลิตภัณฑ์สมุนไพรของกลุ่มหมอพื้นบ้าน", "ขึ้นทะเบียนตำรับ"),
        ("บริการรับจดแจ้งผลิตภัณฑ์เครื่องสำอางสมุนไพร", "รับจดแจ้ง"),
        ("รับแจ้งเหตุเดือดร้อนรำคาญ", None),
    ],
)
def test_an_act_of_state_power_over_a_person_is_recognised(title: str, act: str | None) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).act == act


def test_a_glued_place_name_ends_at_the_verb_that_follows_it() -> None:
    plan = analyse_title("กำหนดให้ตลาดนัดทุกแห่งในจังหวัดตากเป็นเขตปลอดบุหรี่", kind="pao", max_chars=500)
    assert "เขตปลอดบุหรี่" in plan.text and "ตาก" not in plan.text


def test_an_area_glued_to_a_joining_word_is_a_place_too() -> None:
    plan = analyse_title(
        "ช่วยเหลือผู้ประสบภัย อำเภออุ้มผาง และอำเภอพบพระ ณ วัดในเขตอำเภอสามเงา", kind="pao", max_chars=500
    )
    # "พระ" of พบพระ would otherwise find the law's religion items.
    assert not {"พบ", "พระ", "สาม", "เงา"} & set(plan.tokens)
    assert "บ้านพัก" in analyse_title("ซ่อมแซมถนนและบ้านพักครู", kind="pao", max_chars=500).tokens


def test_a_bracketed_latin_word_is_a_word_without_its_brackets() -> None:
    title = "ติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) ระบบ (Smart Farming)"
    plan = analyse_title(title, kind="pao", max_chars=500)
    assert {"cctv", "smart", "farming"} <= set(plan.tokens)
    assert not any(c in t for t in plan.tokens for c in "()")


def test_the_work_before_its_purpose_is_its_nouns() -> None:
    plan = analyse_title(
        "โครงการขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำเพื่อการเกษตร บ้านโคกกลาง", kind="pao", max_chars=500
    )
    assert plan.work is not None
    assert "ไฟฟ้า" in plan.work
    assert "การเกษตร" not in plan.work and "จำหน่าย" not in plan.work
    assert "การเกษตร" in plan.tokens  # the purpose still counts as evidence


def test_what_comes_with_the_work_is_not_the_work() -> None:
    plan = analyse_title(
        "ก่อสร้างสนามฟุตบอลหญ้าเทียม พร้อมอัฒจันทร์และไฟส่องสว่าง เพื่อส่งเสริมการกีฬาเยาวชน",
        kind="pao",
        max_chars=500,
    )
    assert plan.work is not None and "สนามฟุตบอล" in plan.work
    assert "ไฟ" not in plan.work and "ส่องสว่าง" not in plan.work
    # The statute's words for the lights are the title's, not the work's.
    assert "แสงสว่าง" in plan.expansion and "แสงสว่าง" not in plan.work_law
    # Said first, พร้อม cuts nothing; the work's own gloss is its statute words.
    plan = analyse_title(
        "ขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำ พร้อมหม้อแปลง เพื่อการเกษตร", kind="pao", max_chars=500
    )
    assert plan.work is not None and "ไฟฟ้า" in plan.work
    assert "สาธารณูปโภค" in plan.work_law


def test_a_title_without_a_purpose_has_no_separate_work() -> None:
    assert analyse_title("ก่อสร้างระบบประปาหมู่บ้าน", kind="pao", max_chars=500).work is None
    # เพื่อน is a word of its own, not the purpose's เพื่อ.
    assert analyse_title("ฝึกอบรมเพื่อนบ้าน", kind="pao", max_chars=500).work is None


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("อุดหนุนสำนักงานปศุสัตว์จังหวัดลพบุรี ตามโครงการรณรงค์ฉีดวัคซีน", True),
        ("อุดหนุนสถานีตำรวจภูธรเมืองลำปาง ตามโครงการอาสาจราจร", True),
        ("อุดหนุนโรงเรียนบ้านหนองบัวแดง สังกัดสำนักงานเขตพื้นที่การศึกษา", True),
        # The State Administration Act's provincial administration and its offices.
        ("อุดหนุนจังหวัดตาก ตามโครงการจัดงานประเพณี", True),
        ("อุดหนุนที่ทำการปกครองอำเภอแม่สอด ตามโครงการป้องกันยาเสพติด", True),
        ("อุดหนุนตำรวจภูธรจังหวัดพะเยา ตามโครงการตั้งจุดตรวจ", True),
        ("อุดหนุนวิทยาลัยการอาชีพ ตามโครงการฝึกอบรมวิชาชีพ", True),
        # A province's command centre, the governor's.
        ("อุดหนุนศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดจังหวัดตาก ตามโครงการสกัดกั้น", True),
        # A state unit by its chain of initials; a local government's are expanded.
        ("อุดหนุน ศป.ปส.จ.ตาก", True),
        ("อุดหนุน กอ.รมน.จังหวัดตาก ตามโครงการเฝ้าระวังชายแดน", True),
        ("อุดหนุน อ.บ.ต.แม่ปะ ก่อสร้างถนน", False),
        ("จัดตั้งศูนย์อำนวยการป้องกันและบรรเทาสาธารณภัยของ อบจ.", False),
        ("อุดหนุนองค์การบริหารส่วนตำบลมหาวัน ก่อสร้างถนน", False),
        ("อุดหนุนศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา)", False),
        ("ก่อสร้างอาคารเรียน โรงเรียนในสังกัดองค์การบริหารส่วนจังหวัดตาก", False),
    ],
)
def test_a_subsidy_to_a_state_body_is_recognised(title: str, state: bool) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).state_recipient is state


def test_an_english_title_gets_the_statutes_words_for_its_terms_of_art() -> None:
    plan = analyse_title(
        "Reconstruction of asphaltic concrete road, Khon Kaen PAO road No. KK.Th.1-0012",
        kind="pao",
        max_chars=500,
    )
    assert "ทางบก" in plan.expansion and "ทางบก" in plan.dense_text
    # Who acts is the kind asked: the PAO's name adds no body's words.
    assert "องค์การบริหารส่วนจังหวัด" not in plan.expansion


@pytest.mark.parametrize(
    ("title", "commercial"),
    [
        ("จัดตั้งโรงผลิตน้ำดื่มบรรจุขวด ดำเนินกิจการในลักษณะการพาณิชย์", True),
        ("ก่อสร้างสถานีบริการน้ำมันเชื้อเพลิง (กิจการพาณิชย์)", True),
        ("โครงการเทศพาณิชย์: โรงผลิตน้ำแข็งหลอด", True),
        ("ลงทุนโรงงานผลิตแอสฟัลท์ติกคอนกรีตเชิงพาณิชย์", True),
        # Promoting others' trade is not running a venture for trade.
        ("จัดงานแสดงสินค้าส่งเสริมการพาณิชย์ชายแดน", False),
        ("อบรมการทำแผนธุรกิจให้กลุ่มวิสาหกิจชุมชน", False),
    ],
)
def test_a_venture_run_for_trade_is_recognised(title: str, commercial: bool) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).commercial is commercial


@pytest.mark.parametrize(
    ("title", "kind", "local"),
    [
        ("อุดหนุนเทศบาลตำบลนาโยงเหนือ จัดซื้อรถบรรทุกขยะมูลฝอย", "pao", True),
        ("อุดหนุน ทต.ท่าสายลวด จัดซื้อรถขยะ 1 คัน", "pao", True),
        ("อุดหนุนให้แก่องค์การบริหารส่วนตำบลแม่เมาะ ก่อสร้างฝายชะลอน้ำ", "pao", True),
        # A partner in joint work, a place, or the kind's own name is no recipient.
        ("ก่อสร้างถนนลาดยางร่วมกับองค์การบริหารส่วนตำบลบ้านด่าน", "pao", False),
        ("ก่อสร้างรางระบายน้ำ ในเขตเทศบาลตำบลแม่ระมาด", "pao", False),
        ("อุดหนุนองค์การบริหารส่วนตำบลห้วยยาง ก่อสร้างถนน", "tao", False),
        ("อุดหนุนสำนักงานปศุสัตว์จังหวัดลพบุรี ตามโครงการรณรงค์ฉีดวัคซีน", "pao", False),
    ],
)
def test_a_subsidy_to_another_local_government_is_recognised(
    title: str, kind: str, local: bool
) -> None:
    assert analyse_title(title, kind=kind, max_chars=500).local_recipient is local


def test_a_partner_in_joint_work_joins_the_lexical_arm_only() -> None:
    joint = analyse_title("รณรงค์ป้องกันโรคไข้เลือดออก ร่วมกับเทศบาลตำบลแม่ท้อ", kind="pao", max_chars=500)
    assert "องค์กรปกครองส่วนท้องถิ่นอื่น" not in joint.dense_text
    assert "องค์กรปกครองส่วนท้องถิ่น" in joint.expansion
    # A subsidy's recipient is what the work is for: the dense arm sees it.
    subsidy = analyse_title("อุดหนุนเทศบาลตำบลแม่ท้อ ก่อสร้างถนน", kind="pao", max_chars=500)
    assert "องค์กรปกครองส่วนท้องถิ่นอื่น" in subsidy.dense_text


def test_work_a_glued_on_name_would_swallow_is_still_read_for_whose_it_is() -> None:
    # "…ส่วนตำบลรับฝากเงิน…" would be the TAO's name up to the next joining word.
    plan = analyse_title(
        "ธนาคารองค์การบริหารส่วนตำบลรับฝากเงินจากประชาชนในตำบล", kind="tao", max_chars=500
    )
    assert plan.reserved == "deposit_taking"


def test_a_buildings_bracketed_specification_is_kept_from_the_dense_arm_only() -> None:
    plan = analyse_title(
        "ก่อสร้างอาคารสถานธนานุบาล แห่งที่ 2 (อาคาร คสล. 2 ชั้น พร้อมห้องมั่นคง)",
        kind="municipality",
        max_chars=500,
    )
    assert "ชั้น" not in plan.dense_text and "สถานธนานุบาล" in plan.dense_text
    assert "มั่นคง" in plan.tokens
    # Unbracketed too.
    bare = analyse_title(
        "ก่อสร้างอาคารสถานธนานุบาล แห่งที่ 2 อาคาร คสล. 2 ชั้น", kind="municipality", max_chars=500
    )
    assert "ชั้น" not in bare.dense_text and "สถานธนานุบาล" in bare.dense_text
    # A bracket that names the work stays.
    named = analyse_title("ก่อสร้างอาคาร (ศูนย์พัฒนาเด็กเล็ก)", kind="tao", max_chars=500)
    assert "ศูนย์พัฒนาเด็กเล็ก" in named.dense_text


def test_a_dash_of_any_width_reads_as_a_hyphen_and_the_title_is_echoed_as_typed() -> None:
    title = "จัดตั้งจุดรับ\u2013ส่งจดหมายประจำหมู่บ้านพื้นที่สูง"
    plan = analyse_title(title, kind="pao", max_chars=500)
    assert plan.reserved == "post"
    assert plan.raw == title


def test_where_the_work_goes_is_no_more_its_field_than_what_it_is_for() -> None:
    plan = analyse_title(
        "ขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำเข้าสู่ครัวเรือนและพื้นที่การเกษตร", kind="pao", max_chars=500
    )
    assert plan.work is not None and "ไฟฟ้า" in plan.work and "การเกษตร" not in plan.work
    # "เข้า" alone goes there too; "นำเข้า" and "เข้าถึง" are words of their own.
    plan = analyse_title("ขยายเขตไฟฟ้าแรงต่ำเข้าพื้นที่การเกษตร", kind="pao", max_chars=500)
    assert plan.work is not None and "ไฟฟ้า" in plan.work and "การเกษตร" not in plan.work
    assert analyse_title("ศูนย์นำเข้าข้อมูลการเกษตร", kind="pao", max_chars=500).work is None


@pytest.mark.parametrize(
    ("title", "abroad"),
    [
        ("ก่อสร้างถนนลาดยางในเมืองเมียวดี ประเทศเมียนมา ฝั่งตรงข้ามอำเภอแม่สอด", True),
        ("ก่อสร้างสะพานเชื่อมอำเภอแม่ระมาดกับฝั่งสาธารณรัฐแห่งสหภาพเมียนมา", True),
        # Keeping an office there is work there too.
        (
            "ค่าเช่าและดำเนินงานสำนักงานตัวแทนส่งเสริมการค้า ณ เมืองเมียวดี สาธารณรัฐแห่งสหภาพเมียนมา",
            True,
        ),
        # Bought from abroad, a visit or a fair there, an agreed project: not building there.
        # Aid given there is work there; aid to those who came from there is not.
        ("บริจาคสิ่งของช่วยเหลือผู้ประสบอุทกภัย ณ แขวงไชยบุรี สาธารณรัฐประชาธิปไตยประชาชนลาว", True),
        ("ช่วยเหลือผู้อพยพจากสาธารณรัฐแห่งสหภาพเมียนมา ในอำเภอแม่สอด", False),
        # A subsidy sends the aid there all the same.
        ("อุดหนุนเงินช่วยเหลือผู้ประสบภัยแผ่นดินไหวในเมืองเมียวดี สาธารณรัฐแห่งสหภาพเมียนมา", True),
        ("จัดซื้อและติดตั้งเครื่องกรองน้ำนำเข้าจาก ประเทศญี่ปุ่น", False),
        ("ศึกษาดูงานการก่อสร้างถนน ณ ประเทศญี่ปุ่น", False),
        ("ก่อสร้างโรงเรียนตามบันทึกความเข้าใจกับเมืองพี่เมืองน้องในประเทศลาว", False),
        ("ก่อสร้างถนนเพื่อความมั่นคงของ ประเทศชาติ", False),
    ],
)
def test_building_or_an_office_in_another_state_is_recognised(title: str, abroad: bool) -> None:
    assert analyse_title(title, kind="pao", max_chars=500).abroad_work is abroad
