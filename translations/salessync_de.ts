<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SalesSync::AdministrationPage</name>
    <message>
        <source>&amp;Territories</source>
        <translation>&amp;Gebiete</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>Realignment &amp;history</source>
        <translation>&amp;Verlauf der Neuzuordnungen</translation>
    </message>
    <message>
        <source>&amp;Users and devices</source>
        <translation>&amp;Benutzer und Geräte</translation>
    </message>
</context>
<context>
    <name>SalesSync::Agent</name>
    <message>
        <source>lists a territory twice</source>
        <translation>enthält ein Gebiet doppelt</translation>
    </message>
</context>
<context>
    <name>SalesSync::AppController</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>You are signed in, but SalesSync cannot keep the sign-in on this computer: %1
You will be asked for your password when SalesSync starts again.</source>
        <translation>Sie sind angemeldet, aber SalesSync kann die Anmeldung auf diesem Computer nicht speichern: %1
Beim nächsten Start von SalesSync werden Sie nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <source>This account already has the profile &quot;%1&quot; on this computer. Open it from File &gt; Switch profile.</source>
        <translation>Für dieses Konto gibt es auf diesem Computer bereits das Profil „%1“. Öffnen Sie es über Datei &gt; Profil wechseln.</translation>
    </message>
    <message>
        <source>%1 (on this computer only)</source>
        <translation>%1 (nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>%1 — %2 on %3</source>
        <translation>%1 — %2 auf %3</translation>
    </message>
    <message>
        <source>Sign in to another account…</source>
        <translation>Bei einem anderen Konto anmelden…</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Each profile has its own data on this computer:</source>
        <translation>Jedes Profil hat eigene Daten auf diesem Computer:</translation>
    </message>
    <message>
        <source>Sending your changes to the server…</source>
        <translation>Ihre Änderungen werden an den Server gesendet…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on this computer are not on the server yet. Signing out removes this profile&apos;s data from this computer.</source>
        <translation>
            <numerusform>%Ln Änderung auf diesem Computer ist noch nicht auf dem Server. Beim Abmelden werden die Daten dieses Profils von diesem Computer entfernt.</numerusform>
            <numerusform>%Ln Änderungen auf diesem Computer sind noch nicht auf dem Server. Beim Abmelden werden die Daten dieses Profils von diesem Computer entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the network and sync first, or save the changes to a file that your administrator can import.</source>
        <translation>Stellen Sie eine Netzwerkverbindung her und synchronisieren Sie zuerst, oder speichern Sie die Änderungen in einer Datei, die Ihr Administrator importieren kann.</translation>
    </message>
    <message>
        <source>Save to a file and sign out…</source>
        <translation>In Datei speichern und abmelden…</translation>
    </message>
    <message>
        <source>Save unsynced changes</source>
        <translation>Nicht synchronisierte Änderungen speichern</translation>
    </message>
    <message>
        <source>SalesSync changes (*.json)</source>
        <translation>SalesSync-Änderungen (*.json)</translation>
    </message>
    <message>
        <source>Everything is on the server. Sign out and remove this profile&apos;s data from this computer?</source>
        <translation>Alle Änderungen sind auf dem Server. Abmelden und die Daten dieses Profils von diesem Computer entfernen?</translation>
    </message>
</context>
<context>
    <name>SalesSync::AuditLogModel</name>
    <message>
        <source>nobody known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>record: kind and its name or the end of its id</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::AuditLogPage</name>
    <message>
        <source>Record id, or its first characters</source>
        <translation>ID des Datensatzes oder ihr Anfang</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the customer, order or visit the entry is about</source>
        <translation>Den Kunden, Auftrag oder Besuch zeigen, um den es im Eintrag geht</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Audit log %1.csv</source>
        <translation>Protokoll %1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Recorded by the server; nobody can change or delete an entry.</source>
        <translation>Vom Server aufgezeichnet; niemand kann einen Eintrag ändern oder löschen.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>No entries in this period</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Widen the period or choose &quot;Everyone&quot;, &quot;Every kind of record&quot; and &quot;Every action&quot;.</source>
        <translation>Erweitern Sie den Zeitraum oder wählen Sie „Alle“, „Alle Arten“ und „Alle Aktionen“.</translation>
    </message>
    <message>
        <source>Entries arrive from the server with each sync; choose an earlier &quot;From&quot; date to see older ones.</source>
        <translation>Einträge kommen bei jeder Synchronisation vom Server; wählen Sie ein früheres „Von“-Datum für ältere.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 entries; narrow the filters to see the others.</source>
        <translation>Die neuesten %1 von %2 Einträgen; schränken Sie die Filter ein, um die übrigen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::AuditText</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>sign-in refused (account disabled)</source>
        <translation>Anmeldung abgewiesen (Konto deaktiviert)</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>password change failed</source>
        <translation>Passwortänderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>signed out by an administrator</source>
        <translation>von einem Administrator abgemeldet</translation>
    </message>
    <message>
        <source>credit limit changed</source>
        <translation>Kreditlimit geändert</translation>
    </message>
    <message>
        <source>price list changed</source>
        <translation>Preisliste geändert</translation>
    </message>
    <message>
        <source>payment terms changed</source>
        <translation>Zahlungsziel geändert</translation>
    </message>
    <message>
        <source>moved to another territory</source>
        <translation>in ein anderes Gebiet verschoben</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>customer number changed</source>
        <translation>Kundennummer geändert</translation>
    </message>
    <message>
        <source>currency changed</source>
        <translation>Währung geändert</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>checked in outside the geofence</source>
        <translation>außerhalb des Geofence eingecheckt</translation>
    </message>
    <message>
        <source>checked in without a position</source>
        <translation>ohne Position eingecheckt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Realignment</source>
        <translation>Neuzuordnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>entity: what happened</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::ChangeWriter</name>
    <message>
        <source>This record no longer exists; it may have been deleted meanwhile (%1 %2).</source>
        <translation>Dieser Datensatz existiert nicht mehr; er wurde möglicherweise inzwischen gelöscht (%1 %2).</translation>
    </message>
</context>
<context>
    <name>SalesSync::CompanyProfile</name>
    <message>
        <source>must be a two-letter ISO 3166 country code in capitals, like DE</source>
        <translation>muss ein zweibuchstabiger ISO-3166-Ländercode in Großbuchstaben sein, etwa DE</translation>
    </message>
    <message>
        <source>is not a valid IBAN (its check digits do not match)</source>
        <translation>ist keine gültige IBAN (die Prüfziffern stimmen nicht)</translation>
    </message>
    <message>
        <source>is %1 KB; a logo may have at most %2 KB</source>
        <translation>hat %1 KB; ein Logo darf höchstens %2 KB haben</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG image</source>
        <translation>muss ein PNG-, JPEG- oder SVG-Bild sein</translation>
    </message>
</context>
<context>
    <name>SalesSync::CompanyProfilePage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;VAT id:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>BI&amp;C:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtliches</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Two letters, like DE</source>
        <translation>Zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>Register court and number, managing directors</source>
        <translation>Registergericht und -nummer, Geschäftsführung</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Handelsregister:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, at most %1 KB; printed at the top right of every document.</source>
        <translation>PNG, JPEG oder SVG, höchstens %1 KB; steht oben rechts auf jedem Dokument.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget the changes and show the profile as saved</source>
        <translation>Änderungen verwerfen und das gespeicherte Profil zeigen</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <source>The company profile was changed elsewhere meanwhile.</source>
        <translation>Das Firmenprofil wurde inzwischen anderswo geändert.</translation>
    </message>
    <message>
        <source>Show it (drops your changes)</source>
        <translation>Anzeigen (verwirft Ihre Änderungen)</translation>
    </message>
    <message>
        <source>Cannot read the company profile: %1</source>
        <translation>Das Firmenprofil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>None yet: documents go out without a letterhead until you save one.</source>
        <translation>Noch keines: Dokumente gehen ohne Briefkopf hinaus, bis Sie eines speichern.</translation>
    </message>
    <message>
        <source>On every order confirmation, statement and receipt; syncs to every device.</source>
        <translation>Auf jeder Auftragsbestätigung, jedem Kontoauszug und jeder Quittung; wird auf alle Geräte synchronisiert.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved. The documents use it from now on; it reaches the other devices with their next sync.</source>
        <translation>Gespeichert. Die Dokumente verwenden es ab jetzt; die anderen Geräte erhalten es mit ihrer nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
</context>
<context>
    <name>SalesSync::ConflictModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Auftragsposition</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>credit limit (minor units)</source>
        <translation>Kreditlimit (kleinste Währungseinheit)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>planned time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgeaktion</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(structured value)</source>
        <translation>(strukturierter Wert)</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>Ihr Wert übernommen</translation>
    </message>
    <message>
        <source>Server&apos;s kept</source>
        <translation>Wert des Servers übernommen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Wert des Servers</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>cancellation reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <source>quantity (thousandths)</source>
        <translation>Menge (Tausendstel)</translation>
    </message>
    <message>
        <source>discount (minor units)</source>
        <translation>Rabatt (kleinste Währungseinheit)</translation>
    </message>
    <message>
        <source>reason for the status</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <source>Decided by you</source>
        <translation>Von Ihnen entschieden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Außendienstmitarbeiter</translation>
    </message>
    <message>
        <source>Agent&apos;s territory</source>
        <translation>Gebiet im Außendienst</translation>
    </message>
    <message>
        <source>Manager&apos;s territory</source>
        <translation>Geleitetes Gebiet</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>outside the geofence</source>
        <translation>außerhalb des Geofence</translation>
    </message>
    <message>
        <source>distance from the customer (m)</source>
        <translation>Entfernung zum Kunden (m)</translation>
    </message>
    <message>
        <source>reason given at check-in</source>
        <translation>beim Check-in angegebener Grund</translation>
    </message>
</context>
<context>
    <name>SalesSync::CredentialChoice</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters long</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>A one-time &amp;setup code</source>
        <translation>Ein einmaliger &amp;Einrichtungscode</translation>
    </message>
    <message>
        <source>An &amp;initial password:</source>
        <translation>Ein &amp;Anfangspasswort:</translation>
    </message>
    <message>
        <source>The person chooses their password at their first sign-in with the code, which SalesSync shows you once</source>
        <translation>Die Person wählt mit dem Code bei der ersten Anmeldung ihr Passwort; SalesSync zeigt Ihnen den Code einmal</translation>
    </message>
    <message>
        <source>The person signs in with it once and must then choose their own</source>
        <translation>Die Person meldet sich einmal damit an und muss dann ein eigenes wählen</translation>
    </message>
</context>
<context>
    <name>SalesSync::CreditHeadroom</name>
    <message>
        <source>The credit limit is in %1 but an amount is in %2.</source>
        <translation>Das Kreditlimit ist in %1, ein Betrag aber in %2.</translation>
    </message>
    <message>
        <source>Available credit = credit limit %1 − open balance %2 − orders not yet invoiced %3 − this order %4</source>
        <translation>Verfügbarer Kredit = Kreditlimit %1 − offener Saldo %2 − noch nicht berechnete Aufträge %3 − dieser Auftrag %4</translation>
    </message>
</context>
<context>
    <name>SalesSync::CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>SalesSync::Customer</name>
    <message>
        <source>must be a two-letter ISO 3166 code such as DE</source>
        <translation>muss ein Ländercode nach ISO 3166 aus zwei Buchstaben sein, z. B. DE</translation>
    </message>
    <message>
        <source>must have a latitude from -90 to 90 and a longitude from -180 to 180</source>
        <translation>muss einen Breitengrad von -90 bis 90 und einen Längengrad von -180 bis 180 haben</translation>
    </message>
    <message>
        <source>must be between 0 and 365 days</source>
        <translation>muss zwischen 0 und 365 Tagen liegen</translation>
    </message>
    <message>
        <source>must be a language code such as de or en</source>
        <translation>muss ein Sprachcode wie de oder en sein</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customer &amp;no.:</source>
        <translation>&amp;Kundennr.:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>latitude, e.g. %1</source>
        <translation>Breitengrad, z. B. %1</translation>
    </message>
    <message>
        <source>longitude, e.g. %1</source>
        <translation>Längengrad, z. B. %1</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Koo&amp;rdinaten:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kreditli&amp;mit:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>enter both latitude and longitude as decimal degrees, e.g. %1 and %2</source>
        <translation>geben Sie Breiten- und Längengrad in Dezimalgrad an, z. B. %1 und %2</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Wird von Ihrer Administration festgelegt.</translation>
    </message>
    <message>
        <source>The language of the order confirmations, statements and receipts this customer gets</source>
        <translation>Die Sprache der Auftragsbestätigungen, Kontoauszüge und Quittungen, die dieser Kunde erhält</translation>
    </message>
    <message>
        <source>As the country</source>
        <translation>Wie das Land</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>&amp;Dokumente auf:</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerListModel</name>
    <message>
        <source>Open balance %1 of a credit limit of %2</source>
        <translation>Offener Saldo %1 bei einem Kreditlimit von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerPicker</name>
    <message>
        <source>Type a name, city, phone or customer number</source>
        <translation>Name, Ort, Telefon oder Kundennummer eingeben</translation>
    </message>
    <message>
        <source>Show &amp;inactive customers too</source>
        <translation>Auch &amp;inaktive Kunden anzeigen</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>refers to a price list that does not exist</source>
        <translation>verweist auf eine Preisliste, die nicht existiert</translation>
    </message>
    <message>
        <source>the price list is in %1 but the customer trades in %2</source>
        <translation>die Preisliste lautet auf %1, der Kunde rechnet jedoch in %2 ab</translation>
    </message>
    <message>
        <source>the currency cannot change once the customer has orders or ledger entries</source>
        <translation>die Währung kann nicht mehr geändert werden, sobald der Kunde Aufträge oder Buchungen hat</translation>
    </message>
    <message>
        <source>the customer has visits, orders or ledger entries; set the status to inactive instead</source>
        <translation>der Kunde hat Besuche, Aufträge oder Buchungen; setzen Sie den Status stattdessen auf „inaktiv“</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerStatement</name>
    <message>
        <source>the period must end on or after its first day</source>
        <translation>der Zeitraum darf nicht vor seinem ersten Tag enden</translation>
    </message>
    <message>
        <source>The ledger of %1 holds an entry in %2, but the customer trades in %3.</source>
        <translation>Das Kundenkonto von %1 enthält eine Buchung in %2, der Kunde rechnet jedoch in %3 ab.</translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomersPage</name>
    <message>
        <source>Search name, city, phone or customer number (Ctrl+F)</source>
        <translation>Name, Ort, Telefon oder Kundennummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Koordinaten:</translation>
    </message>
    <message>
        <source>Open balance:</source>
        <translation>Offener Saldo:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsziel:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Neuer &amp;Auftrag</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln Kunde gefunden</numerusform>
            <numerusform>%Ln Kunden gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kein Kunde ausgewählt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Available credit:</source>
        <translation>Verfügbarer Kredit:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>SalesSync::DashboardCharts</name>
    <message>
        <source>Net sales so far, against the target</source>
        <translation>Nettoumsatz bisher, gegen das Ziel</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>the date axis of a chart</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Agents by net sales</source>
        <translation>Außendienst nach Nettoumsatz</translation>
    </message>
    <message>
        <source>Net sales by product category</source>
        <translation>Nettoumsatz nach Produktkategorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Visits by outcome</source>
        <translation>Besuche nach Ergebnis</translation>
    </message>
    <message>
        <source>With an order</source>
        <translation>Mit Auftrag</translation>
    </message>
    <message>
        <source>Without an order</source>
        <translation>Ohne Auftrag</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Forderungen nach Alter</translation>
    </message>
    <message>
        <source>Agents by net sales: none in this period</source>
        <translation>Außendienst nach Nettoumsatz: keiner in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Net sales by product category: none in this period</source>
        <translation>Nettoumsatz nach Produktkategorie: keiner in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Visits by outcome: none in this period</source>
        <translation>Besuche nach Ergebnis: keine in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>SalesSync::DashboardQuery</name>
    <message>
        <source>is not one you can see</source>
        <translation>gehört nicht zu den für Sie sichtbaren</translation>
    </message>
</context>
<context>
    <name>SalesSync::DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>dem vorigen Zeitraum</translation>
    </message>
    <message>
        <source>the same days a year ago</source>
        <translation>denselben Tagen vor einem Jahr</translation>
    </message>
    <message>
        <source>Chart &amp;compares with:</source>
        <translation>Diagramm &amp;vergleicht mit:</translation>
    </message>
    <message>
        <source>Double-click or press Enter to look closer</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um genauer hinzusehen</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>Meine Leistung</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>Leistung des Teams</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <source>My territories</source>
        <translation>Meine Gebiete</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>Vortag</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>Vorquartal</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln day(s) before</source>
        <translation>
            <numerusform>den %Ln Tag davor</numerusform>
            <numerusform>den %Ln Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the figures on this computer… step %1 of %2</source>
        <translation>Die Kennzahlen werden auf diesem Computer vorbereitet… Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <source>Demo workspace: the figures are computed from the data on this computer.</source>
        <translation>Demo-Arbeitsbereich: Die Kennzahlen werden aus den Daten auf diesem Computer berechnet.</translation>
    </message>
    <message>
        <source>Not synced yet: the figures show only what is on this computer.</source>
        <translation>Noch nicht synchronisiert: Die Kennzahlen zeigen nur, was auf diesem Computer ist.</translation>
    </message>
    <message numerus="yes">
        <source>Data as of the last sync at %1 — %Ln change(s) on this computer not yet sent</source>
        <translation>
            <numerusform>Daten vom Stand der letzten Synchronisation um %1 — %Ln Änderung auf diesem Computer noch nicht gesendet</numerusform>
            <numerusform>Daten vom Stand der letzten Synchronisation um %1 — %Ln Änderungen auf diesem Computer noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of the last sync at %1 — everything made on this computer has been sent</source>
        <translation>Daten vom Stand der letzten Synchronisation um %1 — alles auf diesem Computer Erfasste ist gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Completed visits</source>
        <translation>Abgeschlossene Besuche</translation>
    </message>
    <message>
        <source>Strike rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Call compliance</source>
        <translation>Planerfüllung</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Nothing below this level in the period</source>
        <translation>In diesem Zeitraum nichts unterhalb dieser Ebene</translation>
    </message>
    <message>
        <source>No customer of this agent in the period</source>
        <translation>Kein Kunde dieses Außendienstmitarbeiters im Zeitraum</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Außendienstmitarbeiter</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>How is this computed? — %1</source>
        <translation>Wie wird das berechnet? — %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2 – %3): %4%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2 – %3): %4%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <source>&lt;p&gt;Target for the whole period (to %1): %2. At the rate so far, the period ends at %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ziel für den ganzen Zeitraum (bis %1): %2. Beim bisherigen Tempo endet der Zeitraum bei %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SalesSync::Database</name>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation>Die Datendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation>Die Datendatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a SalesSync data file (%2). It was left unchanged; restore it from a backup or sync into a new profile.</source>
        <translation>Die Datendatei %1 ist beschädigt oder keine SalesSync-Datendatei (%2). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder synchronisieren Sie in ein neues Profil.</translation>
    </message>
    <message>
        <source>%1 is not a SalesSync data file. It was left unchanged.</source>
        <translation>%1 ist keine SalesSync-Datendatei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer SalesSync (data format %2; this version reads up to %3). Update SalesSync to open it. The file was left unchanged.</source>
        <translation>Die Datendatei %1 wurde von einer neueren SalesSync-Version geschrieben (Datenformat %2; diese Version liest bis Datenformat %3). Aktualisieren Sie SalesSync, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the data file</source>
        <translation>Die Aktualisierung der Datendatei kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Upgrading the data file to format %1 failed and was undone: %2</source>
        <translation>Die Aktualisierung der Datendatei auf Datenformat %1 ist fehlgeschlagen und wurde rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>table %1 has a broken reference</source>
        <translation>Tabelle %1 enthält einen ungültigen Verweis</translation>
    </message>
    <message>
        <source>The data file %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Die Datendatei %1 kann kein Write-Ahead-Logging verwenden (Journalmodus %2).</translation>
    </message>
    <message>
        <source>Cannot back up the data file before upgrading it: %1</source>
        <translation>Die Datendatei kann vor der Aktualisierung nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot replace the old backup %1 before upgrading the data file.</source>
        <translation>Die alte Sicherung %1 kann vor dem Aktualisieren der Datendatei nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>SalesSync::DemoDataGenerator</name>
    <message>
        <source>Generating demo data was cancelled.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::DemoWorkspace</name>
    <message>
        <source>The data file %1 already holds customers; demo data goes only into an empty profile.</source>
        <translation>Die Datendatei %1 enthält bereits Kunden; Demodaten können nur in ein leeres Profil geschrieben werden.</translation>
    </message>
    <message>
        <source>The data file %1 is not a demo workspace; sign in to it instead.</source>
        <translation>Die Datendatei %1 ist kein Demo-Arbeitsbereich; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>The demo workspace has no %1 to work as.</source>
        <translation>Der Demo-Arbeitsbereich hat keine Person mit der Rolle %1.</translation>
    </message>
