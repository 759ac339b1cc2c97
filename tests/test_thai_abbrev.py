"""The abbreviation table (kmportal.thai.abbrev): what is rewritten, what is only listed."""

from __future__ import annotations

from kmportal.thai.abbrev import ABBREVIATIONS, expansions


def test_every_spelling_of_an_abbreviation_maps_to_its_full_form() -> None:
    table = expansions()
    assert table["อบจ."] == table["อ.บ.จ."] == table["อบจ"] == "องค์การบริหารส่วนจังหวัด"
    assert table["พรบ."] == "พระราชบัญญัติ"


def test_glossary_only_entries_and_the_section_mark_are_never_rewritten() -> None:
    table = expansions()
    # ม. means มาตรา only before a number (the citation parser's job); ฯลฯ stays as written.
    assert "ม." not in table
    assert "ฯลฯ" not in table
    assert any(a.short == "ฯลฯ" and not a.expand for a in ABBREVIATIONS)


def test_no_spelling_is_claimed_by_two_abbreviations() -> None:
    spellings = [s for a in ABBREVIATIONS for s in (a.short, *a.variants)]
    assert len(spellings) == len(set(spellings))


def test_a_plan_titles_abbreviations_become_the_words_a_gloss_knows() -> None:
    from kmportal.thai.normalize import normalize

    assert "โรงเรียน" in normalize("คอมพิวเตอร์ ร.ร. อบจ.")
    assert "ศูนย์พัฒนาเด็กเล็ก" in normalize("ซ่อมแซม ศพด.บ้านแม่ท้อ")
    # The longer abbreviation wins over the one inside it.
    assert "โรงพยาบาลส่งเสริมสุขภาพตำบล" in normalize("ต่อเติม รพ.สต.บ้านนา")
    # A road in its whole short form, and the highway departments' route numbers.
    assert "ถนนคอนกรีตเสริมเหล็ก" in normalize("ถ.คสล. ม.4 บ้านห้วยไม้แป้น")
    assert "ทางหลวงแผ่นดิน" in normalize("ปะซ่อมผิวทาง ทล.12")
    assert "ทางหลวงชนบท" in normalize("ถนนสาย ทช.ตก.3005")
    # Not the end of a word: a bare ถ. is no road.
    assert "ถนน" not in normalize("ซื้อรถ.")
    # The offices a subsidy goes to, so a state recipient is seen.
    assert "สำนักงานสาธารณสุขจังหวัด" in normalize("อุดหนุน สสจ.ร้อยเอ็ด")
    assert "สำนักงานสาธารณสุขอำเภอ" in normalize("อุดหนุน สสอ.แม่สอด")
    assert "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" in normalize("อุดหนุน สพป.ตาก เขต 2")
    assert "สถานีตำรวจภูธร" in normalize("อุดหนุน สภ.แม่สอด")
    # Not the end of a word.
    assert "ตำรวจ" not in normalize("ประชุมสภ.")


def test_a_municipalitys_tier_is_written_out_only_where_it_stands_alone() -> None:
    from kmportal.thai.normalize import normalize

    assert "เทศบาลตำบลท่าสายลวด" in normalize("อุดหนุน ทต.ท่าสายลวด").replace(" ", "")
    assert "เทศบาลเมือง" in normalize("ร่วมกับ ทม.แม่สอด")
    assert "เทศบาลนคร" in normalize("(ทน.อุดรธานี)")
    # The end of a word, or of a longer abbreviation, is not one.
    assert "เทศบาล" not in normalize("แต่งตั้งผู้แทน.")
    assert normalize("สำนักงาน กศน. กทม.").endswith("กรุงเทพมหานคร")
