<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="46"/>
        <source>The server answered with a certificate this computer was not set up to trust, so nothing was sent. It may not be the hall&apos;s server: do not log in, and call the administrator.</source>
        <translation>The server answered with a certificate this computer was not set up to trust, so nothing was sent. It may not be the hall&apos;s server: do not log in, and call the administrator.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="49"/>
        <source>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</source>
        <translation>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="52"/>
        <source>Finish the current ticket or mark it as no-show before calling the next one.</source>
        <translation>Finish the current ticket or mark it as no-show before calling the next one.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="54"/>
        <source>This number has been recalled the maximum number of times. Mark it as no-show.</source>
        <translation>This number has been recalled the maximum number of times. Mark it as no-show.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="56"/>
        <source>This ticket has already moved on; the screen has been refreshed.</source>
        <translation>This ticket has already moved on; the screen has been refreshed.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="58"/>
        <source>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</source>
        <translation>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="60"/>
        <source>This enrollment code is unknown, already used or expired (codes are good for 7 days). Ask the administrator for a new one.</source>
        <translation>This enrollment code is unknown, already used or expired (codes are good for 7 days). Ask the administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="63"/>
        <source>Too many failed attempts from this computer. Wait a few minutes, then try again.</source>
        <translation>Too many failed attempts from this computer. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="65"/>
        <source>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</source>
        <translation>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="68"/>
        <source>Your account has been disabled by the hall&apos;s administrator, and this session has ended. Ask the administrator if this is a mistake.</source>
        <translation>Your account has been disabled by the hall&apos;s administrator, and this session has ended. Ask the administrator if this is a mistake.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="71"/>
        <source>Your password was reset by the administrator, and this session has ended. Log in again with the new password.</source>
        <translation>Your password was reset by the administrator, and this session has ended. Log in again with the new password.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="74"/>
        <source>This computer&apos;s enrollment was revoked by the hall&apos;s administrator: it can do nothing more. Ask the administrator for a new enrollment code.</source>
        <translation>This computer&apos;s enrollment was revoked by the hall&apos;s administrator: it can do nothing more. Ask the administrator for a new enrollment code.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="77"/>
        <source>Choose your own password first: log in again and you will be asked for it.</source>
        <translation>Choose your own password first: log in again and you will be asked for it.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="79"/>
        <source>The hall is closed now and gives no numbers.</source>
        <translation>The hall is closed now and gives no numbers.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="81"/>
        <source>This queue gives no numbers at the moment. Please ask at the information desk.</source>
        <translation>This queue gives no numbers at the moment. Please ask at the information desk.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="83"/>
        <source>This counter is closed for today by the hall&apos;s administrator; it calls nobody until tomorrow.</source>
        <translation>This counter is closed for today by the hall&apos;s administrator; it calls nobody until tomorrow.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="85"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>The ID number is not valid: check it against the card.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="87"/>
        <source>The phone number must be a mobile number of 11 digits.</source>
        <translation>The phone number must be a mobile number of 11 digits.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="89"/>
        <source>Log in first: this needs a person of the hall, not the device alone.</source>
        <translation>Log in first: this needs a person of the hall, not the device alone.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="91"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>Wrong user name or password. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="93"/>
        <source>This device is not allowed to do that.</source>
        <translation>This device is not allowed to do that.</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="95"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>CaseStepPrinters</name>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="14"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="39"/>
        <source>Notice of correction</source>
        <translation>Notice of correction</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="16"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="47"/>
        <source>Case number: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="18"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="49"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="20"/>
        <source>Your application needs the following materials corrected or brought. The time limit of the case stands still until they are received; it runs again from that day.</source>
        <translation>Your application needs the following materials corrected or brought. The time limit of the case stands still until they are received; it runs again from that day.</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="26"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="28"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="30"/>
        <source>Bring them to any counter of the hall, or to your village agency station.</source>
        <translation>Bring them to any counter of the hall, or to your village agency station.</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="32"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="57"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="32"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant&apos;s signature: ____________</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="46"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="64"/>
        <source>Proof of delivery</source>
        <translation>Proof of delivery</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="51"/>
        <source>Handed over to</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>ID card checked</source>
        <translation>ID card checked</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="53"/>
        <source>Handed over on</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="56"/>
        <source>I have received the result of this case.</source>
        <translation>I have received the result of this case.</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="57"/>
        <source>Recipient&apos;s signature: ____________</source>
        <translation>Recipient&apos;s signature: ____________</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="70"/>
        <source>Postal label</source>
        <translation>Postal label</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="80"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="82"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="88"/>
        <source>Waybill: %1</source>
        <translation>Waybill: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="89"/>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="91"/>
        <source>Contents: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="94"/>
        <source>Scan for the case&apos;s progress</source>
        <translation>Scan for the case&apos;s progress</translation>
    </message>
</context>
<context>
    <name>CommitmentPrinter</name>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="42"/>
        <location filename="../printer/DecisionPrinters.cpp" line="70"/>
        <source>Letter of commitment</source>
        <translation>Letter of commitment</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="44"/>
        <source>Case number: %1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="46"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="48"/>
        <source>The office has told me the conditions that the following materials prove. Instead of providing them, I promise that I meet these conditions:</source>
        <translation>The office has told me the conditions that the following materials prove. Instead of providing them, I promise that I meet these conditions:</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="55"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="58"/>
        <source>I understand that the office may verify this promise. If it is untrue, the decision made on it will be revoked, I bear the legal consequences, and the breach is recorded in my credit record.</source>
        <translation>I understand that the office may verify this promise. If it is untrue, the decision made on it will be revoked, I bear the legal consequences, and the breach is recorded in my credit record.</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="62"/>
        <source>Signed on %1.</source>
        <translation>Signed on %1.</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="63"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="63"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant&apos;s signature: ____________</translation>
    </message>
</context>
<context>
    <name>DailyReportPrinter</name>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="33"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="35"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="37"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="47"/>
        <source>Daily report %1 %2</source>
        <translation>Daily report %1 %2</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="50"/>
        <source>Queue: %1 numbers taken, %2 served, %3 no-show, %4 transferred.</source>
        <translation>Queue: %1 numbers taken, %2 served, %3 no-show, %4 transferred.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="55"/>
        <source>Waiting: %1 on average, 9 in 10 at most %2, the longest %3. Service: %4 on average.</source>
        <translation>Waiting: %1 on average, 9 in 10 at most %2, the longest %3. Service: %4 on average.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="58"/>
        <source>Cases: %1 accepted, %2 one-time notices, %3 refused, %4 completed; %5 overdue, %6 waived materials past their date.</source>
        <translation>Cases: %1 accepted, %2 one-time notices, %3 refused, %4 completed; %5 overdue, %6 waived materials past their date.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="66"/>
        <source>After intake: %1 corrections asked for, %2 decisions, %3 of %4 completed on time, %5 handed over at the window, %6 posted.</source>
        <translation>After intake: %1 corrections asked for, %2 decisions, %3 of %4 completed on time, %5 handed over at the window, %6 posted.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="74"/>
        <source>Ratings: %1 of %2 services rated (%3), good rate %4; %5 very satisfied, %6 satisfied, %7 fairly satisfied, %8 dissatisfied, %9 very dissatisfied.</source>
        <translation>Ratings: %1 of %2 services rated (%3), good rate %4; %5 very satisfied, %6 satisfied, %7 fairly satisfied, %8 dissatisfied, %9 very dissatisfied.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="84"/>
        <source>Rectifications open at the end of the day: %1, of them past a due date: %2.</source>
        <translation>Rectifications open at the end of the day: %1, of them past a due date: %2.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="88"/>
        <source>Appointments: %1 places booked, %2 checked in, %3 did not come, %4 cancelled.</source>
        <translation>Appointments: %1 places booked, %2 checked in, %3 did not come, %4 cancelled.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="94"/>
        <source>Home visits: %1 planned for the day, %2 done; %3 requests still to schedule.</source>
        <translation>Home visits: %1 planned for the day, %2 done; %3 requests still to schedule.</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Rating rate</source>
        <translation>Rating rate</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="106"/>
        <source>By counter</source>
        <translation>By counter</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="106"/>
        <source>By staff</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="120"/>
        <source>Appointments by slot</source>
        <translation>Appointments by slot</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>To come</source>
        <translation>To come</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="148"/>
        <source>Daily report %1</source>
        <translation>Daily report %1</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="123"/>
        <source>Enquiries: %1</source>
        <translation>Enquiries: %1</translation>
    </message>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="125"/>
        <source>Complaints: %1</source>
        <translation>Complaints: %1</translation>
    </message>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="142"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the date on a document (Chinese: yyyy年M月d日)</extracomment>
        <translation>d MMMM yyyy</translation>
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
        <location filename="../printer/NoticePrinter.cpp" line="32"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="35"/>
        <source>Questions: ask at the counter or the help desk.</source>
        <translation>Questions: ask at the counter or the help desk.</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="37"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="37"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant&apos;s signature: ____________</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../printer/PdfFile.cpp" line="22"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>PermitCheckResult</name>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="45"/>
        <source>This is not a permit code</source>
        <translation>This is not a permit code</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="46"/>
        <source>Genuine and valid</source>
        <translation>Genuine and valid</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="47"/>
        <source>Genuine (revocation not checked)</source>
        <translation>Genuine (revocation not checked)</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="48"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="49"/>
        <source>Genuine, not yet valid</source>
        <translation>Genuine, not yet valid</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="49"/>
        <source>Genuine, expired</source>
        <translation>Genuine, expired</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="50"/>
        <source>Not genuine</source>
        <translation>Not genuine</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="51"/>
        <source>Cannot be checked here now</source>
        <translation>Cannot be checked here now</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="66"/>
        <source>Hold the QR code of the permit to the reader, or open a photo of it.</source>
        <translation>Hold the QR code of the permit to the reader, or open a photo of it.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="68"/>
        <source>The signature of %1 holds and the hall&apos;s server confirms the permit stands (checked %2).</source>
        <translation>The signature of %1 holds and the hall&apos;s server confirms the permit stands (checked %2).</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="71"/>
        <source>The signature of %1 holds. Whether it has been revoked could not be checked (%2); the keys are those fetched on %3.</source>
        <translation>The signature of %1 holds. Whether it has been revoked could not be checked (%2); the keys are those fetched on %3.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="73"/>
        <location filename="../core/sync/PermitChecker.cpp" line="81"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="74"/>
        <source>Revoked on %1.</source>
        <translation>Revoked on %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="76"/>
        <source>Valid only from %1.</source>
        <translation>Valid only from %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="77"/>
        <source>It was valid until %1.</source>
        <translation>It was valid until %1.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="79"/>
        <source>It is signed with a key this computer does not know yet, and the keys cannot be updated now (those here were fetched on %1). Check it again once the network is back.</source>
        <translation>It is signed with a key this computer does not know yet, and the keys cannot be updated now (those here were fetched on %1). Check it again once the network is back.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="84"/>
        <source>It is signed with a key of no issuer this hall trusts.</source>
        <translation>It is signed with a key of no issuer this hall trusts.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="85"/>
        <source>It is not signed the way permits are signed.</source>
        <translation>It is not signed the way permits are signed.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="86"/>
        <source>It claims an issuer other than the one who signed it.</source>
        <translation>It claims an issuer other than the one who signed it.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="87"/>
        <source>The code has been changed or forged: its signature does not match.</source>
        <translation>The code has been changed or forged: its signature does not match.</translation>
    </message>
</context>
<context>
    <name>PermitPrinter</name>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="22"/>
        <source>long-term, from %1</source>
        <translation>long-term, from %1</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="23"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="38"/>
        <location filename="../printer/PermitPrinter.cpp" line="122"/>
        <source>SAMPLE</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="43"/>
        <source>Unified social credit code: %1</source>
        <translation>Unified social credit code: %1</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="44"/>
        <location filename="../printer/PermitPrinter.cpp" line="55"/>
        <source>Permit number: %1</source>
        <translation>Permit number: %1</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="46"/>
        <location filename="../printer/PermitPrinter.cpp" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="50"/>
        <source>Business scope</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="51"/>
        <source>Established on</source>
        <translation>Established on</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="52"/>
        <source>Term of operation</source>
        <translation>Term of operation</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="53"/>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="57"/>
        <location filename="../printer/PermitPrinter.cpp" line="99"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="58"/>
        <location filename="../printer/PermitPrinter.cpp" line="100"/>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="59"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="63"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="64"/>
        <location filename="../printer/PermitPrinter.cpp" line="101"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="67"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="71"/>
        <location filename="../printer/PermitPrinter.cpp" line="118"/>
        <source>Scan to verify</source>
        <translation>Scan to verify</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="72"/>
        <source>The code is signed by the issuing authority. Any scanner holding its public key proves this permit genuine without a network; online it also tells whether the permit has been revoked.</source>
        <translation>The code is signed by the issuing authority. Any scanner holding its public key proves this permit genuine without a network; online it also tells whether the permit has been revoked.</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="75"/>
        <source>A permit whose printed details differ from what the scan shows is not genuine.</source>
        <translation>A permit whose printed details differ from what the scan shows is not genuine.</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="98"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="100"/>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="102"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="140"/>
        <source>Permit %1</source>
        <translation>Permit %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="95"/>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="102"/>
        <source>The application of your organisation has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</source>
        <translation>The application of your organisation has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="105"/>
        <source>Your application has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</source>
        <translation>Your application has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="107"/>
        <source>The application of your organisation has been examined. The materials are complete and in the legal form, and it is accepted. Details:</source>
        <translation>The application of your organisation has been examined. The materials are complete and in the legal form, and it is accepted. Details:</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="109"/>
        <source>Your application has been examined. The materials are complete and in the legal form, and it is accepted. Details:</source>
        <translation>Your application has been examined. The materials are complete and in the legal form, and it is accepted. Details:</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="125"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="65"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="67"/>
        <source>accepted without it for now (容缺): bring it by %1</source>
        <translation>accepted without it for now (容缺): bring it by %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="69"/>
        <source>replaced by the applicant&apos;s signed commitment (告知承诺)</source>
        <translation>replaced by the applicant&apos;s signed commitment (告知承诺)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="70"/>
        <source>obtained by data sharing, nothing to bring (免提交)</source>
        <translation>obtained by data sharing, nothing to bring (免提交)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="71"/>
        <source>not required for this application</source>
        <translation>not required for this application</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="86"/>
        <source>%1 (agent: %2)</source>
        <translation>%1 (agent: %2)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="90"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="52"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="114"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="116"/>
        <source>Query code</source>
        <translation>Query code</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="116"/>
        <source>%1 (keep it: with the number it shows this case&apos;s progress)</source>
        <translation>%1 (keep it: with the number it shows this case&apos;s progress)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="120"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="121"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="122"/>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="123"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="123"/>
        <source>%1 (working days; holidays excluded)</source>
        <translation>%1 (working days; holidays excluded)</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>How it stands</source>
        <translation>How it stands</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="132"/>
        <source>Scan the code, or enter the case number and the query code, at the kiosk to follow this application.</source>
        <translation>Scan the code, or enter the case number and the query code, at the kiosk to follow this application.</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="135"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="135"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant&apos;s signature: ____________</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="141"/>
        <source>Acceptance receipt %1</source>
        <translation>Acceptance receipt %1</translation>
    </message>
