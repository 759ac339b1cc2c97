"""Thai synonyms from the Thai WordNet that PyThaiNLP ships.

PyThaiNLP bundles NICT's Thai WordNet as ``corpus/wordnet_th.db``: each Thai
lemma against the WordNet 3.0 synsets it belongs to (``"10376523-n"``, an old
person: ผู้สูงอายุ, คนชรา, ผู้สูงวัย …). Its ``pythainlp.corpus.wordnet`` module
is a wrapper of NLTK's, which downloads the Open Multilingual Wordnet when
imported; the database itself needs nothing, so it is read here with sqlite3.

Only noun senses count: a verb's synsets are wide (จ่าย → ใช้, ฆ่า → เก็บ) and a
project is named by the things it works on.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from contextlib import closing
from functools import cache
from importlib.resources import files
from pathlib import Path

DATABASE = "wordnet_th.db"


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(lemma → its noun synsets, synset → its lemmas), read once; empty when
    the installed PyThaiNLP has no database."""
    path = Path(str(files("pythainlp.corpus") / DATABASE))
    if not path.is_file():
        return {}, {}
    senses: defaultdict[str, list[str]] = defaultdict(list)
    members: defaultdict[str, list[str]] = defaultdict(list)
    # Read-only: the file belongs to the installed package (and may not be writable).
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT synsetid, li FROM word_synset WHERE synsetid LIKE '%-n'")
        for synset, lemma in rows:
            senses[lemma].append(synset)
            members[synset].append(lemma)
    return (
        {k: tuple(v) for k, v in senses.items()},
        {k: tuple(v) for k, v in members.items()},
    )


def synonyms(word: str) -> tuple[str, ...]:
    """The other lemmas of ``word``'s noun senses, in the database's order."""
    senses, members = _table()
    found = (lemma for s in senses.get(word, ()) for lemma in members[s] if lemma != word)
    return tuple(dict.fromkeys(found))
