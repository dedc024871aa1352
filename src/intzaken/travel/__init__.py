"""Travel copies (issue 8): take a local copy of the team database on a trip, work in it
offline, and merge it back record by record and field by field."""
