"""Dutch for places' coordinates from GeoNames (ui/forms/place_position.py, the new-place
dialog and the home place in Your organisation)."""

DUTCH = {
    # PlacePosition
    "Latitude": "Breedtegraad",
    "Longitude": "Lengtegraad",
    "latitude, such as 51.9225": "breedtegraad, zoals 51,9225",
    "longitude, such as 4.4792": "lengtegraad, zoals 4,4792",
    "Which place": "Welke plaats",
    "Found in GeoNames: {place}.": "Gevonden in GeoNames: {place}.",
    "(choose which one is meant)": "(kies welke bedoeld is)",
    "GeoNames knows %n place(s) of this name: choose one, or type the coordinates.": (
        "GeoNames kent %n plaats met deze naam: kies die, of typ de coördinaten.",
        "GeoNames kent %n plaatsen met deze naam: kies er een, of typ de coördinaten.",
    ),
    "Not in GeoNames's list of cities: type the coordinates if you want.": "Niet in de stedenlijst van GeoNames: typ de coördinaten als u wilt.",
    # NewPlaceDialog
    "&Position": "&Ligging",
    # OrganisationPage
    "(no home place)": "(geen thuisplaats)",
    "&Home place": "&Thuisplaats",
}
