"""Query glossing with the statute's own words."""

from __future__ import annotations

import pytest

from kmportal.search.lexicon import EN_TH, TH_TH, gloss
from kmportal.search.query import analyse
from kmportal.thai.normalize import normalize


def test_english_words_gloss_to_statute_thai() -> None:
    out = gloss("PAO ordinance on a petrol surcharge", "en")
    assert "ข้อบัญญัติ" in out and "ภาษีบำรุง" in out and "องค์การบริหารส่วนจังหวัด" in out
    # A plain word is the embedder's business, not the glossary's.
    assert "น้ำมัน" not in out


def test_the_terms_of_art_alone_say_what_a_thing_is_not_who_acts() -> None:
    out = gloss("PAO ordinance on a petrol surcharge", "en", terms_only=True)
    assert out == "ภาษีบำรุง"
    assert gloss("road linking the municipality and the TAO", "en", terms_only=True) == "ทางบก"


def test_a_longer_phrase_wins_over_the_word_inside_it() -> None:
    out = gloss("water supply", "en")
    assert out == EN_TH["water supply"]
    assert gloss("wastewater", "en") == "น้ำเสีย"


def test_english_glossing_matches_word_prefixes_only_at_word_starts() -> None:
    assert gloss("supervises", "en") == "กำกับดูแล"
    assert gloss("unsupervised", "en") == ""


def test_everyday_thai_glosses_to_the_statute_word() -> None:
    assert gloss("ขยะ", "th") == TH_TH["ขยะ"]
    assert "ภาษีมูลค่าเพิ่ม" in gloss("แวต", "th")


def test_water_supply_and_electricity_are_the_laws_public_utilities() -> None:
    # ม.๑๖ (๔) "การสาธารณูปโภค…", which the Public Procurement Act 2560 ม.๔
    # defines as "งานอันเกี่ยวกับการประปา การไฟฟ้า …"
    assert "สาธารณูปโภค" in gloss(normalize("ติดตั้งโคมไฟฟ้าส่องสว่างริมถนน"), "th").split()
    assert "สาธารณูปโภค" in gloss(normalize("ขยายเขตประปาหมู่บ้าน"), "th").split()


def test_fighting_a_fire_is_the_laws_public_disaster_work() -> None:
    # The Criminal Code ม.๓๘๓: "เมื่อเกิดเพลิงไหม้หรือสาธารณภัยอื่น"
    assert gloss(normalize("จัดซื้อรถบรรทุกน้ำดับเพลิง"), "th") == "สาธารณภัย"
    assert gloss(normalize("ซ้อมแผนระงับอัคคีภัยในชุมชน"), "th") == "สาธารณภัย"
    # Fuel (เชื้อเพลิง) is no fire.
    assert "สาธารณภัย" not in gloss(normalize("สถานีบริการน้ำมันเชื้อเพลิง"), "th")


