<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="23" />
        <source>Intzaken</source>
        <translation>Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="24" />
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="30" />
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="31" />
        <source>{organisation} — {file} — Intzaken</source>
        <translation>{organisation} — {file} — Intzaken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="33" />
        <source>Trips</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="33" />
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="34" />
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="34" />
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="35" />
        <source>Officials</source>
        <translation>Bestuurders</translation>
    </message>
    <message>
        <location filename="../../src/intzaken/ui/main_window.py" line="35" />
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
</context>
</TS>