</context>
<context>
    <name>RefusalPrinter</name>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="11"/>
        <location filename="../printer/DecisionPrinters.cpp" line="29"/>
        <source>Notice of refusal</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="13"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="15"/>
        <source>Having examined your application, this office does not accept it, for this reason:</source>
        <translation>Having examined your application, this office does not accept it, for this reason:</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="18"/>
        <source>If you disagree with this decision you may apply for administrative review within 60 days of receiving this notice, or bring an administrative lawsuit within 6 months.</source>
        <translation>If you disagree with this decision you may apply for administrative review within 60 days of receiving this notice, or bring an administrative lawsuit within 6 months.</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="22"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="22"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>Applicant&apos;s signature: ____________</translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <location filename="../app/common/SessionWatch.cpp" line="17"/>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../app/common/SessionWatch.cpp" line="20"/>
        <source>Close OneWindow and start it again to log in; work not yet sent is kept on this computer.</source>
        <translation>Close OneWindow and start it again to log in; work not yet sent is kept on this computer.</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="34"/>
        <source>Appointment (checked in)</source>
        <translation>Appointment (checked in)</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="36"/>
        <source>Priority service</source>
        <translation>Priority service</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="37"/>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message numerus="yes">
        <location filename="../printer/TicketPrinter.cpp" line="38"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="42"/>
        <source>Real-name number · %1</source>
        <translation>Real-name number · %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="47"/>
        <source>Please wait for your number to be called. Scan the code to check progress or rate our service.</source>
        <translation>Please wait for your number to be called. Scan the code to check progress or rate our service.</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="54"/>
        <source>Queue ticket %1</source>
        <translation>Queue ticket %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="66"/>
        <source>No ticket printer is installed.</source>
        <translation>No ticket printer is installed.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>Unknown mode &quot;%1&quot;. Use counter, station, supervisor, kiosk, display, counter-screen or pad.</source>
        <translation>Unknown mode &quot;%1&quot;. Use counter, station, supervisor, kiosk, display, counter-screen or pad.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="161"/>
        <source>This code enrolls a %1 device, not a %2.</source>
        <translation>This code enrolls a %1 device, not a %2.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198"/>
        <source>Counter %1 — log in</source>
        <translation>Counter %1 — log in</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>Agency station — log in</source>
        <translation>Agency station — log in</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>Supervisor — log in</source>
        <translation>Supervisor — log in</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="268"/>
        <source>Say which counter this screen is above: --counter N (1–999).</source>
        <translation>Say which counter this screen is above: --counter N (1–999).</translation>
    </message>
</context>
<context>
    <name>ow::AdminPanel</name>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="32"/>
        <source>Staff (人员)</source>
        <translation>Staff (人员)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="33"/>
        <source>Counters and queues (窗口与队列)</source>
        <translation>Counters and queues (窗口与队列)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="34"/>
        <source>Devices (设备)</source>
        <translation>Devices (设备)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="35"/>
        <source>Hours (营业时间)</source>
        <translation>Hours (营业时间)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="36"/>
        <source>Hall details (本厅信息)</source>
        <translation>Hall details (本厅信息)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="37"/>
        <source>Catalog (事项目录)</source>
        <translation>Catalog (事项目录)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="38"/>
        <source>Record (操作记录)</source>
        <translation>Record (操作记录)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="42"/>
        <source>Administration message</source>
        <translation>Administration message</translation>
    </message>
</context>
<context>
    <name>ow::AdminService</name>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="25"/>
        <source>This user name is taken (user names are unique on the server). Choose another.</source>
        <translation>This user name is taken (user names are unique on the server). Choose another.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="27"/>
        <source>The password does not follow the rules: at least %1 characters, not containing the user name, mixing letters with digits or other characters.</source>
        <translation>The password does not follow the rules: at least %1 characters, not containing the user name, mixing letters with digits or other characters.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="31"/>
        <source>You cannot disable your own account, give up your own role or reset your own password here: another administrator does that (your own password: 我的密码).</source>
        <translation>You cannot disable your own account, give up your own role or reset your own password here: another administrator does that (your own password: 我的密码).</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="34"/>
        <source>This computer cannot revoke itself; do it from another one.</source>
        <translation>This computer cannot revoke itself; do it from another one.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="36"/>
        <source>The hall has this already; change the one that is there.</source>
        <translation>The hall has this already; change the one that is there.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="38"/>
        <source>This catalog&apos;s version is not newer than the current one; raise &quot;version&quot; in the file.</source>
        <translation>This catalog&apos;s version is not newer than the current one; raise &quot;version&quot; in the file.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="41"/>
        <source>Only the hall&apos;s administrator may do this, logged in on a supervisor computer.</source>
        <translation>Only the hall&apos;s administrator may do this, logged in on a supervisor computer.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="43"/>
        <source>The hall has no such account, device, queue or counter (it may have been changed meanwhile); the list has been reloaded.</source>
        <translation>The hall has no such account, device, queue or counter (it may have been changed meanwhile); the list has been reloaded.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="95"/>
        <location filename="../core/sync/AdminService.cpp" line="290"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="121"/>
        <source>The account %1 (%2) has been made.</source>
        <translation>The account %1 (%2) has been made.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="131"/>
        <source>%1 is disabled: their sessions have ended.</source>
        <translation>%1 is disabled: their sessions have ended.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="132"/>
        <source>%1 may log in again.</source>
        <translation>%1 may log in again.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="134"/>
        <source>The account %1 has been changed.</source>
        <translation>The account %1 has been changed.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="147"/>
        <source>%1 has a new password; their sessions have ended. They choose their own at the next login.</source>
        <translation>%1 has a new password; their sessions have ended. They choose their own at the next login.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="159"/>
        <source>%1: the hall&apos;s value stays, and goes to the upstream platform.</source>
        <translation>%1: the hall&apos;s value stays, and goes to the upstream platform.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="160"/>
        <source>%1: the upstream platform&apos;s value is taken here.</source>
        <translation>%1: the upstream platform&apos;s value is taken here.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="178"/>
        <source>The hall has no such counter; add the counter first.</source>
        <translation>The hall has no such counter; add the counter first.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="184"/>
        <source>The device is revoked: it can do nothing more, and its screens have been closed.</source>
        <translation>The device is revoked: it can do nothing more, and its screens have been closed.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="202"/>
        <source>The queue has been added; the kiosks offer it now.</source>
        <translation>The queue has been added; the kiosks offer it now.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="210"/>
        <source>The queue has been changed; counters, kiosks and boards show it now.</source>
        <translation>The queue has been changed; counters, kiosks and boards show it now.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="218"/>
        <source>The counter has been added. Enroll its computer with a code from 设备.</source>
        <translation>The counter has been added. Enroll its computer with a code from 设备.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="226"/>
        <source>The counter has been changed; its screens show it now.</source>
        <translation>The counter has been changed; its screens show it now.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="246"/>
        <source>The hours have been saved; the kiosks follow them now.</source>
        <translation>The hours have been saved; the kiosks follow them now.</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="262"/>
        <source>The hall&apos;s details have been saved; its papers and call boards use them now.</source>
        <translation>The hall&apos;s details have been saved; its papers and call boards use them now.</translation>
    </message>
</context>
<context>
    <name>ow::Announcer</name>
    <message>
        <location filename="../widgets/Announcer.cpp" line="106"/>
        <source>Number %1, please go to counter %2</source>
        <translation>Number %1, please go to counter %2</translation>
    </message>
</context>
<context>
    <name>ow::ApiClient</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="152"/>
        <source>The attachment %1 is missing on this computer (%2).</source>
        <translation>The attachment %1 is missing on this computer (%2).</translation>
    </message>
</context>
<context>
    <name>ow::AppointmentPlanPanel</name>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="38"/>
        <source>Appointments (预约设置)</source>
        <translation>Appointments (预约设置)</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="43"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="50"/>
        <source>The queue&apos;s plan</source>
        <translation>The queue&apos;s plan</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="53"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="63"/>
        <source>Slots of the day</source>
        <translation>Slots of the day</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="69"/>
        <source>Times as 09:00. A slot is offered on a day only inside the hall&apos;s opening hours and outside lunch; closed days offer none.</source>
        <translation>Times as 09:00. A slot is offered on a day only inside the hall&apos;s opening hours and outside lunch; closed days offer none.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="75"/>
        <source>Add a slot</source>
        <translation>Add a slot</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="77"/>
        <source>Remove the slot</source>
        <translation>Remove the slot</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="82"/>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="85"/>
        <source>Take no more appointments</source>
        <translation>Take no more appointments</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="95"/>
        <source>No-show rule of the hall</source>
        <translation>No-show rule of the hall</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="105"/>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="106"/>
        <source>Within days</source>
        <translation>Within days</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="107"/>
        <source>Days without booking</source>
        <translation>Days without booking</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="109"/>
        <source>appointments not kept within</source>
        <translation>appointments not kept within</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="111"/>
        <source>days: no bookings for</source>
        <translation>days: no bookings for</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="113"/>
        <source>days (0: never)</source>
        <translation>days (0: never)</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="115"/>
        <source>Save the rule</source>
        <translation>Save the rule</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="143"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="162"/>
        <source>Takes appointments</source>
        <translation>Takes appointments</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="162"/>
        <source>Takes no appointments: set a plan and save it</source>
        <translation>Takes no appointments: set a plan and save it</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="212"/>
        <source>Choose at least one weekday.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="214"/>
        <source>Add at least one slot.</source>
        <translation>Add at least one slot.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="222"/>
        <source>Row %1: write the times as 09:00.</source>
        <translation>Row %1: write the times as 09:00.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="224"/>
        <source>Row %1: the slot must end after it begins.</source>
        <translation>Row %1: the slot must end after it begins.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="226"/>
        <source>Row %1: a slot takes 1 to 500 people.</source>
        <translation>Row %1: a slot takes 1 to 500 people.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="232"/>
        <source>The slot at %1 overlaps the one before it.</source>
        <translation>The slot at %1 overlaps the one before it.</translation>
    </message>
</context>
<context>
    <name>ow::AppointmentService</name>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="63"/>
        <location filename="../core/sync/AppointmentService.cpp" line="222"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="107"/>
        <source>The plan is saved: the booking page and the desks offer it from now on.</source>
        <translation>The plan is saved: the booking page and the desks offer it from now on.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="117"/>
        <source>The queue takes no more appointments; those already booked stand.</source>
        <translation>The queue takes no more appointments; those already booked stand.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="135"/>
        <source>The no-show rule is saved.</source>
        <translation>The no-show rule is saved.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="205"/>
        <source>That time has just been taken in full. Choose another time.</source>
        <translation>That time has just been taken in full. Choose another time.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="207"/>
        <source>This person already has an appointment for this queue on that day.</source>
        <translation>This person already has an appointment for this queue on that day.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="209"/>
        <source>That time is no longer offered (it has begun or the plan changed). Choose another.</source>
        <translation>That time is no longer offered (it has begun or the plan changed). Choose another.</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="211"/>
        <source>This person may not book until %1: appointments not kept, under the hall&apos;s rule.</source>
        <translation>This person may not book until %1: appointments not kept, under the hall&apos;s rule.</translation>
    </message>
</context>
<context>
    <name>ow::AuditPage</name>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="57"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="58"/>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="59"/>
        <source>Added a person</source>
        <translation>Added a person</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="60"/>
        <source>Changed a person</source>
        <translation>Changed a person</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="61"/>
        <source>Disabled a person</source>
        <translation>Disabled a person</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="62"/>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="63"/>
        <source>Changed their own password</source>
        <translation>Changed their own password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="64"/>
        <source>Device enrolled</source>
        <translation>Device enrolled</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="65"/>
        <source>Made an enrollment code</source>
        <translation>Made an enrollment code</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="66"/>
        <source>Revoked a device</source>
        <translation>Revoked a device</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="67"/>
        <source>Added a queue</source>
        <translation>Added a queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="68"/>
        <source>Changed a queue</source>
        <translation>Changed a queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="69"/>
        <source>Added a counter</source>
        <translation>Added a counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="70"/>
        <source>Changed a counter</source>
        <translation>Changed a counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="71"/>
        <source>Set the hours</source>
        <translation>Set the hours</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="72"/>
        <source>Loaded a catalog</source>
        <translation>Loaded a catalog</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="73"/>
        <source>Set the rating policy</source>
        <translation>Set the rating policy</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="74"/>
        <source>Rating given</source>
        <translation>Rating given</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="75"/>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="76"/>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="77"/>
        <source>Fix recorded</source>
        <translation>Fix recorded</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="78"/>
        <source>Permit issued</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="79"/>
        <source>Permit revoked</source>
        <translation>Permit revoked</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="80"/>
        <source>Personal data shown</source>
        <translation>Personal data shown</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="85"/>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="87"/>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="98"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="106"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="112"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="114"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="118"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="121"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="126"/>
        <source>Audit record</source>
        <translation>Audit record</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="128"/>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="141"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ow::BookingPanel</name>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="28"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="30"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="32"/>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="49"/>
        <source>Book a time for someone (预约登记)</source>
        <translation>Book a time for someone (预约登记)</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="54"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="68"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="59"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="69"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="61"/>
        <source>Times with free places</source>
        <translation>Times with free places</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="67"/>
        <source>11-digit mobile: the code is sent to it</source>
        <translation>11-digit mobile: the code is sent to it</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="70"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="71"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="72"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="73"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="75"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="90"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="95"/>
        <source>Bookings of the day</source>
        <translation>Bookings of the day</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="109"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="113"/>
        <source>No queue of the hall takes appointments yet: the supervisor plans them.</source>
        <translation>No queue of the hall takes appointments yet: the supervisor plans them.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="124"/>
        <source>Check-in code &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3–%4. Tell it to the person: they check in with it at the kiosk from 30 minutes before; it is also sent to their phone.</source>
        <translation>Check-in code &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3–%4. Tell it to the person: they check in with it at the kiosk from 30 minutes before; it is also sent to their phone.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="150"/>
        <source>%1–%2 · %3 of %4 free</source>
        <translation>%1–%2 · %3 of %4 free</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="154"/>
        <source>%1–%2 · full</source>
        <translation>%1–%2 · full</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="163"/>
        <source>No times are offered on this day.</source>
        <translation>No times are offered on this day.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="208"/>
        <source>Choose a queue.</source>
        <translation>Choose a queue.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="210"/>
        <source>Choose a time with free places.</source>
        <translation>Choose a time with free places.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="212"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="214"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>The ID number is not valid: check it against the card.</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="216"/>
        <source>The phone number must be a mobile number of 11 digits.</source>
        <translation>The phone number must be a mobile number of 11 digits.</translation>
    </message>
