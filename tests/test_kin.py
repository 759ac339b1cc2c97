"""Kin: the law's words for a title word the law of that kind never uses."""

from __future__ import annotations

import numpy as np
from helpers.registers import make_register as _register

from kmportal.search.kin import (
    KinVocabulary,
    build_vocabulary,
    field_words,
    kin,
    title_kin,
    unheld_words,
    with_kin,
)
from kmportal.search.project_title import analyse_title

DIM = 32


# Forty provisions, each with a field word of its own and the verb all share; the
# last holds a word only a TAO provision has.
FIELDS = [f"ด้านที่{chr(0x0E01 + i)}{chr(0x0E01 + i)}" for i in range(40)]
REGISTER = _register(
    [([f, "ส่งเสริม"], ("pao",)) for f in FIELDS[:39]] + [([FIELDS[39], "ส่งเสริม"], ("tao",))]
)


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def _embedder(near: dict[str, str]):  # type: ignore[no-untyped-def]
    """Random unit vectors per word; a word in ``near`` gets its partner's vector
    nudged, so the partner stands out above every other field word."""
    rng = np.random.default_rng(7)
    base = {w: _unit(rng.normal(size=DIM)) for w in FIELDS}
    calls: list[int] = []

    def embed(words: list[str]) -> np.ndarray:
        calls.append(len(words))
        out = []
        for w in words:
            if w in base:
                out.append(base[w])
            elif w in near:
                out.append(_unit(base[near[w]] + 0.05 * rng.normal(size=DIM)))
            else:
                out.append(_unit(rng.normal(size=DIM)))
        return np.stack(out)

    return embed, calls


def test_field_words_are_the_rare_ones_never_a_word_every_provision_holds() -> None:
    words = field_words(REGISTER)
    assert set(FIELDS) <= set(words)
    assert "ส่งเสริม" not in words


def test_a_word_close_to_one_field_word_of_its_kind_gets_it_and_a_stranger_gets_none() -> None:
    embed, _ = _embedder({"รถโดยสาร": FIELDS[3]})
    vocab = build_vocabulary(REGISTER, embed)
    (vec,) = embed(["รถโดยสาร"])
    assert kin(vocab, "รถโดยสาร", vec, "pao") == [FIELDS[3]]
    (stranger,) = embed(["ยุทโธปกรณ์"])
    assert kin(vocab, "ยุทโธปกรณ์", stranger, "pao") == []


def test_kin_is_sought_only_among_the_kinds_own_words() -> None:
    # Close to the TAO-only word: a PAO title gets nothing from another kind's law.
    embed, _ = _embedder({"ผู้พิการ": FIELDS[39]})
    vocab = build_vocabulary(REGISTER, embed)
    (vec,) = embed(["ผู้พิการ"])
    assert kin(vocab, "ผู้พิการ", vec, "pao") == []


def test_a_word_inside_the_title_word_is_left_to_the_lexical_arm() -> None:
    embed, _ = _embedder({})
    vocab = build_vocabulary(REGISTER, embed)
    word = FIELDS[5] + "รวม"
    assert kin(vocab, word, vocab.vectors[5], "pao") == []


def test_a_word_too_short_for_the_lexical_arm_to_find_inside_a_law_word_may_have_it_as_kin() -> (
    None
):
    embed, _ = _embedder({})
    vocab = build_vocabulary(REGISTER, embed)
    short = FIELDS[5][-3:]  # three characters: the lexical arm matches it only whole
    assert short in FIELDS[5] and len(short) == 3
    assert kin(vocab, short, vocab.vectors[5], "pao") == [FIELDS[5]]


def test_only_words_the_kinds_provisions_do_not_hold_are_asked_about() -> None:
    embed, _ = _embedder({})
    vocab = build_vocabulary(REGISTER, embed)
    asked = unheld_words(REGISTER, vocab, [FIELDS[1], FIELDS[39], "ใหม่เอี่ยม", "ทำ"], "pao")
    # The PAO's own word is evidence already; the TAO's is not the PAO's; two letters say nothing.
    assert asked == [FIELDS[39], "ใหม่เอี่ยม"]


