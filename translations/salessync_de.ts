<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SalesSync::Agent</name>
    <message>
        <source>lists a territory twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::ChangeWriter</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Customer</name>
    <message>
        <source>must be a two-letter ISO 3166 code such as DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have a latitude from -90 to 90 and a longitude from -180 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::CustomerRepository</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a territory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers belong to a territory, not to a whole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a price list that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price list is in %1 but the customer trades in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency cannot change once the customer has orders or ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer has visits, orders or ledger entries; set the status to inactive instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Database</name>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a SalesSync data file (%2). It was left unchanged; restore it from a backup or sync into a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SalesSync data file. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer SalesSync (data format %2; this version reads up to %3). Update SalesSync to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start upgrading the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the data file to format %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has a broken reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the data file before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::DemoDataGenerator</name>
    <message>
        <source>Generating demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::DemoWorkspace</name>
    <message>
        <source>The data file %1 already holds customers; demo data goes only into an empty profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Ledger</name>
    <message>
        <source>a reversal must have the reverse direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name the original entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a reversal; a reversal cannot itself be reversed, record a new entry instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the same kind as the original entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the original entry&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in %1 but the original entry is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 that remains of the original entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::MainWindow</name>
    <message>
        <source>SalesSync — Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SalesSync — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your visits for the day in route order, with check-in and check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching, viewing and editing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking orders from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting payments and reversing entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing with your company&apos;s SalesSync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server, language and geofence settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SalesSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace — signed in as the demo agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — no server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;This area is not available in this version of SalesSync yet.&lt;/p&gt;&lt;p&gt;It will offer %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SalesSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesSync %1&lt;/h3&gt;&lt;p&gt;Offline-first field sales for agents, managers and admins.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;Data file: %4&lt;br&gt;Data format: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced digit grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more decimal places than %1 allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Order</name>
    <message>
        <source>an order needs at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to reject or cancel an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used by another line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderCalculator</name>
    <message>
        <source>is in %1 but the order is in %2; one order has one currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the line amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::OrderRepository</name>
    <message>
        <source>There is no order with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a customer that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but the customer trades in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft order can be edited; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order cannot be submitted: it takes the customer %1 over the credit limit of %2 (open %3 + this order %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits today (completed / planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::ProductRepository</name>
    <message>
        <source>There is no product with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no price list with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a price list that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in %1 but the price list is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::RepositorySupport</name>
    <message>
        <source>refers to a %1 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Store</name>
    <message>
        <source>is already used by another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a value the data file does not accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Territory</name>
    <message>
        <source>must be empty for a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be the territory itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::TerritoryRepository</name>
    <message>
        <source>There is no territory with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a territory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 must belong to a %2, not to a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be one of the territory&apos;s own descendants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the territory still has sub-territories, customers or assigned people; move them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Transaction</name>
    <message>
        <source>has no valid currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice must be raised from an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs a method (cash, cheque, bank transfer, card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a reversal references another entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::TransactionRepository</name>
    <message>
        <source>There is no ledger entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a customer that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in %1 but the customer&apos;s ledger is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to an entry that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an approved order can be invoiced; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order is already invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices are raised from approved orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use reverse() to record a reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is already fully reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::User</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only managers manage territories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::UserRepository</name>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a territory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents cover territories, not a whole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is not an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a user that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user does not have the agent role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid phone number (digits, spaces and + ( ) - / . only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no valid currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Visit</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required once a visit is checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required unless the check-in is manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a check-in outside the customer&apos;s geofence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a manual check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a completed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to cancel a visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::VisitRepository</name>
    <message>
        <source>There is no visit with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned visit can be rescheduled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are %1 m from the customer (the limit is %2 m); say why you check in here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSync::Workflow</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 order is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be submitted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be approved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a submitted order cannot go back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approved order can no longer be cancelled; reverse its invoice instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approved order can only be fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot go from %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 visit is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent must check in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit in progress can only be completed by checking out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot go from %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SalesSync: offline-first field sales for agents, managers and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile &lt;name&gt; (default: &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profiles in &lt;dir&gt; instead of the user&apos;s application data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of a new demo workspace: &lt;n&gt; customers (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of a new demo workspace: &lt;n&gt; order lines (default 12000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the workspace is open and print its summary (for scripts and smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a valid profile name (no slashes, not starting with a dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a positive whole number in range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
