"""How much one search shows: apart from the queries, for the command line's help."""

DEFAULT_LIMIT = 20  # results shown per register; the group says how many more there are
