"""Thai province names, as PyThaiNLP lists them (its bundled ``provinces``
corpus): which province a place name in a title is."""

from __future__ import annotations

from functools import lru_cache

from pythainlp.corpus import provinces


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    # Longest first: a name that begins with another ("นครราชสีมา", "นครนายก").
    names = (name for name in provinces() if isinstance(name, str))  # not the detailed form
    return tuple(sorted(names, key=len, reverse=True))


def province_at(text: str) -> str | None:
    """The province whose name ``text`` begins with: Thai writes the next word
    on without a space ("จังหวัดกำแพงเพชรขนาด…"), so a name is matched at
    the start, never as the whole of ``text``."""
    return next((name for name in _names() if text.startswith(name)), None)
