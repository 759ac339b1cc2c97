"""One module per schema revision, oldest first: ``r0001`` is the previous
release's schema (the baseline), each later one changes what its docstring says."""
