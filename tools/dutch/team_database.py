"""Dutch for the team database on a PostgreSQL server (ui/team_database.py, the File menu,
the welcome dialog, import and backups when the database is on a server)."""

DUTCH = {
    # The example address in the dialog, in the words of each language
    "postgresql://name@server.example.org/intzaken": "postgresql://naam@server.gemeente.nl/intzaken",
    # File menu and welcome dialog
    "Open a &team database…": "&Teamdatabase openen…",
    "Open a database on a PostgreSQL server by its address": "Open een database op een PostgreSQL-server via haar adres",
    "Only for a database file: a team database's backups are made on the server, by its "
    "administrator (pg_dump).": "Alleen bij een databasebestand: van een teamdatabase maakt de beheerder de "
    "back-ups op de server (pg_dump).",
    # window title and messages
    "team database {name} on {server}": "teamdatabase {name} op {server}",
    "Cannot open the team database": "De teamdatabase kan niet worden geopend",
    "Set up the team database": "Teamdatabase inrichten",
    "The database {name} on {server} is still empty. Set it up for your organisation? Name "
    "of the organisation (for example 'Gemeente Rotterdam'):": "De database {name} op {server} is nog leeg. Wilt u haar inrichten voor uw "
    "organisatie? Naam van de organisatie (bijvoorbeeld 'Gemeente Rotterdam'):",
    # the dialog
    "Open a team database": "Teamdatabase openen",
    "A team database lives on a PostgreSQL server, where the whole team works in the same "
    "registers. Your administrator gives you its address.": "Een teamdatabase staat op een PostgreSQL-server, waar het hele team in dezelfde "
    "registers werkt. Het adres krijgt u van de beheerder.",
    "Address": "Adres",
    "&Address:": "&Adres:",
    "only if the server asks for one": "alleen als de server erom vraagt",
    "Password": "Wachtwoord",
    "&Password:": "&Wachtwoord:",
    "The password is used for this connection only and is never stored. Without one, the "
    "password in PGPASSWORD or ~/.pgpass (pgpass.conf on Windows) is used.": "Het wachtwoord wordt alleen voor deze verbinding gebruikt en nooit bewaard. Zonder "
    "wachtwoord wordt dat uit PGPASSWORD of ~/.pgpass (pgpass.conf op Windows) gebruikt.",
    # import into a team database
    "The file can be imported, in one go for the whole team.": "Het bestand kan worden ingelezen, in één keer voor het hele team.",
    "In a team database the server's backups (made by its administrator) are the way back.": "In een teamdatabase gaat u terug met de back-ups op de server (van de beheerder).",
}
