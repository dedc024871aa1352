"""Dutch for the warning about a database in a sync folder or on a network share."""

DUTCH = {
    "A risky place for a database": "Een riskante plek voor een database",
    "Continue anyway": "Toch doorgaan",
}
