<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="21"/>
        <source>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</source>
        <translation>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="24"/>
        <source>Finish the current ticket or mark it as no-show before calling the next one.</source>
        <translation>Finish the current ticket or mark it as no-show before calling the next one.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="26"/>
        <source>This number has been recalled the maximum number of times. Mark it as no-show.</source>
        <translation>This number has been recalled the maximum number of times. Mark it as no-show.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="28"/>
        <source>This ticket has already moved on; the screen has been refreshed.</source>
        <translation>This ticket has already moved on; the screen has been refreshed.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="30"/>
        <source>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</source>
        <translation>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="32"/>
        <source>This enrollment code is unknown or has already been used. Ask the administrator for a new one.</source>
        <translation>This enrollment code is unknown or has already been used. Ask the administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="34"/>
        <source>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</source>
        <translation>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="37"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>Wrong user name or password. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="39"/>
        <source>This device is not allowed to do that.</source>
        <translation>This device is not allowed to do that.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="46"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="10"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="11"/>
        <source>required now: it cannot be supplied later for this item</source>
        <translation>required now: it cannot be supplied later for this item</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="12"/>
        <source>required: a signed commitment cannot replace it</source>
        <translation>required: a signed commitment cannot replace it</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="13"/>
        <source>required: it cannot be obtained by data sharing</source>
        <translation>required: it cannot be obtained by data sharing</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="21"/>
        <location filename="../printer/NoticePrinter.cpp" line="45"/>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="23"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="25"/>
        <source>Your application cannot be accepted yet. This notice lists everything that is still needed; bring all of it together and the application will be accepted in one visit.</source>
        <translation>Your application cannot be accepted yet. This notice lists everything that is still needed; bring all of it together and the application will be accepted in one visit.</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="35"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="38"/>
        <source>Notified on %1. Questions: ask at the counter or the help desk.</source>
        <translation>Notified on %1. Questions: ask at the counter or the help desk.</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="39"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="39"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant's signature: ____________</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../printer/PdfFile.cpp" line="21"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="41"/>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="42"/>
        <source>Case number: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="43"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="36"/>
        <source>Applicant: %1 (%2)</source>
        <translation>Applicant: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="45"/>
        <source>Accepted on %1; promised completion by %2 (working days, holidays excluded).</source>
        <translation>Accepted on %1; promised completion by %2 (working days, holidays excluded).</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="48"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="22"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="24"/>
        <source>accepted without it for now (容缺): bring it by %1</source>
        <translation>accepted without it for now (容缺): bring it by %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="26"/>
        <source>replaced by the applicant&apos;s signed commitment (告知承诺)</source>
        <translation>replaced by the applicant's signed commitment (告知承诺)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="27"/>
        <source>obtained by data sharing, nothing to bring (免提交)</source>
        <translation>obtained by data sharing, nothing to bring (免提交)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="28"/>
        <source>not required for this application</source>
        <translation>not required for this application</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="52"/>
        <source>Scan the code or enter the case number at the kiosk to follow this application.</source>
        <translation>Scan the code or enter the case number at the kiosk to follow this application.</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="54"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="54"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant's signature: ____________</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="59"/>
        <source>Acceptance receipt %1</source>
        <translation>Acceptance receipt %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="34"/>
        <source>Priority service</source>
        <translation>Priority service</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="35"/>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message numerus="yes">
        <location filename="../printer/TicketPrinter.cpp" line="36"/>
        <source>%n people ahead of you</source>
        <translation><numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="43"/>
        <source>Please wait for your number to be called. Scan the code to check progress or rate our service.</source>
        <translation>Please wait for your number to be called. Scan the code to check progress or rate our service.</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="49"/>
        <source>Queue ticket %1</source>
        <translation>Queue ticket %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="60"/>
        <source>No ticket printer is installed.</source>
        <translation>No ticket printer is installed.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Unknown mode &quot;%1&quot;. Use counter, kiosk or display.</source>
        <translation>Unknown mode "%1". Use counter, kiosk or display.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>This code enrolls a %1 device, not a %2.</source>
        <translation>This code enrolls a %1 device, not a %2.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Counter %1 — log in</source>
        <translation>Counter %1 — log in</translation>
    </message>
</context>
<context>
    <name>ow::Announcer</name>
    <message>
        <location filename="../widgets/Announcer.cpp" line="75"/>
        <source>Number %1, please go to counter %2</source>
        <translation>Number %1, please go to counter %2</translation>
    </message>
</context>
<context>
    <name>ow::CallBoardWidget</name>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="23"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="105"/>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="39"/>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="76"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="99"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="79"/>
        <source>Please wait to be called</source>
        <translation>Please wait to be called</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="85"/>
        <source>%1  →  Counter %2</source>
        <translation>%1  →  Counter %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallBoardWidget.cpp" line="92"/>
        <source>%1 %2: %n waiting</source>
        <translation><numerusform>%1 %2: %n waiting</numerusform><numerusform>%1 %2: %n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="105"/>
        <source>Reconnecting to the server…</source>
        <translation>Reconnecting to the server…</translation>
    </message>