</context>
<context>
    <name>ow::CallBoardWidget</name>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="55"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="215"/>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="114"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="209"/>
        <source>Counter %1 · appointment</source>
        <translation>Counter %1 · appointment</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="115"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="209"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="118"/>
        <source>Please wait to be called</source>
        <translation>Please wait to be called</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="125"/>
        <source>Missed: </source>
        <translation>Missed: </translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="129"/>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="133"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallBoardWidget.cpp" line="135"/>
        <source>%n waiting (%1)</source>
        <translation>
            <numerusform>%n waiting (%1)</numerusform>
            <numerusform>%n waiting (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="157"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="175"/>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="178"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="215"/>
        <source>Reconnecting to the server…</source>
        <translation>Reconnecting to the server…</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderBar</name>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="20"/>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="61"/>
        <source>ID card reader: not in use</source>
        <translation>ID card reader: not in use</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="64"/>
        <source>No ID card reader connected — the camera (F7) reads the card&apos;s number</source>
        <translation>No ID card reader connected — the camera (F7) reads the card&apos;s number</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="68"/>
        <source>ID card reader ready: lay the card on the reader</source>
        <translation>ID card reader ready: lay the card on the reader</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="72"/>
        <source>ID card reader: %1</source>
        <translation>ID card reader: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="82"/>
        <source>valid for the long term</source>
        <translation>valid for the long term</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="82"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="85"/>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="90"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="91"/>
        <source>Read from the chip: %1</source>
        <translation>Read from the chip: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="97"/>
        <source>The photo on the card&apos;s chip</source>
        <translation>The photo on the card&apos;s chip</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="99"/>
        <source>Photo needs the licensed decoder</source>
        <translation>Photo needs the licensed decoder</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="100"/>
        <source>The chip&apos;s photo is kept with the case; showing it needs the licensed decoder.</source>
        <translation>The chip&apos;s photo is kept with the case; showing it needs the licensed decoder.</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderService</name>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="44"/>
        <source>its region code is not in the list of divisions (GB/T 2260)</source>
        <translation>its region code is not in the list of divisions (GB/T 2260)</translation>
    </message>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="46"/>
        <source>it does not pass the GB 11643 check</source>
        <translation>it does not pass the GB 11643 check</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderWorker</name>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="105"/>
        <source>Card read</source>
        <translation>Card read</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="50"/>
        <source>material brought (后补)</source>
        <translation>material brought (后补)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="51"/>
        <source>correction asked for (补正)</source>
        <translation>correction asked for (补正)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="52"/>
        <source>correction received</source>
        <translation>correction received</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="53"/>
        <source>time limit paused</source>
        <translation>time limit paused</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="54"/>
        <source>time limit running again</source>
        <translation>time limit running again</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="55"/>
        <source>passed on (分办)</source>
        <translation>passed on (分办)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="56"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="57"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="58"/>
        <source>approved by rule (超时默认)</source>
        <translation>approved by rule (超时默认)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="59"/>
        <source>completed (办结)</source>
        <translation>completed (办结)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="60"/>
        <source>handed over (出件)</source>
        <translation>handed over (出件)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="61"/>
        <source>posted (寄递)</source>
        <translation>posted (寄递)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="62"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="72"/>
        <source>publicity (公示)</source>
        <translation>publicity (公示)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="74"/>
        <source>expert review (专家评审)</source>
        <translation>expert review (专家评审)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="76"/>
        <source>hearing (听证)</source>
        <translation>hearing (听证)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="78"/>
        <source>inspection or testing (检验检测)</source>
        <translation>inspection or testing (检验检测)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="84"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="85"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="86"/>
        <source>Notified (not accepted)</source>
        <translation>Notified (not accepted)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="87"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="88"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="89"/>
        <source>Waiting for supplement</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="90"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="91"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="92"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="93"/>
        <source>In the post</source>
        <translation>In the post</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="94"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="125"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="126"/>
        <source>⚠ Due soon</source>
        <translation>⚠ Due soon</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="127"/>
        <source>✖ Overdue</source>
        <translation>✖ Overdue</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="128"/>
        <source>✖ Waived material overdue</source>
        <translation>✖ Waived material overdue</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="139"/>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="146"/>
        <source>⇅ Waiting to upload</source>
        <translation>⇅ Waiting to upload</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="146"/>
        <source>✔ Confirmed by the server</source>
        <translation>✔ Confirmed by the server</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="176"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="177"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="178"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="179"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="180"/>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="181"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="182"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="183"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ow::CaseListPanel</name>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="199"/>
        <source>Case number, applicant name or whole ID number</source>
        <translation>Case number, applicant name or whole ID number</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="200"/>
        <source>Find a case</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="204"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="208"/>
        <source>Only overdue</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="217"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/CaseListPanel.cpp" line="257"/>
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n case shown</numerusform>
            <numerusform>%n cases shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="259"/>
        <source>The cases could not be read: %1</source>
        <translation>The cases could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="269"/>
        <source>Approve now (即办件) (Ctrl+Shift+A)</source>
        <translation>Approve now (即办件) (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="271"/>
        <source>Issue or reprint permit (Ctrl+Shift+P)</source>
        <translation>Issue or reprint permit (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="273"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="299"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="311"/>
        <source>Asking the hall&apos;s server to sign the permit…</source>
        <translation>Asking the hall&apos;s server to sign the permit…</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="367"/>
        <source>Approved. The permit can be issued now (Ctrl+Shift+P).</source>
        <translation>Approved. The permit can be issued now (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="384"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="404"/>
        <source>None of this case&apos;s items issues a permit.</source>
        <translation>None of this case&apos;s items issues a permit.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="427"/>
        <source>Permit %1</source>
        <translation>Permit %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="430"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="439"/>
        <source>Permit %1 issued. Check the preview, then print (Ctrl+P).</source>
        <translation>Permit %1 issued. Check the preview, then print (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="440"/>
        <source>Permit %1 was issued before; here it is to print again.</source>
        <translation>Permit %1 was issued before; here it is to print again.</translation>
    </message>
</context>
<context>
    <name>ow::CasePusher</name>
    <message>
        <location filename="../core/sync/CasePusher.cpp" line="62"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>ow::CaseStepsBar</name>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="42"/>
        <source>Material brought later</source>
        <translation>Material brought later</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="43"/>
        <source>Brought (后补) (Ctrl+Shift+S)</source>
        <translation>Brought (后补) (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="44"/>
        <source>Scan it… (Ctrl+Shift+F7)</source>
        <translation>Scan it… (Ctrl+Shift+F7)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="45"/>
        <source>Scan the material brought; its pages go to the hall with the case.</source>
        <translation>Scan the material brought; its pages go to the hall with the case.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="46"/>
        <source>Waived material</source>
        <translation>Waived material</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="52"/>
        <source>Who receives the result</source>
        <translation>Who receives the result</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="54"/>
        <source>ID card checked</source>
        <translation>ID card checked</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="55"/>
        <source>Hand over (出件) (Ctrl+Shift+H)</source>
        <translation>Hand over (出件) (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="53"/>
        <location filename="../app/cases/CaseStepsBar.cpp" line="56"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="62"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="66"/>
        <source>Waybill number</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="68"/>
        <source>Post (寄递) (Ctrl+Shift+M)</source>
        <translation>Post (寄递) (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="69"/>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="73"/>
        <source>Delivered (妥投) (Ctrl+Shift+D)</source>
        <translation>Delivered (妥投) (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="74"/>
        <source>The post confirmed that the posted result arrived.</source>
        <translation>The post confirmed that the posted result arrived.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="75"/>
        <source>Print the correction notice (补正通知书) (Ctrl+Shift+N)</source>
        <translation>Print the correction notice (补正通知书) (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="134"/>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="138"/>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="141"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="143"/>
        <source>waiting for a correction: %1</source>
        <translation>waiting for a correction: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="147"/>
        <source>After intake: %1</source>
        <translation>After intake: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="208"/>
        <source>The correction notice is kept as %1.</source>
        <translation>The correction notice is kept as %1.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="225"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="228"/>
        <source>The material is recorded as brought (容缺后补); it goes to the hall with the case.</source>
        <translation>The material is recorded as brought (容缺后补); it goes to the hall with the case.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/CaseStepsBar.cpp" line="229"/>
        <source>The material is recorded as brought with %n scanned page(s); they go to the hall with the case.</source>
        <translation>
            <numerusform>The material is recorded as brought with %n scanned page; they go to the hall with the case.</numerusform>
            <numerusform>The material is recorded as brought with %n scanned pages; they go to the hall with the case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="257"/>
        <source>The scan could not be kept on this computer: %1</source>
        <translation>The scan could not be kept on this computer: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="264"/>
        <source>Scan the material brought: %1</source>
        <translation>Scan the material brought: %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="281"/>
        <source>Write who receives the result.</source>
        <translation>Write who receives the result.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="286"/>
        <source>Check the recipient&apos;s ID card first (lay it on the reader or look at it), then tick the box.</source>
        <translation>Check the recipient&apos;s ID card first (lay it on the reader or look at it), then tick the box.</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="297"/>
        <source>A result by post needs the recipient, the address and the waybill number.</source>
        <translation>A result by post needs the recipient, the address and the waybill number.</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkPanel</name>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="27"/>
        <source>brought</source>
        <translation>brought</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="28"/>
        <source>to be brought later (容缺)</source>
        <translation>to be brought later (容缺)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="29"/>
        <source>commitment (告知承诺)</source>
        <translation>commitment (告知承诺)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="30"/>
        <source>fetched by the department (免提交)</source>
        <translation>fetched by the department (免提交)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="31"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="43"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="43"/>
        <source>Passed to</source>
        <translation>Passed to</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="48"/>
        <source>Cases passed to you for a decision</source>
        <translation>Cases passed to you for a decision</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="48"/>
        <source>The hall&apos;s open cases</source>
        <translation>The hall&apos;s open cases</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="52"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="59"/>
        <source>Cases to review</source>
        <translation>Cases to review</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="80"/>
        <source>Materials a correction asks for</source>
        <translation>Materials a correction asks for</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="82"/>
        <source>A correction asks for (tick):</source>
        <translation>A correction asks for (tick):</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="87"/>
        <source>Reason: said to the applicant on a refusal or a correction</source>
        <translation>Reason: said to the applicant on a refusal or a correction</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="88"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="91"/>
        <source>User name of the approver</source>
        <translation>User name of the approver</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="93"/>
        <source>Department that decides</source>
        <translation>Department that decides</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="95"/>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="96"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="105"/>
        <source>What stops the time limit</source>
        <translation>What stops the time limit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="106"/>
        <source>none for this item</source>
        <translation>none for this item</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="107"/>
        <source>Pause the time limit</source>
        <translation>Pause the time limit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="108"/>
        <source>公示, 专家评审, 听证 or 检验检测 do not count in the time limit where the item says so; write the reason first</source>
        <translation>公示, 专家评审, 听证 or 检验检测 do not count in the time limit where the item says so; write the reason first</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="110"/>
        <source>Time limit runs again</source>
        <translation>Time limit runs again</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="111"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="117"/>
        <source>Approve (Ctrl+Return)</source>
        <translation>Approve (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="119"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="120"/>
        <source>Ask for a correction (补正)</source>
        <translation>Ask for a correction (补正)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="121"/>
        <source>Correction received</source>
        <translation>Correction received</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="122"/>
        <source>Pass on (分办)</source>
        <translation>Pass on (分办)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="180"/>
        <source>stopped (补正)</source>
        <translation>stopped (补正)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="181"/>
        <source>stopped: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="182"/>
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="183"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="229"/>
        <source>No cases wait for you.</source>
        <translation>No cases wait for you.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="229"/>
        <source>Choose a case in the list.</source>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, accepted %3, promised by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, accepted %3, promised by %4</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="237"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="240"/>
        <source>%1: %2 (%n scan(s))</source>
        <translation>
            <numerusform>%1: %2 (%n scan)</numerusform>
            <numerusform>%1: %2 (%n scans)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="247"/>
        <source>Materials: %1</source>
        <translation>Materials: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="249"/>
        <source>&lt;b&gt;Waiting for a correction&lt;/b&gt; since %1: %2</source>
        <translation>&lt;b&gt;Waiting for a correction&lt;/b&gt; since %1: %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="253"/>
        <source>&lt;b&gt;Time limit paused&lt;/b&gt; since %1 for %2: %3</source>
        <translation>&lt;b&gt;Time limit paused&lt;/b&gt; since %1 for %2: %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="258"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="262"/>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="276"/>
        <source>Write the reason for the refusal first: the applicant is told it.</source>
        <translation>Write the reason for the refusal first: the applicant is told it.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="292"/>
        <source>Tick the materials to correct and write why: the notice tells the applicant.</source>
        <translation>Tick the materials to correct and write why: the notice tells the applicant.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="312"/>
        <source>Write why the time limit pauses (for example 公示七日): the applicant sees it.</source>
        <translation>Write why the time limit pauses (for example 公示七日): the applicant sees it.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="334"/>
        <source>Name the approver or the department the case goes to.</source>
        <translation>Name the approver or the department the case goes to.</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkService</name>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="59"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="108"/>
        <source>The material was recorded as brought (容缺后补).</source>
        <translation>The material was recorded as brought (容缺后补).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="114"/>
        <source>The applicant is asked for a correction (补正); the time limit stands still until it comes.</source>
        <translation>The applicant is asked for a correction (补正); the time limit stands still until it comes.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="119"/>
        <source>The correction is in; the promised date moved by the days it took.</source>
        <translation>The correction is in; the promised date moved by the days it took.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="125"/>
        <source>The time limit stands still until it is started again; the applicant sees why.</source>
        <translation>The time limit stands still until it is started again; the applicant sees why.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="130"/>
        <source>The time limit runs again; the promised date moved by the days it stood still.</source>
        <translation>The time limit runs again; the promised date moved by the days it stood still.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="136"/>
        <source>The case was passed on (后台分办).</source>
        <translation>The case was passed on (后台分办).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="141"/>
        <source>The case is approved.</source>
        <translation>The case is approved.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="141"/>
        <source>The case is refused.</source>
        <translation>The case is refused.</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="146"/>
        <source>The case is completed (办结).</source>
        <translation>The case is completed (办结).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="154"/>
        <source>The result was handed over (出件).</source>
        <translation>The result was handed over (出件).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="164"/>
        <source>The result is in the post (寄递).</source>
        <translation>The result is in the post (寄递).</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="168"/>
        <source>The post delivered the result.</source>
        <translation>The post delivered the result.</translation>
    </message>
</context>
<context>
    <name>ow::CatalogPage</name>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="20"/>
        <source>The service catalog (事项目录) says which items the counters take in, with their materials, time limits and forms. A new one is checked whole: with any problem it is refused and the current one stays. Its &quot;version&quot; must be higher than the current one&apos;s.</source>
        <translation>The service catalog (事项目录) says which items the counters take in, with their materials, time limits and forms. A new one is checked whole: with any problem it is refused and the current one stays. Its &quot;version&quot; must be higher than the current one&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="27"/>
        <source>Load a catalog file…</source>
        <translation>Load a catalog file…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="38"/>
        <source>Problems of the refused catalog</source>
        <translation>Problems of the refused catalog</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="44"/>
        <source>Catalog version %1 is current. Counters and stations take it at their next sync.</source>
        <translation>Catalog version %1 is current. Counters and stations take it at their next sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="49"/>
        <source>The catalog was refused: %n problem(s), each with where it is in the file. The current catalog stays.</source>
        <translation>
            <numerusform>The catalog was refused: %n problem, with where it is in the file. The current catalog stays.</numerusform>
            <numerusform>The catalog was refused: %n problems, each with where it is in the file. The current catalog stays.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="58"/>
        <source>The file %1 cannot be read, or is larger than 16 MiB.</source>
        <translation>The file %1 cannot be read, or is larger than 16 MiB.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="62"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="69"/>
        <source>Service catalog</source>
        <translation>Service catalog</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="69"/>
        <source>Catalog (*.json);;All files (*)</source>
        <translation>Catalog (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ow::CatalogSource</name>
    <message>
        <location filename="../core/services/CatalogSource.cpp" line="70"/>
        <source>The catalog from the server could not be read (%1); the copy on this computer stays in use.</source>
        <translation>The catalog from the server could not be read (%1); the copy on this computer stays in use.</translation>
    </message>
</context>
<context>
    <name>ow::ClerkVisitsPanel</name>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="22"/>
        <source>My home visits (预约上门)</source>
        <translation>My home visits (预约上门)</translation>
    </message>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="26"/>
        <source>Mark done…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="30"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>ow::CounterScreenWindow</name>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="35"/>
        <source>OneWindow — screen of counter %1</source>
        <translation>OneWindow — screen of counter %1</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="63"/>
        <source>● Reconnecting to the hall</source>
        <translation>● Reconnecting to the hall</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="83"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="84"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="99"/>
        <source>Not in service</source>
        <translation>Not in service</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="111"/>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="114"/>
        <source>Please wait a moment</source>
        <translation>Please wait a moment</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="115"/>
        <source>Service paused</source>
        <translation>Service paused</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="118"/>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="118"/>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="121"/>
        <source>Waiting for the next number</source>
        <translation>Waiting for the next number</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="123"/>
        <source>No one on duty</source>
        <translation>No one on duty</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="137"/>
        <source>Clerk on duty: %1</source>
        <translation>Clerk on duty: %1</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="139"/>
        <source>Staff number %1</source>
        <translation>Staff number %1</translation>
    </message>
</context>
<context>
    <name>ow::CounterService</name>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="77"/>
        <source>The server&apos;s answer could not be read; the next update of the hall shows the counter.</source>
        <translation>The server&apos;s answer could not be read; the next update of the hall shows the counter.</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="98"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="109"/>
        <source>There is no current ticket. Press F1 to call the next number.</source>
        <translation>There is no current ticket. Press F1 to call the next number.</translation>
    </message>
</context>
<context>
    <name>ow::CounterWindow</name>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="65"/>
        <source>OneWindow — counter %1</source>
        <translation>OneWindow — counter %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="74"/>
        <source>Counter %1 · %2</source>
        <translation>Counter %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="82"/>
        <source>Current ticket</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="98"/>
        <source>Call next (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="99"/>
        <source>Recall (F2)</source>
        <translation>Recall (F2)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="100"/>
        <source>No-show (F3)</source>
        <translation>No-show (F3)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="101"/>
        <source>Transfer (F4)</source>
        <translation>Transfer (F4)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="102"/>
        <source>Start (F5)</source>
        <translation>Start (F5)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="103"/>
        <source>Finish (F6)</source>
        <translation>Finish (F6)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="104"/>
        <location filename="../app/counter/CounterWindow.cpp" line="324"/>
        <source>Pause service (F11)</source>
        <translation>Pause service (F11)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="114"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="151"/>
        <source>Application (Ctrl+1)</source>
        <translation>Application (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="152"/>
        <source>Cases (Ctrl+2)</source>
        <translation>Cases (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="153"/>
        <source>Check a permit (Ctrl+3)</source>
        <translation>Check a permit (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="154"/>
        <source>Appointments (Ctrl+4)</source>
        <translation>Appointments (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="155"/>
        <source>Home visits (Ctrl+5)</source>
        <translation>Home visits (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="191"/>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="192"/>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="194"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="224"/>
        <source>● Connected to the server</source>
        <translation>● Connected to the server</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="224"/>
        <source>● Not connected — reconnecting</source>
        <translation>● Not connected — reconnecting</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="292"/>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="292"/>
        <source>Called — waiting for the citizen</source>
        <translation>Called — waiting for the citizen</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="299"/>
        <source>Green card priority</source>
        <translation>Green card priority</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="300"/>
        <source>Elderly priority</source>
        <translation>Elderly priority</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="301"/>
        <source>Disability priority</source>
        <translation>Disability priority</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="302"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="306"/>
        <source>Taken at %1 · recalled %2 times</source>
        <translation>Taken at %1 · recalled %2 times</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="310"/>
        <source>Real-name number: %1</source>
        <translation>Real-name number: %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="313"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="314"/>
        <source>Service paused since %1</source>
        <translation>Service paused since %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="317"/>
        <source>The counter&apos;s screen and pad say so. Press F11 to resume.</source>
        <translation>The counter&apos;s screen and pad say so. Press F11 to resume.</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="320"/>
        <source>No ticket at this counter</source>
        <translation>No ticket at this counter</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="321"/>
        <source>Press F1 to call the next number.</source>
        <translation>Press F1 to call the next number.</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="324"/>
        <source>Resume service (F11)</source>
        <translation>Resume service (F11)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="325"/>
        <source>The counter is paused and calls nobody</source>
        <translation>The counter is paused and calls nobody</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="326"/>
        <source>Pause: the counter calls nobody until resumed</source>
        <translation>Pause: the counter calls nobody until resumed</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="348"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/counter/CounterWindow.cpp" line="361"/>
        <source>%1 %2 — %n waiting</source>
        <translation>
            <numerusform>%1 %2 — %n waiting</numerusform>
            <numerusform>%1 %2 — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/counter/CounterWindow.cpp" line="366"/>
        <source>In all: %n waiting</source>
        <translation>
            <numerusform>In all: %n waiting</numerusform>
            <numerusform>In all: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="380"/>
        <source>To queue %1 %2</source>
        <translation>To queue %1 %2</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="388"/>
        <source>To counter %1</source>
        <translation>To counter %1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="190"/>
        <source>✔ All cases uploaded</source>
        <translation>✔ All cases uploaded</translation>
    </message>
</context>
<context>
    <name>ow::DashboardPanel</name>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="128"/>
        <source>The hall&apos;s day</source>
        <translation>The hall&apos;s day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="136"/>
        <source>Day shown</source>
        <translation>Day shown</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="143"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="146"/>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="152"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="158"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="428"/>
        <source>Numbers taken</source>
        <translation>Numbers taken</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="159"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="160"/>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="161"/>
        <source>9 in 10 waited at most</source>
        <translation>9 in 10 waited at most</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="162"/>
        <source>Cases accepted</source>
        <translation>Cases accepted</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="163"/>
        <source>Cases overdue</source>
        <translation>Cases overdue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="164"/>
        <source>Completed (on time)</source>
        <translation>Completed (on time)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="165"/>
        <source>Rating rate</source>
        <translation>Rating rate</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="166"/>
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="167"/>
        <source>Open rectifications</source>
        <translation>Open rectifications</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="186"/>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="189"/>
        <source>Export table (CSV)</source>
        <translation>Export table (CSV)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="191"/>
        <source>Daily report (PDF)</source>
        <translation>Daily report (PDF)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="479"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By counter</source>
        <translation>By counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By staff</source>
        <translation>By staff</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By queue</source>
        <translation>By queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By service item</source>
        <translation>By service item</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="229"/>
        <source>Appointments of the day</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="230"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="239"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="249"/>
        <source>%1 %2.csv</source>
        <translation>%1 %2.csv</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="250"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="258"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="289"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="258"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="265"/>
        <source>Daily report %1.pdf</source>
        <translation>Daily report %1.pdf</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="282"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="319"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="319"/>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="320"/>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="320"/>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="321"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="321"/>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="339"/>
        <source>Counter %1 — %2</source>
        <translation>Counter %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="380"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="390"/>
        <source>Home visits: %1 planned for the day, %2 done; %3 requests to schedule.</source>
        <translation>Home visits: %1 planned for the day, %2 done; %3 requests to schedule.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="402"/>
        <source>No opening hours are set: the kiosk gives numbers at any time.</source>
        <translation>No opening hours are set: the kiosk gives numbers at any time.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="404"/>
        <source>The hall was closed this day. Numbers given at a window: %1.</source>
        <translation>The hall was closed this day. Numbers given at a window: %1.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="406"/>
        <source>Open %1–%2</source>
        <translation>Open %1–%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="408"/>
        <source>, lunch %1–%2</source>
        <translation>, lunch %1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/DashboardPanel.cpp" line="410"/>
        <source>, extended service (延时服务) to %1: %n number(s)</source>
        <translation>
            <numerusform>, extended service (延时服务) to %1: %n number</numerusform>
            <numerusform>, extended service (延时服务) to %1: %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="412"/>
        <source>. Numbers given outside the hours at a window: %1.</source>
        <translation>. Numbers given outside the hours at a window: %1.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="431"/>
        <source>Waiting at the hour&apos;s end</source>
        <translation>Waiting at the hour&apos;s end</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="445"/>
        <source>Arrivals and waiting by hour</source>
        <translation>Arrivals and waiting by hour</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="446"/>
        <source>Hour of the day</source>
        <translation>Hour of the day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="461"/>
        <source>Average service (minutes)</source>
        <translation>Average service (minutes)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="461"/>
        <source>Average service (seconds)</source>
        <translation>Average service (seconds)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="476"/>
        <source>Average service time by counter (seconds)</source>
        <translation>Average service time by counter (seconds)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="477"/>
        <source>Average service time by counter (minutes)</source>
        <translation>Average service time by counter (minutes)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="487"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="488"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="489"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="503"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="508"/>
        <source>Ratings by level</source>
        <translation>Ratings by level</translation>
    </message>
</context>
<context>
    <name>ow::DayFiguresModel</name>
    <message numerus="yes">
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="69"/>
        <source>%1 (%n×)</source>
        <translation>
            <numerusform>%1 (%n×)</numerusform>
            <numerusform>%1 (%n×)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="79"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="80"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="81"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="82"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="83"/>
        <source>Wait (avg)</source>
        <translation>Wait (avg)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="84"/>
        <source>Wait (90%)</source>
        <translation>Wait (90%)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="85"/>
        <source>Service (avg)</source>
        <translation>Service (avg)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="86"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="87"/>
        <source>One-time notices</source>
        <translation>One-time notices</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="88"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="89"/>
        <source>Rating rate</source>
        <translation>Rating rate</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="90"/>
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="91"/>
        <source>Open rectifications</source>
        <translation>Open rectifications</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="92"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="112"/>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 late)</translation>
    </message>
</context>
<context>
    <name>ow::DevicesPage</name>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="70"/>
        <source>Counter computer (窗口)</source>
        <translation>Counter computer (窗口)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="72"/>
        <source>Rating pad (评价器)</source>
        <translation>Rating pad (评价器)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="74"/>
        <source>Kiosk (自助终端)</source>
        <translation>Kiosk (自助终端)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="76"/>
        <source>Call display (叫号屏)</source>
        <translation>Call display (叫号屏)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="78"/>
        <source>Agency station (代办站)</source>
        <translation>Agency station (代办站)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="80"/>
        <source>Supervisor computer (督查)</source>
        <translation>Supervisor computer (督查)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="163"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="94"/>
        <source>New device:</source>
        <translation>New device:</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="97"/>
        <source>Kind of the new device</source>
        <translation>Kind of the new device</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="101"/>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="105"/>
        <source>Counter of the new device</source>
        <translation>Counter of the new device</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="109"/>
        <source>Make an enrollment code</source>
        <translation>Make an enrollment code</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="128"/>
        <source>Enrolled devices</source>
        <translation>Enrolled devices</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="131"/>
        <source>Revoke the selected device…</source>
        <translation>Revoke the selected device…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="134"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="162"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="163"/>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="193"/>
        <source>Revoke device</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="194"/>
        <source>Revoke &quot;%1&quot;? It stops working at once, whoever is logged in on it, and its screens close. To use it again it must be enrolled anew with a new code.</source>
        <translation>Revoke &quot;%1&quot;? It stops working at once, whoever is logged in on it, and its screens close. To use it again it must be enrolled anew with a new code.</translation>
    </message>
</context>
<context>
    <name>ow::DisplayWindow</name>
    <message>
        <location filename="../app/display/DisplayWindow.cpp" line="24"/>
        <source>OneWindow — call board</source>
        <translation>OneWindow — call board</translation>
    </message>
</context>
<context>
    <name>ow::DocumentPreview</name>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="76"/>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="95"/>
        <source>No printer is set up on this computer. The documents are kept as PDF; print them from there.</source>
        <translation>No printer is set up on this computer. The documents are kept as PDF; print them from there.</translation>
    </message>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="107"/>
        <source>The printer %1 reported an error while printing %2.</source>
        <translation>The printer %1 reported an error while printing %2.</translation>
    </message>
</context>
<context>
    <name>ow::EnrollCodeDialog</name>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="35"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="37"/>
        <source>Code for a new device</source>
        <translation>Code for a new device</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="40"/>
        <source>The enrollment code</source>
        <translation>The enrollment code</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="51"/>
        <source>The enrollment code as a QR code, with this server&apos;s address</source>
        <translation>The enrollment code as a QR code, with this server&apos;s address</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="55"/>
        <source>On the new device, start OneWindow and scan this code with its camera or barcode reader, or type the code and the server %1. It works once, until %2.</source>
        <translation>On the new device, start OneWindow and scan this code with its camera or barcode reader, or type the code and the server %1. It works once, until %2.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="61"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ow::FormView</name>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="129"/>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="165"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="166"/>
        <source>18 characters, last may be X</source>
        <translation>18 characters, last may be X</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="167"/>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="168"/>
        <source>mobile or landline with area code</source>
        <translation>mobile or landline with area code</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="181"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="203"/>
        <location filename="../forms/ui/FormView.cpp" line="403"/>
        <source>Nothing attached</source>
        <translation>Nothing attached</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="204"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="208"/>
        <source>Attach a scanned document</source>
        <translation>Attach a scanned document</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="209"/>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Scans (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="213"/>
        <source>Files cannot be kept on this computer</source>
        <translation>Files cannot be kept on this computer</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="220"/>
        <source>Could not keep %1: %2</source>
        <translation>Could not keep %1: %2</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="223"/>
        <source>%1 attached</source>
        <translation>%1 attached</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="239"/>
        <source>%1 (at least one)</source>
        <translation>%1 (at least one)</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="244"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="273"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="274"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="404"/>
        <source>Attached (%1…)</source>
        <translation>Attached (%1…)</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="497"/>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="498"/>
        <source>Not a valid value</source>
        <translation>Not a valid value</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="500"/>
        <source>Does not have the expected form</source>
        <translation>Does not have the expected form</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="501"/>
        <source>Does not have the expected form (%1)</source>
        <translation>Does not have the expected form (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="502"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="503"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="504"/>
        <source>Enter a number, e.g. 100 or 12.5</source>
        <translation>Enter a number, e.g. 100 or 12.5</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="505"/>
        <source>Must be at least %1</source>
        <translation>Must be at least %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="506"/>
        <source>Must be at most %1</source>
        <translation>Must be at most %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="507"/>
        <source>Enter a date like 2026-11-27</source>
        <translation>Enter a date like 2026-11-27</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="508"/>
        <source>Must not be before %1</source>
        <translation>Must not be before %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="509"/>
        <source>Must not be after %1</source>
        <translation>Must not be after %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="510"/>
        <source>Not one of the choices</source>
        <translation>Not one of the choices</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="511"/>
        <source>At least %n entr(y/ies)</source>
        <translation>
            <numerusform>At least %n entry</numerusform>
            <numerusform>At least %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="512"/>
        <source>At most %n entr(y/ies)</source>
        <translation>
            <numerusform>At most %n entry</numerusform>
            <numerusform>At most %n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="513"/>
        <source>Not a valid resident ID number: check the digits and the last character</source>
        <translation>Not a valid resident ID number: check the digits and the last character</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="514"/>
        <source>Enter an 11-digit mobile number or a landline with its area code</source>
        <translation>Enter an 11-digit mobile number or a landline with its area code</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="515"/>
        <source>Not a valid unified social credit code: check the 18 characters</source>
        <translation>Not a valid unified social credit code: check the 18 characters</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="516"/>
        <source>The attachment is not valid; attach it again</source>
        <translation>The attachment is not valid; attach it again</translation>
    </message>
</context>
<context>
    <name>ow::HallPage</name>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="20"/>
        <source>What the hall&apos;s papers and screens say of it. The county names the departments on the permits the hall issues; the telephones stand at the foot of every paper; the prefix begins each paper&apos;s number; the notice runs along the bottom of the call boards.</source>
        <translation>What the hall&apos;s papers and screens say of it. The county names the departments on the permits the hall issues; the telephones stand at the foot of every paper; the prefix begins each paper&apos;s number; the notice runs along the bottom of the call boards.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="33"/>
        <source>County (GB/T 2260 code)</source>
        <translation>County (GB/T 2260 code)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="36"/>
        <source>e.g. 510113</source>
        <translation>e.g. 510113</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="40"/>
        <source>Enquiries telephone (咨询电话)</source>
        <translation>Enquiries telephone (咨询电话)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="41"/>
        <source>Complaints telephone (监督电话)</source>
        <translation>Complaints telephone (监督电话)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="43"/>
        <source>Prefix of the papers&apos; numbers (机关代字)</source>
        <translation>Prefix of the papers&apos; numbers (机关代字)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="44"/>
        <source>e.g. 青政服</source>
        <translation>e.g. 青政服</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="45"/>
        <source>Call board notice</source>
        <translation>Call board notice</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="54"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="83"/>
        <source>No county: departments are printed as the catalog writes them.</source>
        <translation>No county: departments are printed as the catalog writes them.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="84"/>
        <source>No division has this code.</source>
        <translation>No division has this code.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="92"/>
        <source>A business licence is issued by: %1</source>
        <translation>A business licence is issued by: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="95"/>
        <source>An acceptance receipt&apos;s number: %1</source>
        <translation>An acceptance receipt&apos;s number: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="96"/>
        <source>none (no prefix)</source>
        <translation>none (no prefix)</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitList</name>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Visit on</source>
        <translation>Visit on</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="42"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="66"/>
        <source>To schedule</source>
        <translation>To schedule</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="68"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="70"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="72"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="78"/>
        <source>Aged 80 or over</source>
        <translation>Aged 80 or over</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="80"/>
        <source>Severely disabled</source>
        <translation>Severely disabled</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="81"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="99"/>
        <source>Home visit done</source>
        <translation>Home visit done</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="99"/>
        <source>What was done at the visit?</source>
        <translation>What was done at the visit?</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="109"/>
        <source>Cancel the home visit</source>
        <translation>Cancel the home visit</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="148"/>
        <source>No home visit here yet.</source>
        <translation>No home visit here yet.</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="152"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), phone %3 — %4&lt;br&gt;Service: %5. Why: %6%7&lt;br&gt;Asked by %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), phone %3 — %4&lt;br&gt;Service: %5. Why: %6%7&lt;br&gt;Asked by %8.</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="157"/>
        <source>&lt;br&gt;%1 goes on %2.</source>
        <translation>&lt;br&gt;%1 goes on %2.</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="159"/>
        <source>&lt;br&gt;Cancelled: %1</source>
        <translation>&lt;br&gt;Cancelled: %1</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="159"/>
        <source>&lt;br&gt;Outcome: %1</source>
        <translation>&lt;br&gt;Outcome: %1</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitRequestPanel</name>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="39"/>
        <source>Ask the hall to come (预约上门)</source>
        <translation>Ask the hall to come (预约上门)</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="42"/>
        <source>For villagers who cannot come to the hall: aged 80 or over, or severely disabled. The hall sends a clerk and tells the villager the day by text message.</source>
        <translation>For villagers who cannot come to the hall: aged 80 or over, or severely disabled. The hall sends a clerk and tells the villager the day by text message.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="52"/>
        <source>11-digit mobile: the clerk calls before coming</source>
        <translation>11-digit mobile: the clerk calls before coming</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="54"/>
        <source>Village, group, house number</source>
        <translation>Village, group, house number</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="59"/>
        <source>What the clerk should know (bedridden, hard of hearing, best time…)</source>
        <translation>What the clerk should know (bedridden, hard of hearing, best time…)</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="71"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="72"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="73"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="74"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="75"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="76"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="78"/>
        <source>Send to the hall</source>
        <translation>Send to the hall</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="89"/>
        <source>Requests from this station</source>
        <translation>Requests from this station</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="93"/>
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="96"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="147"/>
        <source>Enter the villager&apos;s name.</source>
        <translation>Enter the villager&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="149"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>The ID number is not valid: check it against the card.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="151"/>
        <source>Enter a mobile number of 11 digits: the clerk calls before coming.</source>
        <translation>Enter a mobile number of 11 digits: the clerk calls before coming.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="153"/>
        <source>Enter where the villager lives.</source>
        <translation>Enter where the villager lives.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="155"/>
        <source>Choose or type the service to be done.</source>
        <translation>Choose or type the service to be done.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="157"/>
        <source>Say in the note why the villager cannot come.</source>
        <translation>Say in the note why the villager cannot come.</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="181"/>
        <source>Why is the visit no longer needed?</source>
        <translation>Why is the visit no longer needed?</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitService</name>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="73"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="90"/>
        <source>That date has passed: choose today or a later day.</source>
        <translation>That date has passed: choose today or a later day.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="92"/>
        <source>Only a clerk of the hall can be sent.</source>
        <translation>Only a clerk of the hall can be sent.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="94"/>
        <source>This visit has moved on meanwhile; the list has been refreshed.</source>
        <translation>This visit has moved on meanwhile; the list has been refreshed.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="96"/>
        <source>Not sent: the hall cannot be reached. What you entered is kept; send it again when the connection is back.</source>
        <translation>Not sent: the hall cannot be reached. What you entered is kept; send it again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="112"/>
        <source>The request has been sent to the hall. Its supervisor will send a clerk and the villager gets a text message with the date.</source>
        <translation>The request has been sent to the hall. Its supervisor will send a clerk and the villager gets a text message with the date.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="120"/>
        <source>Scheduled. The person is told the date by text message.</source>
        <translation>Scheduled. The person is told the date by text message.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="125"/>
        <source>The visit is recorded as done.</source>
        <translation>The visit is recorded as done.</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="130"/>
        <source>The visit has been cancelled.</source>
        <translation>The visit has been cancelled.</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitsPanel</name>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="27"/>
        <source>Home visits (预约上门)</source>
        <translation>Home visits (预约上门)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="32"/>
        <source>Which visits</source>
        <translation>Which visits</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="33"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="37"/>
        <source>Visits on</source>
        <translation>Visits on</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="42"/>
        <source>Day of the visits</source>
        <translation>Day of the visits</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="44"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="53"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="55"/>
        <source>Clerk to send</source>
        <translation>Clerk to send</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="58"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="63"/>
        <source>Day of the visit</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="65"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="71"/>
        <source>Mark done…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="74"/>
        <source>Cancel visit…</source>
        <translation>Cancel visit…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="131"/>
        <source>Why is the visit cancelled?</source>
        <translation>Why is the visit cancelled?</translation>
    </message>
</context>
<context>
    <name>ow::HoursPage</name>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="39"/>
        <source>, lunch %1–%2</source>
        <translation>, lunch %1–%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="42"/>
        <source>, extended to %1</source>
        <translation>, extended to %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="59"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="140"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>Extended (延时服务)</source>
        <translation>Extended (延时服务)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="63"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="74"/>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="75"/>
        <source>%1 opens</source>
        <translation>%1 opens</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="76"/>
        <source>%1 closes</source>
        <translation>%1 closes</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="78"/>
        <source>%1 lunch break</source>
        <translation>%1 lunch break</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="79"/>
        <source>%1 lunch from</source>
        <translation>%1 lunch from</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="80"/>
        <source>%1 lunch to</source>
        <translation>%1 lunch to</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="82"/>
        <source>%1 extended service</source>
        <translation>%1 extended service</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="83"/>
        <source>%1 extended until</source>
        <translation>%1 extended until</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="103"/>
        <source>Dates that differ (holidays, swapped working days)</source>
        <translation>Dates that differ (holidays, swapped working days)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="107"/>
        <source>Calendar of the dates that differ</source>
        <translation>Calendar of the dates that differ</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="113"/>
        <source>Dates that differ</source>
        <translation>Dates that differ</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="120"/>
        <source>Closed on the selected date…</source>
        <translation>Closed on the selected date…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="122"/>
        <source>Open on the selected date…</source>
        <translation>Open on the selected date…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="123"/>
        <source>As its weekday</source>
        <translation>As its weekday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="130"/>
        <source>Note (shown on the kiosk)</source>
        <translation>Note (shown on the kiosk)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="134"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="222"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="134"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="140"/>
        <source>Swapped working day</source>
        <translation>Swapped working day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="147"/>
        <source>Save the hours</source>
        <translation>Save the hours</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="189"/>
        <source>The kiosk gives numbers in these hours only; a clerk may still give one at the window.</source>
        <translation>The kiosk gives numbers in these hours only; a clerk may still give one at the window.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="195"/>
        <source>No hours are set: the kiosk gives numbers at any time. Below is a working week to start from; it holds once saved.</source>
        <translation>No hours are set: the kiosk gives numbers at any time. Below is a working week to start from; it holds once saved.</translation>
    </message>
</context>
<context>
    <name>ow::IntakePanel</name>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="65"/>
        <source>Service &amp;item:</source>
        <translation>Service &amp;item:</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="90"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="93"/>
        <source>All received (Ctrl+M)</source>
        <translation>All received (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="95"/>
        <source>Scan (F7)</source>
        <translation>Scan (F7)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="118"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="121"/>
        <source>One-time notice (Ctrl+G)</source>
        <translation>One-time notice (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="126"/>
        <location filename="../app/cases/IntakePanel.cpp" line="127"/>
        <source>Legal reason for a refusal</source>
        <translation>Legal reason for a refusal</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="130"/>
        <source>The application is not within this office&apos;s competence; apply to the competent office.</source>
        <translation>The application is not within this office&apos;s competence; apply to the competent office.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="131"/>
        <source>The applicant is not entitled to apply for this item.</source>
        <translation>The applicant is not entitled to apply for this item.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="132"/>
        <source>The matter does not require an administrative permit.</source>
        <translation>The matter does not require an administrative permit.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="134"/>
        <source>Refuse (Ctrl+R)</source>
        <translation>Refuse (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="136"/>
        <source>The villager agrees that the agent applies on their behalf (代办授权)</source>
        <translation>The villager agrees that the agent applies on their behalf (代办授权)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="165"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="167"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="168"/>
        <source>Next application (Ctrl+N)</source>
        <translation>Next application (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="182"/>
        <source>Back to the application (Esc)</source>
        <translation>Back to the application (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="201"/>
        <source>Sent %n document(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n document to the printer.</numerusform>
            <numerusform>Sent %n documents to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="237"/>
        <source>No service catalog on this computer yet</source>
        <translation>No service catalog on this computer yet</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="239"/>
        <source>The service catalog has not been downloaded yet. Connect to the server once; after that intake works offline too.</source>
        <translation>The service catalog has not been downloaded yet. Connect to the server once; after that intake works offline too.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="247"/>
        <source>[One matter] %1 (%n item(s))</source>
        <translation>
            <numerusform>[One matter] %1 (%n item)</numerusform>
            <numerusform>[One matter] %1 (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="322"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="325"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="325"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="327"/>
        <source>Promised time — %1</source>
        <translation>Promised time — %1</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="353"/>
        <source>✔ Form complete</source>
        <translation>✔ Form complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="355"/>
        <source>✖ Form: %n field(s) to fix</source>
        <translation>
            <numerusform>✖ Form: %n field to fix</numerusform>
            <numerusform>✖ Form: %n fields to fix</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="356"/>
        <source>✔ Materials complete</source>
        <translation>✔ Materials complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="357"/>
        <source>✖ %n material(s) missing</source>
        <translation>
            <numerusform>✖ %n material missing</numerusform>
            <numerusform>✖ %n materials missing</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="358"/>
        <source>If accepted today: done by %1</source>
        <translation>If accepted today: done by %1</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="412"/>
        <source>Tick the villager&apos;s consent first: an agent applies only with it.</source>
        <translation>Tick the villager&apos;s consent first: an agent applies only with it.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="445"/>
        <source>The service catalog is not on this computer yet; it arrives with the network.</source>
        <translation>The service catalog is not on this computer yet; it arrives with the network.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="453"/>
        <source>The case could not be saved on this computer (%1). Nothing was printed; please try again.</source>
        <translation>The case could not be saved on this computer (%1). Nothing was printed; please try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="485"/>
        <source>The form has %n field(s) to fix, marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>The form has %n field to fix, marked in red. Nothing was saved.</numerusform>
            <numerusform>The form has %n fields to fix, marked in red. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="426"/>
        <source>%n required material(s) are missing, so the application cannot be accepted. Mark them waived or replaced by commitment where the catalog allows it, or give the one-time notice (Ctrl+G).</source>
        <translation>
            <numerusform>%n required material is missing, so the application cannot be accepted. Mark them waived or replaced by commitment where the catalog allows it, or give the one-time notice (Ctrl+G).</numerusform>
            <numerusform>%n required materials are missing, so the application cannot be accepted. Mark them waived or replaced by commitment where the catalog allows it, or give the one-time notice (Ctrl+G).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="448"/>
        <source>No case number could be reserved on this computer (%1). Nothing was saved.</source>
        <translation>No case number could be reserved on this computer (%1). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="497"/>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="501"/>
        <source>Letter of commitment</source>
        <translation>Letter of commitment</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="503"/>
        <source>Accepted. Case number %1, promised by %2.</source>
        <translation>Accepted. Case number %1, promised by %2.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="433"/>
        <source>Nothing is missing: the application can be accepted (Ctrl+Enter).</source>
        <translation>Nothing is missing: the application can be accepted (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="436"/>
        <source>Enter the applicant&apos;s name first: the notice is addressed to them.</source>
        <translation>Enter the applicant&apos;s name first: the notice is addressed to them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="520"/>
        <source>One-time notice: %n material(s) to bring. The applicant needs only one more visit.</source>
        <translation>
            <numerusform>One-time notice: %n material to bring. The applicant needs only one more visit.</numerusform>
            <numerusform>One-time notice: %n materials to bring. The applicant needs only one more visit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="522"/>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="441"/>
        <source>A refusal needs its legal reason: choose or type it next to the Refuse button.</source>
        <translation>A refusal needs its legal reason: choose or type it next to the Refuse button.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="539"/>
        <source>Refused: the notice of refusal states the reason and the applicant&apos;s rights.</source>
        <translation>Refused: the notice of refusal states the reason and the applicant&apos;s rights.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="540"/>
        <source>Notice of refusal</source>
        <translation>Notice of refusal</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="550"/>
        <source>(The PDF copy could not be kept: %1)</source>
        <translation>(The PDF copy could not be kept: %1)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="565"/>
        <source>The scanned pages are still being saved; try again in a moment.</source>
        <translation>The scanned pages are still being saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="587"/>
        <source>Scans cannot be kept on this computer (no attachment store).</source>
        <translation>Scans cannot be kept on this computer (no attachment store).</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="595"/>
        <source>The scan could not be kept on this computer: %1</source>
        <translation>The scan could not be kept on this computer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="599"/>
        <source>%n scanned page(s) kept with the material; they go to the hall with the case.</source>
        <translation>
            <numerusform>%n scanned page kept with the material; they go to the hall with the case.</numerusform>
            <numerusform>%n scanned pages kept with the material; they go to the hall with the case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="613"/>
        <source>Read from the document: compare it with the card.</source>
        <translation>Read from the document: compare it with the card.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="613"/>
        <source>Read from the card&apos;s chip</source>
        <translation>Read from the card&apos;s chip</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="622"/>
        <source>the name %1 (entered: %2)</source>
        <translation>the name %1 (entered: %2)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="624"/>
        <source>the number %1 (entered: %2)</source>
        <translation>the number %1 (entered: %2)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="629"/>
        <source>The document read is not the applicant&apos;s as entered: %1. The form now holds what the document says; if it is not the applicant&apos;s own, take the applicant&apos;s.</source>
        <translation>The document read is not the applicant&apos;s as entered: %1. The form now holds what the document says; if it is not the applicant&apos;s own, take the applicant&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="631"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="646"/>
        <source>ID number %1 read from the card (born %2); check it against the card.</source>
        <translation>ID number %1 read from the card (born %2); check it against the card.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="648"/>
        <source>Passport %1 of %2 read from its machine readable lines; check it against the passport.</source>
        <translation>Passport %1 of %2 read from its machine readable lines; check it against the passport.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="694"/>
        <source>This %1 expired on %2: it is not a valid identity document any more.</source>
        <translation>This %1 expired on %2: it is not a valid identity document any more.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="698"/>
        <source>The number on this card needs checking: %1.</source>
        <translation>The number on this card needs checking: %1.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="702"/>
        <source>A %1: its number is not a citizen&apos;s identity number; the name was filled in, the number was not.</source>
        <translation>A %1: its number is not a citizen&apos;s identity number; the name was filled in, the number was not.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="707"/>
        <source>The applicant&apos;s name and number were read from the card&apos;s chip.</source>
        <translation>The applicant&apos;s name and number were read from the card&apos;s chip.</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="726"/>
        <source>Save the documents as PDF in</source>
        <translation>Save the documents as PDF in</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="731"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ow::KioskCaseNumberPad</name>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="143"/>
        <source>Type the case number on your receipt</source>
        <translation>Type the case number on your receipt</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="72"/>
        <source>Look it up</source>
        <translation>Look it up</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="74"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="120"/>
        <source>The query code has six digits; the end of an ID number four characters.</source>
        <translation>The query code has six digits; the end of an ID number four characters.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="129"/>
        <source>The number is not complete yet.</source>
        <translation>The number is not complete yet.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="130"/>
        <source>This number cannot be right: please check each character.</source>
        <translation>This number cannot be right: please check each character.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="135"/>
        <source>Case %1: now the query code on your receipt, or the last four characters of the applicant&apos;s ID number</source>
        <translation>Case %1: now the query code on your receipt, or the last four characters of the applicant&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="139"/>
        <source>The query code is printed beside the receipt&apos;s QR code. Nobody&apos;s case is shown without it.</source>
        <translation>The query code is printed beside the receipt&apos;s QR code. Nobody&apos;s case is shown without it.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="145"/>
        <source>It reads %1-date-window or station-number-check digits (like %1-20261127-C3-0007-42). Type what comes after %1-; the dashes come by themselves.</source>
        <translation>It reads %1-date-window or station-number-check digits (like %1-20261127-C3-0007-42). Type what comes after %1-; the dashes come by themselves.</translation>
    </message>
</context>
<context>
    <name>ow::KioskDigitPad</name>
    <message>
        <location filename="../app/kiosk/KioskDigitPad.cpp" line="39"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskDigitPad.cpp" line="50"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ow::KioskKeyboard</name>
    <message>
        <location filename="../app/kiosk/KioskKeyboard.cpp" line="32"/>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskKeyboard.cpp" line="33"/>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
</context>
<context>
    <name>ow::KioskMyCasesPage</name>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="21"/>
        <source>Your cases in progress</source>
        <translation>Your cases in progress</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="28"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="74"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="77"/>
        <source>%1
%2 · %3 · promised by %4</source>
        <translation>%1
%2 · %3 · promised by %4</translation>
    </message>
</context>
<context>
    <name>ow::KioskProgressPage</name>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="30"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="32"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="34"/>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="36"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="63"/>
        <source>Rate this service</source>
        <translation>Rate this service</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="68"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="78"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="80"/>
        <source>Looking it up…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="91"/>
        <source>Not a case number</source>
        <translation>Not a case number</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="93"/>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="155"/>
        <source>Cannot look it up now</source>
        <translation>Cannot look it up now</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="90"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="92"/>
        <source>Please wait a moment</source>
        <translation>Please wait a moment</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="96"/>
        <source>Check the query code printed beside the receipt&apos;s QR code (or the last four characters of the applicant&apos;s ID number). A case taken at a village station reaches the hall once the station has sent it; please try again later or ask at the help desk.</source>
        <translation>Check the query code printed beside the receipt&apos;s QR code (or the last four characters of the applicant&apos;s ID number). A case taken at a village station reaches the hall once the station has sent it; please try again later or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="100"/>
        <source>The code could not be read as a case number. Please ask at the help desk.</source>
        <translation>The code could not be read as a case number. Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="103"/>
        <source>Many lookups were made here just now. Please try again in a minute.</source>
        <translation>Many lookups were made here just now. Please try again in a minute.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="112"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="117"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="119"/>
        <source>Promised by: %1</source>
        <translation>Promised by: %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="121"/>
        <source>Still to bring:</source>
        <translation>Still to bring:</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="125"/>
        <source>• %1, by %2</source>
        <translation>• %1, by %2</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="126"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="130"/>
        <source>The time limit stands still since %1 for %2: %3</source>
        <translation>The time limit stands still since %1 for %2: %3</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="138"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="141"/>
        <source>Since intake: %1</source>
        <translation>Since intake: %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="144"/>
        <source>Posted, waybill %1</source>
        <translation>Posted, waybill %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="148"/>
        <source>Permit issued: %1 No. %2 (%3)</source>
        <translation>Permit issued: %1 No. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="156"/>
        <source>The server&apos;s answer could not be read. Please ask at the help desk.</source>
        <translation>The server&apos;s answer could not be read. Please ask at the help desk.</translation>
    </message>
</context>
<context>
    <name>ow::KioskQueueChooser</name>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="32"/>
        <source>◀ All departments</source>
        <translation>◀ All departments</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="33"/>
        <source>Back to all departments</source>
        <translation>Back to all departments</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="47"/>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="53"/>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="221"/>
        <source>%1
at %2 · %n waiting</source>
        <translation>
            <numerusform>%1
at %2 · %n waiting</numerusform>
            <numerusform>%1
at %2 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="227"/>
        <source>%1
%n waiting</source>
        <translation>
            <numerusform>%1
%n waiting</numerusform>
            <numerusform>%1
%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="222"/>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="228"/>
        <source>%1
No numbers at the moment</source>
        <translation>%1
No numbers at the moment</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="236"/>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="245"/>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="238"/>
        <source>%1
%2 services · %n waiting</source>
        <translation>
            <numerusform>%1
%2 services · %n waiting</numerusform>
            <numerusform>%1
%2 services · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="252"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ow::KioskRatingPage</name>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="61"/>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="63"/>
        <source>This service has been rated already. Thank you!</source>
        <translation>This service has been rated already. Thank you!</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="65"/>
        <source>This service is not finished yet. Please rate it when it is done.</source>
        <translation>This service is not finished yet. Please rate it when it is done.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="67"/>
        <source>This code is not a ticket or receipt of this hall.</source>
        <translation>This code is not a ticket or receipt of this hall.</translation>
    </message>
</context>
<context>
    <name>ow::KioskSearchPage</name>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="29"/>
        <source>Type the first letters of the pinyin of what you came for</source>
        <translation>Type the first letters of the pinyin of what you came for</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="34"/>
        <source>For example BDCDJ for 不动产登记, JMSFZ for 居民身份证</source>
        <translation>For example BDCDJ for 不动产登记, JMSFZ for 居民身份证</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="42"/>
        <source>Letters typed</source>
        <translation>Letters typed</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="61"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="63"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="98"/>
        <source>Letters appear here</source>
        <translation>Letters appear here</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="105"/>
        <source>What matches appears here; touch it for a number of its queue.</source>
        <translation>What matches appears here; touch it for a number of its queue.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="108"/>
        <source>Nothing matches %1. Delete a letter, or go back and choose by department.</source>
        <translation>Nothing matches %1. Delete a letter, or go back and choose by department.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="110"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::KioskWindow</name>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="93"/>
        <source>OneWindow — take a number</source>
        <translation>OneWindow — take a number</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="118"/>
        <source>Case progress by number</source>
        <translation>Case progress by number</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="119"/>
        <source>Find by what you came for</source>
        <translation>Find by what you came for</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="120"/>
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="143"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="474"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="660"/>
        <source>Please choose your service</source>
        <translation>Please choose your service</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="414"/>
        <source>Priority: elderly, disabled or green card</source>
        <translation>Priority: elderly, disabled or green card</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="413"/>
        <source>✔ Priority service chosen</source>
        <translation>✔ Priority service chosen</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="164"/>
        <source>Hold the QR code of your ticket or receipt to the reader to rate the service or follow your case; a permit&apos;s code to check it; a booking&apos;s code to check in. Lay your ID card on the card reader for a real-name number, or to check in your appointment.</source>
        <translation>Hold the QR code of your ticket or receipt to the reader to rate the service or follow your case; a permit&apos;s code to check it; a booking&apos;s code to check in. Lay your ID card on the card reader for a real-name number, or to check in your appointment.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="122"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="426"/>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="126"/>
        <source>Larger text, fewer choices, more time, and every screen read aloud</source>
        <translation>Larger text, fewer choices, more time, and every screen read aloud</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="161"/>
        <source>Your cases in progress</source>
        <translation>Your cases in progress</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="176"/>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="181"/>
        <source>Text me when my turn is near</source>
        <translation>Text me when my turn is near</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="184"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="195"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="266"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="204"/>
        <source>Supervisor PIN to leave the kiosk</source>
        <translation>Supervisor PIN to leave the kiosk</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="210"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="210"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="221"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskWindow.cpp" line="286"/>
        <source>You have %n case(s) in progress: see where they stand</source>
        <translation>
            <numerusform>You have %n case in progress: see where it stands</numerusform>
            <numerusform>You have %n cases in progress: see where they stand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="302"/>
        <source>Type the 6-digit check-in code of your appointment, or hold its QR code to the reader</source>
        <translation>Type the 6-digit check-in code of your appointment, or hold its QR code to the reader</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="303"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="303"/>
        <source>Check-in code typed</source>
        <translation>Check-in code typed</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="309"/>
        <source>Your mobile number: we send a text message when 3 people are before you, so you may step out and come back in time</source>
        <translation>Your mobile number: we send a text message when 3 people are before you, so you may step out and come back in time</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="311"/>
        <source>Text me</source>
        <translation>Text me</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="311"/>
        <source>Mobile number typed</source>
        <translation>Mobile number typed</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="410"/>
        <source>✔ Elderly priority chosen: now choose your service</source>
        <translation>✔ Elderly priority chosen: now choose your service</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="411"/>
        <source>Elderly priority: touch here first</source>
        <translation>Elderly priority: touch here first</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="426"/>
        <source>✔ Elderly mode</source>
        <translation>✔ Elderly mode</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="481"/>
        <source>The hall is closed now and gives no numbers.</source>
        <translation>The hall is closed now and gives no numbers.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="482"/>
        <source>The hall is closed now. Numbers are given again from %1.</source>
        <translation>The hall is closed now. Numbers are given again from %1.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="485"/>
        <source>Sorry, numbers cannot be issued right now. Please ask at the help desk.</source>
        <translation>Sorry, numbers cannot be issued right now. Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="502"/>
        <source>Check-in for your appointment opens at %1, half an hour before it.</source>
        <translation>Check-in for your appointment opens at %1, half an hour before it.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="504"/>
        <source>The time of your appointment has passed. Please take a number.</source>
        <translation>The time of your appointment has passed. Please take a number.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="506"/>
        <source>This appointment is checked in already: your number was given then.</source>
        <translation>This appointment is checked in already: your number was given then.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="508"/>
        <source>No appointment has this code. Please check it, or take a number.</source>
        <translation>No appointment has this code. Please check it, or take a number.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="510"/>
        <source>Sorry, check-in is not possible right now. Please ask at the help desk.</source>
        <translation>Sorry, check-in is not possible right now. Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="540"/>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskWindow.cpp" line="540"/>
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>%n person ahead of you.</numerusform>
            <numerusform>%n people ahead of you.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="543"/>
        <source>Appointment checked in: you are called before walk-ins from your time on.</source>
        <translation>Appointment checked in: you are called before walk-ins from your time on.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="544"/>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="554"/>
        <source>Please take your ticket below.</source>
        <translation>Please take your ticket below.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="555"/>
        <source>The printer is not working; please remember your number.</source>
        <translation>The printer is not working; please remember your number.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="583"/>
        <source>We will send a text message to %1 when 3 people are before your number.</source>
        <translation>We will send a text message to %1 when 3 people are before your number.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="586"/>
        <source>That is not a mobile number. Please try again.</source>
        <translation>That is not a mobile number. Please try again.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="588"/>
        <source>Your number has been called already.</source>
        <translation>Your number has been called already.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="590"/>
        <source>Sorry, text messages cannot be arranged right now.</source>
        <translation>Sorry, text messages cannot be arranged right now.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="630"/>
        <source>Your card has expired: it cannot be used for a real-name number. Please choose your service, or ask at the help desk.</source>
        <translation>Your card has expired: it cannot be used for a real-name number. Please choose your service, or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="633"/>
        <source>Real-name numbers are taken with a resident ID card or a residence permit. Please choose your service.</source>
        <translation>Real-name numbers are taken with a resident ID card or a residence permit. Please choose your service.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="638"/>
        <source>%1, please choose your service (real-name number)</source>
        <translation>%1, please choose your service (real-name number)</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="647"/>
        <source>%1, check-in for your appointment opens at %2. You may also take a number now.</source>
        <translation>%1, check-in for your appointment opens at %2. You may also take a number now.</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="701"/>
        <source>This appointment is for another hall.</source>
        <translation>This appointment is for another hall.</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="24"/>
        <source>OneWindow — log in</source>
        <translation>OneWindow — log in</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="31"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="32"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="38"/>
        <source>Your password was given by the administrator. Choose your own now: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</source>
        <translation>Your password was given by the administrator. Choose your own now: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="50"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="51"/>
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="56"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="84"/>
        <source>The two new passwords differ. Type the same twice.</source>
        <translation>The two new passwords differ. Type the same twice.</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="89"/>
        <source>This password does not follow the rules: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</source>
        <translation>This password does not follow the rules: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="105"/>
        <source>The server refused this password: %1</source>
        <translation>The server refused this password: %1</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="132"/>
        <source>The server cannot be reached, and this person has not logged in on this computer before. The first login needs the network.</source>
        <translation>The server cannot be reached, and this person has not logged in on this computer before. The first login needs the network.</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="149"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="164"/>
        <source>Save my password and continue</source>
        <translation>Save my password and continue</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="165"/>
        <source>Choose your own password to continue.</source>
        <translation>Choose your own password to continue.</translation>
    </message>
</context>
<context>
    <name>ow::MaterialsChecklist</name>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="22"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="23"/>
        <source>Waived, supply later</source>
        <translation>Waived, supply later</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="24"/>
        <source>Signed commitment</source>
        <translation>Signed commitment</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="25"/>
        <source>Fetched by data sharing</source>
        <translation>Fetched by data sharing</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="26"/>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="55"/>
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="57"/>
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="59"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="64"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="80"/>
        <source>Waived, supply within %n working day(s)</source>
        <translation>
            <numerusform>Waived, supply within %n working day</numerusform>
            <numerusform>Waived, supply within %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::PadWindow</name>
    <message>
        <location filename="../app/pad/PadWindow.cpp" line="14"/>
        <source>OneWindow — rating pad, counter %1</source>
        <translation>OneWindow — rating pad, counter %1</translation>
    </message>
</context>
<context>
    <name>ow::PasswordSlipDialog</name>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="22"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="24"/>
        <source>Password for %1 (%2)</source>
        <translation>Password for %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="27"/>
        <source>The new password</source>
        <translation>The new password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="36"/>
        <source>Shown this once only: print the slip or write it down for %1. They log in with it and must then choose their own password.</source>
        <translation>Shown this once only: print the slip or write it down for %1. They log in with it and must then choose their own password.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="42"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="43"/>
        <source>Print slip…</source>
        <translation>Print slip…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="64"/>
        <source>OneWindow account</source>
        <translation>OneWindow account</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="65"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="66"/>
        <source>User name: %1</source>
        <translation>User name: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="67"/>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="68"/>
        <source>Log in at a counter, station or supervisor computer with this password; you will be asked to choose your own at once. Keep this slip to yourself and destroy it afterwards.</source>
        <translation>Log in at a counter, station or supervisor computer with this password; you will be asked to choose your own at once. Keep this slip to yourself and destroy it afterwards.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="71"/>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="75"/>
        <source>Password slip</source>
        <translation>Password slip</translation>
    </message>
</context>
<context>
    <name>ow::PermitCheckPanel</name>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="63"/>
        <source>Hold the QR code of the permit to the reader.</source>
        <translation>Hold the QR code of the permit to the reader.</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="64"/>
        <source>Scan the permit&apos;s QR code with the reader, or open a photo of it.</source>
        <translation>Scan the permit&apos;s QR code with the reader, or open a photo of it.</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="73"/>
        <source>The code reader types here</source>
        <translation>The code reader types here</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="74"/>
        <source>Permit code</source>
        <translation>Permit code</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="81"/>
        <source>Open photo… (Ctrl+O)</source>
        <translation>Open photo… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="88"/>
        <source>Camera (Ctrl+K)</source>
        <translation>Camera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="152"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="181"/>
        <source>Reading the photo…</source>
        <translation>Reading the photo…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="190"/>
        <source>The file %1 is not a picture that can be read.</source>
        <translation>The file %1 is not a picture that can be read.</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="198"/>
        <source>Hold the permit&apos;s QR code in front of the camera…</source>
        <translation>Hold the permit&apos;s QR code in front of the camera…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="206"/>
        <source>No permit code was seen by the camera. Hold it closer, flat and still, and try again.</source>
        <translation>No permit code was seen by the camera. Hold it closer, flat and still, and try again.</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="209"/>
        <source>The camera cannot be opened. Check that it is plugged in, or open a photo instead.</source>
        <translation>The camera cannot be opened. Check that it is plugged in, or open a photo instead.</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="227"/>
        <source>Photo of the permit</source>
        <translation>Photo of the permit</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="228"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="261"/>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="262"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="263"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="263"/>
        <source>long-term, from %1</source>
        <translation>long-term, from %1</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="264"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="265"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="265"/>
        <source>issuer %1, key %2</source>
        <translation>issuer %1, key %2</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="260"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ow::PermitChecker</name>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="181"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>the server&apos;s answer could not be read</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="184"/>
        <source>the hall&apos;s server does not know this permit</source>
        <translation>the hall&apos;s server does not know this permit</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="186"/>
        <source>no connection to the server</source>
        <translation>no connection to the server</translation>
    </message>
</context>
<context>
    <name>ow::PermitIssueDialog</name>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="23"/>
        <source>Issue the permit</source>
        <translation>Issue the permit</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="29"/>
        <source>Permit for</source>
        <translation>Permit for</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="33"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="36"/>
        <source>18 characters, as the registration gave it</source>
        <translation>18 characters, as the registration gave it</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="40"/>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="49"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="51"/>
        <source>What the permit allows (经营范围 / 许可范围); may be left empty</source>
        <translation>What the permit allows (经营范围 / 许可范围); may be left empty</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="53"/>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="77"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="57"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="61"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="62"/>
        <source>Long-term (长期有效)</source>
        <translation>Long-term (长期有效)</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="68"/>
        <source>Issue and print</source>
        <translation>Issue and print</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="77"/>
        <source>Business scope</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="113"/>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="114"/>
        <source>I, O, Z, S and V are not used in a credit code</source>
        <translation>I, O, Z, S and V are not used in a credit code</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="116"/>
        <source>The check character does not match: a character is mistyped</source>
        <translation>The check character does not match: a character is mistyped</translation>
    </message>
</context>
<context>
    <name>ow::PermitRegistry</name>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="39"/>
        <source>The server&apos;s list of permits could not be read.</source>
        <translation>The server&apos;s list of permits could not be read.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="46"/>
        <source>Say why the permit is revoked; the reason is shown to everyone who checks it.</source>
        <translation>Say why the permit is revoked; the reason is shown to everyone who checks it.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="57"/>
        <source>This permit was revoked already.</source>
        <translation>This permit was revoked already.</translation>
    </message>
</context>
<context>
    <name>ow::PermitService</name>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="25"/>
        <source>The case is not on this computer.</source>
        <translation>The case is not on this computer.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="35"/>
        <source>Only an accepted case can be approved at the counter.</source>
        <translation>Only an accepted case can be approved at the counter.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="48"/>
        <source>Choose the item and the dates of validity.</source>
        <translation>Choose the item and the dates of validity.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="52"/>
        <source>The permit cannot end before it begins.</source>
        <translation>The permit cannot end before it begins.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="78"/>
        <source>The server&apos;s answer could not be read; the permit may have been issued. Try again to print it.</source>
        <translation>The server&apos;s answer could not be read; the permit may have been issued. Try again to print it.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="97"/>
        <source>A permit is signed by the hall&apos;s server, which cannot be reached now. The approval is kept on this computer; issue the permit when the connection is back.</source>
        <translation>A permit is signed by the hall&apos;s server, which cannot be reached now. The approval is kept on this computer; issue the permit when the connection is back.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="100"/>
        <source>The hall has no key to sign permits yet. Ask the administrator to make one.</source>
        <translation>The hall has no key to sign permits yet. Ask the administrator to make one.</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="102"/>
        <source>The server does not have the approval of this case yet. Wait until it is uploaded, then issue the permit.</source>
        <translation>The server does not have the approval of this case yet. Wait until it is uploaded, then issue the permit.</translation>
    </message>
</context>
<context>
    <name>ow::PermitsPanel</name>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="26"/>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="28"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="30"/>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="32"/>
        <source>✖ Revoked</source>
        <translation>✖ Revoked</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="50"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="49"/>
        <source>Case number, to see its permits; empty for the newest</source>
        <translation>Case number, to see its permits; empty for the newest</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="54"/>
        <source>Search / refresh</source>
        <translation>Search / refresh</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="58"/>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="63"/>
        <source>Why the selected permit is revoked (shown to everyone who checks it)</source>
        <translation>Why the selected permit is revoked (shown to everyone who checks it)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="64"/>
        <source>Why the selected permit is revoked</source>
        <translation>Why the selected permit is revoked</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="67"/>
        <source>Revoke the selected permit</source>
        <translation>Revoke the selected permit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="73"/>
        <source>Revoke permit</source>
        <translation>Revoke permit</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="74"/>
        <source>Revoke permit %1? This cannot be undone: every check of it will say it is revoked, with your reason.</source>
        <translation>Revoke permit %1? This cannot be undone: every check of it will say it is revoked, with your reason.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="91"/>
        <source>Permit %1 is revoked. Checks of it now say so.</source>
        <translation>Permit %1 is revoked. Checks of it now say so.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="105"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="108"/>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
</context>
<context>
    <name>ow::QueuesPage</name>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="165"/>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <source>Numbers at the kiosk</source>
        <translation>Numbers at the kiosk</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="166"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="242"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="252"/>
        <source>Calls the queues</source>
        <translation>Calls the queues</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="42"/>
        <source>Queues (号票类别)</source>
        <translation>Queues (号票类别)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="44"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="47"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="62"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="50"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="135"/>
        <source>Stop numbers</source>
        <translation>Stop numbers</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="57"/>
        <source>Counters (窗口)</source>
        <translation>Counters (窗口)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="59"/>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="49"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="64"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="167"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="65"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="141"/>
        <source>Close for today</source>
        <translation>Close for today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="70"/>
        <source>A counter closed for today calls nobody and opens again by itself tomorrow. A queue without numbers still has its waiting people called.</source>
        <translation>A counter closed for today calls nobody and opens again by itself tomorrow. A queue without numbers still has its waiting people called.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="96"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="96"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="112"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="112"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="135"/>
        <source>Give numbers again</source>
        <translation>Give numbers again</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="141"/>
        <source>Open again today</source>
        <translation>Open again today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="146"/>
        <source>Add a queue</source>
        <translation>Add a queue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="146"/>
        <source>Change queue %1</source>
        <translation>Change queue %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="152"/>
        <source>D (1-3 capital letters: the numbers&apos; first letter)</source>
        <translation>D (1-3 capital letters: the numbers&apos; first letter)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="155"/>
        <source>公积金</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="168"/>
        <source>With departments (公安, 税务 …), the kiosk first offers the departments, then their queues. Leave it empty in a small hall.</source>
        <translation>With departments (公安, 税务 …), the kiosk first offers the departments, then their queues. Leave it empty in a small hall.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="181"/>
        <source>Give a prefix of 1-3 letters A-Z and a name.</source>
        <translation>Give a prefix of 1-3 letters A-Z and a name.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="228"/>
        <source>Add a counter</source>
        <translation>Add a counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="228"/>
        <source>Change counter %1</source>
        <translation>Change counter %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="240"/>
        <source>e.g. 综合受理窗口 (may stay empty)</source>
        <translation>e.g. 综合受理窗口 (may stay empty)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="241"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="260"/>
        <source>A counter calls at least one queue.</source>
        <translation>A counter calls at least one queue.</translation>
    </message>
</context>
<context>
    <name>ow::RatingPad</name>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="26"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="27"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="28"/>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="29"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="30"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="88"/>
        <source>Please rate our service</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="89"/>
        <location filename="../widgets/RatingPad.cpp" line="388"/>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="93"/>
        <source>Larger text, more time, and the screen read aloud</source>
        <translation>Larger text, more time, and the screen read aloud</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="128"/>
        <location filename="../widgets/RatingPad.cpp" line="239"/>
        <source>When your business is done, please rate this service here.</source>
        <translation>When your business is done, please rate this service here.</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="178"/>
        <source>Anything to add? Touch what fits (optional)</source>
        <translation>Anything to add? Touch what fits (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="182"/>
        <source>Waited too long</source>
        <translation>Waited too long</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="182"/>
        <source>Took too long at the counter</source>
        <translation>Took too long at the counter</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="183"/>
        <source>Requirements not clear</source>
        <translation>Requirements not clear</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="183"/>
        <source>Had to come back again</source>
        <translation>Had to come back again</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="184"/>
        <source>Staff were impatient</source>
        <translation>Staff were impatient</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="184"/>
        <source>System or equipment failed</source>
        <translation>System or equipment failed</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="196"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="202"/>
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="215"/>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="216"/>
        <source>Your opinion helps us serve better.</source>
        <translation>Your opinion helps us serve better.</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="221"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="226"/>
        <source>This counter is not open at the moment</source>
        <translation>This counter is not open at the moment</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="231"/>
        <source>Serving you: %1</source>
        <translation>Serving you: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="232"/>
        <source>Staff number %1</source>
        <translation>Staff number %1</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="238"/>
        <source>Service paused — please wait a moment</source>
        <translation>Service paused — please wait a moment</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="271"/>
        <source>Connection lost — ratings are kept and sent later</source>
        <translation>Connection lost — ratings are kept and sent later</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="282"/>
        <source>How satisfied are you with this service?</source>
        <translation>How satisfied are you with this service?</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="283"/>
        <source>Number %1: how satisfied are you with this service?</source>
        <translation>Number %1: how satisfied are you with this service?</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="302"/>
        <source>You chose &quot;%1&quot;. What went wrong? Choose at least one.</source>
        <translation>You chose &quot;%1&quot;. What went wrong? Choose at least one.</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="325"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/RatingPad.cpp" line="367"/>
        <source>This screen goes back in %n second(s)</source>
        <translation>
            <numerusform>This screen goes back in %n second</numerusform>
            <numerusform>This screen goes back in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="388"/>
        <source>✔ Elderly mode</source>
        <translation>✔ Elderly mode</translation>
    </message>
</context>
<context>
    <name>ow::RectificationModel</name>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="37"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="38"/>
        <source>Followed up, fix due</source>
        <translation>Followed up, fix due</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="39"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="40"/>
        <source>Appeal awaiting decision</source>
        <translation>Appeal awaiting decision</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="41"/>
        <source>Voided on appeal</source>
        <translation>Voided on appeal</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="47"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="47"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="60"/>
        <source>%1 — done</source>
        <translation>%1 — done</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="62"/>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="64"/>
        <source>%1 — due today</source>
        <translation>%1 — due today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="86"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="86"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="114"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="115"/>
        <source>Rated on</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="116"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="117"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="118"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="119"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="120"/>
        <source>Ticket / case</source>
        <translation>Ticket / case</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="121"/>
        <source>Follow-up by</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="122"/>
        <source>Fix by</source>
        <translation>Fix by</translation>
    </message>
</context>
<context>
    <name>ow::RectificationPanel</name>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="48"/>
        <source>Bad ratings to follow up and fix</source>
        <translation>Bad ratings to follow up and fix</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="52"/>
        <source>Show closed ones too</source>
        <translation>Show closed ones too</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="55"/>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="62"/>
        <source>Bad ratings and their rectifications</source>
        <translation>Bad ratings and their rectifications</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="81"/>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="82"/>
        <source>Record fix…</source>
        <translation>Record fix…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="83"/>
        <source>Appeal…</source>
        <translation>Appeal…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="84"/>
        <source>Decide appeal…</source>
        <translation>Decide appeal…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="85"/>
        <source>Phone number for the call back…</source>
        <translation>Phone number for the call back…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="87"/>
        <source>Shows the citizen&apos;s whole phone number; each look-up is recorded in the audit log.</source>
        <translation>Shows the citizen&apos;s whole phone number; each look-up is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="117"/>
        <source>Call %1 on %2 (case %3). This look-up is recorded in the audit log.</source>
        <translation>Call %1 on %2 (case %3). This look-up is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="118"/>
        <source>without a number</source>
        <translation>without a number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="136"/>
        <source>No open rectifications. Well done.</source>
        <translation>No open rectifications. Well done.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="137"/>
        <source>Choose a rating in the list.</source>
        <translation>Choose a rating in the list.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="145"/>
        <source>The citizen wrote: “%1”</source>
        <translation>The citizen wrote: “%1”</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="147"/>
        <source>Follow-up on %1 by %2: %3</source>
        <translation>Follow-up on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="151"/>
        <source>Fixed on %1 by %2: %3</source>
        <translation>Fixed on %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="155"/>
        <source>malicious</source>
        <translation>malicious</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="155"/>
        <source>given by mistake</source>
        <translation>given by mistake</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="156"/>
        <source>Appeal (%1) by %2: %3</source>
        <translation>Appeal (%1) by %2: %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="160"/>
        <source>Upheld by %1: %2</source>
        <translation>Upheld by %1: %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="160"/>
        <source>Rejected by %1: %2</source>
        <translation>Rejected by %1: %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="173"/>
        <source>Your own appeal is decided by a second supervisor.</source>
        <translation>Your own appeal is decided by a second supervisor.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="181"/>
        <source>Record follow-up</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="181"/>
        <source>What did the citizen say at the follow-up (回访)?</source>
        <translation>What did the citizen say at the follow-up (回访)?</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="190"/>
        <source>Record fix</source>
        <translation>Record fix</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="190"/>
        <source>What was changed (整改措施)?</source>
        <translation>What was changed (整改措施)?</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="203"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>The rating was:</source>
        <translation>The rating was:</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>malicious (恶意差评)</source>
        <translation>malicious (恶意差评)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>given by mistake (误评)</source>
        <translation>given by mistake (误评)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="203"/>
        <source>Why? A second supervisor will decide.</source>
        <translation>Why? A second supervisor will decide.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="212"/>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="216"/>
        <source>Decide appeal</source>
        <translation>Decide appeal</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="212"/>
        <source>Your decision:</source>
        <translation>Your decision:</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="213"/>
        <source>Uphold: the rating no longer counts</source>
        <translation>Uphold: the rating no longer counts</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="213"/>
        <source>Reject: the rectification goes on</source>
        <translation>Reject: the rectification goes on</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="216"/>
        <source>The reason for your decision:</source>
        <translation>The reason for your decision:</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="225"/>
        <source>Phone number for the call back</source>
        <translation>Phone number for the call back</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="226"/>
        <source>Why do you need the citizen&apos;s whole phone number? (recorded in the audit log)</source>
        <translation>Why do you need the citizen&apos;s whole phone number? (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>ow::RectificationService</name>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="60"/>
        <location filename="../core/sync/RectificationService.cpp" line="134"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="108"/>
        <source>The follow-up has been recorded.</source>
        <translation>The follow-up has been recorded.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="112"/>
        <source>The fix has been recorded.</source>
        <translation>The fix has been recorded.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="117"/>
        <source>The appeal has been filed; a second supervisor decides it.</source>
        <translation>The appeal has been filed; a second supervisor decides it.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="122"/>
        <source>Appeal upheld: the rating no longer counts.</source>
        <translation>Appeal upheld: the rating no longer counts.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="123"/>
        <source>Appeal rejected: the rectification goes on.</source>
        <translation>Appeal rejected: the rectification goes on.</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="137"/>
        <source>No phone number was recorded with the rated service.</source>
        <translation>No phone number was recorded with the rated service.</translation>
    </message>
</context>
<context>
    <name>ow::RegionService</name>
    <message>
        <location filename="../core/sync/RegionService.cpp" line="42"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
</context>
<context>
    <name>ow::RegionWindow</name>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="38"/>
        <source>OneWindow — region supervisor</source>
        <translation>OneWindow — region supervisor</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="45"/>
        <location filename="../app/supervisor/RegionWindow.cpp" line="117"/>
        <source>Region supervisor — %1</source>
        <translation>Region supervisor — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="47"/>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="53"/>
        <source>The day of every hall in the region</source>
        <translation>The day of every hall in the region</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="62"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="68"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="71"/>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="79"/>
        <source>Halls</source>
        <translation>Halls</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="80"/>
        <source>Numbers taken</source>
        <translation>Numbers taken</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="81"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="82"/>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="83"/>
        <source>9 in 10 waited at most</source>
        <translation>9 in 10 waited at most</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="84"/>
        <source>Cases accepted</source>
        <translation>Cases accepted</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="85"/>
        <source>Cases overdue</source>
        <translation>Cases overdue</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="86"/>
        <source>Good rate</source>
        <translation>Good rate</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="87"/>
        <source>Open rectifications</source>
        <translation>Open rectifications</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="90"/>
        <source>Double-click a hall (or press Enter on it) to open its day.</source>
        <translation>Double-click a hall (or press Enter on it) to open its day.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="93"/>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="99"/>
        <source>Halls of the region</source>
        <translation>Halls of the region</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="123"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="131"/>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="173"/>
        <source>%1: no word from its server for %2 minutes (%3 changes were waiting there then)</source>
        <translation>%1: no word from its server for %2 minutes (%3 changes were waiting there then)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="180"/>
        <source>No hall belongs to this region yet.</source>
        <translation>No hall belongs to this region yet.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="193"/>
        <source>%1 — the day</source>
        <translation>%1 — the day</translation>
    </message>
</context>
<context>
    <name>ow::ScanView</name>
    <message>
        <location filename="../widgets/ScanView.cpp" line="226"/>
        <source>No camera picture yet</source>
        <translation>No camera picture yet</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>A4 document</source>
        <translation>A4 document</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="242"/>
        <source>Capture (Space)</source>
        <translation>Capture (Space)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="245"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="254"/>
        <source>Pages (drag to reorder, Delete removes)</source>
        <translation>Pages (drag to reorder, Delete removes)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="257"/>
        <source>Pages scanned</source>
        <translation>Pages scanned</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="264"/>
        <source>Read the holder&apos;s details (F8)</source>
        <translation>Read the holder&apos;s details (F8)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="269"/>
        <source>The pages are the material</source>
        <translation>The pages are the material</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="273"/>
        <source>Text pages in black and white (smaller)</source>
        <translation>Text pages in black and white (smaller)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="278"/>
        <source>Attach the pages to this material (Ctrl+T)</source>
        <translation>Attach the pages to this material (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="310"/>
        <source>Read from the %1: %2</source>
        <translation>Read from the %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="352"/>
        <source>Take a picture of the card or passport first.</source>
        <translation>Take a picture of the card or passport first.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="357"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="363"/>
        <source>There are no pages to attach yet.</source>
        <translation>There are no pages to attach yet.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="364"/>
        <source>Choose the material the pages belong to.</source>
        <translation>Choose the material the pages belong to.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ScanView.cpp" line="373"/>
        <source>%n page(s) attached to %1.</source>
        <translation>
            <numerusform>%n page attached to %1.</numerusform>
            <numerusform>%n pages attached to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="394"/>
        <source>✔ Good: hold still, or press Space to take it.</source>
        <translation>✔ Good: hold still, or press Space to take it.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="397"/>
        <source>Lay the card or page flat under the camera, on a darker surface if you can.</source>
        <translation>Lay the card or page flat under the camera, on a darker surface if you can.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="399"/>
        <source>Part of the document is outside the picture: move it to the middle.</source>
        <translation>Part of the document is outside the picture: move it to the middle.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="401"/>
        <source>Too far away: bring the document closer to the camera.</source>
        <translation>Too far away: bring the document closer to the camera.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="403"/>
        <source>Blurred: hold the document still, or move it a little further from the camera.</source>
        <translation>Blurred: hold the document still, or move it a little further from the camera.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="405"/>
        <source>Glare on the card: tilt it a little away from the light.</source>
        <translation>Glare on the card: tilt it a little away from the light.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="426"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="430"/>
        <source>Page taken (%1 × %2).</source>
        <translation>Page taken (%1 × %2).</translation>
    </message>
</context>
<context>
    <name>ow::ScanWorker</name>
    <message>
        <location filename="../widgets/ScanView.cpp" line="70"/>
        <source>The camera cannot be used (%1). Scans can still be imported from files.</source>
        <translation>The camera cannot be used (%1). Scans can still be imported from files.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="107"/>
        <source>The ID number could not be read with certainty. Take the card again, flat and without glare, or type the number.</source>
        <translation>The ID number could not be read with certainty. Take the card again, flat and without glare, or type the number.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="119"/>
        <source>The passport&apos;s machine readable lines could not be read with certainty. Take the page again, flat and without glare.</source>
        <translation>The passport&apos;s machine readable lines could not be read with certainty. Take the page again, flat and without glare.</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="172"/>
        <source>The camera stopped sending pictures. Check its cable, then open the scan view again.</source>
        <translation>The camera stopped sending pictures. Check its cable, then open the scan view again.</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="22"/>
        <source>OneWindow — enroll this device</source>
        <translation>OneWindow — enroll this device</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="24"/>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="25"/>
        <source>Enter the server address and the one-time code from the administrator, or read the QR code on the administrator&apos;s screen with the camera or a barcode reader.</source>
        <translation>Enter the server address and the one-time code from the administrator, or read the QR code on the administrator&apos;s screen with the camera or a barcode reader.</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="35"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="36"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="37"/>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="46"/>
        <source>Read the code with the camera</source>
        <translation>Read the code with the camera</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="50"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="70"/>
        <source>The code and the server %1 were read.</source>
        <translation>The code and the server %1 were read.</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="78"/>
        <source>Hold the code on the administrator&apos;s screen in front of the camera…</source>
        <translation>Hold the code on the administrator&apos;s screen in front of the camera…</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="98"/>
        <source>The camera cannot be opened. Type the code, or use a barcode reader.</source>
        <translation>The camera cannot be opened. Type the code, or use a barcode reader.</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="101"/>
        <source>No enrollment code was seen. Hold it closer and still, and try again.</source>
        <translation>No enrollment code was seen. Hold it closer and still, and try again.</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="111"/>
        <source>The server address starts with http:// or https://</source>
        <translation>The server address starts with http:// or https://</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="126"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>ow::StaffPage</name>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="45"/>
        <source>Clerk (窗口人员)</source>
        <translation>Clerk (窗口人员)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="47"/>
        <source>Agent (代办员)</source>
        <translation>Agent (代办员)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="49"/>
        <source>Supervisor (督查)</source>
        <translation>Supervisor (督查)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="51"/>
        <source>Approver (审批人)</source>
        <translation>Approver (审批人)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="53"/>
        <source>Administrator (管理员)</source>
        <translation>Administrator (管理员)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="182"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="264"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="317"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="180"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="266"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="315"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="64"/>
        <source>Everyone who logs in at the hall&apos;s counters, stations and supervisor computers. Someone who left is disabled, not deleted: the record keeps their name.</source>
        <translation>Everyone who logs in at the hall&apos;s counters, stations and supervisor computers. Someone who left is disabled, not deleted: the record keeps their name.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="73"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="76"/>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="78"/>
        <source>Change name or role…</source>
        <translation>Change name or role…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="80"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="165"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="82"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="84"/>
        <source>Settle with the upstream platform…</source>
        <translation>Settle with the upstream platform…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="115"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="244"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="115"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="244"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="117"/>
        <source>Active — must choose a password</source>
        <translation>Active — must choose a password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="119"/>
        <source>differs from the upstream platform</source>
        <translation>differs from the upstream platform</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="121"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="132"/>
        <source>⚠ %n change(s) to accounts were made both here and at the upstream platform (上级平台), each differently. Each side keeps its own until you choose: select the account shown in amber and press “Settle with the upstream platform”.</source>
        <translation>
            <numerusform>⚠ %n change to accounts was made both here and at the upstream platform (上级平台), each differently. Each side keeps its own until you choose: select the account shown in amber and press “Settle with the upstream platform”.</numerusform>
            <numerusform>⚠ %n changes to accounts were made both here and at the upstream platform (上级平台), each differently. Each side keeps its own until you choose: select the account shown in amber and press “Settle with the upstream platform”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="165"/>
        <source>Enable again</source>
        <translation>Enable again</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="170"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="174"/>
        <source>e.g. zhangmin or 0123 (letters, digits, . _ -)</source>
        <translation>e.g. zhangmin or 0123 (letters, digits, . _ -)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="179"/>
        <source>User name (to log in)</source>
        <translation>User name (to log in)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="181"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="316"/>
        <source>Staff number (工号)</source>
        <translation>Staff number (工号)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="183"/>
        <source>A first password is made and shown once, to print for the person; they choose their own at the first login.</source>
        <translation>A first password is made and shown once, to print for the person; they choose their own at the first login.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="192"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="197"/>
        <source>A user name is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter or a digit.</source>
        <translation>A user name is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="202"/>
        <source>Give the person&apos;s name.</source>
        <translation>Give the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="220"/>
        <source>e.g. 0317 (shown with the name to the public; may be left empty)</source>
        <translation>e.g. 0317 (shown with the name to the public; may be left empty)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="240"/>
        <source>changed (never shown)</source>
        <translation>changed (never shown)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="256"/>
        <source>Settle %1 with the upstream platform</source>
        <translation>Settle %1 with the upstream platform</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="258"/>
        <source>These were changed both here and at the upstream platform since they last agreed. Choose for each which stays; the choice is recorded.</source>
        <translation>These were changed both here and at the upstream platform since they last agreed. Choose for each which stays; the choice is recorded.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="268"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="269"/>
        <source>Disabled or active</source>
        <translation>Disabled or active</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="275"/>
        <source>Here (this hall)</source>
        <translation>Here (this hall)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="276"/>
        <source>Upstream platform</source>
        <translation>Upstream platform</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="278"/>
        <source>Keep this hall&apos;s</source>
        <translation>Keep this hall&apos;s</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="280"/>
        <source>Take the upstream&apos;s</source>
        <translation>Take the upstream&apos;s</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="296"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="309"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="340"/>
        <source>Disable %1</source>
        <translation>Disable %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="341"/>
        <source>Disable %1 (%2)? They can no longer log in, and wherever they are logged in now, their session ends at once.</source>
        <translation>Disable %1 (%2)? They can no longer log in, and wherever they are logged in now, their session ends at once.</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="352"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="353"/>
        <source>Give %1 a new password? Their sessions end at once; the new password is shown once, to print for them, and they choose their own at the next login.</source>
        <translation>Give %1 a new password? Their sessions end at once; the new password is shown once, to print for them, and they choose their own at the next login.</translation>
    </message>
</context>
<context>
    <name>ow::StationWindow</name>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="35"/>
        <source>OneWindow — agency station</source>
        <translation>OneWindow — agency station</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="44"/>
        <source>%1 · agency station</source>
        <translation>%1 · agency station</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="45"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="60"/>
        <source>Apply for a villager (Ctrl+1)</source>
        <translation>Apply for a villager (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="61"/>
        <source>Cases and upload (Ctrl+2)</source>
        <translation>Cases and upload (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="62"/>
        <source>Home visits (Ctrl+3)</source>
        <translation>Home visits (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="63"/>
        <source>Appointments (Ctrl+4)</source>
        <translation>Appointments (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="103"/>
        <source>● Connected to the hall</source>
        <translation>● Connected to the hall</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="103"/>
        <location filename="../app/station/StationWindow.cpp" line="126"/>
        <source>● Offline — working on this computer</source>
        <translation>● Offline — working on this computer</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="126"/>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="89"/>
        <source>✔ Everything confirmed by the hall</source>
        <translation>✔ Everything confirmed by the hall</translation>
    </message>
</context>
<context>
    <name>ow::StatsService</name>
    <message>
        <location filename="../core/sync/StatsService.cpp" line="62"/>
        <location filename="../core/sync/StatsService.cpp" line="78"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>The server&apos;s answer could not be read. Please try again.</translation>
    </message>
</context>
<context>
    <name>ow::SupervisorWindow</name>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>OneWindow — supervisor</source>
        <translation>OneWindow — supervisor</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>OneWindow — approval</source>
        <translation>OneWindow — approval</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="53"/>
        <source>Supervisor — %1</source>
        <translation>Supervisor — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="53"/>
        <source>Approval — %1</source>
        <translation>Approval — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="56"/>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="65"/>
        <source>To decide (后台审批)</source>
        <translation>To decide (后台审批)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="70"/>
        <source>The day (今日概况)</source>
        <translation>The day (今日概况)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="71"/>
        <source>Bad ratings (差评整改)</source>
        <translation>Bad ratings (差评整改)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="72"/>
        <source>Case warnings (办件预警)</source>
        <translation>Case warnings (办件预警)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="73"/>
        <source>Cases (分办)</source>
        <translation>Cases (分办)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="74"/>
        <source>Permits (证照管理)</source>
        <translation>Permits (证照管理)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="77"/>
        <source>Home visits (预约上门)</source>
        <translation>Home visits (预约上门)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="80"/>
        <source>Appointments (预约设置)</source>
        <translation>Appointments (预约设置)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="85"/>
        <source>Administration (管理)</source>
        <translation>Administration (管理)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="94"/>
        <source>Logged in: %1</source>
        <translation>Logged in: %1</translation>
    </message>
</context>
<context>
    <name>ow::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="168"/>
        <source>The attachment %1 is missing on this computer; the case that names it cannot be sent. Scan the material again.</source>
        <translation>The attachment %1 is missing on this computer; the case that names it cannot be sent. Scan the material again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="176"/>
        <source>The attachment %1 on this computer is damaged (its contents no longer match it); the case that names it cannot be sent. Scan the material again.</source>
        <translation>The attachment %1 on this computer is damaged (its contents no longer match it); the case that names it cannot be sent. Scan the material again.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="272"/>
        <source>The server did not confirm every attachment sent; they go again in the next round.</source>
        <translation>The server did not confirm every attachment sent; they go again in the next round.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="281"/>
        <source>The attachment %1 is missing on this computer (%2).</source>
        <translation>The attachment %1 is missing on this computer (%2).</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="358"/>
        <source>The server&apos;s changes could not be read (%1).</source>
        <translation>The server&apos;s changes could not be read (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="366"/>
        <source>%n change(s) wait for attachments the server does not have yet.</source>
        <translation>
            <numerusform>%n change waits for attachments the server does not have yet.</numerusform>
            <numerusform>%n changes wait for attachments the server does not have yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::SyncIndicator</name>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="25"/>
        <source>Sync now (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="41"/>
        <source>✖ Sync failed: %1 (retrying by itself)</source>
        <translation>✖ Sync failed: %1 (retrying by itself)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/SyncIndicator.cpp" line="46"/>
        <source>⇅ %n item(s) waiting to upload</source>
        <translation>
            <numerusform>⇅ %n item waiting to upload</numerusform>
            <numerusform>⇅ %n items waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/SyncIndicator.cpp" line="48"/>
        <source>%n need(s) a person</source>
        <translation>
            <numerusform>%n needs a person</numerusform>
            <numerusform>%n need a person</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="51"/>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="55"/>
        <source>Sync failed; OneWindow keeps retrying by itself</source>
        <translation>Sync failed; OneWindow keeps retrying by itself</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="59"/>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
</context>
<context>
    <name>ow::UpstreamNotice</name>
    <message numerus="yes">
        <location filename="../app/common/UpstreamNotice.cpp" line="16"/>
        <source>Upstream platform not connected — this hall serves as normal (%n change(s) waiting to go up)</source>
        <translation>
            <numerusform>Upstream platform not connected — this hall serves as normal (%n change waiting to go up)</numerusform>
            <numerusform>Upstream platform not connected — this hall serves as normal (%n changes waiting to go up)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/UpstreamNotice.cpp" line="20"/>
        <source>; last reached at %1</source>
        <translation>; last reached at %1</translation>
    </message>
</context>
<context>
    <name>ow::WarningsPanel</name>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="19"/>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="19"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="27"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="32"/>
        <source>Cases near or past their promised date</source>
        <translation>Cases near or past their promised date</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/WarningsPanel.cpp" line="49"/>
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/WarningsPanel.cpp" line="50"/>
        <source>Due soon: %n working day(s) left</source>
        <translation>
            <numerusform>Due soon: %n working day left</numerusform>
            <numerusform>Due soon: %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="55"/>
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 overdue, %2 due soon</translation>
    </message>
</context>
</TS>
