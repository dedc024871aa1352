"""The Kaart page: the world with the relations and a year's trips (issue 20)."""