</context>
<context>
    <name>ow::CounterService</name>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="66"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="77"/>
        <source>There is no current ticket. Press F1 to call the next number.</source>
        <translation>There is no current ticket. Press F1 to call the next number.</translation>
    </message>
</context>
<context>
    <name>ow::CounterWindow</name>
    <message>
        <location filename="../app/CounterWindow.cpp" line="42"/>
        <source>OneWindow — counter %1</source>
        <translation>OneWindow — counter %1</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="51"/>
        <source>Counter %1 · %2</source>
        <translation>Counter %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="59"/>
        <source>Current ticket</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="75"/>
        <source>Call next (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="77"/>
        <source>Recall (F2)</source>
        <translation>Recall (F2)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="78"/>
        <source>No-show (F3)</source>
        <translation>No-show (F3)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="79"/>
        <source>Transfer (F4)</source>
        <translation>Transfer (F4)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="80"/>
        <source>Start (F5)</source>
        <translation>Start (F5)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="81"/>
        <source>Finish (F6)</source>
        <translation>Finish (F6)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="87"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="113"/>
        <source>Clerk: %1 (%2)</source>
        <translation>Clerk: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="114"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="140"/>
        <source>● Connected to the server</source>
        <translation>● Connected to the server</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="140"/>
        <source>● Not connected — reconnecting</source>
        <translation>● Not connected — reconnecting</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="179"/>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="179"/>
        <source>Called — waiting for the citizen</source>
        <translation>Called — waiting for the citizen</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="182"/>
        <source>Green card priority</source>
        <translation>Green card priority</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="183"/>
        <source>Elderly priority</source>
        <translation>Elderly priority</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="184"/>
        <source>Disability priority</source>
        <translation>Disability priority</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="189"/>
        <source>Taken at %1 · recalled %2 times</source>
        <translation>Taken at %1 · recalled %2 times</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="195"/>
        <source>No ticket at this counter</source>
        <translation>No ticket at this counter</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="196"/>
        <source>Press F1 to call the next number.</source>
        <translation>Press F1 to call the next number.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CounterWindow.cpp" line="214"/>
        <source>%1 %2 — %n waiting</source>
        <translation><numerusform>%1 %2 — %n waiting</numerusform><numerusform>%1 %2 — %n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CounterWindow.cpp" line="219"/>
        <source>In all: %n waiting</source>
        <translation><numerusform>In all: %n waiting</numerusform><numerusform>In all: %n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="230"/>
        <source>To queue %1 %2</source>
        <translation>To queue %1 %2</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="238"/>
        <source>To counter %1</source>
        <translation>To counter %1</translation>
    </message>
</context>
<context>
    <name>ow::DisplayWindow</name>
    <message>
        <location filename="../app/DisplayWindow.cpp" line="23"/>
        <source>OneWindow — call board</source>
        <translation>OneWindow — call board</translation>
    </message>
</context>
<context>
    <name>ow::KioskWindow</name>
    <message>
        <location filename="../app/KioskWindow.cpp" line="51"/>
        <source>OneWindow — take a number</source>
        <translation>OneWindow — take a number</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="71"/>
        <source>Please choose your service</source>
        <translation>Please choose your service</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="75"/>
        <location filename="../app/KioskWindow.cpp" line="79"/>
        <source>Priority: elderly, disabled or green card</source>
        <translation>Priority: elderly, disabled or green card</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="79"/>
        <source>✔ Priority service chosen</source>
        <translation>✔ Priority service chosen</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="88"/>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="93"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="104"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="113"/>
        <source>Supervisor PIN to leave the kiosk</source>
        <translation>Supervisor PIN to leave the kiosk</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="119"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="119"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="130"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/KioskWindow.cpp" line="195"/>
        <source>%1
%n waiting</source>
        <translation><numerusform>%1
%n waiting</numerusform><numerusform>%1
%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="204"/>
        <source>Sorry, numbers cannot be issued right now. Please ask at the help desk.</source>
        <translation>Sorry, numbers cannot be issued right now. Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="216"/>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/KioskWindow.cpp" line="217"/>
        <source>%n people ahead of you.</source>
        <translation><numerusform>%n person ahead of you.</numerusform><numerusform>%n people ahead of you.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="218"/>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="229"/>
        <source>Please take your ticket below.</source>
        <translation>Please take your ticket below.</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="230"/>
        <source>The printer is not working; please remember your number.</source>
        <translation>The printer is not working; please remember your number.</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="18"/>
        <source>OneWindow — log in</source>
        <translation>OneWindow — log in</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="25"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="26"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="30"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <location filename="../app/SetupDialog.cpp" line="19"/>
        <source>OneWindow — enroll this device</source>
        <translation>OneWindow — enroll this device</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="21"/>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="22"/>
        <source>Enter the server address and the one-time code from the administrator.</source>
        <translation>Enter the server address and the one-time code from the administrator.</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="30"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="31"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="32"/>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="36"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="47"/>
        <source>The server address starts with http:// or https://</source>
        <translation>The server address starts with http:// or https://</translation>
    </message>
</context>
</TS>