</context>
<context>
    <name>SalesSync::DisplayText</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Invoice reversal</source>
        <translation>Rechnungsstorno</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment reversal</source>
        <translation>Zahlungsstorno</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Credit note reversal</source>
        <translation>Gutschriftsstorno</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Refund reversal</source>
        <translation>Erstattungsstorno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <source>box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>Packung</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>Flasche</translation>
    </message>
    <message>
        <source>can</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>crate</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Kiste</numerusform>
            <numerusform>%n Kisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Karton</numerusform>
            <numerusform>%n Kartons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n Packung</numerusform>
            <numerusform>%n Packungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bottle(s)</source>
        <translation>
            <numerusform>%n Flasche</numerusform>
            <numerusform>%n Flaschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can(s)</source>
        <translation>
            <numerusform>%n Dose</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s)</source>
        <translation>
            <numerusform>%n Kasten</numerusform>
            <numerusform>%n Kästen</numerusform>
        </translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Außendienstmitarbeiter</translation>
    </message>
</context>
<context>
    <name>SalesSync::Documents</name>
    <message>
        <source>Order confirmation</source>
        <translation>Auftragsbestätigung</translation>
    </message>
    <message>
        <source>Order no. %1</source>
        <translation>Auftragsnr. %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Bemerkungen: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Endsaldo</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Das Dokument konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Das Dokument konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>VAT ID %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <source>IBAN %1</source>
        <translation>IBAN %1</translation>
    </message>
    <message>
        <source>BIC %1</source>
        <translation>BIC %1</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>USt. %1 auf %2</translation>
    </message>
    <message>
        <source>Order draft</source>
        <translation>Auftragsentwurf</translation>
    </message>
    <message>
        <source>Cancelled order</source>
        <translation>Stornierter Auftrag</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Auftragsnr.</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>This is your order as drafted so far; it is not yet binding.</source>
        <translation>Dies ist Ihr Auftrag im bisherigen Entwurf; er ist noch nicht verbindlich.</translation>
    </message>
    <message>
        <source>Thank you for your order, which we confirm as follows.</source>
        <translation>Vielen Dank für Ihren Auftrag, den wir wie folgt bestätigen.</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Unit price %1</source>
        <translation>Einzelpreis %1</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Betrag %1</translation>
    </message>
    <message>
        <source>Payable immediately without deduction.</source>
        <translation>Zahlbar sofort ohne Abzug.</translation>
    </message>
    <message numerus="yes">
        <source>Payable within %n days without deduction.</source>
        <translation>
            <numerusform>Zahlbar innerhalb von %n Tag ohne Abzug.</numerusform>
            <numerusform>Zahlbar innerhalb von %n Tagen ohne Abzug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Here are the entries on your account for the period.</source>
        <translation>Hier sind die Buchungen auf Ihrem Konto im Zeitraum.</translation>
    </message>
    <message>
        <source>Charges %1</source>
        <translation>Belastungen %1</translation>
    </message>
    <message>
        <source>Credits %1</source>
        <translation>Gutschriften %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Your credit</source>
        <translation>Ihr Guthaben</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>A positive balance is the amount you owe us; a negative one is a credit in your favour.</source>
        <translation>Ein positiver Saldo ist der Betrag, den Sie uns schulden; ein negativer ist ein Guthaben zu Ihren Gunsten.</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsquittung</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>Quittung Nr. %1</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Quittungsnr.</translation>
    </message>
    <message>
        <source>We confirm with thanks that we have received the following payment.</source>
        <translation>Wir bestätigen dankend den Erhalt der folgenden Zahlung.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>For order</source>
        <translation>Für Auftrag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Received by %1.</source>
        <translation>Erhalten von %1.</translation>
    </message>
    <message>
        <source>After this payment your account is in credit by %1.</source>
        <translation>Nach dieser Zahlung haben Sie ein Guthaben von %1.</translation>
    </message>
    <message>
        <source>Balance of your account after this payment: %1.</source>
        <translation>Saldo Ihres Kontos nach dieser Zahlung: %1.</translation>
    </message>
    <message>
        <source>Order confirmation %1 %2</source>
        <translation>Auftragsbestätigung %1 %2</translation>
    </message>
    <message>
        <source>Statement %1 %2 %3</source>
        <translation>Kontoauszug %1 %2 %3</translation>
    </message>
    <message>
        <source>Payment receipt %1 %2</source>
        <translation>Zahlungsquittung %1 %2</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>This order has been cancelled; nothing will be delivered or charged.</source>
        <translation>Dieser Auftrag wurde storniert; es wird nichts geliefert oder berechnet.</translation>
    </message>
    <message>
        <source>The payment %1 is not in the ledger.</source>
        <translation>Die Zahlung %1 steht nicht im Kontobuch.</translation>
    </message>
</context>
<context>
    <name>SalesSync::FieldMerge</name>
    <message>
        <source>cannot change after the row was created</source>
        <translation>kann nach dem Anlegen des Datensatzes nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>is part of a row that can only be added, never changed</source>
        <translation>gehört zu einem Datensatz, der nur hinzugefügt, nie geändert werden kann</translation>
    </message>
    <message>
        <source>cannot be changed by anyone</source>
        <translation>kann von niemandem geändert werden</translation>
    </message>
    <message>
        <source>may be changed only by: %1</source>
        <translation>darf nur geändert werden von: %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::KpiAggregates</name>
    <message>
        <source>Preparing the dashboard&apos;s figures was stopped.</source>
        <translation>Das Vorbereiten der Kennzahlen für das Dashboard wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SalesSync::KpiCalculator</name>
    <message>
        <source>must be a valid range of days</source>
        <translation>muss ein gültiger Zeitraum von Tagen sein</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures are being prepared.</source>
        <translation>Die Kennzahlen für das Dashboard werden vorbereitet.</translation>
    </message>
</context>
<context>
    <name>SalesSync::KpiDisplay</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln planned visit(s)</source>
        <translation>
            <numerusform>%1 von %Ln geplanten Besuch</numerusform>
            <numerusform>%1 von %Ln geplanten Besuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln active customer(s)</source>
        <translation>
            <numerusform>%1 von %Ln aktiven Kunden</numerusform>
            <numerusform>%1 von %Ln aktiven Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln completed visit(s)</source>
        <translation>
            <numerusform>%1 von %Ln abgeschlossenen Besuch</numerusform>
            <numerusform>%1 von %Ln abgeschlossenen Besuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln check-in(s)</source>
        <translation>
            <numerusform>%1 von %Ln Check-in</numerusform>
            <numerusform>%1 von %Ln Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln agent-day(s)</source>
        <translation>
            <numerusform>über %Ln Arbeitstag</numerusform>
            <numerusform>über %Ln Arbeitstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln visit(s)</source>
        <translation>
            <numerusform>über %Ln Besuch</numerusform>
            <numerusform>über %Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln order(s) at visits</source>
        <translation>
            <numerusform>über %Ln Auftrag bei Besuchen</numerusform>
            <numerusform>über %Ln Aufträge bei Besuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln productive call(s)</source>
        <translation>
            <numerusform>über %Ln erfolgreichen Besuch</numerusform>
            <numerusform>über %Ln erfolgreiche Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reversal(s)</source>
        <translation>
            <numerusform>%Ln Storno</numerusform>
            <numerusform>%Ln Stornos</numerusform>
        </translation>
    </message>
    <message>
        <source>no target set for these days</source>
        <translation>für diese Tage ist kein Ziel gesetzt</translation>
    </message>
    <message>
        <source>%1 of a target of %2 for these days</source>
        <translation>%1 von einem Ziel von %2 für diese Tage</translation>
    </message>
    <message>
        <source>no figure %1 to compare</source>
        <translation>kein Wert %1 zum Vergleich</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>neu %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::KpiTile</name>
    <message>
        <source>%1

Click for how this is computed.</source>
        <translation>%1

Klicken, um zu sehen, wie das berechnet wird.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>ggü. %1</translation>
    </message>
    <message>
        <source>vs. a year ago</source>
        <translation>ggü. vor einem Jahr</translation>
    </message>
