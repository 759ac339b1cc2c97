"""The portal's one catalogue of user-facing text, Thai first, English second.

It sits below everything else in the import graph (it imports nothing of
kmportal), so a page, a route, the CLI and an exception raised deep inside the
KM service or the upload checks all speak from the same catalogue:

* pages and templates call ``gettext(key, lang, **params)`` (``t()`` in Jinja)
  and get the text in the reader's language;
* domain code builds a :class:`Message` with :func:`msg` (a key and its
  parameters) and raises it inside a :mod:`kmportal.errors` exception; the web
  layer renders it in the reader's language, the CLI and the logs in the one
  fixed bilingual format of :func:`bilingual`: ``"ไทย (English)"``.

Catalogue entries live in the modules of this package, one per area
(``portal``, ``km``, ``accounts``, ``uploads``, ``powers``, ``ops``); keys are ``area.what``. A key
missing from the catalogue renders as the key itself, so a typo shows on the
page instead of crashing it (and ``tests/test_messages.py`` finds it first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

LANGS: Final = ("th", "en")
DEFAULT_LANG: Final = "th"

_CATALOGUE: dict[str, dict[str, str]] = {}


def register(strings: Mapping[str, Mapping[str, str]]) -> None:
    """Add ``{key: {"th": ..., "en": ...}}`` entries to the catalogue.

    Each entry needs every language; re-registering a key with the same texts is
    a no-op, with different texts an error, so two areas cannot silently fight
    over one key.
    """
    for key, texts in strings.items():
        missing = [lang for lang in LANGS if not texts.get(lang)]
        if missing:
            raise ValueError(f"message {key!r} lacks {missing}")
        entry = {lang: texts[lang] for lang in LANGS}
        old = _CATALOGUE.get(key)
        if old is not None and old != entry:
            raise ValueError(f"message {key!r} is already registered with other texts")
        _CATALOGUE[key] = entry


def normalize_lang(value: str | None) -> str:
    return value if value in LANGS else DEFAULT_LANG


def has(key: str) -> bool:
    return key in _CATALOGUE


def all_keys() -> list[str]:
    return sorted(_CATALOGUE)


def template(key: str, lang: str) -> str | None:
    """The raw catalogue text (with its ``{placeholders}``), or None for an unknown key."""
    entry = _CATALOGUE.get(key)
    return None if entry is None else entry[normalize_lang(lang)]


@dataclass(frozen=True)
class Message:
    """A catalogue key and its parameters, rendered only when the language is known.

    A parameter may itself be a Message (a field's label, say) or a list of
    them (several problems at once): they are rendered in the same language.
    """

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return gettext(self.key, lang, **self.params)

    def __str__(self) -> str:
        return bilingual(self)

    def __hash__(self) -> int:
        # Equal messages share a key; params may hold lists, which do not hash.
        return hash(self.key)


# What an exception or a form error may carry: a catalogue message, or literal
# text that is the same in every language (a file name, a reason from a library).
Text = str | Message


def msg(key: str, /, **params: object) -> Message:
    return Message(key, params)


def _param(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, list | tuple):
        return " ".join(str(_param(v, lang)) for v in value)
    return value


def gettext(key: str, lang: str, /, **params: object) -> str:
    """The text for ``key`` in ``lang``; ``{name}`` placeholders filled from ``params``."""
    text = template(key, lang)
    if text is None:
        return key
    if not params:
        return text
    return text.format(**{name: _param(value, lang) for name, value in params.items()})


def render(value: Text, lang: str) -> str:
    """A message in the reader's language; literal text as it is."""
    return value.text(lang) if isinstance(value, Message) else value


def bilingual(value: Text) -> str:
    """The one fixed format for the CLI, logs and stored job messages: ``ไทย (English)``."""
    if not isinstance(value, Message):
        return value
    th, en = value.text("th"), value.text("en")
    return th if th == en else f"{th} ({en})"


# The catalogue modules register on import, so any importer of this package sees
# every key (imported last: they only hold data).
from kmportal.messages import accounts, km, ops, portal, powers, uploads  # noqa: E402

for _area in (portal, km, accounts, uploads, powers, ops):
    register(_area.STRINGS)
