"""Dutch for travel copies in the window (ui/travel_flow.py, ui/travel_copy_dialog.py,
ui/merge_dialog.py)."""

DUTCH = {
    # File menu and window
    "Write a travel copy that opens without a network: everything, or what one trip needs": "Schrijf een reiskopie die zonder netwerk opent: alles, of wat één reis nodig heeft",
    "&Merge a travel copy…": "Reiskopie terug&zetten…",
    "Bring the changes made in a travel copy into this database": "Zet de wijzigingen uit een reiskopie terug in deze database",
    "Travel copy — {title}": "Reiskopie — {title}",
    "Travel copy (merged back), {origin}": "Reiskopie (al teruggezet), {origin}",
    "Travel copy, {origin}": "Reiskopie, {origin}",
    "before a travel copy was merged back": "voor het terugzetten van een reiskopie",
    # taking a copy
    "Take along on a trip": "Meenemen op reis",
    "A travel copy is a database file of its own that opens without a network. Work in it "
    "on the trip as usual; back home, File → Merge a travel copy brings the changes into "
    "this database.": "Een reiskopie is een eigen databasebestand dat zonder netwerk opent. Werk er "
    "onderweg gewoon in; terug op kantoor zet Bestand → Reiskopie terugzetten de "
    "wijzigingen in deze database.",
    "Only what &one trip needs:": "Alleen wat één &reis nodig heeft:",
    "&Everything in this database": "&Alles uit deze database",
    "The trip, the relations at its destinations with their agreements and contacts, the "
    "trip's networks and those its travellers hold, earlier visits to the same "
    "destinations, and everything these refer to.": "De reis, de relaties op haar bestemmingen met hun overeenkomsten en "
    "contactpersonen, de netwerken van de reis en die de reizigers als "
    "portefeuillehouder hebben, eerdere bezoeken aan dezelfde bestemmingen, en alles "
    "waar die naar verwijzen.",
    "&File:": "&Bestand:",
    "File": "Bestand",
    "&Choose…": "&Kiezen…",
    "&Write the travel copy": "Reiskopie &schrijven",
    "Write the travel copy to": "Reiskopie schrijven naar",
    "{file} already exists. Replace it?": "{file} bestaat al. Vervangen?",
    "Writing the travel copy…": "De reiskopie wordt geschreven…",
    "The travel copy is written to {path}. Open it on the trip with File → Open; it needs "
    "no network.": "De reiskopie is geschreven naar {path}. Open hem onderweg met Bestand → Openen; "
    "er is geen netwerk voor nodig.",
    # merging
    "Merge a travel copy": "Reiskopie terugzetten",
    "Comparing {file} with this database…": "{file} wordt vergeleken met deze database…",
    "Merge the travel copy {file}": "Reiskopie {file} terugzetten",
    "Travel copy {file}, {origin}.": "Reiskopie {file}, {origin}.",
    "Nothing was changed in the travel copy; merging only notes that it came back.": "In de reiskopie is niets gewijzigd; terugzetten legt alleen vast dat hij terug is.",
    "Automatic: {count}. Conflicts: {conflicts}. Deletions: {deletions}.": "Automatisch: {count}. Conflicten: {conflicts}. Verwijderingen: {deletions}.",
    "A backup is made first; all goes in at once, or nothing.": "Eerst wordt een back-up gemaakt; alles gaat in één keer, of niets.",
    "Field": "Veld",
    "Original": "Oorspronkelijk",
    "In the travel copy": "In de reiskopie",
    "In the team database": "In de teamdatabase",
    "Conflicts": "Conflicten",
    "Conflicts ({count})": "Conflicten ({count})",
    "Changed on both sides. Fields changed on one side only are taken from that side; "
    "where both changed a field, click the value to keep.": "Aan beide kanten gewijzigd. Velden die maar aan één kant zijn gewijzigd, komen "
    "van die kant; waar beide een veld wijzigden, klikt u op de waarde die blijft.",
    "Record": "Record",
    "What happens": "Wat er gebeurt",
    "Fields": "Velden",
    "Automatic": "Automatisch",
    "Automatic ({count})": "Automatisch ({count})",
    "Changed or added in the travel copy only: these go into the team database as they "
    "are.": "Alleen in de reiskopie gewijzigd of toegevoegd: dit gaat zo de teamdatabase in.",
    "Deletions": "Verwijderingen",
    "Deletions ({count})": "Verwijderingen ({count})",
    "Also delete in the team database": "Ook in de teamdatabase verwijderen",
    "Deleted in the travel copy. Tick what may go in the team database too; what is not "
    "ticked stays there.": "Verwijderd in de reiskopie. Vink aan wat ook uit de teamdatabase mag; wat niet is "
    "aangevinkt, blijft daar bestaan.",
    "Open choices: &travel copy": "Open keuzes: &reiskopie",
    "Open choices: t&eam database": "Open keuzes: team&database",
    "&Merge": "&Terugzetten",
    "What to do": "Wat te doen",
    "new in the travel copy": "nieuw in de reiskopie",
    "changed in the travel copy": "gewijzigd in de reiskopie",
    "changed in the travel copy and in the team database": "gewijzigd in de reiskopie en in de teamdatabase",
    "deleted in the travel copy": "verwijderd in de reiskopie",
    "deleted in the travel copy, changed in the team database": "verwijderd in de reiskopie, gewijzigd in de teamdatabase",
    "deleted in the team database, changed in the travel copy": "verwijderd in de teamdatabase, gewijzigd in de reiskopie",
    "deleted in the team database, but the travel copy refers to it": "verwijderd in de teamdatabase, maar de reiskopie verwijst ernaar",
    "Delete it": "Verwijderen",
    "Keep it as the team database has it": "Bewaren zoals in de teamdatabase",
    "Restore it from the travel copy": "Terugzetten uit de reiskopie",
    "Leave it deleted": "Verwijderd laten",
    "Still to choose: {count}.": "Nog te kiezen: {count}.",
    "Everything is decided.": "Alles is gekozen.",
    "Merging the travel copy…": "De reiskopie wordt teruggezet…",
    "Merged": "Teruggezet",
    "The backup made before can be restored under File → Restore a backup.": "De back-up van daarvoor kunt u terugzetten via Bestand → Back-up terugzetten.",
    # the copy's history in the preview, and after the merge
    "What": "Wat",
    "Carried over": "Overgenomen",
    "Yes": "Ja",
    "No: {reason}": "Nee: {reason}",
    "Changes made in the travel copy, from its history. Those that agree with what the "
    "merge writes are carried over with their authors and times, marked as coming from "
    "this travel copy; the others are not, for the reason given.": "Wijzigingen die in de reiskopie zijn gemaakt, uit haar geschiedenis. Wat klopt met "
    "wat het terugzetten schrijft, wordt overgenomen met wie het deed en wanneer, "
    "gemarkeerd als afkomstig uit deze reiskopie; de rest niet, om de genoemde reden.",
    "History: {carried} carried over, {dropped} not": "Geschiedenis: {carried} overgenomen, {dropped} niet",
    "Not carried over from its history ({count}):": "Niet overgenomen uit de geschiedenis van de reiskopie ({count}):",
    "… and {count} more.": "… en nog {count}.",
}