</context>
<context>
    <name>SalesSync::Kpis</name>
    <message>
        <source>Visits planned</source>
        <translation>Geplante Besuche</translation>
    </message>
    <message>
        <source>Visits planned for a day of the period, whatever became of them, except those cancelled (a cancelled visit leaves the plan; a missed one stays in it).</source>
        <translation>Besuche, die für einen Tag des Zeitraums geplant waren, gleich was aus ihnen wurde, außer stornierten (ein stornierter Besuch verlässt den Plan, ein verpasster bleibt darin).</translation>
    </message>
    <message>
        <source>Visits completed</source>
        <translation>Abgeschlossene Besuche</translation>
    </message>
    <message>
        <source>Visits checked in during the period and checked out, planned or not.</source>
        <translation>Besuche, die im Zeitraum eingecheckt und ausgecheckt wurden, geplant oder nicht.</translation>
    </message>
    <message>
        <source>Call compliance</source>
        <translation>Planerfüllung</translation>
    </message>
    <message>
        <source>Visits planned for the period that were completed ÷ visits planned for the period.</source>
        <translation>Für den Zeitraum geplante Besuche, die abgeschlossen wurden ÷ für den Zeitraum geplante Besuche.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Active customers with at least one completed visit in the period ÷ active customers.</source>
        <translation>Aktive Kunden mit mindestens einem abgeschlossenen Besuch im Zeitraum ÷ aktive Kunden.</translation>
    </message>
    <message>
        <source>Strike rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Completed visits with an order taken at them (submitted, approved or fulfilled) ÷ completed visits.</source>
        <translation>Abgeschlossene Besuche, bei denen ein Auftrag aufgenommen wurde (eingereicht, genehmigt oder erfüllt) ÷ abgeschlossene Besuche.</translation>
    </message>
    <message>
        <source>Unsuccessful visits</source>
        <translation>Besuche ohne Auftrag</translation>
    </message>
    <message>
        <source>Completed visits without such an order ÷ completed visits.</source>
        <translation>Abgeschlossene Besuche ohne solchen Auftrag ÷ abgeschlossene Besuche.</translation>
    </message>
    <message>
        <source>Visits per agent and day</source>
        <translation>Besuche pro Mitarbeiter und Tag</translation>
    </message>
    <message>
        <source>Completed visits ÷ agent-days worked (days on which an agent completed at least one visit).</source>
        <translation>Abgeschlossene Besuche ÷ Arbeitstage der Mitarbeiter (Tage, an denen ein Mitarbeiter mindestens einen Besuch abgeschlossen hat).</translation>
    </message>
    <message>
        <source>Time in store</source>
        <translation>Zeit beim Kunden</translation>
    </message>
    <message>
        <source>The average time from check-in to check-out of a completed visit.</source>
        <translation>Die durchschnittliche Zeit vom Einchecken bis zum Auschecken eines abgeschlossenen Besuchs.</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Per agent-day worked, the time from the first check-in to the last check-out; the average over those days.</source>
        <translation>Je Arbeitstag eines Mitarbeiters die Zeit vom ersten Einchecken bis zum letzten Auschecken; der Durchschnitt über diese Tage.</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>Per agent-day worked, the working time not spent in a store (between one check-out and the next check-in); the average over those days.</source>
        <translation>Je Arbeitstag eines Mitarbeiters die Arbeitszeit, die nicht beim Kunden verbracht wurde (zwischen einem Auschecken und dem nächsten Einchecken); der Durchschnitt über diese Tage.</translation>
    </message>
    <message>
        <source>Geofence exceptions</source>
        <translation>Geofence-Ausnahmen</translation>
    </message>
    <message>
        <source>Check-ins outside the customer&apos;s geofence or entered by hand ÷ check-ins in the period.</source>
        <translation>Check-ins außerhalb des Geofence des Kunden oder von Hand eingegeben ÷ Check-ins im Zeitraum.</translation>
    </message>
    <message>
        <source>Lines per productive call</source>
        <translation>Positionen pro erfolgreichem Besuch</translation>
    </message>
    <message>
        <source>Distinct products per order taken at a visit (submitted, approved or fulfilled in the period), on average.</source>
        <translation>Verschiedene Produkte je bei einem Besuch aufgenommenem Auftrag (im Zeitraum eingereicht, genehmigt oder erfüllt), im Durchschnitt.</translation>
    </message>
    <message>
        <source>Drop size</source>
        <translation>Auftragswert pro Besuch</translation>
    </message>
    <message>
        <source>Net value of the orders taken at visits ÷ productive calls (completed visits with such an order).</source>
        <translation>Nettowert der bei Besuchen aufgenommenen Aufträge ÷ erfolgreiche Besuche (abgeschlossene Besuche mit solchem Auftrag).</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Auftragswert</translation>
    </message>
    <message>
        <source>Net sales ÷ the orders they come from.</source>
        <translation>Nettoumsatz ÷ die Aufträge, aus denen er stammt.</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>The net value (before tax) of the orders submitted in the period that are submitted, approved or fulfilled now.</source>
        <translation>Der Nettowert (vor Steuer) der im Zeitraum eingereichten Aufträge, die jetzt eingereicht, genehmigt oder erfüllt sind.</translation>
    </message>
    <message>
        <source>Sales against target</source>
        <translation>Umsatz gegenüber Ziel</translation>
    </message>
    <message>
        <source>Net sales ÷ the target for the period (targets spanning other days count for the days they share with it). The projection continues the run rate so far to the period&apos;s end.</source>
        <translation>Nettoumsatz ÷ das Ziel für den Zeitraum (Ziele über andere Tage zählen für die gemeinsamen Tage). Die Hochrechnung setzt das bisherige Tempo bis zum Ende des Zeitraums fort.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Zahlungseingänge</translation>
    </message>
    <message>
        <source>Payments received in the period, less reversals of payments made in the period.</source>
        <translation>Im Zeitraum erhaltene Zahlungen, abzüglich der im Zeitraum vorgenommenen Stornierungen von Zahlungen.</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>What customers owe at the end of the period (the ledger&apos;s balance), aged by due date: each entry that raised it (an invoice, a refund, a reversed payment) is due its customer&apos;s payment terms after it, and what was paid settles the oldest first.</source>
        <translation>Was Kunden am Ende des Zeitraums schulden (der Saldo des Kontos), nach Fälligkeit gegliedert: Jede Buchung, die ihn erhöht hat (eine Rechnung, eine Erstattung, eine stornierte Zahlung), ist das Zahlungsziel des Kunden nach ihr fällig, und Bezahltes begleicht das Älteste zuerst.</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <source>Ledger entries reversed in the period: how many, and their value.</source>
        <translation>Im Zeitraum stornierte Buchungen: wie viele und ihr Wert.</translation>
    </message>
    <message>
        <source>Numeric distribution</source>
        <translation>Numerische Distribution</translation>
    </message>
    <message>
        <source>Per product: active customers who ordered it in the period (submitted, approved or fulfilled) ÷ active customers.</source>
        <translation>Je Produkt: aktive Kunden, die es im Zeitraum bestellt haben (eingereicht, genehmigt oder erfüllt) ÷ aktive Kunden.</translation>
    </message>
</context>
<context>
    <name>SalesSync::Ledger</name>
    <message>
        <source>a reversal must have the reverse direction</source>
        <translation>eine Stornobuchung muss die entgegengesetzte Richtung haben</translation>
    </message>
    <message>
        <source>does not name the original entry</source>
        <translation>verweist nicht auf die ursprüngliche Buchung</translation>
    </message>
    <message>
        <source>names a reversal; a reversal cannot itself be reversed, record a new entry instead</source>
        <translation>verweist auf eine Stornobuchung; eine Stornobuchung kann nicht selbst storniert werden, erfassen Sie stattdessen eine neue Buchung</translation>
    </message>
    <message>
        <source>must be the same kind as the original entry</source>
        <translation>muss von derselben Art sein wie die ursprüngliche Buchung</translation>
    </message>
    <message>
        <source>must be the original entry&apos;s customer</source>
        <translation>muss der Kunde der ursprünglichen Buchung sein</translation>
    </message>
    <message>
        <source>is in %1 but the original entry is in %2</source>
        <translation>lautet auf %1, die ursprüngliche Buchung jedoch auf %2</translation>
    </message>
    <message>
        <source>%1 is more than the %2 that remains of the original entry</source>
        <translation>%1 übersteigt den verbleibenden Betrag der ursprünglichen Buchung (%2)</translation>
    </message>
</context>
<context>
    <name>SalesSync::LedgerModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>%1 reversed</source>
        <translation>%1 storniert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>SalesSync::LocalSettings</name>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
</context>
<context>
    <name>SalesSync::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SalesSync</source>
        <translation>Ü&amp;ber SalesSync</translation>
    </message>
    <message>
        <source>About SalesSync</source>
        <translation>Über SalesSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesSync %1&lt;/h3&gt;&lt;p&gt;Offline-first field sales for agents, managers and admins.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Data file: %4&lt;br&gt;Data format: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesSync %1&lt;/h3&gt;&lt;p&gt;Offline-fähige Vertriebslösung für den Außendienst – für Außendienstmitarbeiter, Manager und Administratoren.&lt;/p&gt;&lt;p&gt;Qt %2 (kompiliert mit %3)&lt;br&gt;Datendatei: %4&lt;br&gt;Datenformat: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
    <message>
        <source>signed in as %1 (%2)</source>
        <translation>angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Demo workspace — %1</source>
        <translation>Demo-Arbeitsbereich — %1</translation>
    </message>
    <message>
        <source>Profile %1 — %2</source>
        <translation>Profil %1 — %2</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>New order for…</source>
        <translation>Neuer Auftrag für…</translation>
    </message>
    <message>
        <source>Choose the customer:</source>
        <translation>Wählen Sie den Kunden:</translation>
    </message>
    <message>
        <source>Demo workspace — SalesSync</source>
        <translation>Demo-Arbeitsbereich — SalesSync</translation>
    </message>
    <message>
        <source>%1 — SalesSync</source>
        <translation>%1 — SalesSync</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, … switch between the sections</source>
        <translation>Strg+1, Strg+2, … wechseln zwischen den Bereichen</translation>
    </message>
</context>
<context>
    <name>SalesSync::MapView</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>SalesSync::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>SalesSync::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beträge in %1 und %2 können nicht miteinander verrechnet werden.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced digit grouping</source>
        <translation>„%1“ enthält falsch gesetzte Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>has more decimal places than %1 allows (%2)</source>
        <translation>hat mehr Nachkommastellen, als %1 zulässt (%2)</translation>
    </message>
</context>
<context>
    <name>SalesSync::Order</name>
    <message>
        <source>an order needs at least one line</source>
        <translation>ein Auftrag benötigt mindestens eine Position</translation>
    </message>
    <message>
        <source>is required to reject or cancel an order</source>
        <translation>ist erforderlich, um einen Auftrag abzulehnen oder zu stornieren</translation>
    </message>
    <message>
        <source>is used by another line</source>
        <translation>wird bereits von einer anderen Position verwendet</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderCalculator</name>
    <message>
        <source>is in %1 but the order is in %2; one order has one currency</source>
        <translation>lautet auf %1, der Auftrag jedoch auf %2; ein Auftrag hat nur eine Währung</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be between 0 % and 100 %</source>
        <translation>muss zwischen 0 % und 100 % liegen</translation>
    </message>
    <message>
        <source>%1 is more than the line amount %2</source>
        <translation>%1 übersteigt den Positionsbetrag %2</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ist kein Währungscode nach ISO 4217</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderEditorDialog</name>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Find a product by name or SKU (Ctrl+F), Return adds it</source>
        <translation>Artikel nach Name oder Art.-Nr. suchen (Strg+F), Eingabetaste fügt ihn hinzu</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Notes for the office (delivery, contact)</source>
        <translation>Hinweise für den Innendienst (Lieferung, Kontakt)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Send the order to the office (Ctrl+Return)</source>
        <translation>Auftrag an den Innendienst senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this customer buys in %3.</source>
        <translation>%1 hat einen Preis in %2, dieser Kunde kauft jedoch in %3.</translation>
    </message>
    <message>
        <source>Net %1 · Tax %2 · &lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Netto %1 · Steuer %2 · &lt;b&gt;Gesamt %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your company does not allow submitting it; save it as a draft.</source>
        <translation>Ihr Unternehmen lässt das Einreichen nicht zu; speichern Sie den Auftrag als Entwurf.</translation>
    </message>
    <message>
        <source>You can submit it; your manager is told.</source>
        <translation>Sie können den Auftrag einreichen; Ihr Manager wird benachrichtigt.</translation>
    </message>
    <message>
        <source>Save the order confirmation</source>
        <translation>Auftragsbestätigung speichern</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>Auftrag schließen</translation>
    </message>
    <message>
        <source>This order has changes that are not saved. Close it and lose them?</source>
        <translation>Dieser Auftrag hat nicht gespeicherte Änderungen. Schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Auftrag s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Cancel a draft or submitted order, with the reason</source>
        <translation>Einen Entwurf oder eingereichten Auftrag mit Begründung stornieren</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Why is order %1 cancelled? The reason goes to the office.</source>
        <translation>Warum wird Auftrag %1 storniert? Der Grund geht an den Innendienst.</translation>
    </message>
    <message>
        <source>Over the credit limit by %1 (open balance %2 + orders not yet invoiced %3 + this order %4, limit %5).</source>
        <translation>Kreditlimit um %1 überschritten (offener Saldo %2 + noch nicht berechnete Aufträge %3 + dieser Auftrag %4, Limit %5).</translation>
    </message>
    <message>
        <source>Available credit: %1, after this order %2 (limit %3).</source>
        <translation>Verfügbarer Kredit: %1, nach diesem Auftrag %2 (Limit %3).</translation>
    </message>
    <message>
        <source>Submit this order for %1 with %2 in total? It goes to the office and can no longer be changed.</source>
        <translation>Diesen Auftrag für %1 über insgesamt %2 einreichen? Er geht an das Büro und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>It takes the customer over the credit limit by %1; your manager is told.</source>
        <translation>Er überschreitet das Kreditlimit des Kunden um %1; Ihr Manager wird informiert.</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Auftrag einreichen</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderLinesModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Type the quantity (up to three decimals)</source>
        <translation>Menge eingeben (bis zu drei Nachkommastellen)</translation>
    </message>
    <message>
        <source>Type a discount for the whole line, as an amount</source>
        <translation>Rabatt für die gesamte Position als Betrag eingeben</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the quantity &quot;%2&quot; is not a number greater than zero with at most three decimals.</source>
        <translation>%1: Die Menge „%2“ ist keine Zahl größer als null mit höchstens drei Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1: the discount &quot;%2&quot; is not an amount in %3.</source>
        <translation>%1: Der Rabatt „%2“ ist kein Betrag in %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderListModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Auftragsnr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderRepository</name>
    <message>
        <source>There is no order with id %1.</source>
        <translation>Es gibt keinen Auftrag mit der ID %1.</translation>
    </message>
    <message>
        <source>refers to a customer that does not exist</source>
        <translation>verweist auf einen Kunden, der nicht existiert</translation>
    </message>
    <message>
        <source>is %1 but the customer trades in %2</source>
        <translation>ist %1, der Kunde rechnet jedoch in %2 ab</translation>
    </message>
    <message>
        <source>Only a draft order can be edited; this one is %1.</source>
        <translation>Nur ein Auftrag im Status „Entwurf“ kann bearbeitet werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>refers to an agent that does not exist</source>
        <translation>verweist auf einen Außendienstmitarbeiter, der nicht existiert</translation>
    </message>
    <message>
        <source>refers to a visit that does not exist</source>
        <translation>verweist auf einen Besuch, der nicht existiert</translation>
    </message>
    <message>
        <source>refers to a product that does not exist</source>
        <translation>verweist auf einen Artikel, der nicht existiert</translation>
    </message>
    <message>
        <source>The order cannot be submitted: it would exceed the customer&apos;s credit limit of %2 by %1 (open %3 + this order %4).</source>
        <translation>Der Auftrag kann nicht eingereicht werden: Er würde das Kreditlimit des Kunden von %2 um %1 überschreiten (offen %3 + dieser Auftrag %4).</translation>
    </message>
