"""The office's own knowledge: notes staff write and colleagues review, questions
and their accepted answers, and how both reach search.

Beside :mod:`kmportal.search` and :mod:`kmportal.uploads` in the layers: the
tables are in :mod:`kmportal.docstore.knowledge` and
:mod:`kmportal.docstore.questions`; the web layer wires the pieces together
(uploads keep attachments, the search service finds law references, the upload
runner's one ingest worker publishes into search)."""
