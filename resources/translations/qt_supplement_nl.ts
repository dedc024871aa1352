<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts that its Dutch translation (qtbase_nl.qm of PySide6) lacks: Qt 6 added
     the mnemonics (&) to these, and the Dutch has only the old texts without them. Loaded
     after qtbase_nl (ui/app.py); compiled by tools/update-translations.sh. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