</context>
<context>
    <name>SalesSync::OrdersPage</name>
    <message>
        <source>All orders</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Auftrag öffnen</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>Take one from a customer or during a visit.</source>
        <translation>Nehmen Sie einen beim Kunden oder während eines Besuchs auf.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>No orders with the status %1</source>
        <translation>Keine Aufträge mit dem Status %1</translation>
    </message>
    <message>
        <source>Choose “All orders” under Show to see the others.</source>
        <translation>Wählen Sie unter „Anzeigen“ die Option „Alle Aufträge“, um die anderen zu sehen.</translation>
    </message>
</context>
<context>
    <name>SalesSync::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Aktive Außendienstmitarbeiter</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Aktive Artikel</translation>
    </message>
    <message>
        <source>Orders in the last 30 days</source>
        <translation>Aufträge der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Net sales in the last 30 days</source>
        <translation>Nettoumsatz der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Open customer balances</source>
        <translation>Offene Kundensalden</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Nicht synchronisierte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Could not compute the overview: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Visits today (completed / all)</source>
        <translation>Besuche heute (abgeschlossen / alle)</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Ihre Arbeit</translation>
    </message>
    <message>
        <source>Everyone&apos;s work</source>
        <translation>Die Arbeit aller</translation>
    </message>
    <message>
        <source>Your visits planned for today, and how many of them are completed.</source>
        <translation>Ihre für heute geplanten Besuche und wie viele davon abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Visits planned for today in this workspace, and how many are completed.</source>
        <translation>Die für heute geplanten Besuche in diesem Arbeitsbereich und wie viele abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Orders submitted, approved or fulfilled in the last 30 days, drafts and cancelled ones not counted.</source>
        <translation>In den letzten 30 Tagen eingereichte, genehmigte oder ausgeführte Aufträge; Entwürfe und stornierte zählen nicht.</translation>
    </message>
    <message>
        <source>The net value (before tax) of those orders.</source>
        <translation>Der Nettowert (vor Steuern) dieser Aufträge.</translation>
    </message>
    <message>
        <source>In this workspace</source>
        <translation>In diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Every customer on this computer, of any status.</source>
        <translation>Alle Kunden auf diesem Computer, mit jedem Status.</translation>
    </message>
    <message>
        <source>Products that can be ordered.</source>
        <translation>Produkte, die bestellt werden können.</translation>
    </message>
    <message>
        <source>What the customers on this computer owe: charges less payments, after reversals.</source>
        <translation>Was die Kunden auf diesem Computer schulden: Belastungen abzüglich Zahlungen, nach Stornos.</translation>
    </message>
    <message>
        <source>Sales territories on this computer.</source>
        <translation>Vertriebsgebiete auf diesem Computer.</translation>
    </message>
    <message>
        <source>Field agents with an active account.</source>
        <translation>Außendienstmitarbeiter mit aktivem Konto.</translation>
    </message>
    <message>
        <source>Changes made on this computer that the server has not yet confirmed.</source>
        <translation>Auf diesem Computer vorgenommene Änderungen, die der Server noch nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::PasswordChange</name>
    <message>
        <source>The setup code is wrong, used or expired. Ask your administrator for a new one.</source>
        <translation>Der Einrichtungscode ist falsch, schon benutzt oder abgelaufen. Bitten Sie Ihren Administrator um einen neuen.</translation>
    </message>
</context>
<context>
    <name>SalesSync::PasswordResetDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 is signed out on every device and signs in again with what you choose here.</source>
        <translation>%1 wird auf allen Geräten abgemeldet und meldet sich mit dem an, was Sie hier wählen.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SalesSync::PaymentDialog</name>
    <message>
        <source>enter the amount</source>
        <translation>geben Sie den Betrag ein</translation>
    </message>
    <message>
        <source>Record a payment from %1</source>
        <translation>Zahlung von %1 erfassen</translation>
    </message>
    <message>
        <source>cheque number or bank reference</source>
        <translation>Schecknummer oder Bankreferenz</translation>
    </message>
    <message>
        <source>On account (no particular order)</source>
        <translation>Auf das Kundenkonto (ohne bestimmten Auftrag)</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>For &amp;order:</source>
        <translation>Für &amp;Auftrag:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>Re&amp;cord payment</source>
        <translation>Zahlung er&amp;fassen</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 vom %2 — %3</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Offener Saldo: %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::PaymentsPage</name>
    <message>
        <source>Record &amp;payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>Statement as P&amp;DF…</source>
        <translation>Kontoauszug als P&amp;DF…</translation>
    </message>
    <message>
        <source>Statement as &amp;CSV…</source>
        <translation>Kontoauszug als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>%1: opening %2 · closing %3 · credit limit %4</source>
        <translation>%1: Anfangssaldo %2 · Endsaldo %3 · Kreditlimit %4</translation>
    </message>
    <message>
        <source>Payments and statement</source>
        <translation>Zahlungen und Kontoauszug</translation>
    </message>
    <message>
        <source>Choose a customer to see their account</source>
        <translation>Wählen Sie einen Kunden, um sein Konto zu sehen</translation>
    </message>
    <message>
        <source>Search above by name, customer number or city. The statement lists charges, payments and reversals, and you can record a payment from it.</source>
        <translation>Suchen Sie oben nach Name, Kundennummer oder Ort. Der Kontoauszug listet Belastungen, Zahlungen und Stornos auf, und Sie können von dort eine Zahlung erfassen.</translation>
    </message>
    <message>
        <source>No payments or charges from %1 to %2</source>
        <translation>Keine Zahlungen oder Belastungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>Record a payment here, from the customer or during a visit, or choose a longer period.</source>
        <translation>Erfassen Sie hier, beim Kunden oder während eines Besuchs eine Zahlung, oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Payment r&amp;eceipt…</source>
        <translation>&amp;Quittung…</translation>
    </message>
    <message>
        <source>Save the receipt for the selected payment as a PDF to give or send the customer</source>
        <translation>Die Quittung für die gewählte Zahlung als PDF speichern, um sie dem Kunden zu geben oder zu senden</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Zahlung über %1 erfasst.</translation>
    </message>
    <message>
        <source>Save receipt…</source>
        <translation>Quittung speichern…</translation>
    </message>
    <message>
        <source>Save the payment receipt</source>
        <translation>Zahlungsquittung speichern</translation>
    </message>
    <message>
        <source>Choose a payment first.</source>
        <translation>Wählen Sie zuerst eine Zahlung.</translation>
    </message>
</context>
<context>
    <name>SalesSync::PlanVisitDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>Besuch planen</translation>
    </message>
    <message>
        <source>Reschedule the visit</source>
        <translation>Besuch verschieben</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Plan visit</source>
        <translation>Besuch &amp;planen</translation>
    </message>
    <message>
        <source>Choose the customer to visit from the matches.</source>
        <translation>Wählen Sie den zu besuchenden Kunden aus den Treffern aus.</translation>
    </message>
    <message>
        <source>Only a sales agent can plan visits, and you are not signed in as one.</source>
        <translation>Nur Außendienstmitarbeiter können Besuche planen, und Sie sind nicht als Außendienstmitarbeiter angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Appointment agreed with the customer</source>
        <translation>Mit dem Kunden vereinbarter &amp;Termin</translation>
    </message>
    <message>
        <source>Route suggestions keep the time of an appointment and plan the other visits around it.</source>
        <translation>Routenvorschläge behalten die Uhrzeit eines Termins bei und planen die anderen Besuche darum herum.</translation>
    </message>
    <message>
        <source>This time has passed: the visit will show as overdue at once.</source>
        <translation>Dieser Zeitpunkt ist vorbei: Der Besuch wird sofort als überfällig angezeigt.</translation>
    </message>
</context>
<context>
    <name>SalesSync::PositionProvider</name>
    <message>
        <source>Cannot read the NMEA log %1: %2</source>
        <translation>Das NMEA-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No position came within the time allowed.</source>
        <translation>Innerhalb der zulässigen Zeit wurde kein Standort ermittelt.</translation>
    </message>
    <message>
        <source>SalesSync may not use this computer&apos;s location. Allow it in the system settings.</source>
        <translation>SalesSync darf den Standort dieses Computers nicht verwenden. Erlauben Sie dies in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>The position source closed (the receiver was unplugged, or the log ended).</source>
        <translation>Die Standortquelle wurde geschlossen (der Empfänger wurde getrennt oder das Protokoll ist zu Ende).</translation>
    </message>
    <message>
        <source>The position source failed.</source>
        <translation>Die Standortquelle ist ausgefallen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>recorded NMEA log</source>
        <translation>aufgezeichnetes NMEA-Protokoll</translation>
    </message>
    <message>
        <source>This computer has no position source.</source>
        <translation>Dieser Computer hat keine Standortquelle.</translation>
    </message>
</context>
<context>
    <name>SalesSync::ProductRepository</name>
    <message>
        <source>There is no product with id %1.</source>
        <translation>Es gibt keinen Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no product with SKU %1.</source>
        <translation>Es gibt keinen Artikel mit der SKU %1.</translation>
    </message>
    <message>
        <source>There is no price list with id %1.</source>
        <translation>Es gibt keine Preisliste mit der ID %1.</translation>
    </message>
    <message>
        <source>refers to a price list that does not exist</source>
        <translation>verweist auf eine Preisliste, die nicht existiert</translation>
    </message>
    <message>
        <source>is in %1 but the price list is in %2</source>
        <translation>lautet auf %1, die Preisliste jedoch auf %2</translation>
    </message>
    <message>
        <source>refers to a product that does not exist</source>
        <translation>verweist auf einen Artikel, der nicht existiert</translation>
    </message>
</context>
<context>
    <name>SalesSync::ProductSearchModel</name>
    <message>
        <source>%1 · %2 per %3</source>
        <translation>%1 · %2 je %3</translation>
    </message>
</context>
<context>
    <name>SalesSync::ProfileStore</name>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot delete the folder %1.</source>
        <translation>Der Ordner %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (no slashes or backslashes, not starting with a dot, at most 100 characters).</source>
        <translation>„%1“ ist kein gültiger Profilname (keine Schrägstriche oder umgekehrten Schrägstriche, darf nicht mit einem Punkt beginnen, höchstens 100 Zeichen).</translation>
    </message>
</context>
<context>
    <name>SalesSync::QuarantineModel</name>
    <message>
        <source>created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Ablehnungsgrund</translation>
    </message>
</context>
<context>
    <name>SalesSync::Realignment</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an id (a UUID)</source>
        <translation>muss eine ID (eine UUID) sein</translation>
    </message>
    <message>
        <source>a realignment must move something</source>
        <translation>eine Neuordnung muss etwas verschieben</translation>
    </message>
</context>
<context>
    <name>SalesSync::RealignmentHistoryPage</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel the realignment</source>
        <translation>Neuzuordnung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected scheduled realignment before it is applied</source>
        <translation>Die ausgewählte geplante Neuzuordnung abbrechen, bevor sie ausgeführt wird</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export the realignment history</source>
        <translation>Verlauf der Neuzuordnungen exportieren</translation>
    </message>
    <message>
        <source>Realignments %1.csv</source>
        <translation>Neuzuordnungen %1.csv</translation>
    </message>
    <message>
        <source>No realignments yet</source>
        <translation>Noch keine Neuzuordnungen</translation>
    </message>
    <message>
        <source>Realignments you make under Assignments are listed here, with everyone they changed.</source>
        <translation>Neuzuordnungen, die Sie unter Zuordnungen vornehmen, stehen hier – mit allen, die sie betreffen.</translation>
    </message>
    <message>
        <source>The history is kept on the server</source>
        <translation>Der Verlauf liegt auf dem Server</translation>
    </message>
    <message>
        <source>Realignment history</source>
        <translation>Verlauf der Neuzuordnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved</source>
        <translation>
            <numerusform>%n Kunde verschoben</numerusform>
            <numerusform>%n Kunden verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) reassigned</source>
        <translation>
            <numerusform>%n Außendienstmitarbeiter neu zugeordnet</numerusform>
            <numerusform>%n Außendienstmitarbeiter neu zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory move(s)</source>
        <translation>
            <numerusform>%n Gebiet verschoben</numerusform>
            <numerusform>%n Gebiete verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message numerus="yes">
        <source>%n realignment(s) · as of %1</source>
        <translation>
            <numerusform>%n Neuzuordnung · Stand %1</numerusform>
            <numerusform>%n Neuzuordnungen · Stand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the realignment</source>
        <translation>Neuzuordnung abbrechen</translation>
    </message>
    <message>
        <source>The realignment planned for %1 will not be applied. Nothing has moved yet.</source>
        <translation>Die für %1 geplante Neuzuordnung wird nicht ausgeführt. Bisher wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>The realignment was not cancelled: %1</source>
        <translation>Die Neuzuordnung wurde nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing moves.</source>
        <translation>Abgebrochen. Nichts wird verschoben.</translation>
    </message>
