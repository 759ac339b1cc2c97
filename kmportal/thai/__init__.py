"""The Thai-text layer: everything that knows how Thai is written, and nothing else.

* :mod:`~kmportal.thai.normalize` — the stored and the matching form of a text.
* :mod:`~kmportal.thai.tokenize` — the one word tokeniser (PyThaiNLP newmm) and sub-words.
* :mod:`~kmportal.thai.abbrev` — abbreviations staff type (อบจ., พ.ร.บ.) and their full forms.
* :mod:`~kmportal.thai.digits` — Thai ↔ Arabic digits, numbers typed either way.
* :mod:`~kmportal.thai.dates` — Buddhist-era dates, Thai month names, Thailand time,
  the Thai fiscal year.

It sits at the bottom of the import graph: it imports nothing else from
kmportal, and ingest, index, search, km and web all import it.
"""