@pytest.mark.parametrize(
    ("title", "law_word"),
    [
        # The National Environmental Quality Act 2535 ม.๔: dust is foul air, a
        # waste, and so pollution.
        ("ลดฝุ่นละอองขนาดเล็ก", "มลพิษ"),
        # The Social Welfare Promotion Act 2546 ม.๓: those social welfare serves.
        ("ซ่อมแซมบ้านผู้ยากไร้", "สังคมสงเคราะห์"),
        ("จัดหากายอุปกรณ์ให้แก่คนพิการ", "สังคมสงเคราะห์"),
        # The National Health Act 2550 ม.๓: "บริการสาธารณสุข … การป้องกันและควบคุมโรค".
        ("ป้องกันและควบคุมโรคไข้เลือดออก", "สาธารณสุข"),
        ("อบรมสุขภาพผู้สูงอายุ", "สาธารณสุข"),
        # The Rabies Act 2535: rabies is a communicable disease.
        ("ฉีดวัคซีนพิษสุนัขบ้า ฟรี ทุกอำเภอ", "โรคติดต่อ"),
        # The Public Cleanliness Act 2535 ม.๔: streams and ditches are waterways.
        ("ขุดลอกลำห้วยแม่ท้อ", "ทางน้ำ"),
        # The Groundwater Act 2520 ม.๔: groundwater is water.
        ("เจาะบ่อบาดาล พร้อมถังแชมเปญ", "น้ำ"),
        # The Forest Act 2484: "ป่าไม้อันเป็นทรัพยากรธรรมชาติ".
        ("ปลูกป่าต้นน้ำและฟื้นฟูป่าชุมชน", "ทรัพยากรธรรมชาติ"),
        ("ปลูกและฟื้นฟูป่าต้นน้ำร่วมกับชุมชน", "ทรัพยากรธรรมชาติ"),
        # The Emergency Medical Act 2551 ม.๓: emergency work treats the sick.
        ("พัฒนาศูนย์รับแจ้งเหตุและสั่งการการแพทย์ฉุกเฉิน (1669)", "การรักษาพยาบาล"),
        ("ฝึกอบรมผู้ปฏิบัติการฉุกเฉินเบื้องต้น", "การรักษาพยาบาล"),
        ("ฟื้นฟูป่าเสื่อมโทรมหลังไฟไหม้", "ป่าไม้"),
        # The Civil Procedure Code ม.๑๐๖/๑: "พระภิกษุและสามเณรในพุทธศาสนา".
        ("บรรพชาสามเณรภาคฤดูร้อน", "ศาสนา"),
        # The Sangha Act 2505's "บรรพชาอุปสมบท", in the plans' own words.
        ("บวชเณรภาคฤดูร้อน", "ศาสนา"),
        ("อุปสมบทหมู่เฉลิมพระเกียรติ", "ศาสนา"),
        # The Islamic Organisations Administration Act 2540 ม.๔: the mosque and its leaders.
        ("อบรมอิหม่าม คอเต็บ บิหลั่น", "ศาสนา"),
        ("ซ่อมแซมมัสยิดกลาง", "ศาสนา"),
        # The Town Planning Act 2562: the people take part through hearings of their views.
        ("จัดเวทีประชาคมรับฟังความคิดเห็นประชาชน", "มีส่วนร่วม"),
        # The National Culture Act 2553 ม.๓: culture holds "จารีตประเพณี พิธีกรรม".
        ("สืบสานประเพณีสงกรานต์", "วัฒนธรรม"),
        # The Land Transport Act 2522 ม.๔: "การขนส่ง หมายความว่า การขนคน … ด้วยรถ".
        ("เดินรถโดยสารสาธารณะไฟฟ้า", "การขนส่ง"),
        # The National Environmental Quality Act 2535 ม.๔: pollution "ให้หมายความ
        # รวมถึง … เสียง กลิ่น ความสั่นสะเทือน"; ม.๓๒ (๒): sea water's quality.
        ("ติดตั้งสถานีตรวจวัดระดับเสียง", "มลพิษ"),
        ("แก้ไขปัญหากลิ่นเหม็นจากฟาร์มสุกร", "มลพิษ"),
        ("ตรวจสอบคุณภาพน้ำทะเลชายฝั่ง", "สิ่งแวดล้อม"),
        # The National Farmers Council Act 2553 ม.๓: "ผู้ประกอบอาชีพเกษตรกรรม".
        ("อบรมการปลูกกาแฟแก่เกษตรกร", "ประกอบอาชีพ"),
        # The Royal Thai Police Act 2547 ม.๖ (๔): "รักษาความสงบเรียบร้อย ความปลอดภัยของประชาชน".
        ("ติดตั้งกล้องวงจรปิดเพื่อความปลอดภัยในชีวิตและทรัพย์สิน", "ความสงบเรียบร้อย"),
        # The National Justice Administration Development Act 2549 ม.๓: crime
        # prevention beside "การคุ้มครองความปลอดภัยในชีวิตและทรัพย์สิน".
        ("ติดตั้งกล้องโทรทัศน์วงจรปิดจุดเสี่ยงอาชญากรรม", "ความสงบเรียบร้อย"),
        # The Public Cleanliness Act 2535 ม.๔: a ห้วย is a waterway, when it is dredged.
        ("ขุดลอกห้วยหลวง ม.3 ต.นาข่า", "ทางน้ำ"),
        # The Destitute Persons Protection Act 2557 ม.๓: the homeless destitute.
        ("จัดตั้งศูนย์พักพิงชั่วคราวสำหรับคนไร้บ้านและคนไร้ที่พึ่ง", "สังคมสงเคราะห์"),
        # The Child and Youth Development Promotion Act 2550 ม.๙: a youth
        # council serves the development of children and youth.
        ("พัฒนาศักยภาพสภาเด็กและเยาวชนจังหวัด", "คุณภาพชีวิตเด็ก"),
        # The Land Development Act 2551 ม.๓ and the Land Code: soil is a resource.
        ("ปลูกหญ้าแฝกป้องกันการชะล้างพังทลายของหน้าดิน", "ทรัพยากรธรรมชาติ"),
        ("อนุรักษ์ดินและน้ำบนพื้นที่ลาดชัน", "ทรัพยากรธรรมชาติ"),
        # The Communicable Diseases Act 2558 ม.๓๗ (๓): killing mosquitoes.
        ("พ่นหมอกควันกำจัดยุงลาย 30 หมู่บ้าน", "โรคติดต่อ"),
        ("รณรงค์ทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลาย", "โรคติดต่อ"),
        # A forest fire is a fire (the Criminal Code ม.๓๘๓), in a forest.
        ("จัดทำแนวกันไฟและดับไฟป่า", "สาธารณภัย"),
        ("เฝ้าระวังไฟป่า", "ป่าไม้"),
        # The Royal Thai Police Act 2547 ม.๖: the police are a state body.
        ("สนับสนุนการปฏิบัติงานของตำรวจภูธรจังหวัดช่วงเทศกาล", "ส่วนราชการ"),
        ("จัดหากรวยจราจรให้สถานีตำรวจภูธรเมืองตาก", "ส่วนราชการ"),
        # The Disaster Prevention and Mitigation Act 2550 ม.๔: floods, droughts, storms.
        ("ช่วยเหลือผู้ประสบอุทกภัย", "สาธารณภัย"),
        # The National Education Act 2542 ม.๑๘: a child centre is an early-years school.
        ("ก่อสร้างอาคารศูนย์พัฒนาเด็กเล็กบ้านแม่ละเมา", "การศึกษา"),
        # The Commercial Registration Act 2499 ม.๖: selling is commerce.
        ("จัดงานแสดงและจำหน่ายสินค้าชุมชน", "การพาณิชย์"),
        # The Fuel Trade Act 2543 ม.๓: a fuel station is where fuel is sold.
        ("ก่อสร้างสถานีบริการน้ำมันเชื้อเพลิงของ อบจ. เพื่อหารายได้", "การพาณิชย์"),
        # The Dentistry Profession Act 2537 ม.๔: "การบำบัด หรือการป้องกัน โรคฟัน".
        ("หน่วยทันตกรรมเคลื่อนที่", "โรค"),
        ("แจกจ่ายน้ำแก่หมู่บ้านที่ประสบภัยแล้ง", "สาธารณภัย"),
        # Across the tokeniser's cut: ผู้ประสบภัย|แล้ง.
        ("ช่วยเหลือผู้ประสบภัยแล้ง แจกจ่ายน้ำอุปโภคบริโภค", "สาธารณภัย"),
        # The NEQA ม.๔: dust is pollution, and PM2.5 is that dust.
        ("ป้องกันไฟป่าและลดหมอกควัน PM 2.5", "มลพิษ"),
        ("ติดตั้งเครื่องวัดค่าฝุ่น PM2.5", "มลพิษ"),
        # The National Education Act ม.๒๕: a public library is a source of learning.
        ("จัดซื้อหนังสือสำหรับห้องสมุดประชาชนตำบล", "การศึกษา"),
        # The Royal Irrigation Act ม.๔: a weir raises water for farming.
        ("ก่อสร้างฝายน้ำล้นคอนกรีตเสริมเหล็ก ลำห้วยแม่ลาว", "การเกษตร"),
        ("ก่อสร้างฝายทดน้ำเพื่อการเกษตร", "น้ำ"),
        # The TAO Act ม.๖๘ (๒): "การไฟฟ้าหรือแสงสว่าง", electricity a public utility.
        ("ซ่อมไฟส่องสว่าง หมู่ 4", "สาธารณูปโภค"),
        ("ติดตั้งโคมไฟถนนพลังงานแสงอาทิตย์", "แสงสว่าง"),
    ],
)
def test_a_planners_word_glosses_to_the_field_a_statute_defines_it_in(
    title: str, law_word: str
) -> None:
    assert law_word in gloss(normalize(title), "th").split()