</context>
<context>
    <name>SalesSync::RealignmentPage</name>
    <message>
        <source>Add moves to the plan, then preview what they change on whose laptop.</source>
        <translation>Fügen Sie dem Plan Verschiebungen hinzu und sehen Sie dann in der Vorschau, was sich auf wessen Laptop ändert.</translation>
    </message>
    <message>
        <source>Person and device</source>
        <translation>Person und Gerät</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Geplante Besuche</translation>
    </message>
    <message>
        <source>Open balances</source>
        <translation>Offene Salden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Realignments are made on the server</source>
        <translation>Neuzuordnungen werden auf dem Server vorgenommen</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Move customers and territories between agents, now or at a date you choose</source>
        <translation>Kunden und Gebiete zwischen Außendienstmitarbeitern verschieben – sofort oder zu einem Zeitpunkt Ihrer Wahl</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code starts with</source>
        <translation>PLZ beginnt mit</translation>
    </message>
    <message>
        <source>Customer numbers</source>
        <translation>Kundennummern</translation>
    </message>
    <message>
        <source>e.g. Ulm</source>
        <translation>z. B. Ulm</translation>
    </message>
    <message>
        <source>e.g. 89 for every postal code from 89000 to 89999</source>
        <translation>z. B. 89 für alle Postleitzahlen von 89000 bis 89999</translation>
    </message>
    <message>
        <source>Paste customer numbers, one per line or separated by commas</source>
        <translation>Kundennummern einfügen, eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add to the &amp;plan</source>
        <translation>Zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>Select &amp;by:</source>
        <translation>&amp;Auswahl nach:</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>Add to the p&amp;lan</source>
        <translation>Zum P&amp;lan hinzufügen</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Betreut:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Remove from the plan</source>
        <translation>Aus dem Plan &amp;entfernen</translation>
    </message>
    <message>
        <source>Apply &amp;now</source>
        <translation>&amp;Sofort ausführen</translation>
    </message>
    <message>
        <source>Apply &amp;at:</source>
        <translation>Ausführen &amp;am:</translation>
    </message>
    <message>
        <source>Why, for the history (e.g. New year: Ulm goes to Lena)</source>
        <translation>Warum, für den Verlauf (z. B. Neujahr: Ulm geht an Lena)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Cannot read the territories: %1</source>
        <translation>Die Gebiete können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose the territory the customers move to.</source>
        <translation>Wählen Sie das Gebiet, in das die Kunden wechseln.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>with postal codes starting %1</source>
        <translation>mit PLZ ab %1</translation>
    </message>
    <message>
        <source>from the pasted list</source>
        <translation>aus der eingefügten Liste</translation>
    </message>
    <message>
        <source>Cannot select the customers: %1</source>
        <translation>Die Kunden können nicht ausgewählt werden: %1</translation>
    </message>
    <message>
        <source>Not among your customers, left out: %1</source>
        <translation>Nicht unter Ihren Kunden, ausgelassen: %1</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Kein Kunde passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) %1 to %2</source>
        <translation>
            <numerusform>%n Kunde %1 nach %2</numerusform>
            <numerusform>%n Kunden %1 nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>takes on %1</source>
        <translation>übernimmt %1</translation>
    </message>
    <message>
        <source>gives up %1</source>
        <translation>gibt %1 ab</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Preview the plan to see what it changes on whose laptop.</source>
        <translation>Sehen Sie in der Vorschau, was der Plan auf wessen Laptop ändert.</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Appl&amp;y now</source>
        <translation>&amp;Sofort ausführen</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
    <message>
        <source>The server refused the plan: %1</source>
        <translation>Der Server hat den Plan abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsynced edits to %n leaving customer(s): set aside as &quot;evicted&quot; on the device, exportable from its Sync page</source>
        <translation>
            <numerusform>Nicht synchronisierte Änderungen an %n wechselnden Kunden: werden auf dem Gerät als „evicted“ zurückgestellt und lassen sich auf seiner Seite Synchronisierung exportieren</numerusform>
            <numerusform>Nicht synchronisierte Änderungen an %n wechselnden Kunden: werden auf dem Gerät als „evicted“ zurückgestellt und lassen sich auf seiner Seite Synchronisierung exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced recently: edits to leaving customers made offline would be set aside as &quot;evicted&quot;, exportable from its Sync page</source>
        <translation>Länger nicht synchronisiert: offline vorgenommene Änderungen an wechselnden Kunden würden als „evicted“ zurückgestellt und lassen sich auf seiner Seite Synchronisierung exportieren</translation>
    </message>
    <message>
        <source>Nothing unsynced that leaves</source>
        <translation>Nichts Unsynchronisiertes, das wechselt</translation>
    </message>
    <message>
        <source>Device %1 · last sync %2 · %3</source>
        <translation>Gerät %1 · letzte Synchronisierung %2 · %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The plan changes nobody&apos;s laptop: every customer stays where it is held now.</source>
        <translation>Der Plan ändert keinen Laptop: Jeder Kunde bleibt, wo er jetzt geführt wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) gain or lose customers.</source>
        <translation>
            <numerusform>%n Person bekommt oder verliert Kunden.</numerusform>
            <numerusform>%n Personen bekommen oder verlieren Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) may hold unsynced edits to customers that leave.</source>
        <translation>
            <numerusform>%n Gerät hat womöglich nicht synchronisierte Änderungen an wechselnden Kunden.</numerusform>
            <numerusform>%n Geräte haben womöglich nicht synchronisierte Änderungen an wechselnden Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device holds unsynced edits to customers that leave.</source>
        <translation>Kein Gerät hat nicht synchronisierte Änderungen an wechselnden Kunden.</translation>
    </message>
    <message>
        <source>The plan is applied by the server on %1, as previewed if nothing has changed by then; until then you can cancel it in the history.</source>
        <translation>Der Server führt den Plan am %1 aus – wie in der Vorschau, wenn sich bis dahin nichts ändert; bis dahin können Sie ihn im Verlauf abbrechen.</translation>
    </message>
    <message>
        <source>Customers move now; each laptop gains and loses them at its next sync, as previewed.</source>
        <translation>Die Kunden wechseln jetzt; jeder Laptop bekommt oder verliert sie bei seiner nächsten Synchronisierung, wie in der Vorschau.</translation>
    </message>
    <message>
        <source>Schedule the realignment</source>
        <translation>Neuzuordnung planen</translation>
    </message>
    <message>
        <source>Apply the realignment</source>
        <translation>Neuzuordnung ausführen</translation>
    </message>
    <message>
        <source>The realignment was not made: %1</source>
        <translation>Die Neuzuordnung wurde nicht vorgenommen: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>Applied. Each laptop follows at its next sync.</source>
        <translation>Ausgeführt. Jeder Laptop folgt bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;ußendienst</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Außendienstmitarbeiter:</translation>
    </message>
</context>
<context>
    <name>SalesSync::ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>%1 of %2 on %3. Up to %4 can be reversed; the entry itself stays in the ledger.</source>
        <translation>%1 über %2 vom %3. Bis zu %4 können storniert werden; die Buchung selbst bleibt im Kundenkonto erhalten.</translation>
    </message>
    <message>
        <source>e.g. cheque returned unpaid</source>
        <translation>z. B. Scheck nicht eingelöst</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Stornieren</translation>
    </message>
</context>
<context>
    <name>SalesSync::RouteDialog</name>
    <message>
        <source>Suggested route</source>
        <translation>Vorgeschlagene Route</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Neue Uhrzeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>&amp;Apply these times</source>
        <translation>Diese Zeiten &amp;übernehmen</translation>
    </message>
    <message>
        <source>%1 (appointment)</source>
        <translation>%1 (Termin)</translation>
    </message>
    <message>
        <source>The drive from the visit before arrives after this appointment&apos;s time.</source>
        <translation>Mit der Fahrt vom vorherigen Besuch wird dieser Termin erst nach seiner Uhrzeit erreicht.</translation>
    </message>
    <message>
        <source>The visits still to do are already in a good order at good times.</source>
        <translation>Die noch offenen Besuche sind bereits in einer guten Reihenfolge zu guten Zeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) get a new time, from now on, around appointments.</source>
        <translation>
            <numerusform>%n Besuch erhält eine neue Uhrzeit, ab jetzt und um Termine herum.</numerusform>
            <numerusform>%n Besuche erhalten eine neue Uhrzeit, ab jetzt und um Termine herum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day&apos;s route: %1 now, %2 with these times (straight lines between the stops).</source>
        <translation>Die Route des Tages: bisher %1, mit diesen Zeiten %2 (Luftlinie zwischen den Stationen).</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cannot be reached in time; they keep their times.</source>
        <translation>
            <numerusform>%n Termin ist nicht rechtzeitig erreichbar; er behält seine Uhrzeit.</numerusform>
            <numerusform>%n Termine sind nicht rechtzeitig erreichbar; sie behalten ihre Uhrzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>These visits do not fit into the day: the last would be on %1. Move some to another day first.</source>
        <translation>Diese Besuche passen nicht in den Tag: Der letzte wäre am %1. Verschieben Sie zuerst einige auf einen anderen Tag.</translation>
    </message>
</context>
<context>
    <name>SalesSync::ServerCall</name>
    <message>
        <source>This workspace is not connected to a server. Accounts, sessions, devices and realignments live on the server: sign in to your company&apos;s server to manage them.</source>
        <translation>Dieser Arbeitsbereich ist mit keinem Server verbunden. Konten, Sitzungen, Geräte und Neuzuordnungen liegen auf dem Server: Melden Sie sich beim Server Ihres Unternehmens an, um sie zu verwalten.</translation>
    </message>
    <message>
        <source>You are not signed in to the server. Sign in again to manage accounts and realignments.</source>
        <translation>Sie sind nicht beim Server angemeldet. Melden Sie sich erneut an, um Konten und Neuzuordnungen zu verwalten.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>Dieser Benutzername ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This employee id is already another agent&apos;s.</source>
        <translation>Diese Personalnummer gehört bereits einem anderen Außendienstmitarbeiter.</translation>
    </message>
    <message>
        <source>This territory is outside the territories you manage.</source>
        <translation>Dieses Gebiet liegt außerhalb der Gebiete, die Sie leiten.</translation>
    </message>
    <message>
        <source>Agents work in active territories of the lowest level; choose those.</source>
        <translation>Außendienstmitarbeiter arbeiten in aktiven Gebieten der untersten Ebene; wählen Sie solche.</translation>
    </message>
    <message>
        <source>You may not give or change this role: only admins change roles, nobody their own, and the last active admin stays an admin.</source>
        <translation>Diese Rolle dürfen Sie nicht vergeben oder ändern: Nur Administratoren ändern Rollen, niemand die eigene, und der letzte aktive Administrator bleibt Administrator.</translation>
    </message>
    <message>
        <source>This person has no agent record (employee id): create an agent account instead.</source>
        <translation>Diese Person hat keinen Außendienst-Datensatz (Personalnummer): Legen Sie stattdessen ein Außendienstkonto an.</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last active admin.</source>
        <translation>Sie können weder sich selbst noch den letzten aktiven Administrator deaktivieren.</translation>
    </message>
    <message>
        <source>This person is outside the people you administer.</source>
        <translation>Diese Person gehört nicht zu den Personen, die Sie verwalten.</translation>
    </message>
    <message>
        <source>Someone else changed this person in the meantime. Look at them again, then repeat your change.</source>
        <translation>Jemand anderes hat diese Person inzwischen geändert. Sehen Sie sie sich erneut an und wiederholen Sie dann Ihre Änderung.</translation>
    </message>
</context>
<context>
    <name>SalesSync::SettingsPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>none (this computer only)</source>
        <translation>keiner (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Sign-in kept in:</source>
        <translation>Anmeldung gespeichert in:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Speicherort der Daten:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language. A change takes effect when SalesSync starts next.</source>
        <translation>Zahlen, Beträge und Datumsangaben richten sich nach der Sprache. Eine Änderung wird beim nächsten Start von SalesSync wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Visits and orders</source>
        <translation>Besuche und Aufträge</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Check-ins farther from the customer need a reason and are marked for your manager.</source>
        <translation>Check-ins, die weiter vom Kunden entfernt sind, erfordern eine Begründung und werden für Ihren Manager markiert.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warn, and tell the manager</source>
        <translation>Warnen und Manager benachrichtigen</translation>
    </message>
    <message>
        <source>Do not allow submitting</source>
        <translation>Einreichen nicht zulassen</translation>
    </message>
    <message>
        <source>&amp;Geofence radius:</source>
        <translation>&amp;Geofence-Radius:</translation>
    </message>
    <message>
        <source>&amp;Wait for a position:</source>
        <translation>Auf Standort &amp;warten:</translation>
    </message>
    <message>
        <source>Orders over the &amp;credit limit:</source>
        <translation>Aufträge über dem &amp;Kreditlimit:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>SalesSync %1 — offline-first field sales.
Qt %2 (built with %3)
Data format %4
Data file: %5
Position source: %6</source>
        <translation>SalesSync %1 — offline-fähige Vertriebslösung für den Außendienst.
Qt %2 (kompiliert mit %3)
Datenformat %4
Datendatei: %5
Standortquelle: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>An OpenStreetMap-compatible tile server, where {z}, {x} and {y} stand for a tile; empty: OpenStreetMap&apos;s. Tiles are kept on this computer, so the area last seen is there offline. A change takes effect when SalesSync starts next.</source>
        <translation>Ein OpenStreetMap-kompatibler Kachelserver, wobei {z}, {x} und {y} für eine Kachel stehen; leer: der von OpenStreetMap. Kacheln werden auf diesem Computer aufbewahrt, sodass der zuletzt gesehene Bereich auch offline verfügbar ist. Eine Änderung wird beim nächsten Start von SalesSync wirksam.</translation>
    </message>
    <message>
        <source>&amp;Tiles from:</source>
        <translation>&amp;Kacheln von:</translation>
    </message>
    <message>
        <source>C&amp;redit shown:</source>
        <translation>Angezeigter &amp;Nachweis:</translation>
    </message>
</context>
<context>
    <name>SalesSync::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>SalesSync::SignInDialog</name>
    <message>
        <source>Sign in to SalesSync</source>
        <translation>Bei SalesSync anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Enter the address of your company&apos;s SalesSync server and your account. Your data is then copied to this computer, so you can work without a network.</source>
        <translation>Geben Sie die Adresse des SalesSync-Servers Ihres Unternehmens und Ihre Zugangsdaten ein. Ihre Daten werden dann auf diesen Computer kopiert, sodass Sie ohne Netzwerk arbeiten können.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Enter your password to go on syncing. Your work on this computer is kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Geben Sie Ihr Passwort ein, um weiter zu synchronisieren. Ihre Arbeit auf diesem Computer bleibt erhalten.</translation>
    </message>
    <message>
        <source>https://sales.example.com</source>
        <translation>https://sales.example.com</translation>
    </message>
    <message>
        <source>This address is not encrypted (http): use it only on a trusted network.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http): Verwenden Sie sie nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sales.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://sales.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on a trusted network).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// in einem vertrauenswürdigen Netzwerk).</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s address, without a name, password, &quot;?&quot; or &quot;#&quot; part.</source>
        <translation>Geben Sie nur die Adresse des Servers ein, ohne Namen, Passwort, „?“- oder „#“-Teil.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Setup &amp;code:</source>
        <translation>Einrichtungs&amp;code:</translation>
    </message>
    <message>
        <source>Set password and sign &amp;in</source>
        <translation>Passwort setzen und &amp;anmelden</translation>
    </message>
    <message>
        <source>Choose at least %1 characters; a few words in a row are easy to remember.</source>
        <translation>Wählen Sie mindestens %1 Zeichen; ein paar Wörter hintereinander merkt man sich leicht.</translation>
    </message>
    <message>
        <source>This is not the same as the new password.</source>
        <translation>Das stimmt nicht mit dem neuen Passwort überein.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>Wählen Sie ein anderes Passwort als das, das Sie bekommen haben.</translation>
    </message>
    <message>
        <source>Enter the setup code.</source>
        <translation>Geben Sie den Einrichtungscode ein.</translation>
    </message>
    <message>
        <source>I have a setup code</source>
        <translation>Ich habe einen Einrichtungscode</translation>
    </message>
    <message>
        <source>A one-time code from your administrator, instead of a password: you then choose your own password.</source>
        <translation>Ein einmaliger Code von Ihrem Administrator statt eines Passworts: Sie wählen dann Ihr eigenes Passwort.</translation>
    </message>
