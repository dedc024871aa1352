"""Dutch of the accessibility work (issue 19): menu texts whose Alt letters were shared."""

DUTCH = {
    "Save import tem&plate…": "Import&sjabloon opslaan…",
    "Ta&ke along on a trip…": "&Meenemen op reis…",
    "Du&plicate": "Du&pliceren",
    "Your o&rganisation…": "Uw o&rganisatie…",
}
