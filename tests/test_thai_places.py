import pytest

from kmportal.thai.places import province_at


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("กำแพงเพชร", "กำแพงเพชร"),
        ("กำแพงเพชรขนาด 20 x 40 เมตร", "กำแพงเพชร"),  # the next word run on
        ("นครราชสีมา", "นครราชสีมา"),
        ("นครนายก", "นครนายก"),
        ("ตาก", "ตาก"),
        ("เมืองตาก", None),  # a district, not a province
        ("", None),
    ],
)
def test_a_province_is_the_one_a_place_name_begins_with(text: str, province: str | None) -> None:
    assert province_at(text) == province
