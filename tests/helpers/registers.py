"""A register of powers built by hand: provisions given as their words."""

from __future__ import annotations

from kmportal.search.register import Provision, Register

Row = tuple[list[str], tuple[str, ...]] | tuple[list[str], tuple[str, ...], str]


def make_register(rows: list[Row]) -> Register:
    """One provision per ``(words, kinds)``, items 0, 1, ... of one section of
    one Act; ``(words, kinds, law)`` puts the provision in a law of its own
    (a layer of law apart from the others)."""
    reg = Register()
    for i, (words, kinds, *law) in enumerate(rows):
        name = law[0] if law else "Act"
        reg.provisions.append(
            Provision(
                i, "act", "Act", "s1", "มาตรา", "1", str(i), f"ม.1 ({i})", name, " ".join(words),
                kinds, (), False, 0, 0,
            )
        )  # fmt: skip
    reg.index([row[0] for row in rows])
    return reg
