"""The lexical arm: which provisions a title's words name (tiny registers)."""

from __future__ import annotations

from helpers.registers import make_register

from kmportal.search.evidence import evidence, kind_fields, provision_fields, word_forms


def test_a_title_word_meets_the_law_without_its_nominaliser_and_through_its_compound_parts() -> (
    None
):
    forms, parts = word_forms("การป้องกัน")
    assert "ป้องกัน" in forms
    forms, parts = word_forms("ทุนการศึกษา")
    assert "การศึกษา" in parts and "ทุนการศึกษา" in forms


def test_a_compounds_piece_that_is_a_compound_itself_gives_its_pieces_within_three() -> None:
    # ไฟสัญญาณจราจร is ไฟ and สัญญาณจราจร: word order must not hide จราจร,
    # which สัญญาณไฟจราจร (สัญญาณ and ไฟจราจร) reaches through ไฟจราจร.
    _forms, parts = word_forms("ไฟสัญญาณจราจร")
    assert "จราจร" in parts
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(40)]
    reg = make_register([(["ขนส่งมวลชน", "วิศวกรรม", "จราจร"], ("pao",)), *filler])
    assert evidence(reg, ["ไฟสัญญาณจราจร"]).best[0] > 0
    # A longer chain is the name of one thing (หนังสือ รับรอง การ ทำประโยชน์).
    _forms, parts = word_forms("หนังสือรับรองการทำประโยชน์")
    assert "หนังสือ" not in parts and "รับรอง" not in parts


def test_a_function_word_is_never_a_field_word_however_rare() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(40)]
    reg = make_register([(["ไฟฟ้า", "โดย", "วิธี"], ("tao",)), (["พาณิชย์", "โดย"], ("pao",)), *filler])
    assert "โดย" not in provision_fields(reg)[0] and "ไฟฟ้า" in provision_fields(reg)[0]
    # So a PAO item sharing only โดย does not make electricity the PAO's field.
    assert not provision_fields(reg)[0] & kind_fields(reg, "pao")


def test_a_compounds_piece_meets_the_law_inside_its_own_compound_but_a_function_word_never() -> (
    None
):
    _forms, parts = word_forms("ระหว่างประเทศ")
    assert "ระหว่าง" not in parts
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(40)]
    reg = make_register(
        [(["ทำนุบำรุง", "ศาสนา"], ("pao",)), (["เชื่อมต่อ", "ระหว่าง"], ("pao",)), *filler]
    )
    # พระพุทธศาสนา → its piece พุทธศาสนา → the law's ศาสนา.
    assert evidence(reg, ["พระพุทธศาสนา"]).best[0] > 0
    assert evidence(reg, ["ระหว่างประเทศ"]).best[1] == 0


def test_the_head_of_a_qualifying_piece_is_not_the_titles_field_but_the_first_pieces_is() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(40)]
    reg = make_register([(["แบ่งสรร", "เงิน"], ("pao",)), (["ให้มี", "ตลาด"], ("pao",)), *filler])
    # ภาษีเงินได้ (income tax): its เงินได้ qualifies the tax; เงิน, money, is not its field.
    assert evidence(reg, ["ภาษีเงินได้"]).best[0] == 0
    # ตลาดสดชุมชน: its first piece ตลาดสด is its head, and ตลาด the head of that.
    assert evidence(reg, ["ตลาดสดชุมชน"]).best[1] > 0


def test_public_names_whom_a_facility_serves_not_its_field() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(40)]
    reg = make_register([(["สถานที่", "กีฬา", "สวนสาธารณะ"], ("pao",)), *filler])
    # A public crematorium (ฌาปนสถานสาธารณะ) is no park: every power serves the public.
    assert evidence(reg, ["สาธารณะ"]).best[0] == 0
    assert evidence(reg, ["สวนสาธารณะ"]).best[0] > 0
