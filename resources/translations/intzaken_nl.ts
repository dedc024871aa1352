<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="32" />
        <source>Save the programme as calendar</source>
        <translation>Programma opslaan als agenda</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="33" />
        <source>programme-{id}.ics</source>
        <translation>programma-{id}.ics</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="34" />
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="43" />
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="48" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="49" />
        <source>The calendar could not be saved: {error}</source>
        <translation>De agenda kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="55" />
        <source>Calendar saved</source>
        <translation>Agenda opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme_calendar.py" line="56" />
        <source>The trip has no programme yet; the calendar holds no events.</source>
        <translation>De reis heeft nog geen programma; de agenda bevat geen afspraken.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../src/intzaken/ui/about.py" line="18" />
        <source>International relations, networks, agreements, official trips and budget.</source>
        <translation>Internationale relaties, netwerken, overeenkomsten, ambtsreizen en begroting.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/about.py" line="25" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/about.py" line="27" />
        <source>Schema version: {revision}</source>
        <translation>Schemaversie: {revision}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/about.py" line="29" />
        <source>No database open.</source>
        <translation>Geen database geopend.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="164" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="165" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="167" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="170" />
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="172" />
        <source>&amp;Parties</source>
        <translation>&amp;Partijen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="174" />
        <source>Signed o&amp;n</source>
        <translation>Ondertekend o&amp;p</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="176" />
        <source>Signed &amp;by</source>
        <translation>Ondertekend &amp;door</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="178" />
        <source>Valid &amp;from</source>
        <translation>Geldig &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="181" />
        <source>Valid &amp;until</source>
        <translation>Geldig t/&amp;m</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="184" />
        <source>&amp;Renewal date</source>
        <translation>&amp;Verlengingsdatum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="186" />
        <source>&amp;Documents</source>
        <translation>Doc&amp;umenten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="191" />
        <source>Si&amp;gned document published</source>
        <translation>Ondertekend document &amp;gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="192" />
        <source>on the website or the Woo platform</source>
        <translation>op de website of het Woo-platform</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="194" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="195" />
        <source>T&amp;hemes</source>
        <translation>T&amp;hema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="198" />
        <source>&amp;Relations</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="201" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="242" />
        <source>New agreement</source>
        <translation>Nieuwe overeenkomst</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="78" />
        <source>Budget use per budget line</source>
        <translation>Uitputting per begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="82" />
        <location filename="../../src/intzaken/ui/charts.py" line="90" />
        <source>No budget lines.</source>
        <translation>Geen begrotingsposten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="115" />
        <source>Loading the chart…</source>
        <translation>De grafiek wordt geladen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="201" />
        <source>{used} of a budget not known</source>
        <translation>{used} van een onbekend budget</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="203" />
        <source>{used} of {budget}</source>
        <translation>{used} van {budget}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="226" />
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="233" />
        <source>Committed</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/charts.py" line="242" />
        <location filename="../../src/intzaken/ui/charts.py" line="279" />
        <source>Over budget</source>
        <translation>Overschreden</translation>
    </message>
