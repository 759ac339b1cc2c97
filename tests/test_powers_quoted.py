"""A ministerial rule (or regulation) quoted in a handbook, recognised by its shape."""

from __future__ import annotations

from helpers.powers_corpus import HANDBOOK, RULE_ITEMS

from kmportal.ingest.powers_quoted import quoted_powers
from kmportal.ingest.prose import split_prose
from kmportal.thai.normalize import clean_display


def test_the_rule_heading_and_its_numbered_list_become_provisions_of_the_rule() -> None:
    text = clean_display(HANDBOOK)
    found = quoted_powers(text, split_prose(text, title="คู่มือ"))
    rule = [p for p in found if p.law.startswith("กฎกระทรวง")]
    assert [p.text for p in rule] == list(RULE_ITEMS)
    assert [p.section for p in rule] == [str(i) for i in range(1, len(RULE_ITEMS) + 1)]
    first = rule[0]
    assert first.unit == "ข้อ" and first.item is None and first.kinds == ["pao"]
    assert first.law == ("กฎกระทรวง พ.ศ. 2541 ออกตามความในพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540")
    assert first.label == (
        "ข้อ ๑ แห่งกฎกระทรวง พ.ศ. ๒๕๔๑ ออกตามความในพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"
    )
    # Linked to what it was issued under, by what the heading says.
    assert ("พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540", "45", "8") in first.issued_under
    assert text[first.start : first.end] == f"1. {RULE_ITEMS[0]}"
    assert rule[-1].catch_all and not any(p.catch_all for p in rule[:-1])


def test_a_list_under_an_acts_heading_is_not_a_rule() -> None:
    text = clean_display(HANDBOOK)
    found = quoted_powers(text, split_prose(text, title="คู่มือ"))
    assert not any("ตราข้อบัญญัติ" in p.text for p in found)


def test_a_regulation_clause_giving_a_kind_a_duty_is_a_provision() -> None:
    text = clean_display(HANDBOOK)
    found = quoted_powers(text, split_prose(text, title="คู่มือ"))
    clause = [p for p in found if p.law.startswith("ระเบียบ")]
    assert len(clause) == 1
    assert clause[0].section == "19" and clause[0].kinds == ["pao"]
    assert clause[0].label.startswith("ข้อ ๑๙ แห่งระเบียบกระทรวงมหาดไทยว่าด้วย")
    # quoted whole, as a plan quotes a clause, its number included
    assert clause[0].text.startswith("ข้อ 19 ให้องค์การบริหารส่วนจังหวัด")


def test_a_rule_heading_without_a_kind_of_organisation_or_a_list_is_ignored() -> None:
    text = "กฎกระทรวง พ.ศ. 2550 ว่าด้วยการจัดเก็บภาษี\n\n1. ข้อหนึ่ง\n2. ข้อสอง\n3. ข้อสาม\n"
    assert quoted_powers(text, split_prose(text, title="x")) == []
    text = "กฎกระทรวง พ.ศ. 2541 ออกตามความใน พรบ.องค์การบริหารส่วนจังหวัด\n\nไม่มีรายการ\n"
    assert quoted_powers(text, split_prose(text, title="x")) == []