def test_a_gloss_word_inside_another_word_is_not_that_word() -> None:
    # ป่าช้า (a cemetery) and ไฟป่า (a forest fire) are no forest planted.
    assert "ทรัพยากรธรรมชาติ" not in gloss(normalize("ก่อสร้างเมรุ ณ ป่าช้าสาธารณประโยชน์"), "th")


def test_a_power_grid_distributes_and_sells_no_goods() -> None:
    assert "การพาณิชย์" not in gloss(normalize("ขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำ"), "th")


def test_a_halls_sound_system_is_no_noise() -> None:
    assert "มลพิษ" not in gloss(normalize("ปรับปรุงระบบเสียงหอประชุม และเสียงตามสาย"), "th")


def test_a_riverbank_falling_in_is_no_soil_conservation() -> None:
    assert "ทรัพยากรธรรมชาติ" not in gloss(normalize("ก่อสร้างเขื่อนป้องกันตลิ่งพังทลาย"), "th")


def test_fogging_mosquitoes_is_no_haze() -> None:
    assert "มลพิษ" not in gloss(normalize("พ่นหมอกควันกำจัดยุงลาย"), "th").split()


def test_a_village_named_by_its_stream_is_no_waterway() -> None:
    assert "ทางน้ำ" not in gloss(normalize("ก่อสร้างถนนบ้านห้วยหลวง"), "th")