</context>
<context>
    <name>SalesSync::Store</name>
    <message>
        <source>is already used by another record</source>
        <translation>wird bereits von einem anderen Datensatz verwendet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>refers to a record that does not exist</source>
        <translation>verweist auf einen Datensatz, der nicht existiert</translation>
    </message>
    <message>
        <source>has a value the data file does not accept</source>
        <translation>hat einen Wert, den die Datendatei nicht akzeptiert</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::CredentialStore</name>
    <message>
        <source>the server address needs a scheme and a host, like https://sales.example.com</source>
        <translation>die Serveradresse braucht ein Schema und einen Host, etwa https://sales.example.com</translation>
    </message>
    <message>
        <source>the username is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::KeychainCredentialStore</name>
    <message>
        <source>SalesSync cannot remember your sign-in, so you will have to log in each time you start it.</source>
        <translation>SalesSync kann sich Ihre Anmeldung nicht merken; Sie müssen sich bei jedem Start neu anmelden.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no Secret Service such as GNOME Keyring, and no KWallet, is running).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (weder ein Secret Service wie GNOME Keyring noch KWallet läuft).</translation>
    </message>
    <message>
        <source>The keychain of this computer cannot be used.</source>
        <translation>Der Schlüsselbund dieses Computers kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keychain. You can delete the entry &quot;%1&quot; of &quot;%2&quot; with your keychain application.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden. Sie können den Eintrag „%1“ von „%2“ mit Ihrer Schlüsselbund-Anwendung löschen.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). SalesSync cannot remember your sign-in this time, so you will have to log in again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. SalesSync kann sich Ihre Anmeldung diesmal nicht merken; Sie müssen sich erneut anmelden.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. SalesSync kann sich Ihre Anmeldung diesmal nicht merken; Sie müssen sich erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the desktop keychain (Secret Service or KWallet)</source>
        <translation>der Schlüsselbund des Desktops (Secret Service oder KWallet)</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::LocalSyncStore</name>
    <message>
        <source>This record left your territories before your change was synced; your change is kept here for review.</source>
        <translation>Dieser Datensatz hat Ihre Gebiete verlassen, bevor Ihre Änderung synchronisiert war; Ihre Änderung wird hier zur Prüfung aufbewahrt.</translation>
    </message>
    <message>
        <source>This record depends on a change the server did not accept; your change is kept here for review.</source>
        <translation>Dieser Datensatz hängt von einer Änderung ab, die der Server nicht angenommen hat; Ihre Änderung wird hier zur Prüfung aufbewahrt.</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation>Der Server hat %1 Ergebnisse für %2 Änderungen geliefert.</translation>
    </message>
    <message>
        <source>There is no set-aside change %1.</source>
        <translation>Es gibt keine zurückgestellte Änderung %1.</translation>
    </message>
    <message>
        <source>This version does not know &quot;%1&quot; records.</source>
        <translation>Diese Version kennt keine Datensätze vom Typ „%1“.</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>Es gibt keinen offenen Konflikt %1.</translation>
    </message>
    <message>
        <source>This version does not know the field %1.%2.</source>
        <translation>Diese Version kennt das Feld %1.%2 nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the pull</source>
        <translation>der Abruf kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Outbox op %1 has the unknown kind &quot;%2&quot;.</source>
        <translation>Die ausstehende Änderung %1 hat die unbekannte Art „%2“.</translation>
    </message>
    <message>
        <source>Outbox op %1 is damaged: %2</source>
        <translation>Die ausstehende Änderung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The server answered for op %1 where op %2 was expected.</source>
        <translation>Der Server hat für die Änderung %1 geantwortet, erwartet war die Änderung %2.</translation>
    </message>
    <message>
        <source>(It could not be undone on this computer: %1)</source>
        <translation>(Sie konnte auf diesem Computer nicht rückgängig gemacht werden: %1)</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::MemoryCredentialStore</name>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>memory only: the sign-in lasts until SalesSync quits</source>
        <translation>nur im Arbeitsspeicher: die Anmeldung gilt, bis SalesSync beendet wird</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::RejectionText</name>
    <message>
        <source>Your role may not make this change.</source>
        <translation>Ihre Rolle darf diese Änderung nicht vornehmen.</translation>
    </message>
    <message>
        <source>The record is outside your territories (it may have been moved to another territory).</source>
        <translation>Der Datensatz liegt außerhalb Ihrer Gebiete (er wurde möglicherweise in ein anderes Gebiet verschoben).</translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation>Der Datensatz existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>A record with this id already exists on the server.</source>
        <translation>Auf dem Server existiert bereits ein Datensatz mit dieser ID.</translation>
    </message>
    <message>
        <source>The server does not accept this change from this version of SalesSync.</source>
        <translation>Der Server nimmt diese Änderung von dieser SalesSync-Version nicht an.</translation>
    </message>
    <message>
        <source>The server&apos;s data rules refused the values.</source>
        <translation>Die Datenregeln des Servers haben die Werte abgelehnt.</translation>
    </message>
    <message>
        <source>This field cannot be changed once set.</source>
        <translation>Dieses Feld kann nach dem Festlegen nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The record&apos;s status had already moved on; this step is no longer possible.</source>
        <translation>Der Status des Datensatzes hatte sich bereits geändert; dieser Schritt ist nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Someone deleted the record on the server; the delete stands.</source>
        <translation>Jemand hat den Datensatz auf dem Server gelöscht; die Löschung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Someone changed the record on the server after you; it was not deleted.</source>
        <translation>Jemand hat den Datensatz nach Ihnen auf dem Server geändert; er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The reversal is not possible (more than what is left, or of another customer&apos;s entry).</source>
        <translation>Die Stornierung ist nicht möglich (mehr als der Restbetrag oder Buchung eines anderen Kunden).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of the server&apos;s. Set the correct date and time, then retry.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der des Servers vor. Stellen Sie Datum und Uhrzeit richtig ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another part of the same change was refused, so none of it was kept.</source>
        <translation>Ein anderer Teil derselben Änderung wurde abgelehnt, daher wurde nichts davon übernommen.</translation>
    </message>
    <message>
        <source>The record it belongs to was refused, so it was set aside too.</source>
        <translation>Der zugehörige Datensatz wurde abgelehnt, daher wurde auch dieser zurückgestellt.</translation>
    </message>
    <message>
        <source>(Server: %1)</source>
        <translation>(Server: %1)</translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation>Der Server hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>The record left your territories while you had unsynced changes for it.</source>
        <translation>Der Datensatz hat Ihre Gebiete verlassen, während Sie noch nicht synchronisierte Änderungen daran hatten.</translation>
    </message>
    <message>
        <source>A value the server needs was missing.</source>
        <translation>Ein Wert, den der Server benötigt, fehlte.</translation>
    </message>
    <message>
        <source>The server already has a change with this id from someone else; it was not applied.</source>
        <translation>Der Server hat bereits eine Änderung mit dieser ID von jemand anderem; sie wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: your role may not change this field.</source>
        <translation>%1: Ihre Rolle darf dieses Feld nicht ändern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncApi</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The answer from the server %1 broke off or was garbled; trying again later.</source>
        <translation>Die Antwort des Servers %1 brach ab oder war unleserlich; es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was ended. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Zu viele Anmeldeversuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server does not support this version of SalesSync. Install the version your company uses.</source>
        <translation>Der Server unterstützt diese SalesSync-Version nicht. Installieren Sie die Version, die Ihr Unternehmen verwendet.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. SalesSync will try again.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar. SalesSync versucht es erneut.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>This password was set by an administrator. Choose your own password to sign in.</source>
        <translation>Dieses Passwort hat ein Administrator vergeben. Wählen Sie Ihr eigenes Passwort, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Look at it again, then repeat your change.</source>
        <translation>Jemand anderes hat dies inzwischen geändert. Sehen Sie es sich noch einmal an und wiederholen Sie dann Ihre Änderung.</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server did not recognise this computer&apos;s sync position; everything is pulled again.</source>
        <translation>Der Server hat den Synchronisationsstand dieses Computers nicht erkannt; alles wird neu abgerufen.</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncSession</name>
    <message>
        <source>Changes not yet on the server: %1. Sync first, or save them to a file and sign out anyway.</source>
        <translation>Änderungen, die noch nicht auf dem Server sind: %1. Synchronisieren Sie zuerst, oder speichern Sie sie in einer Datei und melden Sie sich trotzdem ab.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncStatus</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>The sync round failed for an unknown reason.</source>
        <translation>Die Synchronisierung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Please log in again to sync</source>
        <translation>Bitte melden Sie sich erneut an, um zu synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline — %Ln Änderung wartet</numerusform>
            <numerusform>Offline — %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>First sync… %1 of %2 rows, about %3 left</source>
        <translation>Erste Synchronisierung… %1 von %2 Zeilen, noch etwa %3</translation>
    </message>
    <message>
        <source>First sync… %1 of %2 rows</source>
        <translation>Erste Synchronisierung… %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Erste Synchronisierung…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>Sende %Ln Änderung…</numerusform>
            <numerusform>Sende %Ln Änderungen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 rows</source>
        <translation>Synchronisiere… %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Syncing… %1 rows received</source>
        <translation>Synchronisiere… %1 Zeilen empfangen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Noch nicht synchronisiert — %Ln Änderung wartet</numerusform>
            <numerusform>Noch nicht synchronisiert — %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting — last sync %1</source>
        <translation>
            <numerusform>%Ln Änderung wartet — zuletzt synchronisiert %1</numerusform>
            <numerusform>%Ln Änderungen warten — zuletzt synchronisiert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date — last sync %1</source>
        <translation>Aktuell — zuletzt synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln item(s) need your attention</source>
        <translation>
            <numerusform>%1 — %Ln Eintrag braucht Ihre Aufmerksamkeit</numerusform>
            <numerusform>%1 — %Ln Einträge brauchen Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the dashboard&apos;s figures… step %1 of %2</source>
        <translation>Kennzahlen für das Dashboard werden vorbereitet… Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest data now (F5)</source>
        <translation>Ihre Änderungen jetzt senden und die neuesten Daten abrufen (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Local only — this workspace does not sync</source>
        <translation>Nur lokal — dieser Arbeitsbereich wird nicht synchronisiert</translation>
    </message>
    <message>
        <source>The demo workspace lives on this computer only.</source>
        <translation>Der Demo-Arbeitsbereich existiert nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>Server erreichbar</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Changes waiting: %1 (oldest from %2)</source>
        <translation>Wartende Änderungen: %1 (älteste vom %2)</translation>
    </message>
    <message>
        <source>Changes the server refused: %1</source>
        <translation>Vom Server abgelehnte Änderungen: %1</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1</source>
        <translation>Zu entscheidende Konflikte: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::SyncPage</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Show conflicts settled by the rules too</source>
        <translation>Auch durch Regeln entschiedene Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation>&amp;Ihren Wert behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Wert des &amp;Servers behalten</translation>
    </message>
    <message>
        <source>&amp;Use this value:</source>
        <translation>&amp;Diesen Wert verwenden:</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Apply the change (with the other parts of the same change) again on this computer and send it with the next sync</source>
        <translation>Die Änderung (zusammen mit den anderen Teilen derselben Änderung) erneut auf diesem Computer anwenden und mit der nächsten Synchronisierung senden</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Save all unsynced changes to a &amp;file…</source>
        <translation>Alle nicht synchronisierten Änderungen in einer &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save unsynced changes</source>
        <translation>Nicht synchronisierte Änderungen speichern</translation>
    </message>
    <message>
        <source>SalesSync changes (*.json)</source>
        <translation>SalesSync-Änderungen (*.json)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>This workspace is on this computer only; it does not sync.</source>
        <translation>Dieser Arbeitsbereich existiert nur auf diesem Computer; er wird nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Server: %1 · signed in as %2</source>
        <translation>Server: %1 · angemeldet als %2</translation>
    </message>
    <message>
        <source>No conflicts wait for you.</source>
        <translation>Keine Konflikte warten auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>Wählen Sie oben einen Konflikt aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Before:&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Yours:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server&apos;s:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Vorher:&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ihr Wert:&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wert des Servers:&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard this refused change, with the other parts of the same change, for good? It is not on the server and will not be sent again.</source>
        <translation>Diese abgelehnte Änderung zusammen mit den anderen Teilen derselben Änderung endgültig verwerfen? Sie ist nicht auf dem Server und wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <source>When you and someone else change the same field before a sync, the conflict waits here for your decision.</source>
        <translation>Wenn Sie und jemand anderes vor einer Synchronisierung dasselbe Feld ändern, wartet der Konflikt hier auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>No refused changes</source>
        <translation>Keine abgelehnten Änderungen</translation>
    </message>
    <message>
        <source>A change the server refuses stays here, with the reason, until you retry or discard it. Nothing is lost.</source>
        <translation>Eine vom Server abgelehnte Änderung bleibt mit dem Grund hier, bis Sie sie erneut senden oder verwerfen. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoriesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Find a territory by name, code, agent or manager</source>
        <translation>Gebiet nach Name, Kürzel, Außendienst oder Leitung suchen</translation>
    </message>
    <message>
        <source>New &amp;region…</source>
        <translation>Neue &amp;Region …</translation>
    </message>
    <message>
        <source>New &amp;below…</source>
        <translation>Neu &amp;darunter …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>No territories yet</source>
        <translation>Noch keine Gebiete</translation>
    </message>
    <message>
        <source>Start the tree with a region; areas go below regions, territories below areas.</source>
        <translation>Beginnen Sie den Baum mit einer Region; Bezirke gehören unter Regionen, Gebiete unter Bezirke.</translation>
    </message>
    <message>
        <source>Cannot read the territories: %1</source>
        <translation>Die Gebiete können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>niemand zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Außendienstmitarbeiter</numerusform>
            <numerusform>%n Außendienstmitarbeiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n Bezirk</numerusform>
            <numerusform>%n Bezirke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n Gebiet</numerusform>
            <numerusform>%n Gebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the territories you manage; admins change the tree</source>
        <translation>%1 – die Gebiete, die Sie leiten; den Baum ändern Administratoren</translation>
    </message>
    <message>
        <source>New &amp;territory…</source>
        <translation>Neues &amp;Gebiet …</translation>
    </message>
    <message>
        <source>New &amp;area…</source>
        <translation>Neuer &amp;Bezirk …</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>%1 cannot be reactivated: %2</source>
        <translation>%1 kann nicht reaktiviert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be deactivated: %2</source>
        <translation>%1 kann nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 is inactive: no customers or agents can be placed in it.</source>
        <translation>%1 ist inaktiv: Es können keine Kunden oder Außendienstmitarbeiter mehr zugeordnet werden.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Move the selected area or territory below another region or area</source>
        <translation>Den gewählten Bezirk oder das Gebiet unter eine andere Region oder einen anderen Bezirk verschieben</translation>
    </message>
    <message>
        <source>%1 moved.</source>
        <translation>%1 verschoben.</translation>
    </message>
    <message>
        <source>Move %1 below %2</source>
        <translation>%1 unter %2 verschieben</translation>
    </message>
</context>
<context>
    <name>SalesSync::Territory</name>
    <message>
        <source>must be empty for a region</source>
        <translation>muss bei einer Region leer sein</translation>
    </message>
    <message>
        <source>cannot be the territory itself</source>
        <translation>darf nicht das Gebiet selbst sein</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>area</source>
        <comment>territory level between region and territory</comment>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoryDialog</name>
    <message>
        <source>New region</source>
        <translation>Neue Region</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Neuer Bezirk</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Below %1</source>
        <translation>Unter %1</translation>
    </message>
    <message>
        <source>At the top of the tree</source>
        <translation>Oberste Ebene des Baums</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Short and unique, e.g. DE-S-STR</source>
        <translation>Kurz und eindeutig, z. B. DE-S-STR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoryMoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Customers arriving</source>
        <translation>Kunden kommen hinzu</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Kunden entfallen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move below:</source>
        <translation>Verschieben unter:</translation>
    </message>
    <message>
        <source>What the move changes on people&apos;s devices:</source>
        <translation>Was sich dadurch auf den Geräten ändert:</translation>
    </message>
    <message>
        <source>there is no other active %1 to move it below</source>
        <translation>es gibt keine andere aktive %1, unter die es verschoben werden kann</translation>
    </message>
    <message>
        <source>Nobody&apos;s devices change: the same people see its customers afterwards.</source>
        <translation>Auf keinem Gerät ändert sich etwas: Dieselben Personen sehen seine Kunden auch danach.</translation>
    </message>
    <message>
        <source>Agents keep the customers of their territories; the managers above it change. Customers leave a device with its next sync; unsynced edits to them are set aside there, with the reason, to export.</source>
        <translation>Außendienstmitarbeiter behalten die Kunden ihrer Gebiete; die Leitung darüber wechselt. Kunden verschwinden mit der nächsten Synchronisation von einem Gerät; nicht synchronisierte Änderungen an ihnen werden dort mit dem Grund zur Seite gelegt und lassen sich exportieren.</translation>
    </message>
    <message>
        <source>&amp;Plan with a date…</source>
        <translation>Mit &amp;Datum planen …</translation>
    </message>
    <message>
        <source>Preview the move on the server, with each device&apos;s unsynced work, and apply it now or at a date, under Assignments</source>
        <translation>Die Verschiebung unter Zuordnungen vom Server vorab prüfen lassen – mit der nicht synchronisierten Arbeit jedes Geräts – und sofort oder zu einem Datum ausführen</translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoryRepository</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation>Es gibt kein Gebiet mit der ID %1.</translation>
    </message>
    <message>
        <source>the territory still has sub-territories, customers or assigned people; move them first</source>
        <translation>dem Gebiet sind noch Untergebiete, Kunden oder Personen zugeordnet; verschieben Sie diese zuerst</translation>
    </message>
    <message>
        <source>cannot change; create a new node instead</source>
        <translation>kann sich nicht ändern; legen Sie stattdessen einen neuen Knoten an</translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoryRules</name>
    <message>
        <source>a region has no parent</source>
        <translation>eine Region gehört zu keinem übergeordneten Gebiet</translation>
    </message>
    <message>
        <source>refers to a territory that does not exist</source>
        <translation>verweist auf ein Gebiet, das es nicht gibt</translation>
    </message>
    <message>
        <source>a %1 must belong to a %2, not to a %3</source>
        <translation>ein(e) %1 muss zu einer/einem %2 gehören, nicht zu einer/einem %3</translation>
    </message>
    <message>
        <source>the %1 it would belong to is deactivated</source>
        <translation>die/das übergeordnete %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>only a territory takes customers and agents, not a whole %1</source>
        <translation>nur ein Gebiet nimmt Kunden und Außendienstmitarbeiter auf, nicht eine ganze %1</translation>
    </message>
    <message>
        <source>the territory is deactivated</source>
        <translation>das Gebiet ist deaktiviert</translation>
    </message>
    <message>
        <source>customers are still in it (%1); move them to another territory first</source>
        <translation>es sind noch Kunden darin (%1); verschieben Sie sie zuerst in ein anderes Gebiet</translation>
    </message>
    <message>
        <source>active parts still belong to it (%1); deactivate or move them first</source>
        <translation>es gehören noch aktive Teile dazu (%1); deaktivieren oder verschieben Sie sie zuerst</translation>
    </message>
    <message>
        <source>is already the code of %1</source>
        <translation>ist bereits das Kürzel von %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::Theme</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SalesSync::TileSource</name>
    <message>
        <source>Enter the address of a tile server starting with https://, for example %1.</source>
        <translation>Geben Sie die Adresse eines Kachelservers ein, die mit https:// beginnt, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The address needs %1 where the tile&apos;s zoom, column and row go (%2).</source>
        <translation>Die Adresse braucht %1 an der Stelle von Zoomstufe, Spalte und Zeile der Kachel (%2).</translation>
    </message>
</context>
<context>
    <name>SalesSync::TodayPage</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Zurück zu heute (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Besuch öffnen</translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>Besuch &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Cancel visit…</source>
        <translation>Besuch &amp;stornieren…</translation>
    </message>
    <message>
        <source>Suggest route &amp;order…</source>
        <translation>Routen&amp;reihenfolge vorschlagen…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verpasst</numerusform>
            <numerusform>%n verpasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Besuch stornieren</translation>
    </message>
    <message>
        <source>Why is the visit to %1 cancelled? The reason goes to your manager.</source>
        <translation>Warum wird der Besuch bei %1 storniert? Der Grund wird an Ihren Manager weitergeleitet.</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>No visits planned for today</source>
        <translation>Für heute sind keine Besuche geplant</translation>
    </message>
    <message>
        <source>No visits planned for %1</source>
        <translation>Für %1 sind keine Besuche geplant</translation>
    </message>
    <message>
        <source>Plan one, or choose another day with the arrows (Alt+Left, Alt+Right).</source>
        <translation>Planen Sie einen, oder wählen Sie mit den Pfeilen einen anderen Tag (Alt+Links, Alt+Rechts).</translation>
    </message>
    <message numerus="yes">
        <source>%n from earlier days</source>
        <translation>
            <numerusform>%n von einem früheren Tag</numerusform>
            <numerusform>%n von früheren Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New times applied to %n visit(s).</source>
        <translation>
            <numerusform>Neue Uhrzeit für %n Besuch übernommen.</numerusform>
            <numerusform>Neue Uhrzeiten für %n Besuche übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The earlier times could not be restored: %1</source>
        <translation>Die früheren Uhrzeiten konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The earlier times are back.</source>
        <translation>Die früheren Uhrzeiten sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>SalesSync::Transaction</name>
    <message>
        <source>has no valid currency</source>
        <translation>hat keine gültige Währung</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>an invoice must be raised from an order</source>
        <translation>eine Rechnung muss aus einem Auftrag erstellt werden</translation>
    </message>
    <message>
        <source>a payment needs a method (cash, cheque, bank transfer, card)</source>
        <translation>eine Zahlung benötigt eine Zahlungsart (bar, Scheck, Überweisung, Karte)</translation>
    </message>
    <message>
        <source>is required for a reversal</source>
        <translation>ist für eine Stornobuchung erforderlich</translation>
    </message>
    <message>
        <source>only a reversal references another entry</source>
        <translation>nur eine Stornobuchung verweist auf eine andere Buchung</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>eine Scheckzahlung benötigt die Schecknummer</translation>
    </message>
</context>
<context>
    <name>SalesSync::TransactionRepository</name>
    <message>
        <source>There is no ledger entry with id %1.</source>
        <translation>Es gibt keine Buchung mit der ID %1.</translation>
    </message>
    <message>
        <source>refers to a customer that does not exist</source>
        <translation>verweist auf einen Kunden, der nicht existiert</translation>
    </message>
    <message>
        <source>is in %1 but the customer&apos;s ledger is in %2</source>
        <translation>lautet auf %1, das Kundenkonto wird jedoch in %2 geführt</translation>
    </message>
    <message>
        <source>refers to an entry that does not exist</source>
        <translation>verweist auf eine Buchung, die nicht existiert</translation>
    </message>
    <message>
        <source>only an approved order can be invoiced; this one is %1</source>
        <translation>nur ein genehmigter Auftrag kann in Rechnung gestellt werden; dieser hat den Status „%1“</translation>
    </message>
    <message>
        <source>the order is already invoiced</source>
        <translation>der Auftrag wurde bereits in Rechnung gestellt</translation>
    </message>
    <message>
        <source>invoices are raised from approved orders</source>
        <translation>Rechnungen werden aus genehmigten Aufträgen erstellt</translation>
    </message>
    <message>
        <source>the entry is already fully reversed</source>
        <translation>die Buchung ist bereits vollständig storniert</translation>
    </message>
    <message>
        <source>refers to an order that does not exist</source>
        <translation>verweist auf einen Auftrag, der nicht existiert</translation>
    </message>
    <message>
        <source>a reversal is recorded by reversing the original entry</source>
        <translation>eine Stornobuchung entsteht, indem Sie die ursprüngliche Buchung stornieren</translation>
    </message>
</context>
<context>
    <name>SalesSync::Translations</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>SalesSync::User</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 2 bis 64 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ bestehen</translation>
    </message>
    <message>
        <source>only managers manage territories</source>
        <translation>nur Manager können Gebiete verwalten</translation>
    </message>
</context>
<context>
    <name>SalesSync::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. lena.vogt</source>
        <translation>z. B. lena.vogt</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Employee &amp;id:</source>
        <translation>&amp;Personalnummer:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Gebiete:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The territories the agent covers: their customers come to the agent&apos;s laptop.</source>
        <translation>Die Gebiete, die der Außendienstmitarbeiter betreut: Ihre Kunden kommen auf seinen Laptop.</translation>
    </message>
    <message>
        <source>The parts of the tree the manager manages, with everything below them.</source>
        <translation>Die Teile des Baums, die der Manager leitet, mit allem darunter.</translation>
    </message>
    <message>
        <source>Admins see every territory.</source>
        <translation>Administratoren sehen alle Gebiete.</translation>
    </message>
    <message>
        <source>Sign-in for %1</source>
        <translation>Anmeldung für %1</translation>
    </message>
    <message>
        <source>Give %1 this setup code: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Geben Sie %1 diesen Einrichtungscode: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It works once, until %1. %2 signs in with it and chooses a password. SalesSync shows the code only now.</source>
        <translation>Er gilt einmal, bis %1. %2 meldet sich damit an und wählt ein Passwort. SalesSync zeigt den Code nur jetzt.</translation>
    </message>
    <message>
        <source>%1 signs in with the initial password you chose and must then choose their own.</source>
        <translation>%1 meldet sich mit dem von Ihnen gewählten Anfangspasswort an und muss dann ein eigenes wählen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>SalesSync::UserGuideDialog</name>
    <message>
        <source>SalesSync user guide</source>
        <translation>SalesSync-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: %1</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation: %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::UserRepository</name>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>refers to a territory that does not exist</source>
        <translation>verweist auf ein Gebiet, das nicht existiert</translation>
    </message>
    <message>
        <source>There is no agent with id %1.</source>
        <translation>Es gibt keinen Außendienstmitarbeiter mit der ID %1.</translation>
    </message>
    <message>
        <source>The user %1 is not an agent.</source>
        <translation>Der Benutzer %1 ist kein Außendienstmitarbeiter.</translation>
    </message>
    <message>
        <source>refers to a user that does not exist</source>
        <translation>verweist auf einen Benutzer, der nicht existiert</translation>
    </message>
    <message>
        <source>the user does not have the agent role</source>
        <translation>der Benutzer hat nicht die Rolle „Außendienstmitarbeiter“</translation>
    </message>
</context>
<context>
    <name>SalesSync::UsersPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Setup code handed out</source>
        <translation>Einrichtungscode ausgegeben</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>Muss ein Passwort wählen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Unsynced changes</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Accounts are managed on the server</source>
        <translation>Konten werden auf dem Server verwaltet</translation>
    </message>
    <message>
        <source>Users and devices</source>
        <translation>Benutzer und Geräte</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>End &amp;session</source>
        <translation>&amp;Sitzung beenden</translation>
    </message>
    <message>
        <source>Sign the selected device out: its next sync asks for the password again; its unsynced work stays on it</source>
        <translation>Das ausgewählte Gerät abmelden: Seine nächste Synchronisierung fragt erneut nach dem Passwort; nicht synchronisierte Arbeit bleibt darauf</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>(arriving with the next sync)</source>
        <translation>(kommt mit der nächsten Synchronisierung)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) · as of %1</source>
        <translation>
            <numerusform>%n Konto · Stand %1</numerusform>
            <numerusform>%n Konten · Stand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select someone to see their sessions and devices.</source>
        <translation>Wählen Sie jemanden aus, um seine Sitzungen und Geräte zu sehen.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Sessions and devices of %1</source>
        <translation>Sitzungen und Geräte von %1</translation>
    </message>
    <message>
        <source>Cannot show the sessions</source>
        <translation>Die Sitzungen können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>offen bis %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Cannot read the territories</source>
        <translation>Die Gebiete können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has an account now.</source>
        <translation>%1 hat jetzt ein Konto.</translation>
    </message>
    <message>
        <source>The changes to %1 are saved.</source>
        <translation>Die Änderungen an %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 is signed out on every device at once and cannot sign in until you enable the account again. Work not yet synced stays on their devices.</source>
        <translation>%1 wird sofort auf allen Geräten abgemeldet und kann sich erst wieder anmelden, wenn Sie das Konto aktivieren. Noch nicht synchronisierte Arbeit bleibt auf den Geräten.</translation>
    </message>
    <message>
        <source>Cannot disable %1</source>
        <translation>%1 kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Cannot enable %1</source>
        <translation>%1 kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 ist deaktiviert und überall abgemeldet.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; they are signed out everywhere.</source>
        <translation>Das Passwort von %1 ist zurückgesetzt; die Person ist überall abgemeldet.</translation>
    </message>
    <message>
        <source>Cannot end the session</source>
        <translation>Die Sitzung kann nicht beendet werden</translation>
    </message>
    <message>
        <source>The session on %1 has ended.</source>
        <translation>Die Sitzung auf %1 ist beendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::Validation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>ist keine gültige ID</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation>ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is not a valid phone number (digits, spaces and + ( ) - / . only)</source>
        <translation>ist keine gültige Telefonnummer (nur Ziffern, Leerzeichen und + ( ) - / . zulässig)</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <source>has no valid currency</source>
        <translation>hat keine gültige Währung</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be between 0 % and 100 %</source>
        <translation>muss zwischen 0 % und 100 % liegen</translation>
    </message>
</context>
<context>
    <name>SalesSync::Visit</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required once a visit is checked in</source>
        <translation>ist erforderlich, sobald ein Besuch eingecheckt ist</translation>
    </message>
    <message>
        <source>is not a valid position</source>
        <translation>ist kein gültiger Standort</translation>
    </message>
    <message>
        <source>is required unless the check-in is manual</source>
        <translation>ist erforderlich, sofern der Check-in nicht manuell erfolgt</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is required for a check-in outside the customer&apos;s geofence</source>
        <translation>ist für einen Check-in außerhalb des Geofence des Kunden erforderlich</translation>
    </message>
    <message>
        <source>is required for a manual check-in</source>
        <translation>ist für einen manuellen Check-in erforderlich</translation>
    </message>
    <message>
        <source>is required for a completed visit</source>
        <translation>ist für einen abgeschlossenen Besuch erforderlich</translation>
    </message>
    <message>
        <source>cannot be before the check-in</source>
        <translation>darf nicht vor dem Check-in liegen</translation>
    </message>
    <message>
        <source>is required to cancel a visit</source>
        <translation>ist erforderlich, um einen Besuch zu stornieren</translation>
    </message>
</context>
<context>
    <name>SalesSync::VisitDayModel</name>
    <message>
        <source>Overdue (earlier day)</source>
        <translation>Überfällig (früherer Tag)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>no coordinates</source>
        <translation>keine Koordinaten</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>%1 · %2 away</source>
        <translation>%1 · %2 entfernt</translation>
    </message>
    <message>
        <source>Checked in outside the geofence, %1 from the customer. Reason given: %2</source>
        <translation>Außerhalb des Geofence eingecheckt, %1 vom Kunden entfernt. Angegebener Grund: %2</translation>
    </message>
</context>
<context>
    <name>SalesSync::VisitPage</name>
    <message>
        <source>Order taken</source>
        <translation>Auftrag aufgenommen</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>network location</source>
        <translation>Netzwerkortung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Doppelklick öffnet den Auftrag</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>&amp;Back to today</source>
        <translation>&amp;Zurück zu heute</translation>
    </message>
    <message>
        <source>Back to today&apos;s visits (Alt+Left); what you typed is kept</source>
        <translation>Zurück zu den Besuchen von heute (Alt+Links); was Sie eingegeben haben, bleibt erhalten</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Neuer &amp;Auftrag…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>A&amp;uschecken</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Check in &amp;without position</source>
        <translation>&amp;Ohne Standort einchecken</translation>
    </message>
    <message>
        <source>When no position can be had: the check-in is marked for your manager with your reason.</source>
        <translation>Wenn kein Standort ermittelt werden kann: Der Check-in wird mit Ihrer Begründung für Ihren Manager markiert.</translation>
    </message>
    <message>
        <source>The customer, the geofence around them and where you checked in</source>
        <translation>Der Kunde, der Geofence um ihn und wo Sie eingecheckt haben</translation>
    </message>
    <message>
        <source>Why is there no position? (The check-in is marked for your manager.)</source>
        <translation>Warum gibt es keinen Standort? (Der Check-in wird für Ihren Manager markiert.)</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Dieser Besuch</translation>
    </message>
    <message>
        <source>No order this time</source>
        <translation>Diesmal kein Auftrag</translation>
    </message>
    <message>
        <source>Payment collected</source>
        <translation>Zahlung kassiert</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Kunde nicht angetroffen</translation>
    </message>
    <message>
        <source>Complaint handled</source>
        <translation>Reklamation bearbeitet</translation>
    </message>
    <message>
        <source>Merchandising done</source>
        <translation>Merchandising erledigt</translation>
    </message>
    <message>
        <source>e.g. call back about the promotion next week</source>
        <translation>z. B. nächste Woche wegen der Aktion zurückrufen</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Folgeaktion:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Ordered and paid during this visit</source>
        <translation>Bei diesem Besuch bestellt und bezahlt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Nothing ordered or paid yet</source>
        <translation>Noch nichts bestellt oder bezahlt</translation>
    </message>
    <message>
        <source>Take an order or record a payment with the buttons above.</source>
        <translation>Nehmen Sie mit den Schaltflächen oben einen Auftrag auf oder erfassen Sie eine Zahlung.</translation>
    </message>
    <message>
        <source>Open and recent orders</source>
        <translation>Offene und letzte Aufträge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>This customer&apos;s orders will be listed here.</source>
        <translation>Die Aufträge dieses Kunden erscheinen hier.</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Frühere Besuche</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed — %n minute(s) in the shop</source>
        <translation>
            <numerusform>Abgeschlossen — %n Minute im Geschäft</numerusform>
            <numerusform>Abgeschlossen — %n Minuten im Geschäft</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Ansprechpartner: %1</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Offener Saldo: %1</translation>
    </message>
    <message>
        <source>Available credit: %1 (limit %2)</source>
        <translation>Verfügbarer Kredit: %1 (Limit %2)</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Zahlungsziel: %n Tag</numerusform>
            <numerusform>Zahlungsziel: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <source>No earlier visits.</source>
        <translation>Keine früheren Besuche.</translation>
    </message>
    <message>
        <source>Your check-in, outside the geofence</source>
        <translation>Ihr Check-in, außerhalb des Geofence</translation>
    </message>
    <message>
        <source>Your check-in</source>
        <translation>Ihr Check-in</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>Zahlung über %1 erfasst.</translation>
    </message>
    <message>
        <source>Save receipt…</source>
        <translation>Quittung speichern…</translation>
    </message>
    <message>
        <source>Save the payment receipt</source>
        <translation>Zahlungsquittung speichern</translation>
    </message>
    <message>
        <source>Not checked in. This computer has no position source: check in without position, with a reason.</source>
        <translation>Nicht eingecheckt. Dieser Computer hat keine Standortquelle: Checken Sie ohne Standort und mit Begründung ein.</translation>
    </message>
    <message>
        <source>Not checked in. Check in when you arrive: your position is compared with the customer&apos;s.</source>
        <translation>Nicht eingecheckt. Checken Sie bei Ihrer Ankunft ein: Ihr Standort wird mit dem des Kunden verglichen.</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Eingecheckt um %1</translation>
    </message>
    <message>
        <source>without position</source>
        <translation>ohne Standort</translation>
    </message>
    <message>
        <source>%1, ±%2&#xa0;m</source>
        <translation>%1, ±%2&#xa0;m</translation>
    </message>
    <message>
        <source>%1 from the customer</source>
        <translation>%1 vom Kunden entfernt</translation>
    </message>
    <message>
        <source>Marked for your manager&apos;s review: %1</source>
        <translation>Zur Prüfung durch Ihren Manager markiert: %1</translation>
    </message>
    <message>
        <source>This computer has no position source.</source>
        <translation>Dieser Computer hat keine Standortquelle.</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Ihr Standort wird ermittelt…</translation>
    </message>
    <message>
        <source>You are %1 from the customer; the limit is %2.</source>
        <translation>Sie sind %1 vom Kunden entfernt; zulässig sind %2.</translation>
    </message>
    <message>
        <source>Why do you check in here? (The check-in is marked for your manager.)</source>
        <translation>Warum checken Sie hier ein? (Der Check-in wird für Ihren Manager markiert.)</translation>
    </message>
    <message>
        <source>&amp;Check in here</source>
        <translation>&amp;Hier einchecken</translation>
    </message>
    <message>
        <source>No position: check in without one and say why. (The check-in is marked for your manager.)</source>
        <translation>Kein Standort: Checken Sie ohne Standort ein und geben Sie den Grund an. (Der Check-in wird für Ihren Manager markiert.)</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>You checked in at %1 %n minute(s) ago and have not recorded an outcome. Check out anyway?</source>
        <translation>
            <numerusform>Sie haben vor %n Minute bei %1 eingecheckt und kein Ergebnis erfasst. Trotzdem auschecken?</numerusform>
            <numerusform>Sie haben vor %n Minuten bei %1 eingecheckt und kein Ergebnis erfasst. Trotzdem auschecken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check out of %1 without recording an outcome?</source>
        <translation>Bei %1 auschecken, ohne ein Ergebnis zu erfassen?</translation>
    </message>
    <message numerus="yes">
        <source>You checked in at %1 only %n minute(s) ago. Check out already?</source>
        <translation>
            <numerusform>Sie haben erst vor %n Minute bei %1 eingecheckt. Schon auschecken?</numerusform>
            <numerusform>Sie haben erst vor %n Minuten bei %1 eingecheckt. Schon auschecken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <source>Visit to %1 completed.</source>
        <translation>Besuch bei %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <source>Chec&amp;k out</source>
        <translation>A&amp;uschecken</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Betrag %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
</context>
<context>
    <name>SalesSync::VisitRepository</name>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Es gibt keinen Besuch mit der ID %1.</translation>
    </message>
    <message>
        <source>Only a planned visit can be rescheduled; this one is %1.</source>
        <translation>Nur ein geplanter Besuch kann verschoben werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>you are %1 m from the customer (the limit is %2 m); say why you check in here</source>
        <translation>Sie sind %1 m vom Kunden entfernt (zulässig sind %2 m); geben Sie an, warum Sie hier einchecken</translation>
    </message>
    <message>
        <source>refers to a customer that does not exist</source>
        <translation>verweist auf einen Kunden, der nicht existiert</translation>
    </message>
    <message>
        <source>refers to an agent that does not exist</source>
        <translation>verweist auf einen Außendienstmitarbeiter, der nicht existiert</translation>
    </message>
    <message>
        <source>Notes are kept during a visit; this one is %1.</source>
        <translation>Notizen werden während eines Besuchs erfasst; dieser hat den Status „%1“.</translation>
    </message>
</context>
<context>
    <name>SalesSync::Workflow</name>
    <message>
        <source>a %1 order is final</source>
        <translation>ein Auftrag im Status „%1“ kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>it must be submitted first</source>
        <translation>er muss zuerst eingereicht werden</translation>
    </message>
    <message>
        <source>it must be approved first</source>
        <translation>er muss zuerst genehmigt werden</translation>
    </message>
    <message>
        <source>a submitted order cannot go back to draft</source>
        <translation>ein eingereichter Auftrag kann nicht in den Status „Entwurf“ zurückkehren</translation>
    </message>
    <message>
        <source>an approved order can no longer be cancelled; reverse its invoice instead</source>
        <translation>ein genehmigter Auftrag kann nicht mehr storniert werden; stornieren Sie stattdessen seine Rechnung</translation>
    </message>
    <message>
        <source>an approved order can only be fulfilled</source>
        <translation>ein genehmigter Auftrag kann nur noch ausgeliefert werden</translation>
    </message>
    <message>
        <source>An order cannot go from %1 to %2: %3.</source>
        <translation>Ein Auftrag kann nicht von „%1“ zu „%2“ wechseln: %3.</translation>
    </message>
    <message>
        <source>a %1 visit is final</source>
        <translation>ein Besuch im Status „%1“ kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>the agent must check in first</source>
        <translation>der Außendienstmitarbeiter muss zuerst einchecken</translation>
    </message>
    <message>
        <source>a visit in progress can only be completed by checking out</source>
        <translation>ein laufender Besuch kann nur durch Auschecken abgeschlossen werden</translation>
    </message>
    <message>
        <source>A visit cannot go from %1 to %2: %3.</source>
        <translation>Ein Besuch kann nicht von „%1“ zu „%2“ wechseln: %3.</translation>
    </message>
    <message>
        <source>it already has that status</source>
        <translation>er hat diesen Status bereits</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>order status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>order status</comment>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>order status</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>order status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <comment>order status</comment>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>order status</comment>
        <translation>storniert</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>visit status</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>checked in</source>
        <comment>visit status</comment>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>visit status</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>visit status</comment>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>visit status</comment>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>is not an order status</source>
        <translation>ist kein Auftragsstatus</translation>
    </message>
    <message>
        <source>is not a visit status</source>
        <translation>ist kein Besuchsstatus</translation>
    </message>
    <message>
        <source>Only a manager or an admin may mark an order %1.</source>
        <translation>Nur eine Führungskraft oder ein Admin darf einen Auftrag als %1 markieren.</translation>
    </message>
    <message>
        <source>A visit can be deleted only while it is planned; this one is %1. Cancel it instead.</source>
        <translation>Ein Besuch kann nur gelöscht werden, solange er geplant ist; dieser ist %1. Sagen Sie ihn stattdessen ab.</translation>
    </message>
    <message>
        <source>An order can be deleted only while it is a draft; this one is %1. Cancel it instead.</source>
        <translation>Ein Auftrag kann nur gelöscht werden, solange er ein Entwurf ist; dieser ist %1. Stornieren Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SalesSync: offline-first field sales for agents, managers and admins.</source>
        <translation>SalesSync: Offline-fähige Vertriebslösung für den Außendienst – für Außendienstmitarbeiter, Manager und Administratoren.</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it on first use.</source>
        <translation>Öffnet den Demo-Arbeitsbereich und legt ihn bei der ersten Verwendung an.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep profiles in &lt;dir&gt; instead of the user&apos;s application data folder.</source>
        <translation>Speichert Profile in &lt;Ordner&gt; statt im Anwendungsdatenordner des Benutzers.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size of a new demo workspace: &lt;n&gt; customers (default 600).</source>
        <translation>Größe eines neuen Demo-Arbeitsbereichs: &lt;n&gt; Kunden (Standard: 600).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Size of a new demo workspace: &lt;n&gt; order lines (default 12000).</source>
        <translation>Größe eines neuen Demo-Arbeitsbereichs: &lt;n&gt; Auftragspositionen (Standard: 12000).</translation>
    </message>
    <message>
        <source>Quit as soon as the workspace is open and print its summary (for scripts and smoke tests).</source>
        <translation>Beendet das Programm, sobald der Arbeitsbereich geöffnet ist, und gibt dessen Zusammenfassung aus (für Skripte und Smoke-Tests).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from 1 to %3.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von 1 bis %3.</translation>
    </message>
    <message>
        <source>Open the profile &lt;name&gt; (default: the one used last).</source>
        <translation>Öffnet das Profil &lt;Name&gt; (Standard: das zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Take positions for check-ins from a recorded NMEA 0183 log &lt;file&gt;, replayed at its own pace, instead of this computer&apos;s position source (demos and tests).</source>
        <translation>Bezieht die Standorte für Check-ins aus einem aufgezeichneten NMEA-0183-Protokoll &lt;Datei&gt;, das in seinem eigenen Tempo abgespielt wird, statt aus der Standortquelle dieses Computers (für Demos und Tests).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>With --demo: work as the demo &lt;role&gt; (agent, the default; manager; or admin).</source>
        <translation>Mit --demo: als Demo-Person der &lt;Rolle&gt; arbeiten (agent, die Vorgabe; manager; oder admin).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>--as: &quot;%1&quot; is not a demo role; use --demo --as agent, manager or admin.</source>
        <translation>--as: „%1“ ist keine Demo-Rolle; verwenden Sie --demo --as agent, manager oder admin.</translation>
    </message>
</context>
</TS>
