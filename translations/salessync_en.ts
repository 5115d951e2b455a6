<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SalesSync::AppController</name>
    <message numerus="yes">
        <source>%Ln change(s) on this computer are not on the server yet. Signing out removes this profile&apos;s data from this computer.</source>
        <translation>
            <numerusform>%Ln change on this computer is not on the server yet. Signing out removes this profile&apos;s data from this computer.</numerusform>
            <numerusform>%Ln changes on this computer are not on the server yet. Signing out removes this profile&apos;s data from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::AuditLogPage</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::CredentialChoice</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n characters long</source>
        <translation>
            <numerusform>must be at least %n characters long</numerusform>
            <numerusform>must be at least %n characters long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln customer found</numerusform>
            <numerusform>%Ln customers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::DashboardView</name>
    <message numerus="yes">
        <source>the %Ln day(s) before</source>
        <translation>
            <numerusform>the %Ln day before</numerusform>
            <numerusform>the %Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data as of the last sync at %1 — %Ln change(s) on this computer not yet sent</source>
        <translation>
            <numerusform>Data as of the last sync at %1 — %Ln change on this computer not yet sent</numerusform>
            <numerusform>Data as of the last sync at %1 — %Ln changes on this computer not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::DisplayText</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bottle(s)</source>
        <translation>
            <numerusform>%n bottle</numerusform>
            <numerusform>%n bottles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can(s)</source>
        <translation>
            <numerusform>%n can</numerusform>
            <numerusform>%n cans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s)</source>
        <translation>
            <numerusform>%n crate</numerusform>
            <numerusform>%n crates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::Documents</name>
    <message numerus="yes">
        <source>Payable within %n days without deduction.</source>
        <translation>
            <numerusform>Payable within %n day without deduction.</numerusform>
            <numerusform>Payable within %n days without deduction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::KpiDisplay</name>
    <message numerus="yes">
        <source>%1 of %Ln planned visit(s)</source>
        <translation>
            <numerusform>%1 of %Ln planned visit</numerusform>
            <numerusform>%1 of %Ln planned visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln active customer(s)</source>
        <translation>
            <numerusform>%1 of %Ln active customer</numerusform>
            <numerusform>%1 of %Ln active customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln completed visit(s)</source>
        <translation>
            <numerusform>%1 of %Ln completed visit</numerusform>
            <numerusform>%1 of %Ln completed visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln check-in(s)</source>
        <translation>
            <numerusform>%1 of %Ln check-in</numerusform>
            <numerusform>%1 of %Ln check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln agent-day(s)</source>
        <translation>
            <numerusform>over %Ln agent-day</numerusform>
            <numerusform>over %Ln agent-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln visit(s)</source>
        <translation>
            <numerusform>over %Ln visit</numerusform>
            <numerusform>over %Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln order(s) at visits</source>
        <translation>
            <numerusform>over %Ln order at visits</numerusform>
            <numerusform>over %Ln orders at visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln productive call(s)</source>
        <translation>
            <numerusform>over %Ln productive call</numerusform>
            <numerusform>over %Ln productive calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reversal(s)</source>
        <translation>
            <numerusform>%Ln reversal</numerusform>
            <numerusform>%Ln reversals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::RealignmentHistoryPage</name>
    <message numerus="yes">
        <source>%n customer(s) moved</source>
        <translation>
            <numerusform>%n customer moved</numerusform>
            <numerusform>%n customers moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) reassigned</source>
        <translation>
            <numerusform>%n agent reassigned</numerusform>
            <numerusform>%n agents reassigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory move(s)</source>
        <translation>
            <numerusform>%n territory move</numerusform>
            <numerusform>%n territory moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n realignment(s) · as of %1</source>
        <translation>
            <numerusform>%n realignment · as of %1</numerusform>
            <numerusform>%n realignments · as of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::RealignmentPage</name>
    <message numerus="yes">
        <source>%n customer(s) %1 to %2</source>
        <translation>
            <numerusform>%n customer %1 to %2</numerusform>
            <numerusform>%n customers %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsynced edits to %n leaving customer(s): set aside as &quot;evicted&quot; on the device, exportable from its Sync page</source>
        <translation>
            <numerusform>Unsynced edits to %n leaving customer: set aside as &quot;evicted&quot; on the device, exportable from its Sync page</numerusform>
            <numerusform>Unsynced edits to %n leaving customers: set aside as &quot;evicted&quot; on the device, exportable from its Sync page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) gain or lose customers.</source>
        <translation>
            <numerusform>%n person gains or loses customers.</numerusform>
            <numerusform>%n people gain or lose customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) may hold unsynced edits to customers that leave.</source>
        <translation>
            <numerusform>%n device may hold unsynced edits to customers that leave.</numerusform>
            <numerusform>%n devices may hold unsynced edits to customers that leave.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::RouteDialog</name>
    <message numerus="yes">
        <source>%n visit(s) get a new time, from now on, around appointments.</source>
        <translation>
            <numerusform>%n visit gets a new time, from now on, around appointments.</numerusform>
            <numerusform>%n visits get a new time, from now on, around appointments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cannot be reached in time; they keep their times.</source>
        <translation>
            <numerusform>%n appointment cannot be reached in time; it keeps its time.</numerusform>
            <numerusform>%n appointments cannot be reached in time; they keep their times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). SalesSync cannot remember your sign-in this time, so you will have to log in again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. SalesSync cannot remember your sign-in this time, so you will have to log in again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. SalesSync cannot remember your sign-in this time, so you will have to log in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncApi</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::Sync::SyncStatus</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline — %Ln change waiting</numerusform>
            <numerusform>Offline — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>Sending %Ln change…</numerusform>
            <numerusform>Sending %Ln changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Not synced yet — %Ln change waiting</numerusform>
            <numerusform>Not synced yet — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting — last sync %1</source>
        <translation>
            <numerusform>%Ln change waiting — last sync %1</numerusform>
            <numerusform>%Ln changes waiting — last sync %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln item(s) need your attention</source>
        <translation>
            <numerusform>%1 — %Ln item needs your attention</numerusform>
            <numerusform>%1 — %Ln items need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoriesPage</name>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::TodayPage</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from earlier days</source>
        <translation>
            <numerusform>%n from an earlier day</numerusform>
            <numerusform>%n from earlier days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New times applied to %n visit(s).</source>
        <translation>
            <numerusform>New time applied to %n visit.</numerusform>
            <numerusform>New times applied to %n visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::UsersPage</name>
    <message numerus="yes">
        <source>%n account(s) · as of %1</source>
        <translation>
            <numerusform>%n account · as of %1</numerusform>
            <numerusform>%n accounts · as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSync::VisitPage</name>
    <message numerus="yes">
        <source>Completed — %n minute(s) in the shop</source>
        <translation>
            <numerusform>Completed — %n minute in the shop</numerusform>
            <numerusform>Completed — %n minutes in the shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Payment terms: %n day</numerusform>
            <numerusform>Payment terms: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in at %1 %n minute(s) ago and have not recorded an outcome. Check out anyway?</source>
        <translation>
            <numerusform>You checked in at %1 %n minute ago and have not recorded an outcome. Check out anyway?</numerusform>
            <numerusform>You checked in at %1 %n minutes ago and have not recorded an outcome. Check out anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in at %1 only %n minute(s) ago. Check out already?</source>
        <translation>
            <numerusform>You checked in at %1 only %n minute ago. Check out already?</numerusform>
            <numerusform>You checked in at %1 only %n minutes ago. Check out already?</numerusform>
        </translation>
    </message>
</context>
</TS>
