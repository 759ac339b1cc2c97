"""The one catalogue: every key used anywhere exists in both languages with the
same placeholders; messages render in the reader's language, and in the one
fixed format ``ไทย (English)`` for the CLI and logs."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from kmportal import messages
from kmportal.errors import BadInput
from kmportal.messages import bilingual, msg

ROOT = Path(__file__).resolve().parents[1]


def test_register_adds_strings_other_modules_can_use() -> None:
    messages.register({"test_web.hello": {"th": "สวัสดี {name}", "en": "Hello {name}"}})
    assert messages.gettext("test_web.hello", "th", name="ตาก") == "สวัสดี ตาก"
    assert messages.gettext("test_web.hello", "en", name="Tak") == "Hello Tak"
    assert messages.gettext("test_web.hello", "xx", name="x") == "สวัสดี x"  # unknown lang → Thai


def test_register_refuses_an_entry_missing_a_language_or_conflicting() -> None:
    with pytest.raises(ValueError, match="lacks"):
        messages.register({"test_web.half": {"th": "ครึ่ง"}})
    with pytest.raises(ValueError, match="already registered"):
        messages.register({"nav.search": {"th": "อื่น", "en": "Other"}})


def test_a_message_renders_in_either_language_and_bilingually_in_one_format() -> None:
    m = msg("uploads.exists", doc_id="pao")
    assert m.text("th").startswith("มีเอกสารรหัส pao อยู่แล้ว")
    assert m.text("en").startswith("a document with id pao already exists")
    assert bilingual(m) == f"{m.text('th')} ({m.text('en')})" == str(m)
    assert bilingual("literal text") == "literal text"


def test_parameters_that_are_messages_render_in_the_same_language() -> None:
    messages.register({"test_msg.wrap": {"th": "ปัญหา: {p}", "en": "problem: {p}"}})
    inner = msg("uploads.empty_file")
    m = msg("test_msg.wrap", p=[inner, inner])
    assert m.text("th") == "ปัญหา: ไฟล์ว่างเปล่า ไฟล์ว่างเปล่า"
    assert m.text("en") == "problem: the file is empty the file is empty"


def test_a_domain_error_carries_its_message_and_fields_for_both_audiences() -> None:
    exc = BadInput(msg("uploads.no_file"), fields={"file": msg("uploads.empty_file")})
    assert exc.text("en") == "no file in the upload; choose a file"
    assert exc.field_texts("th") == {"file": "ไฟล์ว่างเปล่า"}
    assert exc.message == str(exc) == bilingual(exc.msg)  # CLI and logs
    assert exc.message.startswith("ไม่พบไฟล์ในคำขอ") and exc.message.endswith("choose a file)")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# English may leave out what only a Thai sentence needs (the Thai labels of raw numbers).
FEWER_IN_ENGLISH = {"km.raw"}


def test_both_languages_of_every_entry_take_the_same_placeholders() -> None:
    for key in messages.all_keys():
        th, en = messages.template(key, "th"), messages.template(key, "en")
        assert th is not None and en is not None
        if key in FEWER_IN_ENGLISH:
            assert _placeholders(en) < _placeholders(th), key
        else:
            assert _placeholders(th) == _placeholders(en), key


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in (ROOT / "kmportal").rglob("*.py"):
        used |= set(re.findall(r'\bmsg\(\s*"([a-z0-9_.]+)"', path.read_text("utf-8")))
    assert used, "no msg() calls found"
    assert sorted(k for k in used if not messages.has(k)) == []


def test_keys_the_km_service_builds_from_names_are_in_the_catalogue() -> None:
    from kmportal.km.indicators import RAW_FIELDS, IndicatorType

    labels: set[str] = set()
    for path in (ROOT / "kmportal" / "km").rglob("*.py"):
        labels |= set(re.findall(r'\blabel\("([a-z_]+)"\)', path.read_text("utf-8")))
    built = {f"km.label.{name}" for name in labels}
    built |= {f"km.error.unit_for_{kind.value}" for kind in IndicatorType}
    for f in RAW_FIELDS.values():
        built |= {f"km.raw.{name}" for name in (f.numerator, f.denominator) if name}
    assert labels and sorted(k for k in built if not messages.has(k)) == []


def test_the_catalogue_lives_below_everything_else() -> None:
    # Deep code raises catalogue messages, so the catalogue imports nothing of kmportal.
    for path in (ROOT / "kmportal" / "messages").glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("kmportal") or node.module.startswith(
                    "kmportal.messages"
                ), (path.name, node.module)


def test_no_catalogue_module_writes_a_key_twice() -> None:
    # A dict literal keeps the last of two equal keys without a word, so a
    # message written twice would silently lose one of its wordings.
    twice = []
    for path in sorted((ROOT / "kmportal" / "messages").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice += [f"{path.name}: {k}" for k in set(keys) if keys.count(k) > 1]
    assert twice == []
