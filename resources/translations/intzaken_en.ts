<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="256" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="263" />
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="270" />
        <source>in at least %n day(s)</source>
        <translation><numerusform>in at least %n day</numerusform><numerusform>in at least %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="276" />
        <source>and %n more trip(s)</source>
        <translation><numerusform>and %n more trip</numerusform><numerusform>and %n more trips</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="313" />
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/dashboard.py" line="372" />
        <source>expired %n day(s) ago</source>
        <translation><numerusform>expired %n day ago</numerusform><numerusform>expired %n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/handover_dialog.py" line="174" />
        <source>Handed over: %n responsibility(ies).</source>
        <translation><numerusform>Handed over: %n responsibility.</numerusform><numerusform>Handed over: %n responsibilities.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/history_view.py" line="138" />
        <source>%n entry(s), by {authors}</source>
        <translation><numerusform>%n entry, by {authors}</numerusform><numerusform>%n entries, by {authors}</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="167" />
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_dialogs.py" line="169" />
        <source>{found} in %n row(s)</source>
        <translation><numerusform>{found} in %n row</numerusform><numerusform>{found} in %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/style.py" line="145" />
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/style.py" line="147" />
        <source>%n or more visits</source>
        <translation><numerusform>%n or more visits</numerusform><numerusform>%n or more visits</numerusform></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="183" />
        <source>%n relation(s)</source>
        <translation><numerusform>%n relation</numerusform><numerusform>%n relations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="186" />
        <source>%n trip(s) in {year}</source>
        <translation><numerusform>%n trip in {year}</numerusform><numerusform>%n trips in {year}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/world_map/page.py" line="190" />
        <source>%n destination country(s)</source>
        <translation><numerusform>%n destination country</numerusform><numerusform>%n destination countries</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/merge_dialog.py" line="171" />
        <source>%n record(s) changed only in the team database stay as they are.</source>
        <translation><numerusform>%n record changed only in the team database stays as it is.</numerusform><numerusform>%n records changed only in the team database stay as they are.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlacePosition</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/place_position.py" line="87" />
        <source>GeoNames knows %n place(s) of this name: choose one, or type the coordinates.</source>
        <translation><numerusform>GeoNames knows %n place of this name: choose it, or type the coordinates.</numerusform><numerusform>GeoNames knows %n places of this name: choose one, or type the coordinates.</numerusform></translation>
    </message>
</context>
<context>
    <name>PriorityPicker</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="194" />
        <source>%n priority(ies) ticked</source>
        <translation><numerusform>%n priority ticked</numerusform><numerusform>%n priorities ticked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/priority_picker.py" line="196" />
        <source>%n proposal(s) not ticked</source>
        <translation><numerusform>%n proposal not ticked</numerusform><numerusform>%n proposals not ticked</numerusform></translation>
    </message>
</context>
<context>
    <name>SaveBlockers</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/problem_display.py" line="87" />
        <source>Still %n problem(s):</source>
        <translation><numerusform>Still %n problem:</numerusform><numerusform>Still %n problems:</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/search_popup.py" line="283" />
        <source>%n record(s) found</source>
        <translation><numerusform>%n record found</numerusform><numerusform>%n records found</numerusform></translation>
    </message>
</context>
<context>
    <name>TabMarks</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/forms/problem_display.py" line="118" />
        <source>{tab} (%n problem(s))</source>
        <translation><numerusform>{tab} (%n problem)</numerusform><numerusform>{tab} (%n problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/exchange_flow.py" line="32" />
        <source>%n record(s) added or changed.</source>
        <translation><numerusform>%n record added or changed.</numerusform><numerusform>%n records added or changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/travel_flow.py" line="35" />
        <source>The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, %n change(s) of its history carried over.</source>
        <translation><numerusform>The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, %n change of its history carried over.</numerusform><numerusform>The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, %n changes of its history carried over.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/intzaken/ui/open_data_flow.py" line="30" />
        <source>%n trip(s) of {year} written to {csv}, with the metadata in {metadata}.</source>
        <translation><numerusform>%n trip of {year} written to {csv}, with the metadata in {metadata}.</numerusform><numerusform>%n trips of {year} written to {csv}, with the metadata in {metadata}.</numerusform></translation>
    </message>
</context>
</TS>