def test_with_kin_adds_the_laws_word_to_the_lexical_arm_only_and_embeds_once() -> None:
    embed, calls = _embedder({"รถโดยสาร": FIELDS[3]})
    plans = [
        analyse_title("จัดหารถโดยสาร", kind="pao", max_chars=500),
        analyse_title("จัดหารถโดยสาร 2 คัน", kind="pao", max_chars=500),
    ]
    register = _register([([f], ("pao",)) for f in FIELDS])
    out = with_kin(register, plans, ["pao", "pao"], embed)
    assert FIELDS[3] in out[0].expansion and FIELDS[3] in out[1].expansion
    assert out[0].kin == (FIELDS[3],)  # told apart from the statute's own glosses
    # The dense arm stays the title's own: it is the independent second opinion.
    assert out[0].dense_text == plans[0].dense_text
    assert len(calls) == 2  # the vocabulary once, then every title's words at once
    with_kin(register, plans, ["pao", "pao"], embed)
    assert len(calls) == 3  # the vocabulary is kept with the register


def test_a_thesaurus_synonym_the_kinds_law_holds_joins_as_the_titles_own_word() -> None:
    embed, _ = _embedder({})
    register = _register(
        [([f], ("pao",)) for f in FIELDS[:39]]
        + [(["คนชรา", "สตรี"], ("pao",)), (["ผู้สูงอายุ"], ("tao",))]
    )
    title = "ศูนย์ดูแลผู้สูงอายุ"
    (pao,) = with_kin(register, [analyse_title(title, kind="pao", max_chars=500)], ["pao"], embed)
    # The PAO's law says คนชรา for the title's ผู้สูงอายุ (one WordNet sense):
    # the title's own word in the law's wording, not a neighbour the embedder found.
    assert "คนชรา" in pao.expansion and "คนชรา" not in pao.kin
    # The TAO's law holds the title's word itself: nothing is asked.
    (tao,) = with_kin(register, [analyse_title(title, kind="tao", max_chars=500)], ["tao"], embed)
    assert "คนชรา" not in tao.expansion


def _with_function_word(word: str) -> tuple[KinVocabulary, dict[str, np.ndarray]]:
    """A vocabulary whose fortieth provision holds ``word``, a function word held
    by one provision in forty, so rare enough to be counted a field word."""
    register = _register(
        [([f, "ส่งเสริม"], ("pao",)) for f in FIELDS[:39]] + [([word, "ส่งเสริม"], ("pao",))]
    )
    rng = np.random.default_rng(11)
    vectors = {w: _unit(rng.normal(size=4 * DIM)) for w in [*FIELDS[:39], word]}
    vocab = build_vocabulary(register, lambda words: np.stack([vectors[w] for w in words]))
    assert word in vocab.words
    return vocab, vectors


def test_a_function_word_of_the_law_is_never_kin_however_close() -> None:
    vocab, vectors = _with_function_word("โดย")
    assert kin(vocab, "ผ่านทาง", vectors["โดย"], "pao") == []
    assert kin(vocab, "รถโดยสาร", vectors[FIELDS[3]], "pao") == [FIELDS[3]]


def test_a_piece_of_the_works_form_is_never_kin_however_close() -> None:
    # สร้าง of ก่อสร้าง: every building title sits near it, whatever it builds.
    vocab, vectors = _with_function_word("สร้าง")
    assert kin(vocab, "เผาศพ", vectors["สร้าง"], "pao") == []


def test_the_field_word_nearest_the_whole_title_is_its_title_kin_when_it_stands_out() -> None:
    embed, _ = _embedder({})
    vocab = build_vocabulary(REGISTER, embed)
    near = _unit(vocab.vectors[3] + 0.1 * vocab.vectors[4])
    assert title_kin(vocab, near, "pao", set()) == [FIELDS[3]]
    # One the title says already is the lexical arm's; the next one stands out less.
    assert title_kin(vocab, near, "pao", {FIELDS[3]}) == []
    # A title nowhere near any field word of its kind gets none.
    flat = _unit(vocab.vectors[:39].mean(axis=0))
    assert title_kin(vocab, flat, "pao", set()) == []
    # Only the kind's own words: the TAO-only word is never a PAO title's.
    assert title_kin(vocab, vocab.vectors[39], "pao", set()) != [FIELDS[39]]


def test_a_function_word_is_never_a_titles_kin_however_close() -> None:
    vocab, vectors = _with_function_word("ทั้งนี้")
    title = _unit(vectors["ทั้งนี้"] + 0.6 * vectors[FIELDS[2]])
    assert title_kin(vocab, title, "pao", set()) == [FIELDS[2]]