def test_village_police_volunteers_are_no_state_body() -> None:
    assert "ส่วนราชการ" not in gloss("ฝึกอบรมอาสาสมัครตำรวจบ้าน", "th")


def test_farming_and_standing_water_are_not_the_farmer_or_the_flood() -> None:
    # Water for farming is water, not the farmer's occupation; standing water
    # is for the drains.
    assert "ประกอบอาชีพ" not in gloss(normalize("ก่อสร้างระบบส่งน้ำเพื่อการเกษตร"), "th")
    assert "สาธารณภัย" not in gloss(normalize("แก้ไขปัญหาน้ำท่วมขังถนนในหมู่บ้าน"), "th")


def test_the_quality_of_water_and_air_is_the_environments() -> None:
    # The National Environmental Quality Act 2535 ม.๔: "มาตรฐานคุณภาพสิ่งแวดล้อม
    # หมายความว่า ค่ามาตรฐานคุณภาพน้ำ อากาศ …"
    assert gloss(normalize("ติดตั้งเครื่องตรวจวัดคุณภาพอากาศ"), "th") == "สิ่งแวดล้อม"
    assert gloss(normalize("ฟื้นฟูคุณภาพน้ำและลดมลพิษ"), "th") == "สิ่งแวดล้อม"


def test_a_thai_table_word_counts_only_as_a_word_of_the_query() -> None:
    # inside another word it is only letters: the unemployed are not the governor,
    # and order (ความสงบ) is not the budget (งบ)
    assert gloss(normalize("ฝึกอาชีพให้ผู้ว่างงาน"), "th") == ""
    assert gloss(normalize("รักษาความสงบเรียบร้อย"), "th") == ""
    # a word of its own, or one word of a compound the tokeniser kept whole
    assert set(gloss(normalize("ขอใช้งบซ่อมถนน"), "th").split()) == {TH_TH["งบ"], TH_TH["ถนน"]}
    assert gloss(normalize("ระบบน้ำประปาหมู่บ้าน"), "th") == TH_TH["ประปา"]
    assert gloss(normalize("ผู้ว่าฯ ตาก"), "th") == TH_TH["ผู้ว่าฯ"]


def test_glossing_uses_the_table_of_the_querys_language() -> None:
    assert gloss("ขยะ", "en") == ""
    assert gloss("waste", "th") == ""


def test_a_gloss_lists_each_statute_phrase_once() -> None:
    out = gloss("waste garbage waste", "en")
    assert out.count("มูลฝอย") == 2  # "มูลฝอย สิ่งปฏิกูล" and "มูลฝอย" are distinct entries
    assert out.split(" ").count("สิ่งปฏิกูล") == 1


def test_an_english_query_sends_its_content_words_and_their_thai_gloss_to_the_lexical_arm() -> None:
    plan = analyse("Can the PAO levy a petrol tax?", max_chars=500)
    assert plan.lang == "en"
    assert {"pao", "levy", "petrol", "tax", "องค์การบริหารส่วนจังหวัด"} <= set(plan.tokens)
    assert not {"can", "the", "a"} & set(plan.tokens)  # English function words
    assert plan.glossed == {"pao"}
    assert "องค์การบริหารส่วนจังหวัด" in plan.dense_text
    # The embedder reads the question as typed, capitals and all.
    assert plan.dense_text.startswith("Can the PAO levy a petrol tax? (")


def test_a_thai_query_keeps_its_words_and_adds_the_gloss_as_expansion() -> None:
    plan = analyse("อบจ. เก็บขยะได้ไหม", max_chars=500)
    assert plan.lang == "th"
    assert "องค์การบริหารส่วนจังหวัด" in plan.tokens
    assert "มูลฝอย" in plan.expansion
    assert "มูลฝอย" not in plan.tokens
    # The embedder sees the typed words first, then the statute's words.
    assert plan.dense_text.startswith(normalize("อบจ. เก็บขยะได้ไหม"))
    assert "มูลฝอย" in plan.dense_text


def test_an_english_question_with_a_thai_abbreviation_is_still_english() -> None:
    plan = analyse("What can อบจ. do about waste collection?", max_chars=500)
    assert plan.lang == "en"
    assert "มูลฝอย" in plan.tokens
