"""Dutch for the window texts of open data and the Woo list (issue 21)."""

DUTCH = {
    "Si&gned document published": "Ondertekend document &gepubliceerd",
    "on the website or the Woo platform": "op de website of het Woo-platform",
    "Licence of &open data": "Licentie van &open data",
    "CSV file (the list as data to publish)": "CSV-bestand (de lijst als te publiceren data)",
    "CSV files (*.csv)": "CSV-bestanden (*.csv)",
    "P&ublish open data…": "Open data p&ubliceren…",
    "The trips made in a year as CSV with metadata, for the open data portal": (
        "De gemaakte reizen van een jaar als CSV met metadata, voor het open-dataportaal"
    ),
    "Name, department, e-mail address and logo, as reports print them, and the licence of open data": (
        "Naam, afdeling, e-mailadres en logo, zoals rapporten ze afdrukken, en de licentie "
        "van open data"
    ),
    "Publish open data": "Open data publiceren",
    "The trips made in this year go into a CSV file for the open data portal, with its metadata (DCAT-AP-DONL) beside it.\n\nYear:": (
        "De gemaakte reizen van dit jaar komen in een CSV-bestand voor het "
        "open-dataportaal, met de metadata (DCAT-AP-DONL) ernaast.\n\nJaar:"
    ),
    "Folder for the open data": "Map voor de open data",
    "%n trip(s) of {year} written to {csv}, with the metadata in {metadata}.": (
        "%n reis van {year} geschreven naar {csv}, met de metadata in {metadata}.",
        "%n reizen van {year} geschreven naar {csv}, met de metadata in {metadata}.",
    ),
    "Open data written": "Open data geschreven",
    "Writing open data…": "Open data schrijven…",
}
