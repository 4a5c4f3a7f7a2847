<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/filter_bar.py" line="+81"/>
        <source>Zoek op naam, studentnummer, opleiding of bedrijf</source>
        <translation>Search by name, student number, programme or company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F: naar het zoekveld</source>
        <translation>Ctrl+F: go to the search field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen studenten met deze status</source>
        <translation>Only students with this status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen studenten van deze opleiding</source>
        <translation>Only students of this programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 van %2 studenten</source>
        <translation>%1 of %2 students</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alle opleidingen</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (niveau %2, %3)</source>
        <translation>%1 (level %2, %3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stagedesk/ui/main_window.py" line="+172"/>
        <source>StageDesk — %1</source>
        <translation>StageDesk — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;openen…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Over StageDesk</source>
        <translation>&amp;About StageDesk</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+12"/>
        <source>Store openen</source>
        <translation>Open store</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>StageDesk-store (*.sqlite)</source>
        <translation>StageDesk store (*.sqlite)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De store kan niet worden geopend:
%1</source>
        <translation>The store cannot be opened:
%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Over StageDesk</source>
        <translation>About StageDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;StageDesk %1&lt;/h3&gt;&lt;p&gt;Voor het stagebureau: studenten, sollicitaties en bpv-plaatsingen op één plek.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StageDesk %1&lt;/h3&gt;&lt;p&gt;For the internship office: students, applications and work placements (bpv) in one place.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StudentSummaryPanel</name>
    <message>
        <location filename="../../stagedesk/ui/screens/student_summary.py" line="+95"/>
        <source>Geen studenten gevonden.</source>
        <translation>No students found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selecteer een student in de lijst om de gegevens te zien.</source>
        <translation>Select a student in the list to see their details.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Studentnummer %1</source>
        <translation>Student number %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (niveau %2, %3)</source>
        <translation>%1 (level %2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, klas %2</source>
        <translation>%1, class %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geen mentor</source>
        <translation>no mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra ondersteuning</source>
        <translation>Extra support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sollicitaties</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laatste sollicitatie</source>
        <translation>Latest application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 jaar, minderjarig)</source>
        <translation>%1 (%2 years, minor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 jaar)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sinds %1 (vandaag)</source>
        <translation>since %1 (today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sinds %1 (1 dag)</source>
        <translation>since %1 (1 day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sinds %1 (%2 dagen)</source>
        <translation>since %1 (%2 days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, waarvan %2 afgewezen</source>
        <translation>%1, of which %2 rejected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reden: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nog geen plaatsing</source>
        <translation>no placement yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uur per week</source>
        <translation>%1 hours a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POK: %1</source>
        <translation>POK: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>voortijdig beëindigd op %1</source>
        <translation>ended early on %1</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../stagedesk/ui/models/student_table.py" line="+76"/>
        <source>Studentnr.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niv.</source>
        <translation>Lvl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerweg</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niveau (1 = entree)</source>
        <translation>Level (1 = entree)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagen in de huidige status</source>
        <translation>Days in the current status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrijf van de plaatsing of van de verste sollicitatie</source>
        <translation>Company of the placement or of the furthest application</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../stagedesk/ui/labels.py" line="+23"/>
        <source>niet gestart</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoekt</source>
        <translation>searching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solliciteert</source>
        <translation>applying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geplaatst – POK open</source>
        <translation>placed – POK open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geplaatst</source>
        <translation>placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bpv</source>
        <translation>on placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>uitgenodigd</source>
        <translation>invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gesprek gehad</source>
        <translation>interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aanbod</source>
        <translation>offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geaccepteerd</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>deels ondertekend</source>
        <translation>partly signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volledig ondertekend</source>
        <translation>fully signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geen plek</source>
        <translation>no place available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profiel past niet</source>
        <translation>profile does not match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>na gesprek</source>
        <translation>after the interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen reactie</source>
        <translation>no response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>andere reden</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>beroepsopleidende leerweg</source>
        <translation>school-based pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beroepsbegeleidende leerweg</source>
        <translation>work-based pathway</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../stagedesk/ui/app.py" line="+51"/>
        <source>StageDesk</source>
        <translation>StageDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De store kan niet worden geopend:
%1</source>
        <translation>The store cannot be opened:
%1</translation>
    </message>
</context>
</TS>
