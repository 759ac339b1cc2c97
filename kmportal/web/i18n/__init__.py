"""The one catalogue of UI strings, Thai first.

Every module contributes its strings through :func:`register` (the core ones
live in :mod:`kmportal.web.i18n.core`); templates call ``t("key")`` and get the
text in the reader's language. A key missing from the catalogue renders as the
key itself so a typo shows on the page instead of crashing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGS: Final = ("th", "en")
DEFAULT_LANG: Final = "th"
LANG_COOKIE: Final = "lang"

_CATALOGUE: dict[str, dict[str, str]] = {}


def register(strings: Mapping[str, Mapping[str, str]]) -> None:
    """Add ``{key: {"th": ..., "en": ...}}`` entries to the catalogue.

    Each entry needs every language; re-registering a key with the same texts is
    a no-op (modules may be imported twice), with different texts an error, so
    two modules cannot silently fight over one key.
    """
    for key, texts in strings.items():
        missing = [lang for lang in LANGS if not texts.get(lang)]
        if missing:
            raise ValueError(f"i18n key {key!r} lacks {missing}")
        entry = {lang: texts[lang] for lang in LANGS}
        old = _CATALOGUE.get(key)
        if old is not None and old != entry:
            raise ValueError(f"i18n key {key!r} is already registered with other texts")
        _CATALOGUE[key] = entry


def normalize_lang(value: str | None) -> str:
    return value if value in LANGS else DEFAULT_LANG


def gettext(key: str, lang: str, /, **params: object) -> str:
    """The text for ``key`` in ``lang``; ``{name}`` placeholders filled from ``params``."""
    entry = _CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry[normalize_lang(lang)]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in _CATALOGUE


# The core strings register on import so ``t()`` works wherever this package is used.
from kmportal.web.i18n import core as _core  # noqa: E402

register(_core.STRINGS)
