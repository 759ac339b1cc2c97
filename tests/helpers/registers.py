"""A register of powers built by hand: provisions given as their words."""

from __future__ import annotations

from kmportal.search.register import Provision, Register


def make_register(rows: list[tuple[list[str], tuple[str, ...]]]) -> Register:
    """One provision per ``(words, kinds)``, items 0, 1, ... of one section."""
    reg = Register()
    for i, (words, kinds) in enumerate(rows):
        reg.provisions.append(
            Provision(
                i, "act", "Act", "s1", "มาตรา", "1", str(i), f"ม.1 ({i})", "Act", " ".join(words),
                kinds, (), False, 0, 0,
            )
        )  # fmt: skip
    reg.index([words for words, _ in rows])
    return reg
