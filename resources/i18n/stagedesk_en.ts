<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../stagedesk/ui/screens/accounts.py" line="+59"/>
        <source>Gebruikers en rollen</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wie met StageDesk werkt, met welke rollen. Een medewerker zonder account kan niet aanmelden; een gedeactiveerde medewerker ook niet, en wordt niet meer als stagebegeleider of bezoeker aangeboden.</source>
        <translation>Who works with StageDesk, in which roles. A staff member without an account cannot log in; nor can a deactivated staff member, who is no longer offered as mentor or visitor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Medewerker &amp;toevoegen…</source>
        <translation>Add &amp;staff member…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account aanmaken…</source>
        <translation>&amp;Create account…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wachtwoord opnieuw instellen…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rollen wijzigen…</source>
        <translation>Change &amp;roles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>— geen account —</source>
        <translation>— no account —</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gedeactiveerd</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geblokkeerd tot %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kan niet aanmelden</source>
        <translation>cannot log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Deactiveren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ctiveren</source>
        <translation>Ac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_actions.py" line="+34"/>
        <source>Wat is er afgesproken?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vóór</source>
        <translation>by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <location line="+37"/>
        <source>Actiepunt &amp;toevoegen</source>
        <translation>Add &amp;action item</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/actor_dialog.py" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>AgendaScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/agenda.py" line="+98"/>
        <source>Bezoekagenda</source>
        <translation>Visit agenda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Begeleider</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exporteren naar agenda (.ics)…</source>
        <translation>E&amp;xport to calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begeleider</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Alle begeleiders</source>
        <translation>All mentors</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alleen begeleiders en het stagebureau hebben een agenda.</source>
        <translation>Only mentors and the internship office have an agenda.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 geplande bezoeken tot en met %2, waarvan %3 te laat</source>
        <translation>%1 planned visits up to and including %2, of which %3 overdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week %1 (%2 t/m %3)</source>
        <translation>Week %1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 te laat</source>
        <translation>%1 — %2 overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bezoeken exporteren naar agenda</source>
        <translation>Export visits to calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar-bestand (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Het bestand kan niet worden geschreven: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
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
        <location filename="../../stagedesk/ui/screens/allowances.py" line="+141"/>
        <source>Stagevergoedingen</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../stagedesk/ui/screens/attention.py" line="+142"/>
        <source>Aandachtslijst</source>
        <translation>Attention list</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <source>Bezig met opbouwen van de aandachtslijst…</source>
        <translation>Building the attention list…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Drempels (instelbaar): zoekt %1 weken of langer · %2 afwijzingen of meer · POK rond %3 dagen voor de start · BBL-waarschuwing %4 weken voor 31 december · bezoek gepland 14 dagen voor de start · uren meer dan een week achter.</source>
        <translation>Thresholds (adjustable): searching %1 weeks or longer · %2 rejections or more · POK complete %3 days before the start · BBL warning %4 weeks before 31 December · visit planned 14 days before the start · hours more than a week behind.</translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../stagedesk/ui/models/attention_table.py" line="+53"/>
        <source>Zorgen bij bezoek</source>
        <translation>Visit concerns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POK niet rond</source>
        <translation>POK not complete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorwaarden ontbreken</source>
        <translation>Prerequisites missing</translation>
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
        <source>Uren achter</source>
        <translation>Hours behind</translation>
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
        <location line="+8"/>
        <source>%1 — bezoek %2 bij %3</source>
        <translation>%1 — visit %2 at %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ontbreekt: %1 — start %2 bij %3</source>
        <translation>missing: %1 — starts %2 at %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uur achter (%2 van %3 uur) — bij %4</source>
        <translation>%1 hours behind (%2 of %3 hours) — at %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Veel afwijzingen is een reden voor een gesprek, geen bewijs. Vraag hoe het zoeken gaat, bied hulp aan (sollicitatietraining, een match via school) en vraag of de student denkt dat discriminatie een rol speelde; wijs zo nodig op het meldpunt. Onderzoek laat zien dat sommige studenten twee keer zo vaak moeten solliciteren.
Laatste afwijzing: %1</source>
        <translation>Many rejections are a reason for a conversation, not proof. Ask how the search is going, offer help (application training, a match through the school) and ask whether the student thinks discrimination played a part; point to the reporting point (meldpunt) where needed. Research shows some students must apply twice as often.
Last rejection: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zonder POK met een erkend leerbedrijf op 31 december zoekt de school met de student naar een vervolg: overstap naar BOL of een andere opleiding, een tijdelijke BOL-periode van hooguit 3 maanden, of de bpv later afronden.</source>
        <translation>Without a POK with a recognised company on 31 December, the school and the student look for a way to continue: a switch to BOL or another programme, a temporary BOL period of at most 3 months, or finishing the work placement later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Geschreven: %1 uur; verwacht tot nu: %2 uur; vereist voor de hele bpv: %3 uur (%4 t/m %5).</source>
        <translation>Logged: %1 hours; expected so far: %2 hours; required for the whole placement: %3 hours (%4 to %5).</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+116"/>
        <source>Niveau (1 = entree)</source>
        <translation>Level (1 = entree)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/backup_dialog.py" line="+49"/>
        <source>dagelijks</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met de hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voor een upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voor het terugzetten</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+135"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Back-ups van %1. StageDesk maakt er elke dag een bij het eerste openen, en een voor elke upgrade.</source>
        <translation>Backups of %1. StageDesk makes one every day when the store is first opened, and one before every upgrade.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Controleren</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>in orde bij het maken</source>
        <translation>fine when made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beschadigd</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Back-ups controleren</source>
        <translation>Check backups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De store wordt teruggezet naar de back-up van %1. Wat sindsdien is ingevoerd, staat daarna niet meer in de store; de huidige stand wordt eerst zelf als back-up bewaard.

Terugzetten?</source>
        <translation>The store will be restored to the backup of %1. Anything entered since then will no longer be in the store; the current state is first saved as a backup itself.

Restore?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De back-up van %1 is teruggezet.</source>
        <translation>The backup of %1 has been restored.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dat is niet gelukt: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deze store staat op een PostgreSQL-server; back-ups daarvan maakt de server (vraag de beheerder).</source>
        <translation>This store is on a PostgreSQL server; the server makes its backups (ask the administrator).</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog.py" line="+53"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dagelijkse back-ups bewaren:</source>
        <translation>Keep &amp;daily backups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wekelijkse back-ups bewaren:</source>
        <translation>Keep &amp;weekly backups:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>StageDesk maakt bij de eerste keer openen op een dag een back-up naast de store, en vóór elke schema-update. Van de laatste dagen en weken blijft telkens de nieuwste bewaard; die van vandaag altijd.</source>
        <translation>StageDesk makes a backup next to the store when it is first opened on a day, and before every schema update. Of the last days and weeks, the newest backup of each is kept; today&apos;s is always kept.</translation>
    </message>
</context>
<context>
    <name>BreakoffActions</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_breakoff.py" line="+84"/>
        <source>Stage af&amp;breken…</source>
        <translation>&amp;Break off placement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Gesprek &amp;vastleggen…</source>
        <translation>Record con&amp;versation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gesprek &amp;wijzigen…</source>
        <translation>Edit con&amp;versation…</translation>
    </message>
</context>
<context>
    <name>BreakoffDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/breakoff_dialog.py" line="+68"/>
        <source>Schrijf kort op wat er is besproken.</source>
        <translation>Briefly write down what was discussed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hoogstens %1 tekens (nu %2).</source>
        <translation>At most %1 characters (now %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stage afbreken bij %1</source>
        <translation>Break off placement at %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bpv bij %1, %2 t/m %3. Na het afbreken zoekt de student weer een plaats.</source>
        <translation>Placement at %1, %2 to %3. After breaking it off, the student searches for a place again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>De bpv begon op %1; kies die dag of later.</source>
        <translation>The placement began on %1; choose that day or later.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Het gesprek over het afbreken is gevoerd</source>
        <translation>The conversation about breaking off has taken place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afgebroken op</source>
        <translation>&amp;Broken off on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Besloten door</source>
        <translation>&amp;Decided by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gesprek op</source>
        <translation>&amp;Conversation on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verslag</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wijs de student op het meldpunt stagediscriminatie: daar kan de student een melding doen. Een melding legt het meldpunt vast, niet dit dossier. Het gesprek mag later worden vastgelegd.</source>
        <translation>Point the student to the internship discrimination reporting point, where the student can make a report. The reporting point records a report, not this case file. The conversation may be recorded later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bij een onveilige situatie vertrekt de student meteen; het gesprek mag later worden vastgelegd.</source>
        <translation>In an unsafe situation the student leaves at once; the conversation may be recorded later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het protocol vraagt om een gesprek over het afbreken: leg het vast.</source>
        <translation>The protocol asks for a conversation about breaking off: record it.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../stagedesk/ui/case_actions.py" line="+104"/>
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
        <location line="+17"/>
        <source>Sollicitatie bij %1</source>
        <translation>Application to %1</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>POK bijwerken</source>
        <translation>update POK</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../stagedesk/ui/case_edits.py" line="+62"/>
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
        <location line="+50"/>
        <source>De plaatsing bij %1</source>
        <translation>The placement at %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Uw notitie</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location line="+36"/>
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
    <message>
        <location line="+18"/>
        <source>— nog niet bekend —</source>
        <translation>— not known yet —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(niet meer bij dit bedrijf)</source>
        <translation>(no longer at this company)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uren per week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Praktijkopleider</source>
        <translation>Workplace trainer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CaseFileScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/case_file.py" line="+90"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location filename="../../stagedesk/ui/widgets/case_overview.py" line="+59"/>
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
        <location line="+13"/>
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
    <name>CasePrinting</name>
    <message>
        <location filename="../../stagedesk/ui/case_printing.py" line="+46"/>
        <source>Afdr&amp;ukken</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brief…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaatsingsoverzicht voor het bedrijf…</source>
        <translation>&amp;Placement overview for the company…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plaatsingsoverzicht opslaan als</source>
        <translation>Save placement overview as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plaatsingsoverzicht opgeslagen: %1</source>
        <translation>Placement overview saved: %1</translation>
    </message>
</context>
<context>
    <name>CaseSideTabs</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_panel.py" line="+85"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
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
    <name>ChecklistForm</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_checklist.py" line="+107"/>
        <source>Overige antwoorden</source>
        <translation>Other answers</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/melding_dialog.py" line="+263"/>
        <source>Melding sluiten</source>
        <translation>Close report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Gesloten op</source>
        <translation>&amp;Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uitkomst</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schrijf op hoe de melding afliep.</source>
        <translation>Write down how the report ended.</translation>
    </message>
</context>
<context>
    <name>CompaniesScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/companies.py" line="+135"/>
        <source>Bedrijven</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Uw rol geeft geen toegang tot het bedrijvenregister.</source>
        <translation>Your role gives no access to the company register.</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../stagedesk/ui/widgets/company_detail.py" line="+215"/>
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
        <location line="+120"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-118"/>
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
        <location line="+31"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (praktijkopleider)</source>
        <translation>%1 (workplace trainer)</translation>
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
    <name>ConflictBox</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_pack_preview.py" line="+154"/>
        <source>%1 bij %2 (%3)</source>
        <translation>%1 at %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stagebureau</source>
        <translation>Internship office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Versie van het stagebureau houden</source>
        <translation>Keep the internship office&apos;s version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verwijderd laten (zoals op het stagebureau)</source>
        <translation>Leave deleted (as at the internship office)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versie uit het pakket nemen</source>
        <translation>Take the version from the pack</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/conflict_dialog.py" line="+94"/>
        <source>Tegelijk gewijzigd</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is opgeslagen door %2 op %3, terwijl u het aan het wijzigen was. Vergelijk beide versies; de verschillen zijn gemarkeerd.</source>
        <translation>%1 was saved by %2 at %3 while you were editing it. Compare both versions; the differences are marked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is opgeslagen door %2, terwijl u het aan het wijzigen was. Vergelijk beide versies; de verschillen zijn gemarkeerd.</source>
        <translation>%1 was saved by %2 while you were editing it. Compare both versions; the differences are marked.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opgeslagen door %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opgeslagen door %1
op %2</source>
        <translation>Saved by %1
at %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 van de %2 velden verschillen.</source>
        <translation>%1 of the %2 fields differ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Opgeslagen versie nemen</source>
        <translation>&amp;Take the saved version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laat uw wijziging vallen; uw versie komt op het klembord om te kopiëren.</source>
        <translation>Drops your change; your version goes to the clipboard so you can copy it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mijn versie eroverheen opslaan</source>
        <translation>&amp;Save my version over it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slaat uw versie op over die van %1 heen; het logboek houdt het bij.</source>
        <translation>Saves your version over that of %1; the audit trail keeps track of it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uw versie &amp;kopiëren</source>
        <translation>&amp;Copy your version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verder bewerken</source>
        <translation>&amp;Keep editing</translation>
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
        <translation>Workplace trainer (guides students)</translation>
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
    <name>ConversationDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/breakoff_dialog.py" line="+60"/>
        <source>Gesprek over het afbreken bij %1</source>
        <translation>Conversation about breaking off at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gesprek op</source>
        <translation>&amp;Conversation on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verslag</source>
        <translation>Su&amp;mmary</translation>
    </message>
</context>
<context>
    <name>CutTableModel</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_tiles.py" line="+174"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerweg</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zonder plaats</source>
        <translation>Without a place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dubbelklik voor de studenten</source>
        <translation>Double-click for the students</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_charts.py" line="+146"/>
        <source>Studenten per zoekstatus</source>
        <translation>Students by search status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zoekstatus</source>
        <translation>search status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studenten</source>
        <translation>students</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plaatsingen geregistreerd per week, schooljaar %1</source>
        <translation>Placements registered per week, school year %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>week (ISO)</source>
        <translation>week (ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plaatsingen</source>
        <translation>placements</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/dashboard.py" line="+158"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Tekortenrapport (Excel)…</source>
        <translation>&amp;Shortage report (Excel)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Studenten zonder plaats en open plaatsen per opleiding en regio, voor SBB</source>
        <translation>Students without a place and open places by programme and region, for SBB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zonder plaats &amp;per:</source>
        <translation>Without a place &amp;by:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opleiding</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niveau</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leerweg</source>
        <translation>pathway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regio</source>
        <translation>region</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bezig met berekenen van het dashboard…</source>
        <translation>Calculating the dashboard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen bpv-coördinatoren zien het dashboard.</source>
        <translation>Only placement coordinators see the dashboard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het dashboard kan niet worden berekend: %1</source>
        <translation>The dashboard cannot be calculated: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Schooljaar %1&lt;/b&gt; — stand op %2, %3 studenten</source>
        <translation>&lt;b&gt;School year %1&lt;/b&gt; — as of %2, %3 students</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>Studenten zonder bpv-plaats</source>
        <translation>Students without a placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet gestart, zoekt of solliciteert</source>
        <translation>not started, searching or applying</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stagevergoeding op of boven de norm</source>
        <translation>Allowance at or above the norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaatsingen met vergoeding op of boven de norm (%1)</source>
        <translation>Placements with an allowance at or above the norm (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van %2 zonder of onder de norm</source>
        <translation>%1 of %2 without one or below the norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>norm %1 per maand; %2 met loon tellen niet mee</source>
        <translation>norm %1 per month; %2 with a wage are not counted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Begeleidingsbezoeken gehouden</source>
        <translation>Supervision visits held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plaatsingen met alle bezoeken gehouden (%1)</source>
        <translation>Placements with all visits held (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van %2 met een bezoek te weinig</source>
        <translation>%1 of %2 short of a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>één bezoek per %1 weken bpv</source>
        <translation>one visit per %1 weeks of placement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POK rond vóór de start</source>
        <translation>POK complete before the start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bpv&apos;s gestart met volledige POK (%1)</source>
        <translation>Placements started with a complete POK (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van %2 zonder volledige POK bij de start</source>
        <translation>%1 of %2 without a complete POK at the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bpv&apos;s die dit schooljaar begonnen</source>
        <translation>placements that began this school year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meldingen stagediscriminatie</source>
        <translation>Internship discrimination reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open; alleen aantallen</source>
        <translation>%1 open; numbers only</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Regio van het bedrijf van de verste open sollicitatie; %1 studenten zonder sollicitatie tellen in de regio van de school (%2).</source>
        <translation>Region of the company of the furthest open application; %1 students without an application count in the school&apos;s region (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dubbelklik op een regel voor de studenten.</source>
        <translation>Double-click a row for the students.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zonder bpv-plaats: %1</source>
        <translation>Without a placement: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plaatsingen geregistreerd in week %1</source>
        <translation>Placements registered in week %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tekorten-%1</source>
        <translation>shortages-%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Tekortenrapport</source>
        <translation>Shortage report</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Naar %1…</source>
        <translation>Writing %1…</translation>
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
    <name>DrillDialog</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_drill.py" line="+130"/>
        <source>Bezig met ophalen…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 studenten. Dubbelklik opent het dossier.</source>
        <translation>%1 students. Double-click opens the case file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alleen bpv-coördinatoren zien deze lijst.</source>
        <translation>Only placement coordinators see this list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De lijst kan niet worden gemaakt: %1</source>
        <translation>The list cannot be made: %1</translation>
    </message>
</context>
<context>
    <name>DrillStudentModel</name>
    <message>
        <location line="-126"/>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinds</source>
        <translation>Since</translation>
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
    <name>ExportPackDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pack_dialogs.py" line="+115"/>
        <source>Bezoekpakket maken</source>
        <translation>Create visit pack</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Begeleider</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;estand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het pakket bevat de studenten van deze begeleider met hun plaatsingen, bedrijven, contactpersonen, open bezoeken en de checklists; geen meldingen en niets van andere studenten. Het wordt versleuteld met een wachtwoord dat u bij Maken kiest; open het op de laptop met StageDesk en dat wachtwoord.</source>
        <translation>The pack holds this mentor&apos;s students with their placements, companies, contact persons, open visits and the checklists; no reports and nothing about other students. It is encrypted with a password you choose when you click Create; open it on the laptop with StageDesk and that password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Maken</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bezoekpakket opslaan als</source>
        <translation>Save visit pack as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>StageDesk-bezoekpakket (*.sqlite)</source>
        <translation>StageDesk visit pack (*.sqlite)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bezoekpakket maken voor %1…</source>
        <translation>Creating visit pack for %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bezoekpakket voor %1 gemaakt: %2 (%3 kB).</source>
        <translation>Visit pack for %1 created: %2 (%3 kB).</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_tiles.py" line="-69"/>
        <source>Klik voor de studenten</source>
        <translation>Click for the students</translation>
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
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/first_admin_dialog.py" line="+41"/>
        <source>Eerste beheerder — StageDesk</source>
        <translation>First administrator — StageDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze store heeft nog geen gebruikers. Maak uw eigen account aan: u wordt de eerste beheerder en kunt daarna collega&apos;s een account en rollen geven.</source>
        <translation>This store has no users yet. Create your own account: you become the first administrator and can then give colleagues an account and roles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>een nieuwe medewerker</source>
        <translation>a new staff member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Wie bent u?</source>
        <translation>&amp;Who are you?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtwoord &amp;nogmaals</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beheerder &amp;maken</source>
        <translation>Create &amp;administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/hours_dialog.py" line="+75"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Uren wijzigen</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uren invoeren</source>
        <translation>Enter hours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gewerkt</source>
        <translation>W&amp;orked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afwezig</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Soort verzuim</source>
        <translation>Absence &amp;type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opmerking</source>
        <translation>&amp;Remark</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deze plaatsing is nog niet begonnen.</source>
        <translation>This placement has not started yet.</translation>
    </message>
</context>
<context>
    <name>HoursImportDialog</name>
    <message>
        <location line="+28"/>
        <source>Uren importeren uit %1</source>
        <translation>Import hours from %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rijen gelezen; %2 problemen. Er wordt niets ingevoerd zolang een rij een probleem heeft: verbeter het bestand en probeer opnieuw.</source>
        <translation>%1 rows read; %2 problems. Nothing is entered while any row has a problem: correct the file and try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 weken gelezen, zonder problemen: %2 nieuw, %3 gewijzigd, %4 ongewijzigd. Importeren voert ze in één keer in; dat gaat niet terug met Ctrl+Z, maar elke week is daarna in het dossier te wijzigen of te verwijderen.</source>
        <translation>%1 weeks read, without problems: %2 new, %3 changed, %4 unchanged. Importing enters them all at once; Ctrl+Z cannot undo that, but each week can be changed or deleted in the case file afterwards.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Niet geïmporteerd: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Urenbestand kiezen</source>
        <translation>Choose hours file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabellen (*.csv *.xlsx);;Alle bestanden (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uren importeren</source>
        <translation>Import hours</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_hours.py" line="+91"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week &amp;invoeren…</source>
        <translation>&amp;Enter week…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ijzigen…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gewerkt</source>
        <translation>Worked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ziek</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ander verzuim</source>
        <translation>Other absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>opleiding, leerjaar %1</source>
        <translation>programme, year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opleiding</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plaatsing</source>
        <translation>placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vereist: %1 uur (%2).</source>
        <translation>Required: %1 hours (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nog geen plaatsing: er zijn geen uren.</source>
        <translation>No placement yet: there are no hours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bij %1: %2 van %3 uur gerealiseerd, %4 uur verwacht tot nu, %5 uur afwezig (%6 van %7 weken voorbij).</source>
        <translation>At %1: %2 of %3 hours done, %4 hours expected so far, %5 hours absent (%6 of %7 weeks past).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Achter op schema: %1 uur minder gerealiseerd dan verwacht.</source>
        <translation>Behind schedule: %1 hours fewer done than expected.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Alle weken van deze plaatsing die begonnen zijn, hebben uren.</source>
        <translation>Every week of this placement that has begun has hours.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog_hours.py" line="+32"/>
        <source>Opleiding</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle leerjaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerjaar %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Een leerjaar zonder eigen uren telt de uren voor alle leerjaren; zonder die telt het aantal uren van de plaatsing zelf. Het leerjaar is dat van de student bij de start van de plaatsing (schooljaren beginnen op 1 augustus). De voortgang en het signaal &apos;Uren achter&apos; vergelijken de geschreven uren hiermee.</source>
        <translation>A year without hours of its own counts the hours for all years; without those, the placement&apos;s own number of hours counts. The year is the student&apos;s year at the start of the placement (school years begin on 1 August). The progress tab and the &apos;Hours behind&apos; signal compare the logged hours with this.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>uren van de plaatsing</source>
        <translation>the placement&apos;s hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>als alle leerjaren</source>
        <translation>as all years</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/import_dialog.py" line="+67"/>
        <location line="+29"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Studenten</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrijven</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opleidingen</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kies een CSV- of Excel-bestand (.xlsx)</source>
        <translation>Choose a CSV or Excel file (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Dit bestand kan niet gelezen worden: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bestand om te importeren</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabellen (*.csv *.xlsx);;Alle bestanden (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(niet inlezen)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Gestopt: er is niets gewijzigd.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Het importeren is mislukt: %1</source>
        <translation>The import failed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Geen problemen in %1 rijen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd. Klik op Importeren.</source>
        <translation>No problems in %1 rows: %2 new, %3 updated, %4 unchanged. Click Import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problemen; er is niets geïmporteerd. Pas het bestand of de kolommen aan en controleer opnieuw.</source>
        <translation>%1 problems; nothing was imported. Adjust the file or the columns and check again.</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pack_dialogs.py" line="+28"/>
        <source>Bezoekpakket inlezen: %1</source>
        <translation>Import visit pack: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het pakket wordt gecontroleerd…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Niet ingelezen: het pakket is versleuteld.</source>
        <translation>Not imported: the pack is encrypted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het pakket wordt gecontroleerd en vergeleken…</source>
        <translation>Checking and comparing the pack…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Bezoekpakket van %1, gemaakt op %2.&lt;/b&gt;&lt;br&gt;Nieuw: %3 · gewijzigd: %4 · ongewijzigd: %5 · conflicten: %6</source>
        <translation>&lt;b&gt;Visit pack of %1, created on %2.&lt;/b&gt;&lt;br&gt;New: %3 · changed: %4 · unchanged: %5 · conflicts: %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicten: op het stagebureau én in het pakket gewijzigd — kies per bezoek</source>
        <translation>Conflicts: changed both at the internship office and in the pack — choose per visit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nieuwe bezoeken</source>
        <translation>New visits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gewijzigde bezoeken (alleen in het pakket)</source>
        <translation>Changed visits (only in the pack)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet overgenomen: %1</source>
        <translation>Not taken over: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit pakket bevat niets nieuws: er valt niets in te lezen.</source>
        <translation>This pack contains nothing new: there is nothing to import.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kies eerst bij elk conflict een versie.</source>
        <translation>First choose a version for each conflict.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>De bezoeken worden ingelezen…</source>
        <translation>Importing the visits…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ingelezen: %1 nieuw, %2 bijgewerkt; conflicten: %3 met de versie uit het pakket, %4 met die van het stagebureau.</source>
        <translation>Imported: %1 new, %2 updated; conflicts: %3 with the version from the pack, %4 with the internship office&apos;s.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/melding_dialog.py" line="-68"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Gehouden op</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De student &amp;kiest</source>
        <translation>The student &amp;chooses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delen met SBB</source>
        <translation>Share with SBB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_checklist.py" line="-45"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/letters_dialog.py" line="+100"/>
        <source>Brief afdrukken voor %1</source>
        <translation>Print letter for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brieven afdrukken</source>
        <translation>Print letters</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De geselecteerde studenten (%1)</source>
        <translation>The selected students (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alle studenten in de lijst met het huidige filter (%1)</source>
        <translation>All students in the list with the current filter (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eén PDF-bestand</source>
        <translation>One PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eén bestand per student, in een map</source>
        <translation>One file per student, in a folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Afdrukken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Brief</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Studenten</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Brieven opslaan als</source>
        <translation>Save letters as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kies een bestand.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De map %1 bestaat niet.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies een map.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Brieven maken voor %1 studenten…</source>
        <translation>Making letters for %1 students…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 bestanden in %2</source>
        <translation>%1 files in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 brieven gemaakt en in het briefregister gezet: %2</source>
        <translation>%1 letters made and entered in the letter register: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ook %1 eerder onderbroken bestand(en) alsnog op hun plek gezet: %2</source>
        <translation>Also moved %1 file(s) from an earlier interrupted run into place: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afdrukken geannuleerd: er is niets opgeslagen.</source>
        <translation>Printing cancelled: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>LogVisitDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/visit_dialog_log.py" line="+94"/>
        <source>Bezoek vastleggen: %1 bij %2</source>
        <translation>Record visit: %1 at %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Volgend bezoek plannen</source>
        <translation>Schedule the next visit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>geen checklist voor dit soort bezoek</source>
        <translation>no checklist for this type of visit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let op: de checklist is gewijzigd sinds dit bezoek is vastgelegd; de vragen staan hier zoals ze nu luiden.</source>
        <translation>Note: the checklist has changed since this visit was recorded; the questions are shown here as they read now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gehouden op</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorm</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zorgen (de student komt dan op de aandachtslijst)</source>
        <translation>Concerns (the student then goes on the attention list)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Algemene notities</source>
        <translation>General notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afspraken (actiepunten)</source>
        <translation>Agreements (action items)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Al gepland: %1 op %2.</source>
        <translation>Already planned: %1 on %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Uw antwoorden wijzen op: %1. Vink aan wat van toepassing is.</source>
        <translation>Your answers point to: %1. Tick what applies.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Niet opgeslagen: zie de melding bij het veld.</source>
        <translation>Not saved: see the message at the field.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/login_dialog.py" line="+52"/>
        <source>Aanmelden — StageDesk</source>
        <translation>Log in — StageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meld u aan bij %1.</source>
        <translation>Log in to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo: meld u aan als %1, met het wachtwoord %2.</source>
        <translation>Demo: log in as %1, with the password %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Te veel mislukte pogingen voor deze gebruiker: probeer het over %1 seconden opnieuw.</source>
        <translation>Too many failed attempts for this user: try again in %1 seconds.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dit account is niet meer actief. Vraag een beheerder het te activeren.</source>
        <translation>This account is no longer active. Ask an administrator to activate it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>The username or password is incorrect.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aanmelden lukt niet: %1</source>
        <translation>Cannot log in: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stagedesk/ui/main_window.py" line="+163"/>
        <source>StageDesk — %1</source>
        <translation>StageDesk — %1</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/menus.py" line="+144"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;openen…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Over StageDesk</source>
        <translation>&amp;About StageDesk</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/main_window.py" line="+3"/>
        <source>StageDesk — %1 — %2</source>
        <translation>StageDesk — %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+31"/>
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
    <name>MatchingActions</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_matching_actions.py" line="+57"/>
        <source>Het profiel van de student</source>
        <translation>The student&apos;s profile</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Profiel op naam opslaan als</source>
        <translation>Save named profile as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De PDF kon niet worden opgeslagen (%1): %2</source>
        <translation>The PDF could not be saved (%1): %2</translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_matching.py" line="+151"/>
        <source>Bedrijven om voor te stellen</source>
        <translation>Companies to propose to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiel in eigen woorden</source>
        <translation>Profile in the student&apos;s own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anoniem profiel sturen…</source>
        <translation>Send &amp;anonymous profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorstel op &amp;naam…</source>
        <translation>Propose by &amp;name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiel &amp;bewerken…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gekozen</source>
        <translation>&amp;Chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Af&amp;gewezen</source>
        <translation>&amp;Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen &amp;antwoord</source>
        <translation>No ans&amp;wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op naam &amp;afdrukken…</source>
        <translation>&amp;Print with name…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoekt vanaf &amp;postcode:</source>
        <translation>Searching from p&amp;ostcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt het antwoord van het bedrijf vast met de datum van vandaag.</source>
        <translation>Records the company&apos;s answer with today&apos;s date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het profiel met de naam; bij een anoniem profiel pas als het bedrijf koos.</source>
        <translation>The profile with the name; for an anonymous profile only once the company has chosen it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrij</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naam bekend</source>
        <translation>Name known</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Alleen coördinatoren en beheerders doen voorstellen aan bedrijven.</source>
        <translation>Only coordinators and administrators make proposals to companies.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>De student zoekt nu geen plaats: er zijn geen bedrijven voorgesteld.</source>
        <translation>The student is not searching for a place now: no companies are suggested.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Zoekt vanuit %1 (%2).</source>
        <translation>Searching from %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waar de student zoekt is onbekend (geen postcode).</source>
        <translation>Where the student is searching is unknown (no postcode).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 van %2 erkende bedrijven hebben een vrije plaats.</source>
        <translation>%1 of %2 recognised companies have a free place.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Achteraan: %1</source>
        <translation>Listed last: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nog geen profiel: schrijf vaardigheden en motivatie met de student op.</source>
        <translation>No profile yet: write down skills and motivation with the student.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaardigheden</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivatie</source>
        <translation>Motivation</translation>
    </message>
</context>
<context>
    <name>MeldpuntScreen</name>
    <message>
        <location filename="../../stagedesk/ui/screens/meldpunt.py" line="+142"/>
        <location line="+188"/>
        <source>Meldpunt</source>
        <translation>Reporting point</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 meldingen</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Melding voor SBB opslaan</source>
        <translation>Save report for SBB</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Nieuwe melding…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intake…</source>
        <translation>&amp;Intake…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;behandeling</source>
        <translation>In pro&amp;gress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar &amp;SBB gestuurd</source>
        <translation>Sent to S&amp;BB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sluiten…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF voor SBB…</source>
        <translation>&amp;PDF for SBB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leerbedrijven met signalen (alleen voor het meldpunt)</source>
        <translation>Training companies with signals (for the reporting point only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grond</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melder</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Leerbedrijf</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>NewMeldingDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/melding_dialog.py" line="-142"/>
        <source>Nieuwe melding</source>
        <translation>New report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anoniem: de melder blijft onbekend</source>
        <translation>Anonymous: the reporter stays unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deel van de naam, dan Zoeken</source>
        <translation>Part of the name, then Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>(geen leerbedrijf)</source>
        <translation>(no training company)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Datum van het voorval bekend</source>
        <translation>Date of the incident known</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Studentnummer</source>
        <translation>&amp;Student number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leerbedrijf</source>
        <translation>Training &amp;company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ontvangen op</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum voorval</source>
        <translation>&amp;Date of incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats voorval</source>
        <translation>&amp;Place of incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grond</source>
        <translation>&amp;Ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wat gebeurde er</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat &amp;wil de student</source>
        <translation>What does the student w&amp;ant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Geen student met dit nummer; of kies anoniem.</source>
        <translation>No student with this number; or choose anonymous.</translation>
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
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../stagedesk/ui/screens/accounts_forms.py" line="+198"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geef uw huidige wachtwoord en tweemaal het nieuwe.</source>
        <translation>Enter your current password and the new one twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuw wachtwoord &amp;nogmaals</source>
        <translation>&amp;Repeat new password</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/passphrase_dialog.py" line="+35"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versleuteld bestand openen</source>
        <translation>Open encrypted file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies een wachtwoord voor %1. Zonder dit wachtwoord kan niemand het bestand meer openen, u ook niet.</source>
        <translation>Choose a password for %1. Without this password nobody can open the file again, not even you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is versleuteld. Geef het wachtwoord.</source>
        <translation>%1 is encrypted. Enter the password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nogmaals</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Geef het wachtwoord.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een wachtwoord heeft minstens %1 tekens.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../stagedesk/ui/screens/accounts_forms.py" line="-99"/>
        <source>Account aanmaken</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een gebruikersnaam en een eerste wachtwoord voor %1. Geef het wachtwoord persoonlijk door.</source>
        <translation>A username and a first password for %1. Hand the password over in person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wachtwoord opnieuw instellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een nieuw wachtwoord voor %1. Een blokkade na mislukte pogingen vervalt daarmee ook.</source>
        <translation>A new password for %1. This also lifts a lock after failed attempts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wachtwoord &amp;nogmaals</source>
        <translation>&amp;Repeat password</translation>
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
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/visit_dialog.py" line="+125"/>
        <source>Bezoek verzetten</source>
        <translation>Reschedule visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezoek plannen</source>
        <translation>Schedule visit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Soort bezoek</source>
        <translation>Visit &amp;type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tijd</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Begeleider</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vorm</source>
        <translation>Mod&amp;e</translation>
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
    <name>PrerequisiteDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/prerequisite_dialog.py" line="+48"/>
        <source>Voorwaarde vastleggen: %1</source>
        <translation>Record prerequisite: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verloopt op een eigen datum</source>
        <translation>Expires on a date of its own</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zonder eigen datum geldt de geldigheidsduur die de school instelde.</source>
        <translation>Without a date of its own, the validity period the school set applies.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaald op</source>
        <translation>&amp;Obtained on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ver&amp;loopt op</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opmerking</source>
        <translation>&amp;Remark</translation>
    </message>
</context>
<context>
    <name>PrerequisiteSection</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_prereqs.py" line="+85"/>
        <source>Voorwaarden vóór de bpv</source>
        <translation>Prerequisites before the placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastleggen…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorwaarde</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaald</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verloopt</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nog niet geldig</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Voor deze opleiding gelden geen voorwaarden.</source>
        <translation>No prerequisites apply to this programme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>de plaatsing bij %1 (begin %2)</source>
        <translation>the placement at %1 (starts %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de lopende bpv bij %1</source>
        <translation>the current placement at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>een nieuwe plaatsing vanaf vandaag (%1)</source>
        <translation>a new placement from today (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In orde voor %1.</source>
        <translation>In order for %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nu niet in orde voor %1:</source>
        <translation>Not in order now for %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blokkeert %1:</source>
        <translation>Blocks %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waarschuwing voor %1:</source>
        <translation>Warning for %1:</translation>
    </message>
</context>
<context>
    <name>PrerequisitesTab</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog_rules.py" line="+85"/>
        <source>plaatsing &amp;weigeren</source>
        <translation>re&amp;fuse the placement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alleen w&amp;aarschuwen</source>
        <translation>only &amp;warn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ontbreekt een voorwaarde op de startdatum:</source>
        <translation>If a prerequisite is missing on the start date:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voorwaarde</source>
        <translation>Prerequisite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geldt voor</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>een opleiding</source>
        <translation>a programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>een hele sector</source>
        <translation>a whole sector</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>onbeperkt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;ijzigen</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwij&amp;deren</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ni&amp;euw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Naam:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geldt voo&amp;r:</source>
        <translation>Applies &amp;to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geldig&amp;heid:</source>
        <translation>Val&amp;idity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toe&amp;lichting:</source>
        <translation>Ex&amp;planation:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Een voorwaarde toevoegen, wijzigen of verwijderen wordt meteen opgeslagen; de keuze weigeren of waarschuwen bij Opslaan.</source>
        <translation>Adding, editing or removing a prerequisite is saved at once; the choice to refuse or warn is saved with Save.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sector %1</source>
        <translation>sector %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Kies een opleiding.</source>
        <translation>Choose a programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Vul de naam van de voorwaarde in.</source>
        <translation>Enter the name of the prerequisite.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/profile_dialog.py" line="+65"/>
        <source>Profiel in eigen woorden</source>
        <translation>Profile in the student&apos;s own words</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schrijf zoals de student het zegt. Een anoniem profiel noemt geen naam, studentnummer, leeftijd of geboortedatum, adres of postcode, nationaliteit of herkomst: laat alles weg waaraan een bedrijf de student kan herkennen.</source>
        <translation>Write it the way the student says it. An anonymous profile mentions no name, student number, age or date of birth, address or postcode, nationality or origin: leave out anything by which a company could recognise the student.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Periode bekend</source>
        <translation>Period known</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Vaardigheden</source>
        <translation>&amp;Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motivatie</source>
        <translation>&amp;Motivation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tot</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De periode eindigt vóór ze begint.</source>
        <translation>The period ends before it begins.</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/job_progress.py" line="+27"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress.py" line="+92"/>
        <source>%1 (%2 t/m %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/profile_dialog.py" line="+40"/>
        <source>Anoniem profiel sturen aan %1</source>
        <translation>Send anonymous profile to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bedrijf krijgt opleiding, niveau, periode, vaardigheden en motivatie, met een profielcode in plaats van de naam. Pas als het bedrijf dit profiel kiest, maakt het stagebureau bekend wie het is.</source>
        <translation>The company receives programme, level, period, skills and motivation, with a profile code instead of the name. Only when the company chooses this profile does the internship office reveal who it is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorstel op naam aan %1</source>
        <translation>Named proposal to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bedrijf krijgt het profiel met de naam van de student.</source>
        <translation>The company receives the profile with the student&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ik heb de tekst gelezen: er staat niets in dat de student herkenbaar maakt</source>
        <translation>I have read the text: nothing in it makes the student recognisable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Verstuurd op</source>
        <translation>S&amp;ent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF opslaan als</source>
        <translation>Save &amp;PDF as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kies waar de PDF komt.</source>
        <translation>Choose where the PDF goes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas de tekst aan, of bevestig dat hij niets over de student verraadt.</source>
        <translation>Adjust the text, or confirm that it gives nothing away about the student.</translation>
    </message>
</context>
<context>
    <name>ProposalRatesBox</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_proposals.py" line="+44"/>
        <source>Objectief werven: anonieme en benoemde voorstellen</source>
        <translation>Objective recruitment: anonymous and named proposals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen antwoord</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afwijzingspercentage</source>
        <translation>Rejection rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Op naam</source>
        <translation>Named</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit schooljaar verstuurd. Afwijzingspercentage: afgewezen of geen antwoord, van de voorstellen met een uitkomst; open voorstellen tellen niet mee.</source>
        <translation>Sent this school year. Rejection rate: rejected or no answer, out of the proposals with an outcome; open proposals do not count.</translation>
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
    <name>RetentionDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/retention_dialog.py" line="+195"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewaartermijnen (AVG)</source>
        <translation>Retention periods (GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studentdossiers:</source>
        <translation>Student case files:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldingen stagediscriminatie:</source>
        <translation>Internship discrimination reports:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> jaar na vertrek of afronding</source>
        <translation> years after leaving or finishing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> jaar na afsluiten</source>
        <translation> years after closing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scholen bewaren een studentdossier meestal twee jaar nadat de student is vertrokken. Voor meldingen geldt het beleid van het meldpunt. Daarna worden namen, contactgegevens en vrije tekst gewist; de aantallen voor de overzichten blijven.</source>
        <translation>Schools usually keep a student&apos;s case file for two years after the student has left. For reports, the reporting point&apos;s policy applies. After that, names, contact details and free text are erased; the counts for the overviews remain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Termijnen &amp;opslaan</source>
        <translation>&amp;Save periods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat nu weg zou gaan</source>
        <translation>What would go now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studentnummer</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meldingen ziet u alleen als aantal: wie en wat erin staat is voor het meldpunt.</source>
        <translation>You see reports only as a number: who and what they concern is for the reporting point.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorbeeld &amp;vernieuwen</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pschonen…</source>
        <translation>&amp;Purge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Opschonen bevestigen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Confirm purge&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ik begrijp dat dit niet ongedaan kan worden gemaakt (alleen via een back-up).</source>
        <translation>I understand that this cannot be undone (only from a backup).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definitief opschonen</source>
        <translation>Purge for &amp;good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Opgeschoond&lt;/b&gt;</source>
        <translation>&lt;b&gt;Purged&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Opschonen</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gegevens anonimiseren en verwijderen…</source>
        <translation>Anonymising and deleting data…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Opschonen mislukt; er is niets gewijzigd. (%1)</source>
        <translation>Purge failed; nothing was changed. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opschonen geannuleerd; er is niets gewijzigd.</source>
        <translation>Purge cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/dialogs/retention_texts.py" line="+19"/>
        <source>Studentdossiers</source>
        <translation>Student case files</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brieven in het register</source>
        <translation>Letters in the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afgebroken bpv</source>
        <translation>Broken-off placements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bpv-uren</source>
        <translation>Placement hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voorwaarden (VOG e.d.)</source>
        <translation>Prerequisites (VOG etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoekgebieden</source>
        <translation>Search areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profielen voor voorstellen aan bedrijven</source>
        <translation>Profiles for proposals to companies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geanonimiseerd (aantallen blijven)</source>
        <translation>anonymised (counts remain)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blijven; vrije tekst gewist</source>
        <translation>kept; free text erased</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bpv afgerond</source>
        <translation>placement finished</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Op %1 is niets ouder dan de bewaartermijnen.</source>
        <translation>On %1 nothing is older than the retention periods.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Op %1: studenten vertrokken of klaar op of vóór %2 en meldingen afgesloten op of vóór %3.</source>
        <translation>On %1: students who left or finished on or before %2, and reports closed on or before %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>• %1: %2 %3.</source>
        <translation>• %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Namen, geboortedatum (alleen het jaar blijft), contactgegevens, klas, ondersteuning en vrije tekst van deze studenten worden gewist; hun opleiding, cohort, status en data blijven voor de overzichten. Alles gebeurt in één keer of helemaal niet, en wordt vastgelegd in de audittrail (alleen aantallen).</source>
        <translation>These students&apos; names, dates of birth (only the year remains), contact details, class, support and free text are erased; their programme, cohort, status and dates remain for the overviews. Everything happens at once or not at all, and is recorded in the audit trail (counts only).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bestaande back-ups bevatten de gegevens nog tot ze worden vervangen (dagelijkse na een week, wekelijkse na vier weken). Maak eerst een back-up (Bestand → Back-ups) als u dit later nog wilt kunnen inzien.</source>
        <translation>Existing backups still hold the data until they are replaced (daily ones after a week, weekly ones after four weeks). Make a backup first (File → Backups) if you want to be able to look at this later.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vastgelegd in de audittrail als regel %1.</source>
        <translation>Recorded in the audit trail as entry %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alleen een beheerder mag bewaartermijnen instellen en opschonen.</source>
        <translation>Only an administrator may set retention periods and purge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens zijn veranderd sinds het voorbeeld; er is niets gewijzigd. Bekijk het nieuwe voorbeeld en bevestig opnieuw.</source>
        <translation>The data has changed since the preview; nothing was changed. Look at the new preview and confirm again.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/recognition_dialog.py" line="+29"/>
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
    <name>RolesForm</name>
    <message>
        <location filename="../../stagedesk/ui/screens/accounts_forms.py" line="+21"/>
        <source>Medewerker toevoegen</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een nieuwe medewerker en de rollen die hij of zij krijgt. Een account om mee aan te melden maakt u daarna.</source>
        <translation>A new staff member and the roles they get. You create an account to log in with afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rollen wijzigen</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De rollen van %1. Ze gelden vanaf de volgende keer aanmelden.</source>
        <translation>The roles of %1. They apply from the next login.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>SchoolTab</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog_school.py" line="+136"/>
        <source>&amp;Kiezen…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen: het StageDesk-beeldmerk</source>
        <translation>none: the StageDesk logo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Naam van de school:</source>
        <translation>&amp;Name of the school:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plaats boven brieven:</source>
        <translation>&amp;Place above letters:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ondertekenaar:</source>
        <translation>S&amp;ignatory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Functie ondertekenaar:</source>
        <translation>Signatory&apos;s &amp;job title:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logo (PNG of JPEG):</source>
        <translation>&amp;Logo (PNG or JPEG):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adres van &amp;SBB:</source>
        <translation>SBB a&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze gegevens staan in het briefhoofd van elke brief.</source>
        <translation>These details appear in the letterhead of every letter.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kies een PNG- of JPEG-bestand.</source>
        <translation>Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit bestand bestaat niet (meer).</source>
        <translation>This file does not exist (any more).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog.py" line="+40"/>
        <location line="+152"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;School</source>
        <translation>S&amp;chool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnalen</source>
        <translation>Si&amp;gnals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voorwaarden</source>
        <translation>P&amp;rerequisites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bpv-&amp;uren</source>
        <translation>Placement &amp;hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back-ups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alleen een beheerder kan de instellingen wijzigen; u kunt ze hier bekijken.</source>
        <translation>Only an administrator can change the settings; you can view them here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignalsTab</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog_school.py" line="+13"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plaatsing bij een bedrijf zonder erkenning voor de opleiding &amp;weigeren</source>
        <translation>Re&amp;fuse a placement at a company without recognition for the programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> schooljaren</source>
        <translation> school years</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Zoekt lang vanaf:</source>
        <translation>&amp;Long search from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Veel afwijzingen vanaf:</source>
        <translation>Many re&amp;jections from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;POK rond, uiterlijk:</source>
        <translation>&amp;POK complete, at the latest:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;BBL-waarschuwing vóór 31 december:</source>
        <translation>BBL &amp;warning before 31 December:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Norm stagevergoeding per maand:</source>
        <translation>Allowance &amp;norm per month:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>of meer in</source>
        <translation>or more in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrijf signaleren bij &amp;afbrekingen:</source>
        <translation>Flag a company after break-&amp;offs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard: een &amp;bezoek per:</source>
        <translation>Dashboard: one &amp;visit every:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De aandachtslijst, het overzicht van stagevergoedingen en het dashboard gebruiken deze drempels; de POK-termijn geldt in dagen vóór de start.</source>
        <translation>The attention list, the allowances overview and the dashboard use these thresholds; the POK term counts in days before the start.</translation>
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
        <location line="+152"/>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>SubjectAccessAction</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/subject_access_action.py" line="+45"/>
        <source>AVG-&amp;inzage (alle gegevens van de student)…</source>
        <translation>GDPR subject &amp;access (all of the student&apos;s data)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alles wat StageDesk over de student bewaart, als PDF en JSON-bestand</source>
        <translation>Everything StageDesk keeps about the student, as a PDF and a JSON file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AVG-inzage opslaan als</source>
        <translation>Save GDPR subject access as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AVG-inzage</source>
        <translation>GDPR subject access</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gegevens verzamelen en PDF maken…</source>
        <translation>Collecting data and making the PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AVG-inzage opgeslagen: %1 en %2</source>
        <translation>GDPR subject access saved: %1 and %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U mag geen AVG-inzage maken: dat doen coördinatoren en beheerders.</source>
        <translation>You may not make a GDPR subject access: coordinators and administrators do that.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De bestanden konden niet worden opgeslagen: %1</source>
        <translation>The files could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>De AVG-inzage kon niet worden gemaakt: %1</source>
        <translation>The GDPR subject access could not be made: %1</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/visit_dialog.py" line="-85"/>
        <source>om</source>
        <translation>at</translation>
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
    <name>VisitPanel</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_panel.py" line="+52"/>
        <source>&amp;Bezoek plannen…</source>
        <translation>S&amp;chedule visit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoe&amp;k verzetten…</source>
        <translation>Resched&amp;ule visit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoek vastle&amp;ggen…</source>
        <translation>&amp;Write up visit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Begeleider</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2 t/m %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nog geen plaatsing: er zijn geen bezoeken.</source>
        <translation>No placement yet: there are no visits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog geen bezoeken bij %1.</source>
        <translation>No visits to %1 yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezoeken bij %1</source>
        <translation>Visits to %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Het bezoek bij %1</source>
        <translation>The visit at %1</translation>
    </message>
</context>
<context>
    <name>VisitPrinting</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_printing.py" line="+45"/>
        <source>A&amp;fdrukken</source>
        <translation>Pr&amp;int</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoek&amp;verslag…</source>
        <translation>Visit &amp;report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lege checklist om mee te nemen…</source>
        <translation>&amp;Blank checklist to take along…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bezoekverslag opslaan als</source>
        <translation>Save visit report as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lege checklist opslaan als</source>
        <translation>Save blank checklist as</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../stagedesk/ui/menus.py" line="-20"/>
        <source>&amp;Brieven afdrukken…</source>
        <translation>&amp;Print letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoekpakket &amp;maken…</source>
        <translation>&amp;Create visit pack…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoekpakket &amp;inlezen…</source>
        <translation>&amp;Import visit pack…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importeren…</source>
        <translation>Import &amp;data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uren impor&amp;teren…</source>
        <translation>Import &amp;hours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exporteren (studentenlijst)…</source>
        <translation>&amp;Export (student list)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-&amp;ups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bewaartermijnen…</source>
        <translation>&amp;Retention periods…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Afmelden / andere gebruiker…</source>
        <translation>Log &amp;out / switch user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gebruikers en rollen…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Bezoekpakket inlezen</source>
        <translation>Import visit pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>StageDesk-bezoekpakket (*.sqlite)</source>
        <translation>StageDesk visit pack (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../stagedesk/ui/screens/accounts_forms.py" line="-137"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pack_dialogs.py" line="-294"/>
        <source>Geannuleerd: er is niets gewijzigd.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/account_fields.py" line="+20"/>
        <source>Een wachtwoord heeft minstens %1 tekens.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze gebruikersnaam is al in gebruik; kies een andere.</source>
        <translation>This username is already in use; choose another.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een gebruikersnaam is één woord, zonder spaties, van hoogstens %1 tekens.</source>
        <translation>A username is one word, without spaces, of at most %1 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit is de laatste beheerder die kan aanmelden. Maak eerst iemand anders beheerder.</source>
        <translation>This is the last administrator who can log in. Make someone else administrator first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uw eigen beheerdersrol of account kunt u niet uitzetten; vraag een andere beheerder.</source>
        <translation>You cannot switch off your own administrator role or account; ask another administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er is al een account.</source>
        <translation>There is already an account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen een beheerder mag gebruikers en rollen beheren.</source>
        <translation>Only an administrator may manage users and roles.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passwords differ.</translation>
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
    <name>case_matching</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_matching_labels.py" line="+22"/>
        <source>eigen regio</source>
        <translation>own region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eigen provincie</source>
        <translation>own province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buiten de provincie</source>
        <translation>outside the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erkend door SBB voor crebo %1</source>
        <translation>Recognised by SBB for crebo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 van %2 plaatsen vrij</source>
        <translation>%1 of %2 places free</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In de eigen regio (%1)</source>
        <translation>In the student&apos;s own region (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In de eigen provincie (%1), regio %2</source>
        <translation>In the student&apos;s own province (%1), region %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buiten de provincie: %1 (%2)</source>
        <translation>Outside the province: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Afstand onbekend (geen postcode van student of bedrijf)</source>
        <translation>Distance unknown (no postcode for student or company)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 eerdere plaatsing(en) afgerond zonder afbreken</source>
        <translation>%1 earlier placement(s) finished without breaking off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nog geen eerdere plaatsingen afgerond</source>
        <translation>No earlier placements finished yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geen open signalen</source>
        <translation>No open signals</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Koos het anonieme profiel op %1</source>
        <translation>Chose the anonymous profile on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koos het profiel op naam op %1</source>
        <translation>Chose the named profile on %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sollicitatie loopt nog (sinds %1)</source>
        <translation>Application still open (since %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wees een sollicitatie in deze zoekronde af (%1)</source>
        <translation>Turned down an application in this search round (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage hier afgebroken op %1</source>
        <translation>Placement here broken off on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorgesteld op %1, nog geen antwoord</source>
        <translation>Proposed on %1, no answer yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorgesteld op %1, niet gekozen</source>
        <translation>Proposed on %1, not chosen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>op naam</source>
        <translation>named</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geen antwoord</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studentnummer</source>
        <translation>student number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leeftijd</source>
        <translation>age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mailadres</source>
        <translation>email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>herkomst of nationaliteit</source>
        <translation>origin or nationality</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vaardigheden</source>
        <translation>skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motivatie</source>
        <translation>motivation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De tekst noemt mogelijk iets dat de student herkenbaar maakt: %1.</source>
        <translation>The text may mention something that makes the student recognisable: %1.</translation>
    </message>
</context>
<context>
    <name>case_texts</name>
    <message>
        <location filename="../../stagedesk/ui/case_texts.py" line="+41"/>
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
        <location line="+14"/>
        <source>POK</source>
        <translation>POK</translation>
    </message>
    <message>
        <location line="-13"/>
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
        <location line="+1"/>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
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
        <location line="+1"/>
        <source>voorstel</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+183"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Anoniem profiel %1 gestuurd naar %2</source>
        <translation>Anonymous profile %1 sent to %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiel op naam gestuurd naar %1 (kenmerk %2)</source>
        <translation>Named profile sent to %1 (reference %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Naam bekendgemaakt aan %1 (profiel %2)</source>
        <translation>Name revealed to %1 (profile %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiel %1 gekozen door %2</source>
        <translation>Profile %1 chosen by %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiel %1 afgewezen door %2</source>
        <translation>Profile %1 rejected by %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiel %1: geen antwoord van %2</source>
        <translation>Profile %1: no answer from %2</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <translation>mentor</translation>
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
    <message>
        <location filename="../../stagedesk/ui/widgets/dashboard_tiles.py" line="-94"/>
        <source>Techniek en gebouwde omgeving</source>
        <translation>Engineering and built environment</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Handel</source>
        <translation>Retail and trade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialistisch vakmanschap</source>
        <translation>Specialist craftsmanship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICT en creatieve industrie</source>
        <translation>ICT and creative industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voedsel, groen en gastvrijheid</source>
        <translation>Food, green sector and hospitality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zakelijke dienstverlening en veiligheid</source>
        <translation>Business services and security</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, niveau %3, %4)</source>
        <translation>%1 (%2, level %3, %4)</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/letter_texts.py" line="+16"/>
        <source>aan de student</source>
        <translation>to the student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aan het leerbedrijf</source>
        <translation>to the training company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aan de ouder/verzorger</source>
        <translation>to the parent/guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aan SBB</source>
        <translation>to SBB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, regel %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het briefsjabloon kan niet worden gebruikt (%1, student %2): %3. Er is niets afgedrukt.</source>
        <translation>The letter template cannot be used (%1, student %2): %3. Nothing was printed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het briefsjabloon kan niet worden gebruikt (%1): %2. Er is niets afgedrukt.</source>
        <translation>The letter template cannot be used (%1): %2. Nothing was printed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Het bestand kan niet worden geschreven: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afdrukken mislukt: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_breakoff.py" line="-59"/>
        <source>stage afbreken</source>
        <translation>break off placement</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_commands.py" line="+74"/>
        <source>voorwaarde vastleggen</source>
        <translation>record prerequisite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voorwaarde wissen</source>
        <translation>clear prerequisite</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>uren invoeren</source>
        <translation>enter hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uren verwijderen</source>
        <translation>delete hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uren wijzigen</source>
        <translation>change hours</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/widgets/case_progress_labels.py" line="+29"/>
        <source>bij de student</source>
        <translation>student-related</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij het bedrijf</source>
        <translation>company-related</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bij de school</source>
        <translation>school-related</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onveilige situatie</source>
        <translation>unsafe situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discriminatie</source>
        <translation>discrimination</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>de student</source>
        <translation>the student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het bedrijf</source>
        <translation>the company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de school</source>
        <translation>the school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samen</source>
        <translation>jointly</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aangevraagd</source>
        <translation>applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bezit</source>
        <translation>obtained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vrijgesteld</source>
        <translation>exempt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ontbreekt</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is aangevraagd maar nog niet binnen</source>
        <translation>%1 has been applied for but not received yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 geldt pas vanaf %2</source>
        <translation>%1 is only valid from %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is verlopen op %2</source>
        <translation>%1 expired on %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ziek</source>
        <translation>sick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ander verzuim</source>
        <translation>other absence</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>week %1 (%2)</source>
        <translation>week %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vervangen door de plaatsing bij %1 (vanaf %2)</source>
        <translation>replaced by the placement at %1 (from %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>de student zoekt weer een plaats</source>
        <translation>the student is searching for a place again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daarna</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Bij dit bedrijf zijn sinds %1 %2 plaatsingen afgebroken (laatste op %3). Redenen: %4.</source>
        <translation>⚠ Since %1, %2 placements at this company were broken off (last on %3). Reasons: %4.</translation>
    </message>
</context>
<context>
    <name>meldpunt</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/melding_dialog.py" line="-141"/>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doorgestuurd naar SBB</source>
        <translation>forwarded to SBB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>afkomst</source>
        <translation>origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>godsdienst of levensovertuiging</source>
        <translation>religion or belief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geslacht of genderidentiteit</source>
        <translation>sex or gender identity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handicap of chronische ziekte</source>
        <translation>disability or chronic illness</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seksuele gerichtheid</source>
        <translation>sexual orientation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leeftijd</source>
        <translation>age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gesprek met het leerbedrijf</source>
        <translation>conversation with the training company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formele melding bij SBB</source>
        <translation>formal report to SBB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anoniem signaal aan SBB</source>
        <translation>anonymous signal to SBB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen verdere stap</source>
        <translation>no further step</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>naam en studentnummer</source>
        <translation>name and student number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leerbedrijf</source>
        <translation>training company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum van het voorval</source>
        <translation>date of the incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plaats van het voorval</source>
        <translation>place of the incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grond</source>
        <translation>ground</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat er gebeurde</source>
        <translation>what happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wat de student wil</source>
        <translation>what the student wants</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Status: %1 sinds %2</source>
        <translation>Status: %1 since %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ontvangen: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Melder: %1</source>
        <translation>Reported by: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leerbedrijf: %1</source>
        <translation>Training company: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voorval: %1, %2</source>
        <translation>Incident: %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grond: %1</source>
        <translation>Ground: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vervolg: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delen met SBB: %1</source>
        <translation>Share with SBB: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wat er gebeurde:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wat de student wil:</source>
        <translation>What the student wants:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stappen:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uitkomst: %1</source>
        <translation>Outcome: %1</translation>
    </message>
</context>
<context>
    <name>pack_dialogs</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pack_dialogs.py" line="-32"/>
        <source>Het bestand kan niet worden gelezen of geschreven: %1</source>
        <translation>The file cannot be read or written: %1</translation>
    </message>
    <message>
        <location filename="../../stagedesk/ui/dialogs/pack_opened.py" line="+34"/>
        <source>Bezoekpakket van %1, gemaakt op %2</source>
        <translation>Visit pack of %1, created on %2</translation>
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
    <name>profile_conflict</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/profile_conflict.py" line="+23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vaardigheden</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivatie</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../stagedesk/ui/app.py" line="+63"/>
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
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/settings_dialog_rules.py" line="-242"/>
        <source>%1 (niveau %2, %3, crebo %4)</source>
        <translation>%1 (level %2, %3, crebo %4)</translation>
    </message>
</context>
<context>
    <name>table_export</name>
    <message>
        <location filename="../../stagedesk/ui/table_export.py" line="+127"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, puntkomma&apos;s (*.csv)</source>
        <translation>CSV, semicolons (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rijen naar %2…</source>
        <translation>%1 rows to %2…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Studenten</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De lijst zoals getoond (filter en kolommen) naar Excel of CSV</source>
        <translation>The list as shown (filter and columns) to Excel or CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is niet geschreven: %2</source>
        <translation>%1 was not written: %2</translation>
    </message>
</context>
<context>
    <name>visit_commands</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_commands.py" line="+47"/>
        <source>bezoek plannen</source>
        <translation>schedule visit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>bezoek verzetten</source>
        <translation>reschedule visit</translation>
    </message>
</context>
<context>
    <name>visit_conflict</name>
    <message>
        <location filename="../../stagedesk/ui/dialogs/visit_conflict.py" line="+34"/>
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
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
</context>
<context>
    <name>visit_labels</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_labels.py" line="+21"/>
        <source>op locatie</source>
        <translation>on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>videogesprek</source>
        <translation>video call</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>onveilige situatie</source>
        <translation>unsafe situation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geen begeleiding</source>
        <translation>no supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signalen van discriminatie</source>
        <translation>signs of discrimination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>andere zorg</source>
        <translation>other concern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>praktijkopleider</source>
        <translation>workplace trainer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bpv-begeleider</source>
        <translation>placement mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stagebureau</source>
        <translation>internship office</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, zorgen gemeld</source>
        <translation>%1, concerns reported</translation>
    </message>
</context>
<context>
    <name>visit_pack</name>
    <message>
        <location filename="../../stagedesk/ui/widgets/visit_pack_preview.py" line="-136"/>
        <location line="+72"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Gepland op</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begeleider</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesproken met</source>
        <translation>Spoke with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zorgen afgehandeld op</source>
        <translation>Concerns handled on</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 antwoorden</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrijf</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
</context>
</TS>
