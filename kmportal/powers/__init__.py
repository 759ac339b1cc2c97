"""The authority check's companions beside the search service: the plan
spreadsheet in and out (:mod:`kmportal.powers.sheet`). The check itself is
:mod:`kmportal.search.powers`."""
