<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/actor_dialog.py" line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wie werkt er?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medewerker (bepaalt wat u mag zien en wijzigen):</source>
        <translation>Staff member (decides what you may see and change):</translation>
    </message>
</context>
<context>
    <name>AddApplicationDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/application_dialogs.py" line="+61"/>
        <source>Sollicitatie toevoegen</source>
        <translation>Add application</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Typ een deel van de naam, plaats of KvK-nummer</source>
        <translation>Type part of the name, town or KvK number</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Bedrijf</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanaal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verstuurd op</source>
        <translation>S&amp;ent on</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — niet erkend</source>
        <translation>%1 — not recognised</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Geen bedrijf gevonden met deze tekst.</source>
        <translation>No company found for this text.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kies een bedrijf: typ een deel van de naam en druk op Enter.</source>
        <translation>Choose a company: type part of its name and press Enter.</translation>
    </message>
</context>
<context>
    <name>AllowanceDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/placement_dialogs.py" line="+304"/>
        <source>Stagevergoeding bij %1</source>
        <translation>Allowance at %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Vergoeding</source>
        <translation>&amp;Allowance</translation>
    </message>
</context>
<context>
    <name>AllowanceFields</name>
    <message>
        <location line="-235"/>
        <source> per maand</source>
        <translation> per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wordt betaald</source>
        <translation>being paid</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Geen vergoeding: de norm van de school is %1.</source>
        <translation>No allowance: the school&apos;s norm is %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onder de norm van de school (%1).</source>
        <translation>Below the school&apos;s norm (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vul het bedrag per maand in (meer dan € 0).</source>
        <translation>Enter the amount per month (more than €0).</translation>
    </message>
</context>
<context>
    <name>AllowanceTables</name>
    <message>
        <location filename="../../stagedesk/ui/models/allowance_tables.py" line="+108"/>
        <location line="+76"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+75"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met loon</source>
        <translation>With wage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zonder vergoeding</source>
        <translation>Without allowance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onder de norm</source>
        <translation>Below the norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem. vergoeding</source>
        <translation>Avg. allowance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (niveau %2, %3)</source>
        <translation>%1 (level %2, %3)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studentnr.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vergoeding p/m</source>
        <translation>Allowance p/m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>onder de norm van %1 per maand</source>
        <translation>below the norm of %1 per month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geen stagevergoeding afgesproken</source>
        <translation>no allowance agreed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AllowancesScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/allowances.py" line="+140"/>
        <source>Stagevergoedingen</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Groeperen:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per &amp;opleiding</source>
        <translation>by &amp;programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per &amp;bedrijf</source>
        <translation>by &amp;company</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>onder de norm</source>
        <translation>below the norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen vergoeding</source>
        <translation>no allowance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alleen bpv-coördinatoren zien de stagevergoedingen.</source>
        <translation>Only placement coordinators see the allowances.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het overzicht kan niet worden gemaakt: %1</source>
        <translation>The overview cannot be made: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>norm: %1 per maand, instelbaar</source>
        <translation>norm: %1 per month, adjustable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lopende of komende plaatsingen zonder stagevergoeding en %2 onder de norm (plaatsingen met loon tellen niet mee).</source>
        <translation>%1 running or upcoming placements without an allowance and %2 below the norm (placements with a wage are not counted).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alle gemarkeerde plaatsingen (%1)</source>
        <translation>All flagged placements (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaatsingen bij %1 (%2)</source>
        <translation>Placements at %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttentionScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/attention.py" line="+118"/>
        <source>Aandachtslijst</source>
        <translation>Attention list</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alle redenen (%1)</source>
        <translation>All reasons (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alleen bpv-coördinatoren en stagebegeleiders zien de aandachtslijst.</source>
        <translation>Only placement coordinators and mentors see the attention list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De aandachtslijst kan niet worden opgebouwd: %1</source>
        <translation>The attention list cannot be built: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 signalen bij %2 studenten, stand van %3</source>
        <translation>%1 signals for %2 students, as of %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drempels (instelbaar): zoekt %1 weken of langer · %2 afwijzingen of meer · POK rond %3 dagen voor de start · BBL-waarschuwing %4 weken voor 31 december · bezoek gepland 14 dagen voor de start.</source>
        <translation>Thresholds (adjustable): searching %1 weeks or longer · %2 rejections or more · POK complete %3 days before the start · BBL warning %4 weeks before 31 December · visit planned 14 days before the start.</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../stagedesk/ui/models/attention_table.py" line="+48"/>
        <source>POK niet rond</source>
        <translation>POK not complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BBL-peildatum 31 december</source>
        <translation>BBL deadline 31 December</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veel afwijzingen</source>
        <translation>Many rejections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoekt lang</source>
        <translation>Searching long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen bezoek gepland</source>
        <translation>No visit planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entree/niveau 2 zonder plek</source>
        <translation>Entree/level 2 without a place</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ouder/verzorger</source>
        <translation>parent/guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bedrijf</source>
        <translation>company</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>solliciteert sinds %1</source>
        <translation>applying since %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zoekt sinds %1</source>
        <translation>searching since %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>solliciteert al 1 week</source>
        <translation>applying for 1 week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zoekt al 1 week</source>
        <translation>searching for 1 week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>solliciteert al %1 weken</source>
        <translation>applying for %1 weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zoekt al %1 weken</source>
        <translation>searching for %1 weeks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entree</source>
        <translation>entree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, nog niet begonnen met zoeken</source>
        <translation>%1, not started searching yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 afwijzingen — bied steun aan en vraag of discriminatie een rol speelde</source>
        <translation>%1 rejections — offer support and ask whether discrimination played a part</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BBL: nog geen POK, peildatum %1 verstreken</source>
        <translation>BBL: no POK yet, deadline %1 passed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BBL: nog geen POK, peildatum %1</source>
        <translation>BBL: no POK yet, deadline %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gestart %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POK nog niet verstuurd — %1</source>
        <translation>POK not sent yet — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POK nog niet getekend door: %1 — %2</source>
        <translation>POK not yet signed by: %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>geen begeleidingsbezoek gepland — start %1 bij %2</source>
        <translation>no supervision visit planned — starts %1 at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>geen begeleidingsbezoek gepland — bij %1</source>
        <translation>no supervision visit planned — at %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Veel afwijzingen is een reden voor een gesprek, geen bewijs. Vraag hoe het zoeken gaat, bied hulp aan (sollicitatietraining, een match via school) en vraag of de student denkt dat discriminatie een rol speelde; wijs zo nodig op het meldpunt. Onderzoek laat zien dat sommige studenten twee keer zo vaak moeten solliciteren.
Laatste afwijzing: %1</source>
        <translation>Many rejections are a reason for a conversation, not proof. Ask how the search is going, offer help (application training, a match through the school) and ask whether the student thinks discrimination played a part; point to the reporting desk (meldpunt) where needed. Research shows some students must apply twice as often.
Last rejection: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zonder POK met een erkend leerbedrijf op 31 december zoekt de school met de student naar een vervolg: overstap naar BOL of een andere opleiding, een tijdelijke BOL-periode van hooguit 3 maanden, of de bpv later afronden.</source>
        <translation>Without a POK with a recognised company on 31 December, the school and the student look for a way to continue: a switch to BOL or another programme, a temporary BOL period of at most 3 months, or finishing the work placement later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedrijf: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Niveau (1 = entree)</source>
        <translation>Level (1 = entree)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../stagedesk/ui/case_actions.py" line="+96"/>
        <source>&amp;Sollicitatie toevoegen…</source>
        <translation>Add &amp;application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus wijzigen…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaatsing vastleggen…</source>
        <translation>Record &amp;placement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;OK…</source>
        <translation>P&amp;OK…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vergoeding…</source>
        <translation>A&amp;llowance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notitie toevoegen…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie &amp;wijzigen…</source>
        <translation>&amp;Edit note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie verwij&amp;deren</source>
        <translation>&amp;Delete note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sollicitatie bij %1</source>
        <translation>Application to %1</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>POK bijwerken</source>
        <translation>update POK</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../stagedesk/ui/case_edits.py" line="+54"/>
        <source>Plaatsing wij&amp;zigen…</source>
        <translation>Chan&amp;ge placement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sollicitatie ve&amp;rwijderen</source>
        <translation>Delete appl&amp;ication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatsing v&amp;erwijderen</source>
        <translation>Delete place&amp;ment</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>De sollicitatie bij %1 verwijderen, met haar hele geschiedenis?

Met Ongedaan maken (Ctrl+Z) komt ze terug.</source>
        <translation>Delete the application to %1, with its whole history?

Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sollicitatie verwijderen</source>
        <translation>Delete application</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>De plaatsing bij %1 (%2 t/m %3) verwijderen, met haar POK en vergoeding?

Met Ongedaan maken (Ctrl+Z) komt ze terug.</source>
        <translation>Delete the placement at %1 (%2 to %3), with its POK and allowance?

Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plaatsing verwijderen</source>
        <translation>Delete placement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>De sollicitatie bij %1 is niet verwijderd: er is een plaatsing uit voortgekomen. Verwijder eerst die plaatsing.</source>
        <translation>The application to %1 was not deleted: a placement was made from it. Delete that placement first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De plaatsing bij %1 is niet verwijderd: er zijn bezoeken aan gekoppeld, die dan verloren zouden gaan.</source>
        <translation>The placement at %1 was not deleted: it has visits, which would be lost.</translation>
    </message>
</context>
<context>
    <name>CaseFileScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/case_file.py" line="+138"/>
        <source>Uw rol geeft geen toegang tot dit dossier.</source>
        <translation>Your role gives no access to this case file.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_header.py" line="+24"/>
        <source>sinds %1 (vandaag)</source>
        <translation>since %1 (today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sinds %1 (1 dag)</source>
        <translation>since %1 (1 day)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sinds %1 (%2 dagen)</source>
        <translation>since %1 (%2 days)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>studentnummer %1</source>
        <translation>student number %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minderjarig</source>
        <translation>minor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra ondersteuning</source>
        <translation>extra support</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cohort %1, klas %2</source>
        <translation>cohort %1, class %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cohort %1</source>
        <translation>cohort %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mentor %1</source>
        <translation>mentor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geen mentor</source>
        <translation>no mentor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (crebo %2) · niveau %3 · %4 · %5 · %6</source>
        <translation>%1 (crebo %2) · level %3 · %4 · %5 · %6</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_overview.py" line="+54"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sollicitaties</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog geen plaatsing</source>
        <translation>no placement yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per week, %2 in totaal</source>
        <translation>%1 a week, %2 in total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet bekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POK</source>
        <translation>POK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>getekend %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog niet getekend</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vergoeding</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 per maand</source>
        <translation>%1 a month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wordt betaald</source>
        <translation>being paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet betaald</source>
        <translation>not paid yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loon, %1</source>
        <translation>wage, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../stagedesk/ui/case_tabs.py" line="+193"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opnieuw: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dossier openen</source>
        <translation>&amp;Open case file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close case file</translation>
    </message>
</context>
<context>
    <name>CompaniesScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/companies.py" line="+131"/>
        <source>Bedrijven</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Uw rol geeft geen toegang tot het bedrijvenregister.</source>
        <translation>Your role gives no access to the company register.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 bedrijven</source>
        <translation>%1 companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 van %2 bedrijven</source>
        <translation>%1 of %2 companies</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Contactpersoon verwijderen</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 verwijderen uit dit bedrijf?</source>
        <translation>Remove %1 from this company?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Zoek op naam, plaats, KvK-nummer of SBB-id</source>
        <translation>Search by name, town, KvK number or SBB id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuw bedrijf…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle sectoren</source>
        <translation>All sectors</translation>
    </message>
</context>
<context>
    <name>CompanyDetailPane</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/company_detail.py" line="+201"/>
        <source>Kies een bedrijf in de lijst om de gegevens te zien.</source>
        <translation>Choose a company in the list to see its details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nieuwe contactpersoon…</source>
        <translation>New contact person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe erkenning…</source>
        <translation>New recognition…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrekken…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Erkend sinds</source>
        <translation>Recognised since</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+5"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POK</source>
        <translation>POK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bpv</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KvK %1 · %2</source>
        <translation>KvK %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (praktijkopleider)</source>
        <translation>%1 (workplace supervisor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ingetrokken op %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog niet geldig</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(geen opleiding van de school)</source>
        <translation>(not a programme of the school)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBB-id</source>
        <translation>SBB id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 studenten tegelijk</source>
        <translation>%1 students at a time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contactpersonen (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erkenningen (%1)</source>
        <translation>Recognitions (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sollicitaties (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplaatste studenten (%1)</source>
        <translation>Placed students (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken (%1)</source>
        <translation>Visits (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/company_dialog.py" line="+54"/>
        <source>Bedrijf wijzigen</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw bedrijf</source>
        <translation>New company</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(geen sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hoeveel studenten het bedrijf tegelijk kan begeleiden</source>
        <translation>How many students the company can supervise at a time</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBB-id</source>
        <translation>SBB id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dit KvK-nummer is al geregistreerd voor %1.</source>
        <translation>This KvK number is already registered for %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (provincie %2)</source>
        <translation>%1 (province of %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volgt uit een geldige postcode</source>
        <translation>follows from a valid postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen postcode</source>
        <translation>no postcode</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../stagedesk/ui/models/company_table.py" line="+67"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plekken</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sollicitaties</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erkenningen</source>
        <translation>Recognitions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hoeveel studenten het bedrijf tegelijk begeleidt</source>
        <translation>How many students the company supervises at a time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studenten die er nu in hun bpv zijn</source>
        <translation>Students in their placement there now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openstaande sollicitaties</source>
        <translation>Open applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erkenningen die vandaag gelden</source>
        <translation>Recognitions valid today</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (provincie %2)</source>
        <translation>%1 (province of %2)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/contact_dialog.py" line="+36"/>
        <source>Contactpersoon wijzigen</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Praktijkopleider (begeleidt studenten)</source>
        <translation>Workplace supervisor (praktijkopleider)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/case_form.py" line="+112"/>
        <source>Kies een datum vanaf %1.</source>
        <translation>Choose a date from %1 on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een datum tot en met %1.</source>
        <translation>Choose a date up to %1.</translation>
    </message>
</context>
<context>
    <name>EditPlacementDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/placement_dialogs.py" line="+116"/>
        <source>Plaatsing bij %1 wijzigen</source>
        <translation>Change placement at %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Praktijkopleider</source>
        <translation>&amp;Workplace trainer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wijziging geweigerd: %1 is op %2 niet door SBB erkend voor de opleiding van deze student (crebo %3), en de school staat plaatsingen bij niet-erkende leerbedrijven niet toe. Er is niets gewijzigd.</source>
        <translation>Change refused: on %2, %1 is not recognised by SBB for this student&apos;s programme (crebo %3), and the school does not allow placements at companies that are not recognised. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/filter_bar.py" line="+92"/>
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
        <location filename="../../stagedesk/ui/main_window.py" line="+210"/>
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
        <location line="+1"/>
        <source>&amp;Wie werkt er…</source>
        <translation>&amp;Who is working…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkt als: %1</source>
        <translation>Working as: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studenten</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location line="+30"/>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/note_dialog.py" line="+28"/>
        <source>Notitie wijzigen</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schrijf eerst iets op.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Een notitie is hoogstens %1 tekens lang (nu %2).</source>
        <translation>A note is at most %1 characters long (now %2).</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/placement_fields.py" line="+47"/>
        <source> uur per week</source>
        <translation> hours a week</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Begin</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Einde</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uren</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Het einde ligt vóór het begin (%1).</source>
        <translation>The end lies before the start (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 uur in totaal (%2 weken)</source>
        <translation>%1 hours in total (%2 weeks)</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/placement_dialogs.py" line="-131"/>
        <source>Plaatsing bij %1</source>
        <translation>Placement at %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Praktijkopleider</source>
        <translation>&amp;Workplace trainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vergoeding</source>
        <translation>&amp;Allowance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let op: dit bedrijf is niet door SBB erkend voor crebo %1.</source>
        <translation>Note: this company is not recognised by SBB for crebo %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let op: dit bedrijf is op de voorgestelde begindatum nog niet erkend voor crebo %1.</source>
        <translation>Note: on the proposed start date this company is not yet recognised for crebo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let op: de erkenning van dit bedrijf voor crebo %1 is ingetrokken.</source>
        <translation>Note: this company&apos;s recognition for crebo %1 was revoked.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plaatsing geweigerd: %1 is op %2 niet door SBB erkend voor de opleiding van deze student (crebo %3), en de school staat plaatsingen bij niet-erkende leerbedrijven niet toe. Er is niets vastgelegd.</source>
        <translation>Placement refused: on %2, %1 is not recognised by SBB for this student&apos;s programme (crebo %3), and the school does not allow placements at companies that are not recognised. Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>PokDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pok_dialog.py" line="+78"/>
        <source>POK voor %1</source>
        <translation>POK for %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verstuurd op</source>
        <translation>sent on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POK</source>
        <translation>POK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>getekend op</source>
        <translation>signed on</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Vink eerst aan dat de POK verstuurd is.</source>
        <translation>First tick that the POK was sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vóór de datum van versturen (%1).</source>
        <translation>Before the day it was sent (%1).</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/recognition_dialog.py" line="+62"/>
        <source>Nieuwe erkenning</source>
        <translation>New recognition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingetrokken op</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erkend sinds</source>
        <translation>Recognised since</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(geen opleiding van de school)</source>
        <translation>(not a programme of the school)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Intrekken kan niet vóór de erkenningsdatum (%1).</source>
        <translation>Cannot revoke before the recognition date (%1).</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location line="+29"/>
        <source>Erkenning intrekken</source>
        <translation>Revoke recognition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erkenning voor %1, erkend sinds %2.</source>
        <translation>Recognition for %1, recognised since %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingetrokken op</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Intrekken kan niet vóór de erkenningsdatum (%1).</source>
        <translation>Cannot revoke before the recognition date (%1).</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/application_dialogs.py" line="+29"/>
        <source>Sollicitatie bij %1: status wijzigen</source>
        <translation>Application to %1: change status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sinds %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deze datum ligt vóór de vorige statuswijziging (%1).</source>
        <translation>This date lies before the previous status change (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— kies een reden —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuwe status</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reden van afwijzing</source>
        <translation>&amp;Reason for rejection</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deze sollicitatie heeft haar uitkomst al.</source>
        <translation>This application has its outcome already.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies de reden van de afwijzing.</source>
        <translation>Choose the reason for the rejection.</translation>
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
        <location filename="../../stagedesk/ui/models/student_table.py" line="+82"/>
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
    <name>TimelineModel</name>
    <message>
        <location filename="../../stagedesk/ui/models/timeline_model.py" line="+40"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/timeline_view.py" line="+122"/>
        <source>Tonen:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>case_commands</name>
    <message>
        <location filename="../../stagedesk/ui/case_commands.py" line="+160"/>
        <source>sollicitatie toevoegen</source>
        <translation>add application</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>status naar „%1”</source>
        <translation>status to “%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>plaatsing vastleggen</source>
        <translation>record placement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>POK versturen</source>
        <translation>send POK</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>POK tekenen: %1</source>
        <translation>sign POK: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>handtekening weghalen: %1</source>
        <translation>remove signature: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stagevergoeding wijzigen</source>
        <translation>change allowance</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>notitie toevoegen</source>
        <translation>add note</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>notitie wijzigen</source>
        <translation>edit note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>notitie verwijderen</source>
        <translation>delete note</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/case_edit_commands.py" line="+46"/>
        <source>plaatsing wijzigen</source>
        <translation>change placement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sollicitatie verwijderen</source>
        <translation>delete application</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>plaatsing verwijderen</source>
        <translation>delete placement</translation>
    </message>
</context>
<context>
    <name>case_form</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/case_form.py" line="-76"/>
        <source>Deze datum ligt in de toekomst; kies vandaag (%1) of eerder.</source>
        <translation>This date lies in the future; choose today (%1) or earlier.</translation>
    </message>
</context>
<context>
    <name>case_texts</name>
    <message>
        <location filename="../../stagedesk/ui/case_texts.py" line="+38"/>
        <source>Sollicitaties</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>POK</source>
        <translation>POK</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sollicitatie</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plaatsing</source>
        <translation>placement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brief</source>
        <translation>letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Afgewezen door %1</source>
        <translation>Rejected by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afgewezen door %1 (reden: %2)</source>
        <translation>Rejected by %1 (reason: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sollicitatie bij %1 als concept vastgelegd (via %2)</source>
        <translation>Application to %1 recorded as a draft (via %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sollicitatie verstuurd naar %1 (via %2)</source>
        <translation>Application sent to %1 (via %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitgenodigd voor een gesprek bij %1</source>
        <translation>Invited for an interview at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesprek gehad bij %1</source>
        <translation>Interviewed at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbod van %1</source>
        <translation>Offer from %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbod van %1 geaccepteerd</source>
        <translation>Offer from %1 accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sollicitatie bij %1 ingetrokken</source>
        <translation>Application to %1 withdrawn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Begin bpv bij %1 (%2 t/m %3, %4 uur per week)</source>
        <translation>Placement at %1 starts (%2 to %3, %4 hours a week)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Einde bpv bij %1</source>
        <translation>Placement at %1 ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bpv bij %1 voortijdig beëindigd</source>
        <translation>Placement at %1 ended early</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>POK voor %1 verstuurd</source>
        <translation>POK for %1 sent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POK voor %1 volledig ondertekend</source>
        <translation>POK for %1 fully signed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>POK voor %1 ondertekend door %2</source>
        <translation>POK for %1 signed by the %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bezoek bij %1: %2, %3 (%4)</source>
        <translation>Visit to %1: %2, %3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bezoek bij %1: %2, %3</source>
        <translation>Visit to %1: %2, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brief „%1” aan %2 (kenmerk %3)</source>
        <translation>Letter “%1” to %2 (reference %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>StageDesk</source>
        <translation>StageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>De erkenning van %1 voor crebo %2 is ingetrokken op %3.</source>
        <translation>%1&apos;s recognition for crebo %2 was revoked on %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is pas vanaf %3 erkend voor crebo %2.</source>
        <translation>%1 is recognised for crebo %2 only from %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is niet door SBB erkend voor crebo %2.</source>
        <translation>%1 is not recognised by SBB for crebo %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De bpv bij %1 begint over %2 dagen (%3) en de POK is nog niet rond.</source>
        <translation>The placement at %1 starts in %2 days (%3) and the POK is not complete.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De bpv bij %1 begint vandaag en de POK is nog niet rond.</source>
        <translation>The placement at %1 starts today and the POK is not complete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De bpv bij %1 is op %2 begonnen, maar de POK is nog niet rond.</source>
        <translation>The placement at %1 started on %2, but the POK is not complete.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BBL: zonder volledige POK op 31 december (%1, nog %2 dagen) zoekt de school met de student een andere weg.</source>
        <translation>BBL: without a complete POK on 31 December (%1, %2 days left) the school looks for another way with the student.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BBL: 31 december (%1) is voorbij en de POK is nog niet rond.</source>
        <translation>BBL: 31 December (%1) has passed and the POK is not complete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De plaatsing bij %1 overlapt %2 dagen met die bij %3 (vanaf %4).</source>
        <translation>The placement at %1 overlaps the one at %3 by %2 days (from %4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bij %1 is geen stagevergoeding afgesproken (norm van de school: %2 per maand).</source>
        <translation>No allowance agreed at %1 (the school&apos;s norm: %2 a month).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De stagevergoeding bij %1 (%2 per maand) ligt onder de norm van %3.</source>
        <translation>The allowance at %1 (%2 a month) is below the norm of %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reden van afwijzing</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sollicitatie</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uren per week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergoeding per maand</source>
        <translation>Allowance a month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wordt betaald</source>
        <translation>Being paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POK verstuurd op</source>
        <translation>POK sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handtekening %1</source>
        <translation>Signature of the %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ongedaan maken of opnieuw uitvoeren lukte niet: iemand anders heeft dit dossier intussen gewijzigd. Het dossier is opnieuw ingelezen en de geschiedenis voor ongedaan maken is gewist.</source>
        <translation>Undo or redo failed: someone else changed this case file meanwhile. The case file was read again and the undo history cleared.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ongedaan maken of opnieuw uitvoeren lukte niet (%1). Die stap is vervallen.</source>
        <translation>Undo or redo failed (%1). That step was dropped.</translation>
    </message>
</context>
<context>
    <name>company_labels</name>
    <message>
        <location filename="../../stagedesk/ui/company_labels.py" line="+18"/>
        <source>Techniek en gebouwde omgeving</source>
        <translation>Engineering and built environment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobiliteit, transport, logistiek en maritiem</source>
        <translation>Mobility, transport, logistics and maritime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zorg, welzijn en sport</source>
        <translation>Care, welfare and sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Handel</source>
        <translation>Retail and trade</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Specialistisch vakmanschap</source>
        <translation>Specialist craftsmanship</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICT en creatieve industrie</source>
        <translation>ICT and creative industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voedsel, groen en gastvrijheid</source>
        <translation>Food, green sector and hospitality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zakelijke dienstverlening en veiligheid</source>
        <translation>Business services and security</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Techniek</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobiliteit</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorg en welzijn</source>
        <translation>Care and welfare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vakmanschap</source>
        <translation>Craftsmanship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICT en creatief</source>
        <translation>ICT and creative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voedsel en groen</source>
        <translation>Food and green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zakelijk</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>startbezoek</source>
        <translation>start visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tussenbezoek</source>
        <translation>mid-term visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eindbezoek</source>
        <translation>final visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra bezoek</source>
        <translation>extra visit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gehouden</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>komt nog</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>field_checks</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/field_checks.py" line="+25"/>
        <source>Vul dit veld in.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KvK-nummer is verplicht.</source>
        <translation>The KvK number is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KvK-nummer mag alleen cijfers bevatten.</source>
        <translation>A KvK number contains only digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KvK-nummer moet 8 cijfers hebben (nu %1).</source>
        <translation>A KvK number must have 8 digits (now %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SBB-id mag alleen cijfers bevatten.</source>
        <translation>An SBB id contains only digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SBB-id mag hoogstens 20 cijfers hebben.</source>
        <translation>An SBB id has at most 20 digits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Postcode moet 4 cijfers en 2 letters zijn, zoals 1234 AB.</source>
        <translation>A postcode is 4 digits and 2 letters, like 1234 AB.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Een postcode begint niet met 0.</source>
        <translation>A postcode does not start with 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De letters %1 komen in postcodes niet voor.</source>
        <translation>The letters %1 are never used in postcodes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Een e-mailadres bevat geen spaties.</source>
        <translation>An email address contains no spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het e-mailadres mist een @.</source>
        <translation>The email address lacks an @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een e-mailadres heeft maar één @.</source>
        <translation>An email address has only one @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er staat niets vóór de @.</source>
        <translation>There is nothing before the @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er staat niets na de @.</source>
        <translation>There is nothing after the @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het domein na de @ mist een punt (zoals bedrijf.nl).</source>
        <translation>The domain after the @ lacks a dot (like company.nl).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is geen geldige domeinnaam.</source>
        <translation>%1 is not a valid domain name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes.</source>
        <translation>A phone number contains only digits, spaces, +, - and parentheses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een telefoonnummer heeft minstens 6 cijfers.</source>
        <translation>A phone number has at least 6 digits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crebo is verplicht.</source>
        <translation>The crebo is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een crebo bestaat alleen uit cijfers.</source>
        <translation>A crebo consists of digits only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crebo moet 5 cijfers hebben (nu %1).</source>
        <translation>A crebo must have 5 digits (now %1).</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/form.py" line="+80"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBB-id</source>
        <translation>SBB id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erkend sinds</source>
        <translation>Recognised since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingetrokken op</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Iemand anders heeft dit intussen gewijzigd. Sluit het venster, vernieuw (F5) en probeer het opnieuw.</source>
        <translation>Someone else has changed this in the meantime. Close the window, refresh (F5) and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uw rol staat deze wijziging niet toe.</source>
        <translation>Your role does not allow this change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit gegeven bestaat niet meer; vernieuw de lijst (F5).</source>
        <translation>This record no longer exists; refresh the list (F5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is al geregistreerd voor %2.</source>
        <translation>%1 is already registered for %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../stagedesk/ui/labels.py" line="+27"/>
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
        <location line="+7"/>
        <source>Stagemarkt</source>
        <translation>Stagemarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigen netwerk</source>
        <translation>own network</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wettelijk vertegenwoordiger</source>
        <translation>legal guardian</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ander kanaal</source>
        <translation>another channel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>leerbedrijf</source>
        <translation>company</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geen vergoeding</source>
        <translation>no allowance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stagevergoeding</source>
        <translation>allowance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loon (leerbaan)</source>
        <translation>wage (apprenticeship)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bpv-coördinator</source>
        <translation>placement coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stagebegeleider</source>
        <translation>placement supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meldpunt</source>
        <translation>reporting point</translation>
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
    <name>placement_fields</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/placement_fields.py" line="+14"/>
        <source>— nog niet bekend —</source>
        <translation>— not known yet —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