</context>
<context>
    <name>BudgetLineForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="37" />
        <source>Spent {spent}, committed {committed}; the budget is not known.</source>
        <translation>Besteed {spent}, verplicht {committed}; het budget is onbekend.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="41" />
        <source>Spent {spent}, committed {committed}, left {left}.</source>
        <translation>Besteed {spent}, verplicht {committed}, over {left}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="51" />
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="52" />
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="53" />
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="54" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="55" />
        <source>&amp;Budget</source>
        <translation>&amp;Begroot</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="57" />
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="58" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="62" />
        <location filename="../../src/intzaken/ui/forms/budget.py" line="63" />
        <source>Use</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="64" />
        <location filename="../../src/intzaken/ui/forms/budget.py" line="84" />
        <source>Expenses and commitments</source>
        <translation>Uitgaven en verplichtingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="68" />
        <source>&amp;Bookings</source>
        <translation>&amp;Boekingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="72" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="74" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="75" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="76" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/budget.py" line="128" />
        <source>New budget line</source>
        <translation>Nieuwe begrotingspost</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <location filename="../../src/intzaken/ui/busy_work.py" line="52" />
        <source>Could not be done</source>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="54" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="63" />
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="64" />
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="65" />
        <source>&amp;Next ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="74" />
        <source>&amp;Month</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="75" />
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="93" />
        <source>Previous month or year (Alt+Left, Page Up)</source>
        <translation>Vorige maand of vorig jaar (Alt+Links, Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="94" />
        <source>Next month or year (Alt+Right, Page Down)</source>
        <translation>Volgende maand of volgend jaar (Alt+Rechts, Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="95" />
        <source>The month or year of today (Alt+Home)</source>
        <translation>De maand of het jaar van vandaag (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="138" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="139" />
        <source>Trip, action or project</source>
        <translation>Reis, actie of project</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="143" />
        <source>Trips, deadlines and project dates in this period</source>
        <translation>Reizen, termijnen en projectdata in deze periode</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="243" />
        <source>No trip, follow-up deadline or EU project date in {period}.</source>
        <translation>Geen reis, termijn van een vervolgactie of datum van een EU-project in {period}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="141" />
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="162" />
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="248" />
        <source>Latest trip before: {when}</source>
        <translation>Laatste reis hiervoor: {when}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="249" />
        <source>Next trip: {when}</source>
        <translation>Volgende reis: {when}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="269" />
        <source>{sign} {action} (follow-up of {trip})</source>
        <translation>{sign} {action} (vervolg op {trip})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="272" />
        <source>action done</source>
        <translation>actie afgerond</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="272" />
        <source>action due</source>
        <translation>actie open</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="279" />
        <source>{sign} {what}: EU project {project}</source>
        <translation>{sign} {what}: EU-project {project}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="287" />
        <source>In {period}</source>
        <translation>In {period}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/page.py" line="290" />
        <source>Nothing in {period}.</source>
        <translation>Niets in {period}.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="66" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="160" />
        <source>{sign} {description}: due {date} ({state}), of {trip}</source>
        <translation>{sign} {description}: uiterlijk {date} ({state}), bij {trip}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="164" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="164" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="169" />
        <source>{sign} {what} of EU project {project}: {date} ({status})</source>
        <translation>{sign} {what} van EU-project {project}: {date} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/view.py" line="227" />
        <source>Known only by the year:</source>
        <translation>Alleen het jaar bekend:</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="75" />
        <source>The college</source>
        <translation>Het college</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="78" />
        <source>The mayor and aldermen with their terms and portfolios: trips, networks and relations name them. One row per term of office.</source>
        <translation>De burgemeester en wethouders met hun ambtstermijnen en portefeuilles: reizen, netwerken en relaties noemen hen. Eén regel per ambtstermijn.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="84" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="85" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="86" />
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="87" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="88" />
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="91" />
        <source>Officials</source>
        <translation>Bestuurders</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="99" />
        <source>Someone with two terms (first alderman, then mayor) gets two rows with the same name. Leave Until empty for a term that runs. More can be added later on the Officials page.</source>
        <translation>Wie twee termijnen had (eerst wethouder, dan burgemeester), krijgt twee regels met dezelfde naam. Laat 'Tot en met' leeg voor een lopende termijn. Later aanvullen kan op de pagina Bestuurders.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/college_page.py" line="233" />
        <source>Row {number}: {message}</source>
        <translation>Regel {number}: {message}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/intzaken/ui/commands.py" line="42" />
        <source>Not redone: {error}</source>
        <translation>Niet opnieuw gedaan: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/commands.py" line="45" />
        <location filename="../../src/intzaken/ui/forms/priority_links.py" line="161" />
        <source>Not undone: {error}</source>
        <translation>Niet ongedaan gemaakt: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/commands.py" line="87" />
        <source>New {what}</source>
        <translation>Nieuw: {what}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/commands.py" line="116" />
        <source>Edit {what}</source>
        <translation>Wijzigen: {what}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/commands.py" line="143" />
        <source>Delete {what}</source>
        <translation>Verwijderen: {what}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_links.py" line="136" />
        <source>Links to the policy</source>
        <translation>Koppelingen met het beleid</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="64" />
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="66" />
        <source>Your input is still in the form and has not been saved.</source>
        <translation>Uw invoer staat nog in het formulier en is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="69" />
        <source>Put my changes on the newest version</source>
        <translation>Mijn wijzigingen op de nieuwste versie zetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="73" />
        <source>Reload (discard my input)…</source>
        <translation>Opnieuw laden (mijn invoer vervalt)…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="76" />
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="96" />
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="88" />
        <source>Deleted by someone else</source>
        <translation>Verwijderd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="90" />
        <source>Your input is still in the form. You can save it as a new record.</source>
        <translation>Uw invoer staat nog in het formulier. U kunt deze opslaan als nieuw record.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="93" />
        <source>Save as a new record</source>
        <translation>Opslaan als nieuw record</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="106" />
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="107" />
        <source>Load the stored version? Your input in this form is lost.</source>
        <translation>De opgeslagen versie laden? Uw invoer in dit formulier gaat verloren.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="125" />
        <source>The newest version (saved by {authors}) is in the form, with your changes on top. Check it, then save.</source>
        <translation>De nieuwste versie (opgeslagen door {authors}) staat in het formulier, met uw wijzigingen erop. Controleer en sla dan op.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="131" />
        <source>The newest version (saved by {authors}) is in the form. Your changes could not be put on it: they name something that was deleted meanwhile.</source>
        <translation>De nieuwste versie (opgeslagen door {authors}) staat in het formulier. Uw wijzigingen konden er niet op worden gezet: ze noemen iets dat intussen is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="138" />
        <source>Changed by you and by the other: {fields}. The form shows your input there.</source>
        <translation>Door u én de ander gewijzigd: {fields}. Daar staat nu uw invoer.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="146" />
        <source>The newest version (saved by {authors}) is in the form; your input was discarded.</source>
        <translation>De nieuwste versie (opgeslagen door {authors}) staat in het formulier; uw invoer is vervallen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/conflict.py" line="153" />
        <source>Not saved: {authors} saved this record after you opened it. Save again to see what changed and choose how to go on.</source>
        <translation>Niet opgeslagen: {authors} heeft dit record opgeslagen nadat u het opende. Klik opnieuw op Opslaan om te zien wat er veranderde en te kiezen hoe verder.</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="34" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="35" />
        <source>Changed since the export</source>
        <translation>Gewijzigd na de export</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="36" />
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="37" />
        <source>In the database now</source>
        <translation>Nu in de database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="40" />
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/import_conflicts.py" line="88" />
        <source>By {who}; version {file} in the file, now {database}.</source>
        <translation>Door {who}; versie {file} in het bestand, nu {database}.</translation>
    </message>
</context>
<context>
    <name>CopyDayDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="19" />
        <source>Copy day</source>
        <translation>Dag kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="21" />
        <source>Copy the items of {day} to:</source>
        <translation>De onderdelen van {day} kopiëren naar:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="23" />
        <source>Copy the items without a day to:</source>
        <translation>De onderdelen zonder dag kopiëren naar:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="25" />
        <source>Copy to date</source>
        <translation>Kopiëren naar datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="31" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="35" />
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/copy_day_dialog.py" line="54" />
        <source>Fill in the date to copy to.</source>
        <translation>Vul de datum in waarnaar gekopieerd wordt.</translation>
    </message>
</context>
<context>
    <name>CountryFactsDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="67" />
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="185" />
        <source>Country information</source>
        <translation>Landeninformatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="72" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="81" />
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="83" />
        <source>An IANA time zone such as Asia/Shanghai; the zones of the country are offered</source>
        <translation>Een IANA-tijdzone zoals Asia/Shanghai; de zones van het land staan in de lijst</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="87" />
        <source>e.g. CNY</source>
        <translation>bijv. CNY</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="90" />
        <source>e.g. Consulate-General in Shanghai</source>
        <translation>bijv. Consulaat-generaal in Shanghai</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="97" />
        <source>e.g. 112</source>
        <translation>bijv. 112</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="99" />
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="102" />
        <source>Checked on</source>
        <translation>Bekeken op</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="103" />
        <source>To&amp;day</source>
        <translation>Vandaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="104" />
        <source>The travel advice was checked today</source>
        <translation>Het reisadvies is vandaag bekeken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="121" />
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="123" />
        <source>&amp;Time zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="124" />
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="125" />
        <source>&amp;Languages</source>
        <translation>T&amp;alen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="126" />
        <source>&amp;Embassy or consulate</source>
        <translation>A&amp;mbassade of consulaat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="127" />
        <source>&amp;Address</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="128" />
        <source>Pho&amp;ne</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="129" />
        <source>Emergency p&amp;hone (embassy)</source>
        <translation>Noodn&amp;ummer ambassade</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="130" />
        <source>Local emergenc&amp;y number</source>
        <translation>Lokaal ala&amp;rmnummer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="131" />
        <source>Travel ad&amp;vice</source>
        <translation>Reisadv&amp;ies</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="133" />
        <source>Chec&amp;ked on</source>
        <translation>&amp;Bekeken op</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="137" />
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="141" />
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="142" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="186" />
        <source>Save the changes to this country first?</source>
        <translation>Eerst de wijzigingen voor dit land opslaan?</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="211" />
        <source>Nothing has been recorded for this country yet.</source>
        <translation>Voor dit land is nog niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="280" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="303" />
        <source>Give the date the travel advice was checked.</source>
        <translation>Geef de datum waarop het reisadvies is bekeken.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/country_facts_dialog.py" line="311" />
        <source>Checked %1 days ago: check the travel advice again before a departure.</source>
        <translation>%1 dagen geleden bekeken: bekijk het reisadvies opnieuw vóór vertrek.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/intzaken/ui/crash.py" line="55" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/crash.py" line="57" />
        <source>Something went wrong that Intzaken did not expect. Your saved data is safe; the action that failed was not saved.</source>
        <translation>Er ging iets mis dat Intzaken niet verwachtte. Uw opgeslagen gegevens zijn veilig; de mislukte handeling is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/crash.py" line="64" />
        <source>Details are in {path}. Please send them to the application's maintainers.</source>
        <translation>De details staan in {path}. Stuur ze alstublieft naar de beheerders van de applicatie.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="68" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="79" />
        <source>Year of the figures and the budget</source>
        <translation>Jaar van de cijfers en de begroting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="82" />
        <source>&amp;Year of the figures and the budget:</source>
        <translation>&amp;Jaar van cijfers en begroting:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="91" />
        <source>Costs and CO2 of trips</source>
        <translation>Kosten en CO2 van reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="93" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="106" />
        <source>Upcoming trips</source>
        <translation>Komende reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="95" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="96" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="112" />
        <source>Trip</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="97" />
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="98" />
        <source>Led by</source>
        <translation>Delegatieleider</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="102" />
        <source>Estimated costs</source>
        <translation>Geraamde kosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="121" />
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="121" />
        <source>Valid until</source>
        <translation>Geldig t/m</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="121" />
        <source>Expires</source>
        <translation>Loopt af</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="122" />
        <source>Expiring agreements</source>
        <translation>Aflopende overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="127" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="129" />
        <source>Relations without contact</source>
        <translation>Relaties zonder contact</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="128" />
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="128" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="134" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="136" />
        <source>Deadlines of EU projects</source>
        <translation>Deadlines van EU-projecten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="135" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="135" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="135" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="141" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="143" />
        <source>Points to check</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="142" />
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="142" />
        <source>Finding</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="182" />
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="213" />
        <source>Situation on {date}</source>
        <translation>Stand van zaken op {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="222" />
        <source>The budget lines of {year} have no known amount yet and nothing is spent or committed on them.</source>
        <translation>De begrotingsposten van {year} hebben nog geen bekend bedrag en er is niets op besteed of verplicht.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="230" />
        <source>There are no budget lines for {year} yet. Add them under Budget to see here how much is spent and committed.</source>
        <translation>Er zijn nog geen begrotingsposten voor {year}. Voeg ze toe onder Begroting om hier te zien hoeveel er is besteed en verplicht.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="234" />
        <source>Budget use {year}</source>
        <translation>Uitputting begroting {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="270" />
        <source>in at least %n day(s)</source>
        <translation><numerusform>over ten minste %n dag</numerusform><numerusform>over ten minste %n dagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="276" />
        <source>and %n more trip(s)</source>
        <translation><numerusform>en nog %n reis</numerusform><numerusform>en nog %n reizen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="313" />
        <source>%n point(s)</source>
        <translation><numerusform>%n punt</numerusform><numerusform>%n punten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="258" />
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="263" />
        <source>in %n day(s)</source>
        <translation><numerusform>over %n dag</numerusform><numerusform>over %n dagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="267" />
        <source>under way</source>
        <translation>onderweg</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="279" />
        <source>Upcoming trips until {date}</source>
        <translation>Komende reizen met vertrek t/m {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="299" />
        <source>No planned or approved trip starts by {date}.</source>
        <translation>Er vertrekt t/m {date} geen voorgenomen of goedgekeurde reis.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="307" />
        <source>no estimate yet</source>
        <translation>nog geen raming</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="312" />
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="318" />
        <source>Follow-up actions due by {date}</source>
        <translation>Vervolgacties met een termijn t/m {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="332" />
        <source>No open follow-up action is due by {date}.</source>
        <translation>Geen openstaande vervolgactie heeft een termijn t/m {date}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="338" />
        <source>Agreements expiring by {date}</source>
        <translation>Overeenkomsten die t/m {date} aflopen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="351" />
        <source>No active agreement expires by {date}.</source>
        <translation>Geen actieve overeenkomst loopt af t/m {date}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="357" />
        <source>Deadlines of EU projects by {date}</source>
        <translation>Deadlines van EU-projecten t/m {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="365" />
        <source>No call deadline or report of an EU project falls by {date}.</source>
        <translation>Geen deadline van een oproep of rapportage van een EU-project valt t/m {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="372" />
        <source>expired %n day(s) ago</source>
        <translation><numerusform>%n dag geleden verlopen</numerusform><numerusform>%n dagen geleden verlopen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="380" />
        <source>Relations without contact since {date}</source>
        <translation>Relaties zonder contact sinds {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="387" />
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="396" />
        <source>Every relation has had a trip, an event or an agreement since {date}.</source>
        <translation>Elke relatie had sinds {date} een reis, een relatiemoment of een overeenkomst.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="400" />
        <source>There are no relations yet: add them under Relations.</source>
        <translation>Er zijn nog geen relaties: voeg ze toe onder Relaties.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="374" />
        <source>expired yesterday</source>
        <translation>gisteren verlopen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="260" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="99" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="128" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="100" />
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="104" />
        <source>To fill in</source>
        <translation>Nog aan te vullen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="111" />
        <location filename="../../src/intzaken/ui/dashboard.py" line="113" />
        <source>Follow-up actions due</source>
        <translation>Vervolgacties met een termijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="112" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="112" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="120" />
        <source>Agreements expiring</source>
        <translation>Aflopende overeenkomsten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="256" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n dag geleden</numerusform><numerusform>%n dagen geleden</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="262" />
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard.py" line="405" />
        <source>Nothing to check: the figures look plausible.</source>
        <translation>Geen aandachtspunten: de cijfers zien er plausibel uit.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="63" />
        <source>Intzaken</source>
        <translation>Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="64" />
        <source>No database open</source>
        <translation>Geen database geopend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="66" />
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="68" />
        <source>team database {name} on {server}</source>
        <translation>teamdatabase {name} op {server}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="73" />
        <source>{organisation} — {file} — Intzaken</source>
        <translation>{organisation} — {file} — Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="76" />
        <source>Travel copy — {title}</source>
        <translation>Reiskopie — {title}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="78" />
        <source>Travel copy (merged back), {origin}</source>
        <translation>Reiskopie (al teruggezet), {origin}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="80" />
        <source>Travel copy, {origin}</source>
        <translation>Reiskopie, {origin}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="118" />
        <source>Cannot open the file</source>
        <translation>Bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="138" />
        <source>Cannot open the team database</source>
        <translation>De teamdatabase kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="169" />
        <location filename="../../src/intzaken/ui/window/databases.py" line="177" />
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="170" />
        <source>Name of the organisation (for example 'Gemeente Rotterdam'):</source>
        <translation>Naam van de organisatie (bijvoorbeeld 'Gemeente Rotterdam'):</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="178" />
        <source>The organisation's name is required.</source>
        <translation>De naam van de organisatie is verplicht.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="183" />
        <source>Save the new database as</source>
        <translation>Nieuwe database opslaan als</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="185" />
        <source>Intzaken database (*.sqlite)</source>
        <translation>Intzaken-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="202" />
        <source>Open a database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="204" />
        <source>Intzaken database (*.sqlite);;All files (*)</source>
        <translation>Intzaken-database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="226" />
        <source>Cannot open the demo</source>
        <translation>De demo kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="237" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="256" />
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="257" />
        <source>The backup could not be written: {error}</source>
        <translation>De back-up kon niet worden geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/databases.py" line="263" />
        <source>Backup written: {path}</source>
        <translation>Back-up geschreven: {path}</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="47" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="49" />
        <source>&amp;Attach…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="51" />
        <source>O&amp;pen</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="53" />
        <source>Remo&amp;ve</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="94" />
        <source>Attach the signed document</source>
        <translation>Ondertekend document toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="96" />
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-documenten (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="106" />
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="114" />
        <source>Attach</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="107" />
        <source>{file} is larger than 50 MB.</source>
        <translation>{file} is groter dan 50 MB.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/agreements.py" line="115" />
        <source>{file} cannot be read: {error}</source>
        <translation>{file} kan niet worden gelezen: {error}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="50" />
        <source>Folder for the CSV files</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="56" />
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="58" />
        <source>Export (*{suffix})</source>
        <translation>Export (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="68" />
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="73" />
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="85" />
        <source>Save import template</source>
        <translation>Importsjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="86" />
        <source>import-template.xlsx</source>
        <translation>importsjabloon.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="87" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="96" />
        <source>Import template saved as {path}</source>
        <translation>Importsjabloon opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="101" />
        <source>Writing the import template…</source>
        <translation>Importsjabloon schrijven…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="119" />
        <source>Import a workbook or CSV file</source>
        <translation>Excel- of CSV-bestand importeren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="136" />
        <source>Reading and checking {file}…</source>
        <translation>{file} wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="170" />
        <location filename="../../src/intzaken/ui/travel_flow.py" line="190" />
        <source>In a team database the server's backups (made by its administrator) are the way back.</source>
        <translation>In een teamdatabase gaat u terug met de back-ups op de server (van de beheerder).</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="176" />
        <source>Imported</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="165" />
        <source>The backup made before the import can be restored under File → Restore a backup.</source>
        <translation>De back-up van vóór de import kunt u terugzetten met Bestand → Back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="121" />
        <source>Excel or LibreOffice workbook, or CSV (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Excel- of LibreOffice-werkmap, of CSV (*.xlsx *.ods *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="185" />
        <source>Importing…</source>
        <translation>Bezig met inlezen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="34" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="35" />
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="36" />
        <source>Country information</source>
        <translation>Landeninformatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="37" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="45" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="49" />
        <source>All registers</source>
        <translation>Alle registers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="54" />
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="56" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="57" />
        <source>CSV (semicolons, for Excel)</source>
        <translation>CSV (puntkomma's, voor Excel)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="58" />
        <source>Calendar for Outlook (.ics, trips only)</source>
        <translation>Agenda voor Outlook (.ics, alleen reizen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="59" />
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="60" />
        <source>&amp;Only the headings (an empty template to fill in)</source>
        <translation>&amp;Alleen de kopjes (een leeg sjabloon om in te vullen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="69" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="93" />
        <source>Each trip becomes an all-day event. Importing the file again in Outlook updates the trips instead of adding them twice.</source>
        <translation>Elke reis wordt een afspraak voor de hele dag. Leest u het bestand opnieuw in Outlook in, dan worden de reizen bijgewerkt in plaats van dubbel toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="98" />
        <source>All registers as CSV: choose a folder; every sheet becomes a file of its own.</source>
        <translation>Alle registers als CSV: kies een map; elk blad wordt een eigen bestand.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="102" />
        <source>The file can be edited in Excel and read back with Import; rows are matched to their records, so nothing is added twice, and a record someone changed after the export is shown as a conflict.</source>
        <translation>Het bestand kunt u in Excel bewerken en met Importeren weer inlezen; regels worden bij hun record herkend, dus er komt niets dubbel in, en een record dat iemand na de export wijzigde, wordt als conflict getoond.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="222" />
        <source>Trips</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="213" />
        <source>Costs in the council report</source>
        <translation>Kosten volgens raadsrapportage</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="214" />
        <source>Total costs incl. CO2 offset</source>
        <translation>Totale kosten incl. CO2-compensatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="216" />
        <source>Cancellation costs (in neither total)</source>
        <translation>Annuleringskosten (in geen van beide totalen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="217" />
        <source>Actual minus estimate</source>
        <translation>Werkelijk min raming</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="241" />
        <source>Trips count in the year they start. The council report's costs are travel and stay plus other costs; total costs add the CO2 offset. Planned trips count with their estimate; actual minus estimate is over the trips made that have both. CO2 per traveller is the reported CO2 divided by the officials travelling, each counted once per trip.</source>
        <translation>Reizen tellen mee in het jaar waarin ze beginnen. De kosten volgens de raadsrapportage zijn reis en verblijf plus overige kosten; de totale kosten tellen daar de CO2-compensatie bij op. Voorgenomen reizen tellen met hun raming; werkelijk min raming gaat over de uitgevoerde reizen die beide hebben. CO2 per reiziger is de opgegeven CO2 gedeeld door de reizende bestuurders, elk eenmaal per reis geteld.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="260" />
        <source>Trips and the policy</source>
        <translation>Reizen en het beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="273" />
        <source>Against the policy: {sentence}.</source>
        <translation>Afgezet tegen het beleid: {sentence}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="372" />
        <source>{year}
to {day}
done</source>
        <translation>{year}
t/m {day}
uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="289" />
        <source>The same period of both years: trips made from 1 January to {this} against those from 1 January to {last}.</source>
        <translation>Dezelfde periode van beide jaren: reizen uitgevoerd van 1 januari t/m {this} tegenover die van 1 januari t/m {last}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="371" />
        <source>{year}
done</source>
        <translation>{year}
uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="281" />
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="218" />
        <source>CO2 reported (tonnes)</source>
        <translation>CO2 opgegeven (ton)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="219" />
        <source>CO2 estimated from the routes (tonnes)</source>
        <translation>CO2 geschat uit de reisroutes (ton)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="220" />
        <source>CO2 reported per traveller (tonnes)</source>
        <translation>CO2 opgegeven per reiziger (ton)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="221" />
        <source>CO2 offset paid</source>
        <translation>CO2-compensatie betaald</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="283" />
        <source>{year}
planned
(estimated)</source>
        <translation>{year}
voorgenomen
(geraamd)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="342" />
        <source>{column}: no trips made are recorded, so the differences are against nothing.</source>
        <translation>{column}: er zijn geen gemaakte reizen vastgelegd, dus de verschillen zijn ten opzichte van niets.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/dashboard_panels.py" line="360" />
        <source>{column}: {notes}.</source>
        <translation>{column}: {notes}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/intzaken/ui/files.py" line="61" />
        <source>No access to {path}: you may not read or write this file.</source>
        <translation>Geen toegang tot {path}: u mag dit bestand niet lezen of schrijven.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/files.py" line="70" />
        <source>The file {path} cannot be opened: {reason}.</source>
        <translation>Het bestand {path} kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/files.py" line="122" />
        <source>The demo cannot be written to {path}: {reason}.</source>
        <translation>De demo kan niet worden geschreven naar {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FindAnything</name>
    <message>
        <location filename="../../src/intzaken/ui/window/find_anything.py" line="35" />
        <source>Find &amp;anything…</source>
        <translation>&amp;Alles doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/find_anything.py" line="38" />
        <source>Search every register, programme, contact and note at once</source>
        <translation>Zoek in één keer in alle registers, programma's, contactpersonen en toelichtingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/find_anything.py" line="44" />
        <source>Find anything (Ctrl+K)</source>
        <translation>Alles doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/find_anything.py" line="45" />
        <source>Find anything</source>
        <translation>Alles doorzoeken</translation>
    </message>
</context>
<context>
    <name>FirstStepsWizard</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="31" />
        <source>First steps — Intzaken</source>
        <translation>Eerste stappen — Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="39" />
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="41" />
        <source>Go on without saving this step; it can be done later</source>
        <translation>Verder zonder deze stap op te slaan; u kunt hem later doen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="60" />
        <source>The database {file} has been made. Three short steps fill in what you already know; each can be skipped and done later.</source>
        <translation>De database {file} is aangemaakt. In drie korte stappen vult u in wat u al weet; elke stap kunt u overslaan en later doen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="116" />
        <source>The database {file} stays, with what the earlier steps saved. Input on this page that was not saved yet is dropped.</source>
        <translation>De database {file} blijft bestaan, met wat de vorige stappen opsloegen. Wat u op deze pagina nog niet heeft opgeslagen, vervalt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="121" />
        <source>The database {file} stays, but it is empty apart from the organisation's name. Input on this page is dropped.</source>
        <translation>De database {file} blijft bestaan, maar is leeg op de naam van de organisatie na. Wat u op deze pagina invulde, vervalt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="126" />
        <source>Stop the first steps?</source>
        <translation>Stoppen met de eerste stappen?</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="130" />
        <source>You can carry on in the window: the organisation under Settings → Your organisation, officials on the Officials page, your lists under File → Import, the template under File → Save import template.</source>
        <translation>U kunt verder in het venster: de organisatie via Instellingen → Uw organisatie, bestuurders op de pagina Bestuurders, uw lijsten via Bestand → Importeren, het sjabloon via Bestand → Importsjabloon opslaan.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="137" />
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/wizard.py" line="138" />
        <source>&amp;Go on</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/validation.py" line="115" />
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/validation.py" line="116" />
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/validation.py" line="305" />
        <source>The input could not be checked yet: {error}</source>
        <translation>De invoer kon nog niet worden gecontroleerd: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/validation.py" line="338" />
        <source>To check (does not block saving):</source>
        <translation>Om na te gaan (opslaan kan wel):</translation>
    </message>
</context>
<context>
    <name>FormatChoice</name>
    <message>
        <location filename="../../src/intzaken/ui/report_format.py" line="14" />
        <source>PDF (to print or publish)</source>
        <translation>PDF (om af te drukken of te publiceren)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_format.py" line="15" />
        <source>Word document (to finish in your own template)</source>
        <translation>Word-document (om in uw eigen sjabloon af te maken)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_format.py" line="16" />
        <source>CSV file (the list as data to publish)</source>
        <translation>CSV-bestand (de lijst als te publiceren data)</translation>
    </message>
</context>
<context>
    <name>GiftsEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="23" />
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="24" />
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="25" />
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="26" />
        <source>Kept at</source>
        <translation>Bewaard bij</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="29" />
        <source>Gifts received</source>
        <translation>Ontvangen geschenken</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../src/intzaken/ui/guide_app.py" line="34" />
        <source>The user guide was not installed with this program.</source>
        <translation>De handleiding is niet met dit programma meegeïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="46" />
        <source>Handover of responsibilities</source>
        <translation>Overdracht van verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="51" />
        <source>Who leaves</source>
        <translation>Wie vertrekt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="52" />
        <source>Every official no longer in office</source>
        <translation>Alle bestuurders die niet meer in functie zijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="64" />
        <source>The networks and relations below are held by an official who has left office (or who leaves). The successor proposed holds the same portfolio code now; that is derived, so check it. Rows without a successor stay as they are. Everything is handed over at once, or nothing.</source>
        <translation>De netwerken en relaties hieronder liggen bij een bestuurder die niet meer in functie is (of die vertrekt). De voorgestelde opvolger heeft nu dezelfde portefeuillecode; dat is afgeleid, dus controleer het. Rijen zonder opvolger blijven zoals ze zijn. Alles wordt in één keer overgedragen, of niets.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="72" />
        <source>Responsibilities to hand over</source>
        <translation>Over te dragen verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="75" />
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="76" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="77" />
        <source>Official now</source>
        <translation>Bestuurder nu</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="78" />
        <source>Not in office since</source>
        <translation>Niet in functie sinds</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="79" />
        <source>Successor</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="80" />
        <source>Basis of the proposal</source>
        <translation>Grond van het voorstel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="94" />
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="96" />
        <source>Give every row with a successor to that official, in one go</source>
        <translation>Elke rij met een opvolger in één keer aan die bestuurder geven</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="102" />
        <source>&amp;Who leaves:</source>
        <translation>&amp;Wie vertrekt:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="138" />
        <source>Nothing to hand over: every network and relation has an official in office.</source>
        <translation>Niets over te dragen: elk netwerk en elke relatie heeft een bestuurder in functie.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="144" />
        <source>Successor for {subject}</source>
        <translation>Opvolger voor {subject}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="145" />
        <source>(do not hand over)</source>
        <translation>(niet overdragen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="174" />
        <source>Handed over: %n responsibility(ies).</source>
        <translation><numerusform>Overgedragen: %n verantwoordelijkheid.</numerusform><numerusform>Overgedragen: %n verantwoordelijkheden.</numerusform></translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../src/intzaken/ui/help_viewer.py" line="35" />
        <source>User guide (in Dutch)</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/help_viewer.py" line="44" />
        <source>Find in this page</source>
        <translation>Zoeken op deze pagina</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/help_viewer.py" line="48" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/help_viewer.py" line="51" />
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/help_viewer.py" line="54" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="225" />
        <source>History of {title} — Intzaken</source>
        <translation>Geschiedenis van {title} — Intzaken</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="58" />
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="59" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="60" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="61" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="62" />
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="63" />
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="64" />
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="107" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="115" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="117" />
        <source>Write this history to a CSV file or an Excel workbook</source>
        <translation>Schrijf deze geschiedenis naar een CSV-bestand of een Excel-werkmap</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/history_view.py" line="138" />
        <source>%n entry(s), by {authors}</source>
        <translation><numerusform>%n regel, door {authors}</numerusform><numerusform>%n regels, door {authors}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="140" />
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="177" />
        <source>Export the history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="179" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="194" />
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="195" />
        <source>The history was not exported: {error}</source>
        <translation>De geschiedenis is niet geëxporteerd: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/history_view.py" line="198" />
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>HostsEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="171" />
        <source>Host</source>
        <translation>Gastheer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="172" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="175" />
        <source>Hosts</source>
        <translation>Gastheren</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="40" />
        <source>Import your existing lists</source>
        <translation>Importeer uw bestaande lijsten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="43" />
        <source>Trips, relations, networks, agreements and the budget that the team keeps in a spreadsheet come in through the import template.</source>
        <translation>Reizen, relaties, netwerken, overeenkomsten en de begroting die het team in een spreadsheet bijhoudt, komen binnen via het importsjabloon.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="50" />
        <source>Save the import &amp;template…</source>
        <translation>Import&amp;sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="56" />
        <source>Choose a &amp;filled-in workbook…</source>
        <translation>Ingevuld &amp;werkmap kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="60" />
        <source>&amp;Do not import</source>
        <translation>&amp;Niet importeren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="68" />
        <source>&lt;b&gt;1. The template.&lt;/b&gt; A workbook with a sheet for each register, a first sheet that explains how to fill it in, drop-down lists and an example row. Fill it in with Excel or LibreOffice; copying columns from your own lists is fine.</source>
        <translation>&lt;b&gt;1. Het sjabloon.&lt;/b&gt; Een werkmap met een blad per register, een eerste blad dat uitlegt hoe u het invult, keuzelijsten en een voorbeeldregel. Vul het in met Excel of LibreOffice; kolommen uit uw eigen lijsten kopiëren mag.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="80" />
        <source>&lt;b&gt;2. The filled-in workbook.&lt;/b&gt; 'Import…' first shows what it adds and every problem, by sheet, row and column; nothing is written until you confirm.</source>
        <translation>&lt;b&gt;2. Het ingevulde werkmap.&lt;/b&gt; 'Importeren…' toont eerst wat het toevoegt en elk probleem, met blad, rij en kolom; er wordt niets opgeslagen voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="91" />
        <source>&lt;b&gt;Or start typing.&lt;/b&gt; Without a workbook, 'Start typing' opens the window: add trips, relations and the rest on their pages (Ctrl+N). The import is always under File → Import.</source>
        <translation>&lt;b&gt;Of begin met typen.&lt;/b&gt; Zonder werkmap opent 'Begin met typen' het venster: voeg reizen, relaties en de rest toe op hun pagina's (Ctrl+N). Importeren kan altijd via Bestand → Importeren.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="122" />
        <source>Save the import template</source>
        <translation>Importsjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="123" />
        <source>import-template.xlsx</source>
        <translation>importsjabloon.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="124" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="143" />
        <source>The template could not be saved: {error}</source>
        <translation>Het sjabloon kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="153" />
        <source>Saved as {path}. &lt;a href="{link}"&gt;Open it&lt;/a&gt;</source>
        <translation>Opgeslagen als {path}. &lt;a href="{link}"&gt;Openen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="173" />
        <source>To be read by 'Import…': {file}</source>
        <translation>Wordt ingelezen bij 'Importeren…': {file}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="180" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/import_page.py" line="180" />
        <source>&amp;Start typing</source>
        <translation>&amp;Begin met typen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="161" />
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="167" />
        <source>%n problem(s)</source>
        <translation><numerusform>%n probleem</numerusform><numerusform>%n problemen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="169" />
        <source>{found} in %n row(s)</source>
        <translation><numerusform>{found} in %n rij</numerusform><numerusform>{found} in %n rijen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="181" />
        <source>The file can be imported. A backup is made first.</source>
        <translation>Het bestand kan worden ingelezen. Eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="183" />
        <source>The file can be imported, in one go for the whole team.</source>
        <translation>Het bestand kan worden ingelezen, in één keer voor het hele team.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="186" />
        <source>Everything in this file is already in the database; there is nothing to import.</source>
        <translation>Alles in dit bestand staat al in de database; er is niets in te lezen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="205" />
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="213" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="214" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="215" />
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="208" />
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="216" />
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="171" />
        <source>Nothing will be imported: {found}.</source>
        <translation>Er wordt niets ingelezen: {found}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="174" />
        <source>Correct them in the file and import it again. The counts below are what the rows without a problem would do then; nothing has been written.</source>
        <translation>Verbeter ze in het bestand en importeer het opnieuw. De aantallen hieronder zijn wat de rijen zonder probleem dan zouden doen; er is nog niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="190" />
        <source>Some cells are read other than as written; they are listed below.</source>
        <translation>Sommige cellen worden anders gelezen dan geschreven; ze staan hieronder.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="206" />
        <source>Would be new</source>
        <translation>Zou nieuw zijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="207" />
        <source>Would change</source>
        <translation>Zou wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="209" />
        <source>Rows with a problem</source>
        <translation>Rijen met een probleem</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="219" />
        <source>What the import would do</source>
        <translation>Wat de import zou doen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="246" />
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="297" />
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="246" />
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="246" />
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="297" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="246" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="248" />
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="274" />
        <source>Open choices: the &amp;file</source>
        <translation>Open keuzes: het &amp;bestand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="275" />
        <source>Open choices: the &amp;database</source>
        <translation>Open keuzes: de &amp;database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="281" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="283" />
        <source>&amp;Copy problems</source>
        <translation>Problemen &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="297" />
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="297" />
        <source>Read differently</source>
        <translation>Anders gelezen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="299" />
        <source>Read other than as written</source>
        <translation>Anders gelezen dan geschreven</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="302" />
        <source>These cells were read other than as written. Check that this is what is meant.</source>
        <translation>Deze cellen zijn anders gelezen dan geschreven. Controleer of dit bedoeld is.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="322" />
        <source>Conflicts: {count}. These records were changed in the database after the file was exported. Choose for each whether the database keeps that change or the file's values are taken: click the side to keep. Nothing is imported until every conflict is chosen.</source>
        <translation>Conflicten: {count}. Deze records zijn in de database gewijzigd nadat het bestand werd geëxporteerd. Kies per record of de database die wijziging houdt of dat de waarden uit het bestand worden overgenomen: klik op de kant die u wilt houden. Er wordt niets ingelezen voordat elk conflict is gekozen.</translation>
    </message>
</context>
<context>
    <name>InUse</name>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="85" />
        <source>Cannot delete</source>
        <translation>Kan niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="50" />
        <source>You can set its status to '{status}' instead; it then stays in the history of the trips that refer to it.</source>
        <translation>U kunt de status in plaats daarvan op '{status}' zetten; dan blijft het bewaard in de geschiedenis van de reizen die ernaar verwijzen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="49" />
        <source>Set to '{status}'</source>
        <translation>Op '{status}' zetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="66" />
        <source>End the term on {date}</source>
        <translation>Termijn beëindigen op {date}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="67" />
        <source>You can end the term that runs on {date} instead; the official then stays in the trips, networks and relations that refer to them, as former.</source>
        <translation>U kunt in plaats daarvan de lopende termijn op {date} beëindigen; de bestuurder blijft dan als voormalig bestuurder in de reizen, netwerken en relaties die naar hem of haar verwijzen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/in_use.py" line="104" />
        <source>Could not be done</source>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="33" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="34" />
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="35" />
        <source>Mode</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="36" />
        <source>From airport</source>
        <translation>Luchthaven van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="37" />
        <source>To airport</source>
        <translation>Luchthaven naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="38" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="40" />
        <source>By train (h:mm)</source>
        <translation>Met de trein (u:mm)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="43" />
        <source>Route for the CO₂ estimate</source>
        <translation>Reisroute voor de CO₂-schatting</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="101" />
        <source>&amp;Propose from the home place</source>
        <translation>&amp;Voorstellen vanaf de thuisplaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="103" />
        <source>Home, the destinations in their order, and home again</source>
        <translation>Thuis, de bestemmingen op volgorde, en weer naar huis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="141" />
        <source>No estimate: give the journey, or propose it from the home place.</source>
        <translation>Geen schatting: geef de reisroute, of laat die voorstellen vanaf de thuisplaats.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="150" />
        <source>{route}: not known (no coordinates or mode)</source>
        <translation>{route}: onbekend (geen coördinaten of vervoer)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="153" />
        <source>{route}: {km} km, {kg} kg CO₂ per traveller</source>
        <translation>{route}: {km} km, {kg} kg CO₂ per reiziger</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="160" />
        <source>{line}; by train {time}</source>
        <translation>{line}; met de trein {time}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="166" />
        <source>Estimated: {each} t per traveller, {all} t for the delegation of {count}</source>
        <translation>Geschat: {each} t per reiziger, {all} t voor de delegatie van {count}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="175" />
        <source>Reported by the travel agency: {tonnes} t</source>
        <translation>Opgegeven door het reisbureau: {tonnes} t</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="179" />
        <source>Expected compensation: {amount}</source>
        <translation>Verwachte compensatie: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="182" />
        <source>Factors: {set}, with radiative forcing</source>
        <translation>Factoren: {set}, met stralingsforcering</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/journey_panel.py" line="184" />
        <source>Factors: {set}, without radiative forcing</source>
        <translation>Factoren: {set}, zonder stralingsforcering</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="107" />
        <location filename="../../src/intzaken/ui/world_map/style.py" line="128" />
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="122" />
        <source>only the month or year known</source>
        <translation>alleen maand of jaar bekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="126" />
        <source>follow-up action due</source>
        <translation>vervolgactie: termijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="128" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="131" />
        <source>EU project: deadline ahead</source>
        <translation>EU-project: termijn nog te halen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="135" />
        <source>EU project: other date</source>
        <translation>EU-project: andere datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/calendar/style.py" line="137" />
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/style.py" line="131" />
        <source>home</source>
        <translation>thuisbasis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/style.py" line="145" />
        <source>%n visit(s)</source>
        <translation><numerusform>%n bezoek</numerusform><numerusform>%n bezoeken</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/style.py" line="147" />
        <source>%n or more visits</source>
        <translation><numerusform>%n of meer bezoeken</numerusform><numerusform>%n of meer bezoeken</numerusform></translation>
    </message>
</context>
<context>
    <name>LegsEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="37" />
        <source>Mode</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="38" />
        <source>Carrier</source>
        <translation>Maatschappij</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="39" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="40" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="41" />
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="42" />
        <source>Departs</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="43" />
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="52" />
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="46" />
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="55" />
        <source>Zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="51" />
        <source>Arrives</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="60" />
        <source>Booking</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="63" />
        <source>Legs of the journey</source>
        <translation>Reisschema</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="85" />
        <source>Journey, leg {number}: give the departure date and time.</source>
        <translation>Reisschema, deel {number}: geef de datum en de tijd van vertrek.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="87" />
        <source>Journey, leg {number}: give the arrival date and time.</source>
        <translation>Reisschema, deel {number}: geef de datum en de tijd van aankomst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="189" />
        <source>About Intzaken</source>
        <translation>Over Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="203" />
        <source>Could not be done</source>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="51" />
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="59" />
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="61" />
        <source>The trips and visits of this year</source>
        <translation>De reizen en bezoeken van dit jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="63" />
        <source>no trips</source>
        <translation>geen reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="66" />
        <source>&amp;Region:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="68" />
        <source>The whole world, or Europe up close</source>
        <translation>De hele wereld, of Europa van dichtbij</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="70" />
        <source>World</source>
        <translation>Wereld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="70" />
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="92" />
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="92" />
        <source>Trip or relation</source>
        <translation>Reis of relatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="93" />
        <source>Places on the map</source>
        <translation>Plaatsen op de kaart</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="108" />
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="183" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relatie</numerusform><numerusform>%n relaties</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="186" />
        <source>%n trip(s) in {year}</source>
        <translation><numerusform>%n reis in {year}</numerusform><numerusform>%n reizen in {year}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="192" />
        <source>no trips recorded yet</source>
        <translation>nog geen reizen vastgelegd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="195" />
        <source>no home place set (Settings → Your organisation): trips drawn without it</source>
        <translation>geen thuisbasis ingesteld (Instellingen → Uw organisatie): reizen zonder vertrekpunt getekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="91" />
        <source>On the map</source>
        <translation>Op de kaart</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="190" />
        <source>%n destination country(s)</source>
        <translation><numerusform>%n land van bestemming</numerusform><numerusform>%n landen van bestemming</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/world_map/page.py" line="217" />
        <source>Nothing on the map yet.</source>
        <translation>Nog niets op de kaart.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../src/intzaken/ui/world_map/view.py" line="29" />
        <source>World map</source>
        <translation>Wereldkaart</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="47" />
        <source>Merge the travel copy {file}</source>
        <translation>Reiskopie {file} terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="52" />
        <source>Travel copy {file}, {origin}.</source>
        <translation>Reiskopie {file}, {origin}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="63" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="64" />
        <source>Original</source>
        <translation>Oorspronkelijk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="65" />
        <source>In the travel copy</source>
        <translation>In de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="66" />
        <source>In the team database</source>
        <translation>In de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="69" />
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="77" />
        <source>Changed on both sides. Fields changed on one side only are taken from that side; where both changed a field, click the value to keep.</source>
        <translation>Aan beide kanten gewijzigd. Velden die maar aan één kant zijn gewijzigd, komen van die kant; waar beide een veld wijzigden, klikt u op de waarde die blijft.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="82" />
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="85" />
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="117" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="85" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="85" />
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="87" />
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="92" />
        <source>Changed or added in the travel copy only: these go into the team database as they are.</source>
        <translation>Alleen in de reiskopie gewijzigd of toegevoegd: dit gaat zo de teamdatabase in.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="97" />
        <source>Automatic ({count})</source>
        <translation>Automatisch ({count})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="99" />
        <source>Also delete in the team database</source>
        <translation>Ook in de teamdatabase verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="100" />
        <source>Deletions</source>
        <translation>Verwijderingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="106" />
        <source>Deleted in the travel copy. Tick what may go in the team database too; what is not ticked stays there.</source>
        <translation>Verwijderd in de reiskopie. Vink aan wat ook uit de teamdatabase mag; wat niet is aangevinkt, blijft daar bestaan.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="111" />
        <source>Deletions ({count})</source>
        <translation>Verwijderingen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="115" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="116" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="118" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="119" />
        <source>Carried over</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="122" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="125" />
        <source>Changes made in the travel copy, from its history. Those that agree with what the merge writes are carried over with their authors and times, marked as coming from this travel copy; the others are not, for the reason given.</source>
        <translation>Wijzigingen die in de reiskopie zijn gemaakt, uit haar geschiedenis. Wat klopt met wat het terugzetten schrijft, wordt overgenomen met wie het deed en wanneer, gemarkeerd als afkomstig uit deze reiskopie; de rest niet, om de genoemde reden.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="138" />
        <source>Open choices: &amp;travel copy</source>
        <translation>Open keuzes: &amp;reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="139" />
        <source>Open choices: t&amp;eam database</source>
        <translation>Open keuzes: team&amp;database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="142" />
        <source>&amp;Merge</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="159" />
        <source>Nothing was changed in the travel copy; merging only notes that it came back.</source>
        <translation>In de reiskopie is niets gewijzigd; terugzetten legt alleen vast dat hij terug is.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="162" />
        <source>Automatic: {count}. Conflicts: {conflicts}. Deletions: {deletions}.</source>
        <translation>Automatisch: {count}. Conflicten: {conflicts}. Verwijderingen: {deletions}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="171" />
        <source>%n record(s) changed only in the team database stay as they are.</source>
        <translation><numerusform>%n record dat alleen in de teamdatabase is gewijzigd, blijft zoals het is.</numerusform><numerusform>%n records die alleen in de teamdatabase zijn gewijzigd, blijven zoals ze zijn.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="176" />
        <source>A backup is made first; all goes in at once, or nothing.</source>
        <translation>Eerst wordt een back-up gemaakt; alles gaat in één keer, of niets.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="240" />
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="292" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="292" />
        <source>No: {reason}</source>
        <translation>Nee: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="298" />
        <source>History: {carried} carried over, {dropped} not</source>
        <translation>Geschiedenis: {carried} overgenomen, {dropped} niet</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="305" />
        <source>new in the travel copy</source>
        <translation>nieuw in de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="306" />
        <source>changed in the travel copy</source>
        <translation>gewijzigd in de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="307" />
        <source>changed in the travel copy and in the team database</source>
        <translation>gewijzigd in de reiskopie en in de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="308" />
        <source>deleted in the travel copy</source>
        <translation>verwijderd in de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="310" />
        <source>deleted in the travel copy, changed in the team database</source>
        <translation>verwijderd in de reiskopie, gewijzigd in de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="313" />
        <source>deleted in the team database, changed in the travel copy</source>
        <translation>verwijderd in de teamdatabase, gewijzigd in de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="316" />
        <source>deleted in the team database, but the travel copy refers to it</source>
        <translation>verwijderd in de teamdatabase, maar de reiskopie verwijst ernaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="322" />
        <source>Delete it</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="322" />
        <source>Keep it as the team database has it</source>
        <translation>Bewaren zoals in de teamdatabase</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="323" />
        <source>Restore it from the travel copy</source>
        <translation>Terugzetten uit de reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="323" />
        <source>Leave it deleted</source>
        <translation>Verwijderd laten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="375" />
        <source>Still to choose: {count}.</source>
        <translation>Nog te kiezen: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="377" />
        <source>Everything is decided.</source>
        <translation>Alles is gekozen.</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="162" />
        <source>mm-yyyy</source>
        <translation>mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="171" />
        <source>fill in a month, for example 06-2025</source>
        <translation>vul een maand in, bijvoorbeeld 06-2025</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="37" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="38" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="39" />
        <source>&amp;Abbreviation</source>
        <translation>Af&amp;korting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="41" />
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="46" />
        <source>Mem&amp;bership</source>
        <translation>Lid&amp;maatschap</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="50" />
        <source>&amp;Portfolio holder</source>
        <translation>&amp;Portefeuillehouder</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="52" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="54" />
        <source>Portfolio &amp;code</source>
        <translation>Portefeuille&amp;code</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="57" />
        <source>&amp;Member since</source>
        <translation>&amp;Lid sinds</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="59" />
        <source>Annual &amp;fee</source>
        <translation>Jaarlijkse &amp;contributie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="60" />
        <source>&amp;Themes</source>
        <translation>&amp;Thema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="62" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="63" />
        <source>&amp;Scope</source>
        <translation>&amp;Werkterrein</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="65" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="67" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/networks.py" line="106" />
        <source>New network</source>
        <translation>Nieuw netwerk</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="30" />
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="41" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="42" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="43" />
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="44" />
        <source>P&amp;hone</source>
        <translation>Te&amp;lefoon</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="45" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/new_contact.py" line="51" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>NewPlaceDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="38" />
        <source>New place</source>
        <translation>Nieuwe plaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="42" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="45" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="47" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="58" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="59" />
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="60" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="61" />
        <source>&amp;Position</source>
        <translation>&amp;Ligging</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/new_place.py" line="65" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="31" />
        <source>Official</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="32" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="33" />
        <source>S&amp;hort name</source>
        <translation>&amp;Verkorte naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="35" />
        <source>Surname as printed after the title; filled in when left empty</source>
        <translation>Achternaam zoals na de titel gedrukt; wordt ingevuld als u het leeg laat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="39" />
        <source>to the day</source>
        <translation>op de dag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="40" />
        <source>only the month</source>
        <translation>alleen de maand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="41" />
        <source>only the year</source>
        <translation>alleen het jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="46" />
        <source>&amp;Terms of office</source>
        <translation>Ambts&amp;termijnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="49" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="50" />
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="51" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="52" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="53" />
        <location filename="../../src/intzaken/ui/forms/officials.py" line="55" />
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="54" />
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="57" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="68" />
        <source>Terms of office</source>
        <translation>Ambtstermijnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="72" />
        <source>&amp;Source…</source>
        <translation>&amp;Bron…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="73" />
        <source>Where the selected term's dates come from (document, date, page)</source>
        <translation>Waar de data van de gekozen ambtstermijn vandaan komen (document, datum, pagina)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="77" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="81" />
        <source>No trips, networks or relations.</source>
        <translation>Geen reizen, netwerken of relaties.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="84" />
        <location filename="../../src/intzaken/ui/forms/officials.py" line="85" />
        <source>Holds</source>
        <translation>Betrokken bij</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="106" />
        <location filename="../../src/intzaken/ui/forms/officials.py" line="136" />
        <source>derived</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="132" />
        <source>Source of the term of office</source>
        <translation>Bron van de ambtstermijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/officials.py" line="144" />
        <source>New official</source>
        <translation>Nieuwe bestuurder</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="41" />
        <source>Publish open data</source>
        <translation>Open data publiceren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="42" />
        <source>The trips made in this year go into a CSV file for the open data portal, with its metadata (DCAT-AP-DONL) beside it.

Year:</source>
        <translation>De gemaakte reizen van dit jaar komen in een CSV-bestand voor het open-dataportaal, met de metadata (DCAT-AP-DONL) ernaast.

Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="62" />
        <source>Folder for the open data</source>
        <translation>Map voor de open data</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="77" />
        <source>Open data written</source>
        <translation>Open data geschreven</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="82" />
        <source>Writing open data…</source>
        <translation>Open data schrijven…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/intzaken/ui/opening.py" line="52" />
        <source>Opening the file…</source>
        <translation>Het bestand wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/opening.py" line="61" />
        <source>Checking the file…</source>
        <translation>Controleren van het bestand…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/opening.py" line="63" />
        <source>Copying the file aside before it is brought up to date…</source>
        <translation>Het bestand wordt eerst apart gekopieerd voordat het wordt bijgewerkt…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/opening.py" line="65" />
        <source>Bringing the file up to date for this version of Intzaken. This cannot be cancelled: a copy made just before is put back if it fails.</source>
        <translation>Het bestand wordt bijgewerkt voor deze versie van Intzaken. Dit kan niet worden afgebroken: als het mislukt, wordt de kopie van zojuist teruggezet.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="35" />
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="36" />
        <source>Choose from calendar</source>
        <translation>Kiezen uit kalender</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="37" />
        <source>Choose from calendar (Alt+Down)</source>
        <translation>Kiezen uit kalender (Alt+pijl omlaag)</translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/time_edit.py" line="21" />
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
</context>
<context>
    <name>OrderedPicker</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="46" />
        <source>Item to add</source>
        <translation>Toe te voegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="47" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="48" />
        <source>Add the chosen item (Enter)</source>
        <translation>De keuze toevoegen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="56" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="57" />
        <source>Move up (Ctrl+Up)</source>
        <translation>Omhoog (Ctrl+pijl omhoog)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="61" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="62" />
        <source>Move down (Ctrl+Down)</source>
        <translation>Omlaag (Ctrl+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="64" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="65" />
        <source>Remove the selected item (Delete)</source>
        <translation>De geselecteerde verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="66" />
        <source>Make lead</source>
        <translation>Leider maken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/ordered_picker.py" line="174" />
        <source>{name} (lead)</source>
        <translation>{name} (leider)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_dialog.py" line="19" />
        <source>Your organisation — Intzaken</source>
        <translation>Uw organisatie — Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_dialog.py" line="48" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_dialog.py" line="49" />
        <source>Save the changes to {what}?</source>
        <translation>De wijzigingen in {what} opslaan?</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="49" />
        <source>Your organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="52" />
        <source>Printed at the top of every report and in the annual overview's contact sentence. Only the name is required.</source>
        <translation>Staat boven elk rapport en in de contactzin van het jaaroverzicht. Alleen de naam is verplicht.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="67" />
        <source>for example International Affairs</source>
        <translation>bijvoorbeeld Internationale Zaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="69" />
        <source>for example international@municipality.example</source>
        <translation>bijvoorbeeld internationaal@gemeente.nl</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="73" />
        <source>Na&amp;me</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="74" />
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="75" />
        <source>&amp;Email address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="79" />
        <source>(no home place)</source>
        <translation>(geen thuisplaats)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="80" />
        <source>&amp;Home place</source>
        <translation>&amp;Thuisplaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="87" />
        <source>Licence of &amp;open data</source>
        <translation>Licentie van &amp;open data</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="93" />
        <source>Print the &amp;gifts received in the annual overview</source>
        <translation>&amp;Geschenken afdrukken in het jaaroverzicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="98" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="102" />
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="119" />
        <source>Council information letter</source>
        <translation>Raadsinformatiebrief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="126" />
        <source>&amp;Addressee</source>
        <translation>&amp;Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="127" />
        <source>empty: the municipal council of your municipality</source>
        <translation>leeg: de gemeenteraad van uw gemeente</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="131" />
        <source>&amp;Secretary</source>
        <translation>&amp;Secretaris</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="132" />
        <source>empty: the municipal secretary in office on the letter's date</source>
        <translation>leeg: de gemeentesecretaris in functie op de datum van de brief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="136" />
        <source>Ma&amp;yor</source>
        <translation>&amp;Burgemeester</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="137" />
        <source>empty: the mayor in office on the letter's date</source>
        <translation>leeg: de burgemeester in functie op de datum van de brief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="139" />
        <source>Reference &amp;prefix</source>
        <translation>&amp;Voorvoegsel kenmerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="139" />
        <source>for example 25BB</source>
        <translation>bijvoorbeeld 25BB</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="161" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="162" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="164" />
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="168" />
        <source>PNG, JPEG or SVG, at most 2 MB. Reports print a PNG or JPEG logo; an SVG is kept but reports show the name alone.</source>
        <translation>PNG, JPEG of SVG, ten hoogste 2 MB. Rapporten drukken een PNG- of JPEG-logo af; een SVG wordt bewaard, maar rapporten tonen dan alleen de naam.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="193" />
        <source>Choose the logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="195" />
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="228" />
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/organisation_page.py" line="242" />
        <source>SVG logo</source>
        <translation>SVG-logo</translation>
    </message>
</context>
<context>
    <name>OverviewPreferencesDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="27" />
        <source>Overview settings</source>
        <translation>Instellingen overzicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="30" />
        <source>What the Overview page lists. A relation counts as dormant when it has had no trip, no event and no agreement for the number of years below.</source>
        <translation>Wat het overzicht toont. Een relatie geldt als slapend als er het hieronder genoemde aantal jaren geen reis, geen relatiemoment en geen overeenkomst is geweest.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="38" />
        <source>&amp;Upcoming trips, starting within</source>
        <translation>&amp;Komende reizen, vertrek binnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="38" />
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="39" />
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="39" />
        <source>&amp;Agreements, expiring within</source>
        <translation>&amp;Overeenkomsten, aflopend binnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="40" />
        <source>&amp;Follow-up actions, due within</source>
        <translation>&amp;Vervolgacties, termijn binnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="40" />
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="41" />
        <source>&amp;Dormant relations: no contact for</source>
        <translation>&amp;Slapende relaties: geen contact gedurende</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="41" />
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preferences_dialog.py" line="56" />
        <source>&amp;Defaults</source>
        <translation>&amp;Standaardwaarden</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="76" />
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="109" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="111" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="112" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="113" />
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="237" />
        <source>&amp;Handover…</source>
        <translation>&amp;Overdracht…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/pages.py" line="239" />
        <source>Give the networks and relations of officials who left to their successors</source>
        <translation>De netwerken en relaties van vertrokken bestuurders aan hun opvolgers geven</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/date_edit.py" line="120" />
        <source>dd-mm-yyyy, mm-yyyy or yyyy</source>
        <translation>dd-mm-jjjj, mm-jjjj of jjjj</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_picker.py" line="24" />
        <source>New place…</source>
        <translation>Nieuwe plaats…</translation>
    </message>
</context>
<context>
    <name>PlacePosition</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="34" />
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="37" />
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="35" />
        <source>latitude, such as 51.9225</source>
        <translation>breedtegraad, zoals 51,9225</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="38" />
        <source>longitude, such as 4.4792</source>
        <translation>lengtegraad, zoals 4,4792</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="42" />
        <source>Which place</source>
        <translation>Welke plaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="76" />
        <source>Found in GeoNames: {place}.</source>
        <translation>Gevonden in GeoNames: {place}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="81" />
        <source>(choose which one is meant)</source>
        <translation>(kies welke bedoeld is)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="87" />
        <source>GeoNames knows %n place(s) of this name: choose one, or type the coordinates.</source>
        <translation><numerusform>GeoNames kent %n plaats met deze naam: kies die, of typ de coördinaten.</numerusform><numerusform>GeoNames kent %n plaatsen met deze naam: kies er een, of typ de coördinaten.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="96" />
        <source>Not in GeoNames's list of cities: type the coordinates if you want.</source>
        <translation>Niet in de stedenlijst van GeoNames: typ de coördinaten als u wilt.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="45" />
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="46" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="47" />
        <source>Period &amp;from</source>
        <translation>Periode &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="48" />
        <source>Period &amp;through</source>
        <translation>Periode &amp;tot en met</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="50" />
        <source>&amp;Adopted on</source>
        <translation>Vastgesteld o&amp;p</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="52" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="54" />
        <location filename="../../src/intzaken/ui/forms/policies.py" line="73" />
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="58" />
        <source>&amp;Priorities</source>
        <translation>&amp;Prioriteiten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="61" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="62" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="63" />
        <source>Countries (codes)</source>
        <translation>Landen (codes)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="64" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="82" />
        <source>Linked records</source>
        <translation>Gekoppelde gegevens</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="83" />
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="84" />
        <source>&amp;Link the records that serve them</source>
        <translation>&amp;Koppel de gegevens die eraan bijdragen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="87" />
        <source>Links every trip and relation to a country of a priority, and every trip, relation and network with one of its themes. Save to keep the links.</source>
        <translation>Koppelt elke reis en relatie naar een land van een prioriteit, en elke reis, relatie en elk netwerk met een van haar thema's. Sla op om de koppelingen te bewaren.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="135" />
        <source>%1 — trips: %2, relations: %3, networks: %4</source>
        <translation>%1 — reizen: %2, relaties: %3, netwerken: %4</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="141" />
        <source>No priorities yet.</source>
        <translation>Nog geen prioriteiten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/policies.py" line="165" />
        <source>New policy</source>
        <translation>Nieuw beleidskader</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="37" />
        <source>Before the report goes</source>
        <translation>Voordat het rapport verstuurd wordt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="40" />
        <source>The plausibility check questions these points in the trips of “{report}”. Look at a trip first, or make the report anyway: its charts then mark the figures in question.</source>
        <translation>De plausibiliteitscontrole vindt deze aandachtspunten bij de reizen in “{report}”. Bekijk eerst een reis, of maak het rapport toch: de grafieken markeren dan de cijfers waar het om gaat.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="47" />
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="62" />
        <source>&amp;Look first</source>
        <translation>&amp;Eerst bekijken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="63" />
        <source>&amp;Make anyway</source>
        <translation>&amp;Toch maken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="84" />
        <source>Not made yet: the plausibility check questions its trips.</source>
        <translation>Nog niet gemaakt: de plausibiliteitscontrole vindt aandachtspunten bij de reizen erin.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="89" />
        <source>Not made.</source>
        <translation>Niet gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/preflight_dialog.py" line="95" />
        <source>Not made: the trip is opened; make the report again when it is right.</source>
        <translation>Niet gemaakt: de reis is geopend; maak het rapport opnieuw wanneer die klopt.</translation>
    </message>
</context>
<context>
    <name>PriorityLinks</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_links.py" line="68" />
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_links.py" line="73" />
        <source>&amp;Priorities served</source>
        <translation>&amp;Gediende prioriteiten</translation>
    </message>
</context>
<context>
    <name>PriorityPicker</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="58" />
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="58" />
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="59" />
        <source>Priorities of the policy</source>
        <translation>Prioriteiten van het beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="66" />
        <source>&amp;Tick the proposals</source>
        <translation>&amp;Voorstellen aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="68" />
        <source>Tick every priority the record's countries and themes propose</source>
        <translation>Elke prioriteit aanvinken die de landen en thema's van het gegeven voorstellen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="85" />
        <source>Priority countries and regions</source>
        <translation>Prioriteitslanden en -regio's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="86" />
        <source>Markets explored</source>
        <translation>Verkende markten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="87" />
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="88" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="89" />
        <source>Pillars</source>
        <translation>Pijlers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="165" />
        <source>country {name}</source>
        <translation>land {name}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="166" />
        <source>theme {name}</source>
        <translation>thema {name}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="167" />
        <source>proposed: {reasons}</source>
        <translation>voorgesteld: {reasons}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="194" />
        <source>%n priority(ies) ticked</source>
        <translation><numerusform>%n prioriteit aangevinkt</numerusform><numerusform>%n prioriteiten aangevinkt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="196" />
        <source>%n proposal(s) not ticked</source>
        <translation><numerusform>%n voorstel niet aangevinkt</numerusform><numerusform>%n voorstellen niet aangevinkt</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="51" />
        <source>No day yet</source>
        <translation>Nog geen dag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="52" />
        <source>(no activity yet)</source>
        <translation>(nog geen activiteit)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="53" />
        <source>⚠ no talking points</source>
        <translation>⚠ geen kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="54" />
        <source>⚠ to correct</source>
        <translation>⚠ te verbeteren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="57" />
        <source>Programme by day</source>
        <translation>Programma per dag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="69" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="69" />
        <source>Add an item after the selected one (Insert)</source>
        <translation>Onderdeel toevoegen na het gekozen onderdeel (Insert)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="72" />
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="72" />
        <source>Duplicate the item (Ctrl+D)</source>
        <translation>Het onderdeel dupliceren (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="74" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="74" />
        <source>Delete the item (Delete)</source>
        <translation>Het onderdeel verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="76" />
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="76" />
        <source>Move up; from a day's first item to the day before (Alt+Up)</source>
        <translation>Omhoog; het eerste onderdeel van een dag gaat naar de dag ervoor (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="79" />
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="79" />
        <source>Move down; from a day's last item to the next day (Alt+Down)</source>
        <translation>Omlaag; het laatste onderdeel van een dag gaat naar de dag erna (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="82" />
        <source>Sort day by time</source>
        <translation>Dag op tijd sorteren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="82" />
        <source>Order the selected item's day by start time</source>
        <translation>De dag van het gekozen onderdeel op begintijd zetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="85" />
        <source>Copy day…</source>
        <translation>Dag kopiëren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="85" />
        <source>Copy the selected item's day to another date</source>
        <translation>De dag van het gekozen onderdeel naar een andere datum kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/editor.py" line="94" />
        <source>Duplicate item</source>
        <translation>Onderdeel dupliceren</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDetail</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="59" />
        <source>New contact…</source>
        <translation>Nieuwe contactpersoon…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="60" />
        <source>Record someone who is not in the list yet</source>
        <translation>Iemand vastleggen die nog niet in de lijst staat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="91" />
        <source>&amp;from</source>
        <translation>&amp;van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="91" />
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="97" />
        <source>Da&amp;y</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="98" />
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="99" />
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="100" />
        <source>Add&amp;ress</source>
        <translation>Ad&amp;res</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="101" />
        <source>Atte&amp;ndees</source>
        <translation>Aan&amp;wezig</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="109" />
        <source>People &amp;met</source>
        <translation>&amp;Gesprekspartners</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="110" />
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="111" />
        <source>&amp;Talking points</source>
        <translation>&amp;Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="112" />
        <source>&amp;Questions</source>
        <translation>Vr&amp;agen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="113" />
        <source>Dress &amp;code</source>
        <translation>K&amp;ledingvoorschrift</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="114" />
        <source>&amp;Gifts</source>
        <translation>Gesc&amp;henken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="115" />
        <source>Tick who attends; none ticked means everyone</source>
        <translation>Vink aan wie erbij is; niemand aangevinkt betekent iedereen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="116" />
        <source>One point per line</source>
        <translation>Eén punt per regel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/item_detail.py" line="117" />
        <source>One question per line</source>
        <translation>Eén vraag per regel</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="40" />
        <source>EU project</source>
        <translation>EU-project</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="41" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="45" />
        <source>Funding &amp;programme</source>
        <translation>Subsidie&amp;programma</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="48" />
        <source>&amp;Call</source>
        <translation>&amp;Oproep</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="50" />
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="53" />
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="56" />
        <source>&amp;Total budget</source>
        <translation>&amp;Totale begroting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="59" />
        <source>&amp;Grant to the municipality</source>
        <translation>Subsidie voor de &amp;gemeente</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="62" />
        <source>Co-&amp;financing</source>
        <translation>Co&amp;financiering</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="65" />
        <source>Call &amp;deadline</source>
        <translation>&amp;Deadline oproep</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="68" />
        <source>Start dat&amp;e</source>
        <translation>Startd&amp;atum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="70" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="72" />
        <source>Report d&amp;ue</source>
        <translation>Rapportage &amp;uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="74" />
        <source>Partners and trips</source>
        <translation>Partners en reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="76" />
        <source>Partner &amp;relations</source>
        <translation>Partnerre&amp;laties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="80" />
        <source>Partner &amp;networks</source>
        <translation>Partner&amp;netwerken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="84" />
        <source>&amp;Other partners</source>
        <translation>O&amp;verige partners</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="87" />
        <source>&amp;Trips</source>
        <translation>&amp;Reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="89" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/projects.py" line="136" />
        <source>New EU project</source>
        <translation>Nieuw EU-project</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/readiness_panel.py" line="25" />
        <source>Still to fill in</source>
        <translation>Nog aan te vullen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/readiness_panel.py" line="44" />
        <source>Still to fill in ({count})</source>
        <translation>Nog aan te vullen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/readiness_panel.py" line="46" />
        <source>Ready: nothing left to fill in.</source>
        <translation>Klaar: er hoeft niets meer aangevuld te worden.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/readiness_panel.py" line="50" />
        <source>Click to go to the field</source>
        <translation>Klik om naar het veld te gaan</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../src/intzaken/ui/window/records.py" line="113" />
        <location filename="../../src/intzaken/ui/window/records.py" line="135" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/records.py" line="114" />
        <source>Delete {what}? You can undo this with Ctrl+Z.</source>
        <translation>Wilt u {what} verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/records.py" line="140" />
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Verwijderd. Met Ctrl+Z komt het terug.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/records.py" line="207" />
        <source>Calendar saved as {file}</source>
        <translation>Agenda opgeslagen als {file}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="73" />
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="79" />
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="176" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="285" />
        <location filename="../../src/intzaken/ui/forms/base.py" line="291" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="287" />
        <source>Saved or not?</source>
        <translation>Opgeslagen of niet?</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="292" />
        <source>The record was not saved: {error}</source>
        <translation>Er is niets opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="357" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/base.py" line="358" />
        <source>Save the changes to {what}?</source>
        <translation>De wijzigingen in {what} opslaan?</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="49" />
        <source>Putting the backup back…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="56" />
        <source>Restore failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="57" />
        <source>Nothing was changed. {error}</source>
        <translation>Er is niets veranderd. {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="63" />
        <source>The damaged file is kept untouched as {file}.</source>
        <translation>Het beschadigde bestand is onaangeroerd bewaard als {file}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="65" />
        <source>What the file held before is kept as {file}.</source>
        <translation>Wat er eerst in het bestand stond, is bewaard als {file}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="69" />
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="70" />
        <source>{file} now holds the backup: {contents}.</source>
        <translation>{file} bevat nu de back-up: {contents}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="84" />
        <location filename="../../src/intzaken/ui/recovery.py" line="116" />
        <source>The file is damaged</source>
        <translation>Het bestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="89" />
        <source>The newest sound backup was made on {when}.
{details}

The damaged file is not changed: it is moved, untouched, into {folder}.</source>
        <translation>De nieuwste goede back-up is gemaakt op {when}.
{details}

Aan het beschadigde bestand wordt niets veranderd: het wordt onaangeroerd verplaatst naar {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="98" />
        <source>&amp;Restore this backup</source>
        <translation>Deze back-up &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="101" />
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Andere back-up kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/recovery.py" line="119" />
        <source>No sound backup was found in {folder}. Ask the service desk for the copy on the network or in the municipality's backup.</source>
        <translation>Geen goede back-up gevonden in {folder}. Vraag de servicedesk om de kopie op het netwerk of uit de back-up van de gemeente.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="85" />
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="87" />
        <source>Search in {register}</source>
        <translation>Zoeken in {register}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="135" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="137" />
        <source>Totals of {register}</source>
        <translation>Totalen van {register}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="152" />
        <source>Expiring: any time</source>
        <translation>Verloopt: altijd</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="153" />
        <source>Expiring within </source>
        <translation>Verloopt binnen </translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="154" />
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="155" />
        <source>Expiring within months</source>
        <translation>Verloopt binnen maanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="162" />
        <source>{filter}: all</source>
        <translation>{filter}: alle</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="221" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="223" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="236" />
        <source>{count} {records}</source>
        <translation>{count} {records}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_page.py" line="237" />
        <source>{shown} of {count} {records}</source>
        <translation>{shown} van {count} {records}</translation>
    </message>
</context>
<context>
    <name>RelationForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="46" />
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="48" />
        <location filename="../../src/intzaken/ui/forms/relations.py" line="120" />
        <source>(choose a city)</source>
        <translation>(kies een stad)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="49" />
        <source>New place…</source>
        <translation>Nieuwe plaats…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="57" />
        <source>&amp;City</source>
        <translation>S&amp;tad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="58" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="60" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="63" />
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="65" />
        <source>S&amp;ince</source>
        <translation>S&amp;inds</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="67" />
        <source>&amp;Responsible official</source>
        <translation>&amp;Verantwoordelijk bestuurder</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="69" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="70" />
        <source>&amp;Themes</source>
        <translation>&amp;Thema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="72" />
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactpersonen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="74" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="82" />
        <source>&amp;Events</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="85" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="87" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="89" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="77" />
        <location filename="../../src/intzaken/ui/forms/relations.py" line="92" />
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="99" />
        <location filename="../../src/intzaken/ui/forms/relations.py" line="102" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="162" />
        <source>Relation with {place}</source>
        <translation>Relatie met {place}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relations.py" line="164" />
        <source>New relation</source>
        <translation>Nieuwe relatie</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="78" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="94" />
        <source>Trip</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_period.py" line="29" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_period.py" line="30" />
        <source>From month</source>
        <translation>Vanaf maand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_period.py" line="32" />
        <source>To month</source>
        <translation>Tot en met maand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_period.py" line="37" />
        <source>From year</source>
        <translation>Vanaf jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_period.py" line="38" />
        <source>To year</source>
        <translation>Tot en met jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="100" />
        <source>Introduction of the annual overview; left empty, a standard text is used.</source>
        <translation>Inleiding van het jaaroverzicht; leeg gelaten wordt een standaardtekst gebruikt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="102" />
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="103" />
        <source>Name each record's source document, date and page</source>
        <translation>Bij elk record het brondocument, de datum en de pagina vermelden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="107" />
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="108" />
        <source>Two A5 pages per A4 sheet</source>
        <translation>Twee A5-pagina's per A4-vel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="109" />
        <source>Phone (one narrow column)</source>
        <translation>Telefoon (één smalle kolom)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="110" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="111" />
        <source>Save programme as &amp;calendar (.ics)…</source>
        <translation>Programma opslaan als a&amp;genda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="116" />
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="119" />
        <source>&amp;Trip</source>
        <translation>&amp;Reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="120" />
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="121" />
        <location filename="../../src/intzaken/ui/reports_page.py" line="125" />
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="122" />
        <location filename="../../src/intzaken/ui/reports_page.py" line="126" />
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="123" />
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="124" />
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="127" />
        <source>Council &amp;letter</source>
        <translation>Raads&amp;brief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="128" />
        <source>Letter &amp;date</source>
        <translation>&amp;Datum van de brief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="129" />
        <source>Re&amp;ference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="130" />
        <source>Sour&amp;ces</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="138" />
        <source>Lan&amp;guage</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="142" />
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="148" />
        <source>Fo&amp;rmat</source>
        <translation>&amp;Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="152" />
        <source>&amp;Make the report</source>
        <translation>Rapport &amp;maken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="155" />
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="159" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="163" />
        <source>&amp;Open (view and print)</source>
        <translation>&amp;Openen (bekijken en afdrukken)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="165" />
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="316" />
        <location filename="../../src/intzaken/ui/reports_page.py" line="358" />
        <source>Choose a trip first.</source>
        <translation>Kies eerst een reis.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="322" />
        <source>Calendar saved as {file}</source>
        <translation>Agenda opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="427" />
        <source>Making {report}…</source>
        <translation>Bezig met maken: {report}…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="441" />
        <source>The choice changed while the report was being made; make it again.</source>
        <translation>De keuze is veranderd terwijl het rapport werd gemaakt; maak het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="449" />
        <source>Ready: {file}</source>
        <translation>Klaar: {file}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="470" />
        <source>The report could not be made: {error}</source>
        <translation>Het rapport kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="474" />
        <source>Cancelled; no report was made.</source>
        <translation>Geannuleerd; er is geen rapport gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="20" />
        <source>Ready: {file}. This computer has no program to open it; use “Save as…” to keep it and open it elsewhere.</source>
        <translation>Klaar: {file}. Deze computer heeft geen programma om het te openen; kies “Opslaan als…” om het te bewaren en elders te openen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="32" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="36" />
        <source>Save the report as</source>
        <translation>Rapport opslaan als</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="39" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="31" />
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="49" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_file.py" line="50" />
        <source>The report could not be saved: {error}</source>
        <translation>Het rapport kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/reports_page.py" line="499" />
        <source>Saved as {file}</source>
        <translation>Opgeslagen als {file}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_letter.py" line="23" />
        <source>Enclose with a council information letter</source>
        <translation>Als bijlage bij een raadsinformatiebrief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_letter.py" line="25" />
        <source>Letter date</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_letter.py" line="26" />
        <source>empty: the day it is made</source>
        <translation>leeg: de dag waarop hij gemaakt wordt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_letter.py" line="28" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/report_letter.py" line="30" />
        <source>after the prefix under Settings → Your organisation</source>
        <translation>na het voorvoegsel onder Instellingen → Uw organisatie</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="42" />
        <source>daily (automatic)</source>
        <translation>dagelijks (automatisch)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="43" />
        <source>before a schema update</source>
        <translation>vóór een schema-update</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="44" />
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="45" />
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="46" />
        <source>before the demo was written</source>
        <translation>vóór het schrijven van de demo</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="47" />
        <source>before a travel copy was merged back</source>
        <translation>voor het terugzetten van een reiskopie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="48" />
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="55" />
        <source>This file is damaged and cannot be put back.</source>
        <translation>Dit bestand is beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="57" />
        <source>Organisation: {name}</source>
        <translation>Organisatie: {name}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="58" />
        <source>Contains: {contents}</source>
        <translation>Bevat: {contents}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="62" />
        <source>Latest trip starts on {date}</source>
        <translation>Laatste reis begint op {date}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="76" />
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="81" />
        <source>Choose the copy to put back into {file}. What the file holds now is kept as a backup first, so this can be undone by restoring that copy.</source>
        <translation>Kies de kopie die terug moet in {file}. Wat er nu in staat, wordt eerst als back-up bewaard; zo kunt u dit ongedaan maken door die kopie terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="89" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="89" />
        <source>Why</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="98" />
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="114" />
        <source>What the backup holds</source>
        <translation>Inhoud van de back-up</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="118" />
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="121" />
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="131" />
        <source>There are no backups in {folder} yet.</source>
        <translation>Er staan nog geen back-ups in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="158" />
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/restore_dialog.py" line="160" />
        <source>Intzaken database (*.sqlite);;All files (*)</source>
        <translation>Intzaken-database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="66" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="67" />
        <source>Add a row (Insert)</source>
        <translation>Regel toevoegen (Insert)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="68" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="69" />
        <source>Remove the selected row (Delete)</source>
        <translation>De geselecteerde regel verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="70" />
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="71" />
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation>De geselecteerde regel omhoog (Ctrl+pijl omhoog)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="72" />
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_editor.py" line="73" />
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation>De geselecteerde regel omlaag (Ctrl+pijl omlaag)</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/rows_model.py" line="214" />
        <source>Row {number}, {column}: {message}</source>
        <translation>Regel {number}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>SaveBlockers</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/problem_display.py" line="69" />
        <source>What blocks saving</source>
        <translation>Wat opslaan tegenhoudt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/problem_display.py" line="87" />
        <source>Still %n problem(s):</source>
        <translation><numerusform>Nog %n probleem:</numerusform><numerusform>Nog %n problemen:</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/search_combo.py" line="129" />
        <source>'{text}' is not in the list.</source>
        <translation>'{text}' staat niet in de lijst.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="125" />
        <source>Find anything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="130" />
        <source>Places, people, trips, agreements, notes… (every word must occur)</source>
        <translation>Plaatsen, personen, reizen, overeenkomsten, toelichtingen… (elk woord moet voorkomen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="133" />
        <source>Search in all registers</source>
        <translation>Zoeken in alle registers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="142" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="249" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="266" />
        <source>The search could not be done: {error}</source>
        <translation>Het zoeken is niet gelukt: {error}</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="280" />
        <source>… and {count} more: press Enter here to show more</source>
        <translation>… en nog {count}: druk hier op Enter om meer te tonen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/search_popup.py" line="283" />
        <source>%n record(s) found</source>
        <translation><numerusform>%n record gevonden</numerusform><numerusform>%n records gevonden</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="284" />
        <source>↑↓ choose, Enter opens, Esc closes</source>
        <translation>↑↓ kiezen, Enter opent, Esc sluit</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="288" />
        <source>Nothing found for '{query}'.</source>
        <translation>Niets gevonden voor '{query}'.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="291" />
        <source>Type at least two characters.</source>
        <translation>Typ ten minste twee tekens.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/search_popup.py" line="384" />
        <source>This contact belongs to no relation, network or trip to open.</source>
        <translation>Deze contactpersoon hoort bij geen relatie, netwerk of reis om te openen.</translation>
    </message>
</context>
<context>
    <name>ServerWait</name>
    <message>
        <location filename="../../src/intzaken/ui/server_wait.py" line="62" />
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>SourceInputs</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="50" />
        <source>Title of the document the facts come from</source>
        <translation>Titel van het document waaruit de gegevens komen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="54" />
        <source>p. 12, table 3 or a web address</source>
        <translation>p. 12, tabel 3 of een webadres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="58" />
        <source>Empty when read in the source; otherwise from what</source>
        <translation>Leeg als het in de bron staat; anders waaruit het is afgeleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="67" />
        <source>Source &amp;document</source>
        <translation>&amp;Brondocument</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="68" />
        <source>Source da&amp;te</source>
        <translation>Bron&amp;datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="69" />
        <source>&amp;Page or reference</source>
        <translation>&amp;Pagina of vindplaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="70" />
        <source>Deri&amp;ved</source>
        <translation>Af&amp;geleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_inputs.py" line="71" />
        <source>Source n&amp;ote</source>
        <translation>&amp;Toelichting bron</translation>
    </message>
</context>
<context>
    <name>SourceSection</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="36" />
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="80" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="38" />
        <source>Source &amp;document</source>
        <translation>&amp;Brondocument</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="40" />
        <source>Title of the document the facts come from</source>
        <translation>Titel van het document waaruit de gegevens komen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="41" />
        <source>Source da&amp;te</source>
        <translation>Bron&amp;datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="42" />
        <source>&amp;Page or reference</source>
        <translation>&amp;Pagina of vindplaats</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="44" />
        <source>p. 12, table 3 or a web address</source>
        <translation>p. 12, tabel 3 of een webadres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="45" />
        <source>Deri&amp;ved</source>
        <translation>Af&amp;geleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="48" />
        <source>Empty when read in the source; otherwise from what</source>
        <translation>Leeg als het in de bron staat; anders waaruit het is afgeleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="52" />
        <source>A record or value the app or a person derived rather than read, with the reason: 'derived: holds portfolio EWK'. Lists and reports mark it.</source>
        <translation>Een record of waarde die de app of iemand heeft afgeleid in plaats van gelezen, met de reden: 'afgeleid: heeft portefeuille EWK'. Lijsten en rapporten markeren het.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="61" />
        <source>Source n&amp;ote</source>
        <translation>&amp;Toelichting bron</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/source_section.py" line="80" />
        <source>Source (derived)</source>
        <translation>Bron (afgeleid)</translation>
    </message>
</context>
<context>
    <name>StaysEditor</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="133" />
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="134" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="135" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="136" />
        <source>Check-in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="137" />
        <source>Check-out</source>
        <translation>Uitchecken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="138" />
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/logistics_rows.py" line="141" />
        <source>Stays</source>
        <translation>Verblijf</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../src/intzaken/ui/first_steps/step_page.py" line="32" />
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../src/intzaken/ui/sync_warning.py" line="33" />
        <source>A risky place for a database</source>
        <translation>Een riskante plek voor een database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/sync_warning.py" line="37" />
        <source>Continue anyway</source>
        <translation>Toch doorgaan</translation>
    </message>
</context>
<context>
    <name>TabMarks</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/problem_display.py" line="118" />
        <source>{tab} (%n problem(s))</source>
        <translation><numerusform>{tab} (%n probleem)</numerusform><numerusform>{tab} (%n problemen)</numerusform></translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../../src/intzaken/ui/widgets/tag_edit.py" line="51" />
        <source>Add a theme…</source>
        <translation>Thema toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/widgets/tag_edit.py" line="135" />
        <location filename="../../src/intzaken/ui/widgets/tag_edit.py" line="136" />
        <source>Remove {tag}</source>
        <translation>Verwijderen: {tag}</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="132" />
        <source>Set up the team database</source>
        <translation>Teamdatabase inrichten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="136" />
        <source>The database {name} on {server} is still empty. Set it up for your organisation? Name of the organisation (for example 'Gemeente Rotterdam'):</source>
        <translation>De database {name} op {server} is nog leeg. Wilt u haar inrichten voor uw organisatie? Naam van de organisatie (bijvoorbeeld 'Gemeente Rotterdam'):</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="148" />
        <source>The organisation's name is required.</source>
        <translation>De naam van de organisatie is verplicht.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="39" />
        <source>Open a team database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="44" />
        <source>A team database lives on a PostgreSQL server, where the whole team works in the same registers. Your administrator gives you its address.</source>
        <translation>Een teamdatabase staat op een PostgreSQL-server, waar het hele team in dezelfde registers werkt. Het adres krijgt u van de beheerder.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="53" />
        <source>postgresql://name@server.example.org/intzaken</source>
        <translation>postgresql://naam@server.gemeente.nl/intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="54" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="55" />
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="58" />
        <source>only if the server asks for one</source>
        <translation>alleen als de server erom vraagt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="59" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="60" />
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/team_database.py" line="64" />
        <source>The password is used for this connection only and is never stored. Without one, the password in PGPASSWORD or ~/.pgpass (pgpass.conf on Windows) is used.</source>
        <translation>Het wachtwoord wordt alleen voor deze verbinding gebruikt en nooit bewaard. Zonder wachtwoord wordt dat uit PGPASSWORD of ~/.pgpass (pgpass.conf op Windows) gebruikt.</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/relation_timeline.py" line="24" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relation_timeline.py" line="24" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relation_timeline.py" line="24" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relation_timeline.py" line="30" />
        <source>Double-click or press Enter to open</source>
        <translation>Dubbelklik of druk op Enter om te openen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/relation_timeline.py" line="41" />
        <source>No agreements, trips or events yet.</source>
        <translation>Nog geen overeenkomsten, reizen of gebeurtenissen.</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="92" />
        <location filename="../../src/intzaken/ui/travel_flow.py" line="117" />
        <source>Take along on a trip</source>
        <translation>Meenemen op reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="118" />
        <source>The travel copy is written to {path}. Open it on the trip with File → Open; it needs no network.</source>
        <translation>De reiskopie is geschreven naar {path}. Open hem onderweg met Bestand → Openen; er is geen netwerk voor nodig.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="125" />
        <source>Writing the travel copy…</source>
        <translation>De reiskopie wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="133" />
        <source>Merge a travel copy</source>
        <translation>Reiskopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="135" />
        <source>Intzaken database (*.sqlite);;All files (*)</source>
        <translation>Intzaken-database (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="147" />
        <source>Comparing {file} with this database…</source>
        <translation>{file} wordt vergeleken met deze database…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="186" />
        <source>The backup made before can be restored under File → Restore a backup.</source>
        <translation>De back-up van daarvoor kunt u terugzetten via Bestand → Back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="196" />
        <source>Merged</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="207" />
        <source>Merging the travel copy…</source>
        <translation>De reiskopie wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="218" />
        <source>Not carried over from its history ({count}):</source>
        <translation>Niet overgenomen uit de geschiedenis van de reiskopie ({count}):</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_flow.py" line="225" />
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
</context>
<context>
    <name>TravelCopyDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="51" />
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="169" />
        <source>Take along on a trip</source>
        <translation>Meenemen op reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="58" />
        <source>A travel copy is a database file of its own that opens without a network. Work in it on the trip as usual; back home, File → Merge a travel copy brings the changes into this database.</source>
        <translation>Een reiskopie is een eigen databasebestand dat zonder netwerk opent. Werk er onderweg gewoon in; terug op kantoor zet Bestand → Reiskopie terugzetten de wijzigingen in deze database.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="66" />
        <source>Only what &amp;one trip needs:</source>
        <translation>Alleen wat één &amp;reis nodig heeft:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="67" />
        <source>&amp;Everything in this database</source>
        <translation>&amp;Alles uit deze database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="72" />
        <source>Trip</source>
        <translation>Reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="78" />
        <source>The trip, the relations at its destinations with their agreements and contacts, the trip's networks and those its travellers hold, earlier visits to the same destinations, and everything these refer to.</source>
        <translation>De reis, de relaties op haar bestemmingen met hun overeenkomsten en contactpersonen, de netwerken van de reis en die de reizigers als portefeuillehouder hebben, eerdere bezoeken aan dezelfde bestemmingen, en alles waar die naar verwijzen.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="91" />
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="93" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="97" />
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="106" />
        <source>&amp;Write the travel copy</source>
        <translation>Reiskopie &amp;schrijven</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="155" />
        <source>Write the travel copy to</source>
        <translation>Reiskopie schrijven naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="157" />
        <source>Intzaken database (*.sqlite)</source>
        <translation>Intzaken-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_copy_dialog.py" line="170" />
        <source>{file} already exists. Replace it?</source>
        <translation>{file} bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>TravelPolicyDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="39" />
        <source>Travel policy and CO₂ — Intzaken</source>
        <translation>Reisbeleid en CO₂ — Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="42" />
        <source>Below this distance (or train time) the train is the rule: a flight below it needs a reason on the trip, otherwise the checks name it.</source>
        <translation>Onder deze afstand (of treinreistijd) is de trein de regel: een vlucht daaronder vraagt om een reden bij de reis, anders noemen de controles haar.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="50" />
        <source>no policy</source>
        <translation>geen beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="53" />
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="54" />
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="59" />
        <source> km/h</source>
        <translation> km/u</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="61" />
        <source>standard ({speed} km/h)</source>
        <translation>standaard ({speed} km/u)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="65" />
        <source>A flight's train time is the door-to-door time looked up (for example at NS International) and entered on the trip's route. Where none is entered, a rough time is estimated: the distance plus 20 % at this average speed, a rule of thumb of your team, not a timetable.</source>
        <translation>De treinreistijd van een vlucht is de reistijd van deur tot deur die u opzoekt (bijvoorbeeld bij NS International) en bij de reisroute van de reis invult. Waar die ontbreekt, wordt een ruwe tijd geschat: de afstand plus 20 % bij deze gemiddelde snelheid, een vuistregel van uw team, geen dienstregeling.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="73" />
        <source>Include the non-CO₂ effects of flying (radiative forcing) in estimates</source>
        <translation>De niet-CO₂-effecten van vliegen (stralingsforcering) meetellen in schattingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="77" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="78" />
        <source>Price per tonne</source>
        <translation>Prijs per ton</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="81" />
        <source>Compensation price per tonne per year</source>
        <translation>Compensatieprijs per ton per jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="87" />
        <source>Train below a &amp;distance of</source>
        <translation>Trein onder een &amp;afstand van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="88" />
        <source>or a train &amp;time of</source>
        <translation>of een treinreis&amp;tijd van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="89" />
        <source>Average train &amp;speed for the estimate</source>
        <translation>Gemiddelde trein&amp;snelheid voor de schatting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/travel_policy_dialog.py" line="90" />
        <source>&amp;Compensation per tonne</source>
        <translation>&amp;Compensatie per ton</translation>
    </message>
</context>
<context>
    <name>TravellerRoles</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/traveller_roles.py" line="25" />
        <source>Traveller</source>
        <translation>Reiziger</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/traveller_roles.py" line="25" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>TripColumns</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="63" />
        <source>Estimate of travel and stay</source>
        <translation>Raming reis- en verblijfkosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="67" />
        <source>Estimate of other costs</source>
        <translation>Raming overige kosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="71" />
        <source>The estimate the trip was approved with. While the trip is not yet made it follows the costs above; afterwards it stays, and the annual overview shows the difference.</source>
        <translation>De raming waarmee de reis is goedgekeurd. Zolang de reis niet gemaakt is, volgt die de kosten hierboven; daarna blijft ze staan en toont het jaaroverzicht het verschil.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="80" />
        <source>Cancellation costs</source>
        <translation>Annuleringskosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="83" />
        <source>Reported apart: in neither the council report's total nor the total costs.</source>
        <translation>Apart gerapporteerd: niet in het totaal van de raadsrapportage en niet in de totale kosten.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="86" />
        <source>Paid by a third party</source>
        <translation>Betaald door derden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="89" />
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="91" />
        <source>e.g. EU Interreg, the host</source>
        <translation>bijv. EU Interreg, de gastheer</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="99" />
        <source>Gifts received on this trip, for the gifts register. The annual overview prints them when the organisation chooses so (Settings, Your organisation).</source>
        <translation>Geschenken die op deze reis zijn ontvangen, voor het geschenkenregister. Het jaaroverzicht drukt ze af als de organisatie daarvoor kiest (Instellingen, Uw organisatie).</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="106" />
        <source>Gifts received</source>
        <translation>Ontvangen geschenken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trip_columns.py" line="111" />
        <source>Gifts</source>
        <translation>Geschenken</translation>
    </message>
</context>
<context>
    <name>TripForm</name>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="84" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="85" />
        <source>Costs and CO₂</source>
        <translation>Kosten en CO₂</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="88" />
        <location filename="../../src/intzaken/ui/forms/trips.py" line="104" />
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="90" />
        <source>Roles of the &amp;travellers</source>
        <translation>Rollen van de &amp;reizigers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="95" />
        <source>&amp;Delegation</source>
        <translation>&amp;Delegatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="98" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="99" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="100" />
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="101" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="107" />
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="109" />
        <source>&amp;Relations</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="112" />
        <source>&amp;Networks</source>
        <translation>&amp;Netwerken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="115" />
        <source>&amp;Agreements</source>
        <translation>&amp;Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="119" />
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="120" />
        <source>&amp;Outcomes</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="125" />
        <source>&amp;Follow-up</source>
        <translation>&amp;Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="128" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="129" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="130" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="133" />
        <source>Follow-up</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="136" />
        <source>N&amp;otes</source>
        <translation>&amp;Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="144" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="146" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="149" />
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="154" />
        <source>Dates &amp;known</source>
        <translation>Data &amp;bekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="157" />
        <source>to the day</source>
        <translation>op de dag</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="158" />
        <source>only the month</source>
        <translation>alleen de maand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="159" />
        <source>only the year</source>
        <translation>alleen het jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="163" />
        <source>St&amp;art</source>
        <translation>Be&amp;gin</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="164" />
        <source>&amp;End</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="171" />
        <source>New place…</source>
        <translation>Nieuwe plaats…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="182" />
        <source>&amp;Destinations</source>
        <translation>&amp;Bestemmingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="184" />
        <source>Destinations</source>
        <translation>Bestemmingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="186" />
        <source>T&amp;ravellers</source>
        <translation>&amp;Reizigers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="189" />
        <source>T&amp;hemes</source>
        <translation>T&amp;hema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="191" />
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="196" />
        <source>Travel and &amp;stay</source>
        <translation>Reis en &amp;verblijf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="198" />
        <source>&amp;Other costs</source>
        <translation>&amp;Overige kosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="201" />
        <source>&amp;Means of transport</source>
        <translation>&amp;Vervoersmiddelen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="205" />
        <source>CO₂ (&amp;tonnes)</source>
        <translation>CO₂ (&amp;ton)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="207" />
        <source>CO₂ &amp;compensation</source>
        <translation>CO₂-&amp;compensatie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="210" />
        <source>&amp;Budget line</source>
        <translation>Begrotings&amp;post</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="212" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="217" />
        <source>&amp;Route for the estimate</source>
        <translation>&amp;Reisroute voor de schatting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="224" />
        <source>Reason for &amp;flying below the train distance</source>
        <translation>Reden om onder de treingrens te &amp;vliegen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/forms/trips.py" line="358" />
        <source>New trip</source>
        <translation>Nieuwe reis</translation>
    </message>
</context>
<context>
    <name>TripPreparation</name>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="68" />
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="74" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="86" />
        <source>Logistics</source>
        <translation>Logistiek</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="89" />
        <source>Local &amp;time zone</source>
        <translation>Lokale &amp;tijdzone</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="92" />
        <source>The time zone the programme's times are in</source>
        <translation>De tijdzone waarin de tijden van het programma staan</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="94" />
        <source>&amp;Journey</source>
        <translation>&amp;Reisschema</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="96" />
        <source>&amp;Stay</source>
        <translation>&amp;Verblijf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="98" />
        <source>&amp;Local transport</source>
        <translation>&amp;Vervoer ter plaatse</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="103" />
        <source>&amp;Contact on the ground</source>
        <translation>&amp;Contactpersoon ter plaatse</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="105" />
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="169" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/programme/trip_parts.py" line="107" />
        <source>&amp;Hosts</source>
        <translation>&amp;Gastheren</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/intzaken/ui/user_guide.py" line="24" />
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/user_guide.py" line="27" />
        <source>The user guide, in Dutch, without a network</source>
        <translation>De handleiding, ook zonder netwerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/user_guide.py" line="41" />
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/user_guide.py" line="43" />
        <source>The user guide is not installed with this program. Ask whoever installed Intzaken to install it again.</source>
        <translation>De handleiding is niet met dit programma meegeïnstalleerd. Vraag wie Intzaken heeft geïnstalleerd om het opnieuw te installeren.</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../src/intzaken/ui/waiting.py" line="83" />
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/waiting.py" line="84" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/waiting.py" line="109" />
        <source>Cancelling…</source>
        <translation>Afbreken…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="35" />
        <location filename="../../src/intzaken/ui/welcome.py" line="39" />
        <source>Welcome to Intzaken</source>
        <translation>Welkom bij Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="46" />
        <source>Choose the file to work in.</source>
        <translation>Kies het bestand waarin u wilt werken.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="58" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="61" />
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="62" />
        <source>&amp;Open a database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="63" />
        <source>Open a &amp;team database…</source>
        <translation>&amp;Teamdatabase openen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="64" />
        <source>Open the &amp;demo (Rotterdam)</source>
        <translation>&amp;Demo openen (Rotterdam)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="76" />
        <source>Recent files:</source>
        <translation>Recente bestanden:</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="78" />
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/welcome.py" line="90" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="37" />
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="40" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="43" />
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="46" />
        <source>Open a &amp;team database…</source>
        <translation>&amp;Teamdatabase openen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="50" />
        <source>Open a database on a PostgreSQL server by its address</source>
        <translation>Open een database op een PostgreSQL-server via haar adres</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="53" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="57" />
        <source>Write a copy of the file into its backups folder</source>
        <translation>Schrijf een kopie van het bestand in de back-upmap ernaast</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="60" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="64" />
        <source>Write registers to Excel, CSV or a calendar file</source>
        <translation>Schrijf registers naar Excel, CSV of een agendabestand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="67" />
        <source>P&amp;ublish open data…</source>
        <translation>Open data p&amp;ubliceren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="71" />
        <source>The trips made in a year as CSV with metadata, for the open data portal</source>
        <translation>De gemaakte reizen van een jaar als CSV met metadata, voor het open-dataportaal</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="79" />
        <source>An empty workbook to fill in and import: explained, with drop-down lists and an example per sheet</source>
        <translation>Een lege werkmap om in te vullen en in te lezen: met toelichting, keuzelijsten en een voorbeeld per blad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="84" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="88" />
        <source>Read a workbook or CSV file, after a preview of what changes</source>
        <translation>Lees een Excel- of CSV-bestand in, na een voorbeeld van wat er verandert</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="96" />
        <source>Write a travel copy that opens without a network: everything, or what one trip needs</source>
        <translation>Schrijf een reiskopie die zonder netwerk opent: alles, of wat één reis nodig heeft</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="101" />
        <source>&amp;Merge a travel copy…</source>
        <translation>Reiskopie terug&amp;zetten…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="105" />
        <source>Bring the changes made in a travel copy into this database</source>
        <translation>Zet de wijzigingen uit een reiskopie terug in deze database</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="108" />
        <source>Restore a b&amp;ackup…</source>
        <translation>Bac&amp;k-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="112" />
        <source>Put a backup back into this file, after showing what it holds</source>
        <translation>Zet een back-up terug in dit bestand, nadat is getoond wat erin staat</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="119" />
        <source>Only for a database file: a team database's backups are made on the server, by its administrator (pg_dump).</source>
        <translation>Alleen bij een databasebestand: van een teamdatabase maakt de beheerder de back-ups op de server (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="122" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="124" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="127" />
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="131" />
        <source>&amp;New record</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="134" />
        <source>&amp;Open record</source>
        <translation>Op&amp;enen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="140" />
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="143" />
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="147" />
        <source>Who changed the selected record when, field by field</source>
        <translation>Wie het geselecteerde record wanneer wijzigde, veld voor veld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="149" />
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="152" />
        <source>&amp;Country information…</source>
        <translation>&amp;Landeninformatie…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="156" />
        <source>Time zone, embassy, emergency numbers and travel advice per country</source>
        <translation>Tijdzone, ambassade, noodnummers en reisadvies per land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="159" />
        <source>Han&amp;dover…</source>
        <translation>Over&amp;dracht…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="164" />
        <source>After an election: the networks and relations of officials who left, to their successors</source>
        <translation>Na een verkiezing: de netwerken en relaties van vertrokken bestuurders naar hun opvolgers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="169" />
        <source>&amp;Report of the selected record…</source>
        <translation>&amp;Rapport van de selectie…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="175" />
        <source>&amp;Pocket programme of the selected trip</source>
        <translation>&amp;Zakprogramma van de gekozen reis</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="180" />
        <source>Programme of the selected trip as &amp;calendar (.ics)…</source>
        <translation>Programma van de gekozen reis als a&amp;genda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="189" />
        <source>&amp;Overview…</source>
        <translation>&amp;Overzicht…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="193" />
        <source>How far the Overview page looks ahead, and when a relation counts as dormant</source>
        <translation>Hoe ver het overzicht vooruitkijkt, en wanneer een relatie als slapend geldt</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="74" />
        <source>Save import tem&amp;plate…</source>
        <translation>Import&amp;sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="91" />
        <source>Ta&amp;ke along on a trip…</source>
        <translation>&amp;Meenemen op reis…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="137" />
        <source>Du&amp;plicate</source>
        <translation>Du&amp;pliceren</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="196" />
        <source>Your o&amp;rganisation…</source>
        <translation>Uw o&amp;rganisatie…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="201" />
        <source>Name, department, e-mail address and logo, as reports print them, and the licence of open data</source>
        <translation>Naam, afdeling, e-mailadres en logo, zoals rapporten ze afdrukken, en de licentie van open data</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="206" />
        <source>&amp;Travel policy and CO₂…</source>
        <translation>Reis&amp;beleid en CO₂…</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="211" />
        <source>The distance below which the train is the rule, radiative forcing in the CO₂ estimates, and the compensation price per tonne per year</source>
        <translation>De afstand waaronder de trein de regel is, stralingsforcering in de CO₂-schattingen, en de compensatieprijs per ton per jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="215" />
        <source>&amp;About Intzaken</source>
        <translation>&amp;Over Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="260" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="261" />
        <source>The new language is used from the next start of Intzaken.</source>
        <translation>De nieuwe taal geldt vanaf de volgende keer dat Intzaken start.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="282" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="291" />
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="303" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="320" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="334" />
        <source>Re&amp;ports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="336" />
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="337" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="342" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/window/actions.py" line="347" />
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/intzaken/ui/workspace.py" line="166" />
        <source>Saving in the team database…</source>
        <translation>Opslaan in de teamdatabase…</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="32" />
        <source>%n record(s) added or changed.</source>
        <translation><numerusform>%n record is toegevoegd of gewijzigd.</numerusform><numerusform>%n records zijn toegevoegd of gewijzigd.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/travel_flow.py" line="35" />
        <source>The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, %n change(s) of its history carried over.</source>
        <translation><numerusform>De reiskopie is teruggezet: {added} toegevoegd, {changed} gewijzigd, {deleted} verwijderd, %n wijziging uit de geschiedenis overgenomen.</numerusform><numerusform>De reiskopie is teruggezet: {added} toegevoegd, {changed} gewijzigd, {deleted} verwijderd, %n wijzigingen uit de geschiedenis overgenomen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="30" />
        <source>%n trip(s) of {year} written to {csv}, with the metadata in {metadata}.</source>
        <translation><numerusform>%n reis van {year} geschreven naar {csv}, met de metadata in {metadata}.</numerusform><numerusform>%n reizen van {year} geschreven naar {csv}, met de metadata in {metadata}.</numerusform></translation>
    </message>
</context>
<context>
    <name>_RegisterTexts</name>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="122" />
        <source>Derived</source>
        <translation>Afgeleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="131" />
        <location filename="../../src/intzaken/ui/registers.py" line="176" />
        <location filename="../../src/intzaken/ui/registers.py" line="209" />
        <location filename="../../src/intzaken/ui/registers.py" line="223" />
        <location filename="../../src/intzaken/ui/registers.py" line="246" />
        <location filename="../../src/intzaken/ui/registers.py" line="257" />
        <location filename="../../src/intzaken/ui/registers.py" line="275" />
        <location filename="../../src/intzaken/ui/registers.py" line="290" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="132" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="133" />
        <location filename="../../src/intzaken/ui/registers.py" line="298" />
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="134" />
        <location filename="../../src/intzaken/ui/registers.py" line="154" />
        <location filename="../../src/intzaken/ui/registers.py" line="180" />
        <location filename="../../src/intzaken/ui/registers.py" line="191" />
        <location filename="../../src/intzaken/ui/registers.py" line="228" />
        <location filename="../../src/intzaken/ui/registers.py" line="234" />
        <location filename="../../src/intzaken/ui/registers.py" line="294" />
        <location filename="../../src/intzaken/ui/registers.py" line="304" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="135" />
        <location filename="../../src/intzaken/ui/registers.py" line="225" />
        <location filename="../../src/intzaken/ui/registers.py" line="276" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="136" />
        <source>Destinations</source>
        <translation>Bestemmingen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="137" />
        <source>Travellers</source>
        <translation>Reizigers</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="138" />
        <source>Travel and stay</source>
        <translation>Reis en verblijf</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="139" />
        <source>Other costs</source>
        <translation>Overige kosten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="140" />
        <source>CO₂ (tonnes)</source>
        <translation>CO₂ (ton)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="148" />
        <location filename="../../src/intzaken/ui/registers.py" line="258" />
        <location filename="../../src/intzaken/ui/registers.py" line="268" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="158" />
        <source>Official</source>
        <translation>Bestuurder</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="165" />
        <location filename="../../src/intzaken/ui/registers.py" line="178" />
        <location filename="../../src/intzaken/ui/registers.py" line="198" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="177" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="179" />
        <location filename="../../src/intzaken/ui/registers.py" line="187" />
        <location filename="../../src/intzaken/ui/registers.py" line="224" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="181" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="182" />
        <location filename="../../src/intzaken/ui/registers.py" line="215" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="210" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="211" />
        <source>Abbr.</source>
        <translation>Afk.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="212" />
        <source>Portfolio holder</source>
        <translation>Portefeuillehouder</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="213" />
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="214" />
        <location filename="../../src/intzaken/ui/registers.py" line="293" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="226" />
        <source>Signed</source>
        <translation>Getekend</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="227" />
        <source>Valid until</source>
        <translation>Geldig t/m</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="247" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="248" />
        <source>Current role</source>
        <translation>Huidige rol</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="249" />
        <source>Terms of office</source>
        <translation>Ambtstermijnen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="261" />
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="259" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="260" />
        <source>Line</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="262" />
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="263" />
        <source>Committed</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="264" />
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="277" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="278" />
        <source>Through</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="279" />
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="280" />
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="281" />
        <source>Source document</source>
        <translation>Brondocument</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="291" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="292" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="295" />
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="296" />
        <source>Call deadline</source>
        <translation>Deadline oproep</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/registers.py" line="297" />
        <source>Report due</source>
        <translation>Rapportage uiterlijk</translation>
    </message>
</context>
<context>
    <name>_RegisterTitles</name>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="15" />
        <source>Trips</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="16" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="17" />
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="18" />
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="19" />
        <source>Officials</source>
        <translation>Bestuurders</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="20" />
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="21" />
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/register_titles.py" line="22" />
        <source>EU projects</source>
        <translation>EU-projecten</translation>
    </message>
</context>
</TS>