<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="46"/>
        <source>The server answered with a certificate this computer was not set up to trust, so nothing was sent. It may not be the hall&apos;s server: do not log in, and call the administrator.</source>
        <translation>服务器出示的证书不是本机所信任的证书，因此没有发送任何内容。对方可能不是本大厅的服务器：请不要登录，并联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="49"/>
        <source>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</source>
        <translation>服务器暂时无法连接，请检查网线或无线网络；系统会自动重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="52"/>
        <source>Finish the current ticket or mark it as no-show before calling the next one.</source>
        <translation>请先办结当前号码或标记过号，再呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="54"/>
        <source>This number has been recalled the maximum number of times. Mark it as no-show.</source>
        <translation>该号码重呼次数已达上限，请标记为过号。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="56"/>
        <source>This ticket has already moved on; the screen has been refreshed.</source>
        <translation>该号码状态已变化，界面已刷新。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="58"/>
        <source>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</source>
        <translation>密码错误次数过多，账号已锁定 15 分钟；如有急需请联系负责人。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="60"/>
        <source>This enrollment code is unknown, already used or expired (codes are good for 7 days). Ask the administrator for a new one.</source>
        <translation>注册码无效、已被使用或已过期（注册码 7 天内有效），请向管理员申请新的注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="63"/>
        <source>Too many failed attempts from this computer. Wait a few minutes, then try again.</source>
        <translation>本机失败次数过多，请等几分钟后再试。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="65"/>
        <source>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</source>
        <translation>本设备注册已失效或登录已过期。请重新启动一窗通，如需要会提示输入新的注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="68"/>
        <source>Your account has been disabled by the hall&apos;s administrator, and this session has ended. Ask the administrator if this is a mistake.</source>
        <translation>您的账号已被大厅管理员停用，本次登录已结束。如有误，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="71"/>
        <source>Your password was reset by the administrator, and this session has ended. Log in again with the new password.</source>
        <translation>您的密码已被管理员重置，本次登录已结束。请用新密码重新登录。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="74"/>
        <source>This computer&apos;s enrollment was revoked by the hall&apos;s administrator: it can do nothing more. Ask the administrator for a new enrollment code.</source>
        <translation>本机的注册已被大厅管理员吊销，不能再使用。请向管理员领取新的注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="77"/>
        <source>Choose your own password first: log in again and you will be asked for it.</source>
        <translation>请先设置您自己的密码：重新登录时会提示设置。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="79"/>
        <source>The hall is closed now and gives no numbers.</source>
        <translation>大厅现在不在服务时间，暂停取号。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="81"/>
        <source>This queue gives no numbers at the moment. Please ask at the information desk.</source>
        <translation>该业务暂停取号，请到咨询台询问。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="83"/>
        <source>This counter is closed for today by the hall&apos;s administrator; it calls nobody until tomorrow.</source>
        <translation>本窗口今日已被管理员关闭，明天之前不叫号。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="85"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>身份证号码不正确，请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="87"/>
        <source>The phone number must be a mobile number of 11 digits.</source>
        <translation>请填写 11 位手机号码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="89"/>
        <source>Log in first: this needs a person of the hall, not the device alone.</source>
        <translation>请先登录：此操作需要本厅工作人员登录，仅凭设备不能办理。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="91"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="93"/>
        <source>This device is not allowed to do that.</source>
        <translation>本设备无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="95"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>CaseStepPrinters</name>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="14"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="39"/>
        <source>Notice of correction</source>
        <translation>补正材料通知书</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="16"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="47"/>
        <source>Case number: %1</source>
        <translation>办件编号：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="18"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="49"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="20"/>
        <source>Your application needs the following materials corrected or brought. The time limit of the case stands still until they are received; it runs again from that day.</source>
        <translation>您的申请需补正或补交下列材料。补正期间办理时限暂停计算，自收到补正材料之日起继续计算。</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="26"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="28"/>
        <source>Why: %1</source>
        <translation>补正理由：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="30"/>
        <source>Bring them to any counter of the hall, or to your village agency station.</source>
        <translation>请将上述材料送至本中心任一窗口，或所在村（社区）代办站。</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="32"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="57"/>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="32"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="46"/>
        <location filename="../printer/CaseStepPrinters.cpp" line="64"/>
        <source>Proof of delivery</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="51"/>
        <source>Handed over to</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>Identity</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>ID card checked</source>
        <translation>已核验身份证</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="52"/>
        <source>not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="53"/>
        <source>Handed over on</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="56"/>
        <source>I have received the result of this case.</source>
        <translation>本人已领取本件办理结果。</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="57"/>
        <source>Recipient&apos;s signature: ____________</source>
        <translation>领取人签字：____________</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="70"/>
        <source>Postal label</source>
        <translation>寄递面单</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="80"/>
        <source>From: %1</source>
        <translation>寄件：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="82"/>
        <source>To</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="88"/>
        <source>Waybill: %1</source>
        <translation>运单号：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="89"/>
        <source>Case: %1</source>
        <translation>办件：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="91"/>
        <source>Contents: %1</source>
        <translation>内件：%1</translation>
    </message>
    <message>
        <location filename="../printer/CaseStepPrinters.cpp" line="94"/>
        <source>Scan for the case&apos;s progress</source>
        <translation>扫码查询办件进度</translation>
    </message>
</context>
<context>
    <name>CommitmentPrinter</name>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="42"/>
        <location filename="../printer/DecisionPrinters.cpp" line="70"/>
        <source>Letter of commitment</source>
        <translation>告知承诺书</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="44"/>
        <source>Case number: %1</source>
        <translation>办件编号：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="46"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="48"/>
        <source>The office has told me the conditions that the following materials prove. Instead of providing them, I promise that I meet these conditions:</source>
        <translation>本人已知悉下列材料所证明的条件。本人不再提交下列材料，并承诺符合相应条件：</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="55"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="58"/>
        <source>I understand that the office may verify this promise. If it is untrue, the decision made on it will be revoked, I bear the legal consequences, and the breach is recorded in my credit record.</source>
        <translation>本人知悉行政机关将对承诺内容进行核查。如承诺不实，依据承诺作出的决定将被撤销，本人依法承担相应法律责任，失信行为记入信用记录。</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="62"/>
        <source>Signed on %1.</source>
        <translation>承诺日期：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="63"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="63"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
</context>
<context>
    <name>DailyReportPrinter</name>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="33"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="35"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="35"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="37"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="47"/>
        <source>Daily report %1 %2</source>
        <translation>每日统计 %1 %2</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="50"/>
        <source>Queue: %1 numbers taken, %2 served, %3 no-show, %4 transferred.</source>
        <translation>排队：取号 %1 个，已办结 %2 个，过号 %3 个，转移 %4 个。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="55"/>
        <source>Waiting: %1 on average, 9 in 10 at most %2, the longest %3. Service: %4 on average.</source>
        <translation>等候：平均 %1，九成群众不超过 %2，最长 %3。办理：平均 %4。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="58"/>
        <source>Cases: %1 accepted, %2 one-time notices, %3 refused, %4 completed; %5 overdue, %6 waived materials past their date.</source>
        <translation>办件：受理 %1 件，一次性告知 %2 件，不予受理 %3 件，办结 %4 件；逾期 %5 件，容缺材料逾期未补 %6 份。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="66"/>
        <source>After intake: %1 corrections asked for, %2 decisions, %3 of %4 completed on time, %5 handed over at the window, %6 posted.</source>
        <translation>受理后：要求补正 %1 件，审批决定 %2 件，办结 %4 件中按时办结 %3 件，窗口出件 %5 件，寄递 %6 件。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="74"/>
        <source>Ratings: %1 of %2 services rated (%3), good rate %4; %5 very satisfied, %6 satisfied, %7 fairly satisfied, %8 dissatisfied, %9 very dissatisfied.</source>
        <translation>评价：%2 次服务中 %1 次参评（%3），好评率 %4；非常满意 %5，满意 %6，基本满意 %7，不满意 %8，非常不满意 %9。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="84"/>
        <source>Rectifications open at the end of the day: %1, of them past a due date: %2.</source>
        <translation>当日结束时待整改 %1 件，其中逾期 %2 件。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="88"/>
        <source>Appointments: %1 places booked, %2 checked in, %3 did not come, %4 cancelled.</source>
        <translation>预约：已约 %1 个名额，签到 %2 人，爽约 %3 人，取消 %4 个。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="94"/>
        <source>Home visits: %1 planned for the day, %2 done; %3 requests still to schedule.</source>
        <translation>上门服务：当天安排 %1 次，已上门 %2 次；待安排申请 %3 条。</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Numbers</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="102"/>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Service</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Rating rate</source>
        <translation>参评率</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="103"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="106"/>
        <source>By counter</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="106"/>
        <source>By staff</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="120"/>
        <source>Appointments by slot</source>
        <translation>预约（按时段）</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Queue</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="129"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Did not come</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>To come</source>
        <translation>待到</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="130"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../printer/DailyReportPrinter.cpp" line="148"/>
        <source>Daily report %1</source>
        <translation>每日统计 %1</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="123"/>
        <source>Enquiries: %1</source>
        <translation>咨询电话：%1</translation>
    </message>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="125"/>
        <source>Complaints: %1</source>
        <translation>监督电话：%1</translation>
    </message>
    <message>
        <location filename="../printer/DocumentPainter.cpp" line="142"/>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the date on a document (Chinese: yyyy年M月d日)</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="10"/>
        <source>not provided</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="11"/>
        <source>required now: it cannot be supplied later for this item</source>
        <translation>须当场提交：该事项不适用容缺受理</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="12"/>
        <source>required: a signed commitment cannot replace it</source>
        <translation>须提交：不能以告知承诺代替</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="13"/>
        <source>required: it cannot be obtained by data sharing</source>
        <translation>须提交：无法通过数据共享获取</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="21"/>
        <location filename="../printer/NoticePrinter.cpp" line="45"/>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="23"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="25"/>
        <source>Your application cannot be accepted yet. This notice lists everything that is still needed; bring all of it together and the application will be accepted in one visit.</source>
        <translation>您的申请暂不能受理。本告知书一次性列明尚需补齐的全部材料，请备齐后一并提交，即可一次办结受理。</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="32"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="35"/>
        <source>Questions: ask at the counter or the help desk.</source>
        <translation>如有疑问，请向窗口或咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="37"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="37"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../printer/PdfFile.cpp" line="22"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>PermitCheckResult</name>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="45"/>
        <source>This is not a permit code</source>
        <translation>这不是证照二维码</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="46"/>
        <source>Genuine and valid</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="47"/>
        <source>Genuine (revocation not checked)</source>
        <translation>真实（未能查询是否撤销）</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="48"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="49"/>
        <source>Genuine, not yet valid</source>
        <translation>真实，尚未生效</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="49"/>
        <source>Genuine, expired</source>
        <translation>真实，已过有效期</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="50"/>
        <source>Not genuine</source>
        <translation>非真实证照</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="51"/>
        <source>Cannot be checked here now</source>
        <translation>暂时无法核验</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="66"/>
        <source>Hold the QR code of the permit to the reader, or open a photo of it.</source>
        <translation>请将证照上的二维码对准扫码器，或打开证照照片。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="68"/>
        <source>The signature of %1 holds and the hall&apos;s server confirms the permit stands (checked %2).</source>
        <translation>%1 的签名核验通过，服务中心确认本证未被撤销（查询时间 %2）。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="71"/>
        <source>The signature of %1 holds. Whether it has been revoked could not be checked (%2); the keys are those fetched on %3.</source>
        <translation>%1 的签名核验通过。未能查询是否已被撤销（%2）；所用公钥获取于 %3。</translation>
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
        <translation>已于 %1 撤销。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="76"/>
        <source>Valid only from %1.</source>
        <translation>自 %1 起生效。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="77"/>
        <source>It was valid until %1.</source>
        <translation>有效期至 %1，已过期。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="79"/>
        <source>It is signed with a key this computer does not know yet, and the keys cannot be updated now (those here were fetched on %1). Check it again once the network is back.</source>
        <translation>签名所用的密钥本机尚未获取，目前也无法更新公钥（本机公钥获取于 %1）。请联网后再查验。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="84"/>
        <source>It is signed with a key of no issuer this hall trusts.</source>
        <translation>签名所用密钥不属于本中心信任的任何发证机关。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="85"/>
        <source>It is not signed the way permits are signed.</source>
        <translation>签名方式不是证照使用的方式。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="86"/>
        <source>It claims an issuer other than the one who signed it.</source>
        <translation>所称发证机关与实际签名者不符。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="87"/>
        <source>The code has been changed or forged: its signature does not match.</source>
        <translation>二维码内容被篡改或伪造：签名不符。</translation>
    </message>
</context>
<context>
    <name>PermitPrinter</name>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="22"/>
        <source>long-term, from %1</source>
        <translation>长期（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="23"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="38"/>
        <location filename="../printer/PermitPrinter.cpp" line="122"/>
        <source>SAMPLE</source>
        <translation>样例</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="43"/>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="44"/>
        <location filename="../printer/PermitPrinter.cpp" line="55"/>
        <source>Permit number: %1</source>
        <translation>证照编号：%1</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="46"/>
        <location filename="../printer/PermitPrinter.cpp" line="99"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="50"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="51"/>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="52"/>
        <source>Term of operation</source>
        <translation>营业期限</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="53"/>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="57"/>
        <location filename="../printer/PermitPrinter.cpp" line="99"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="58"/>
        <location filename="../printer/PermitPrinter.cpp" line="100"/>
        <source>Identity number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="59"/>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="63"/>
        <source>Scope</source>
        <translation>许可范围</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="64"/>
        <location filename="../printer/PermitPrinter.cpp" line="101"/>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="67"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="71"/>
        <location filename="../printer/PermitPrinter.cpp" line="118"/>
        <source>Scan to verify</source>
        <translation>扫码核验</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="72"/>
        <source>The code is signed by the issuing authority. Any scanner holding its public key proves this permit genuine without a network; online it also tells whether the permit has been revoked.</source>
        <translation>本码由发证机关签名。任何持有其公钥的扫码设备无需联网即可核验本证真伪；联网时还可查询本证是否已被撤销。</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="75"/>
        <source>A permit whose printed details differ from what the scan shows is not genuine.</source>
        <translation>证面内容与扫码结果不一致的，为伪造或变造证照。</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="98"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="100"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="102"/>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <location filename="../printer/PermitPrinter.cpp" line="140"/>
        <source>Permit %1</source>
        <translation>证照 %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="95"/>
        <source>Acceptance receipt</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="102"/>
        <source>The application of your organisation has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</source>
        <translation>你单位提交的申请，经审查，按下列容缺受理、告知承诺方式决定予以受理。具体如下：</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="105"/>
        <source>Your application has been examined. It is accepted, with the materials to be supplied later or replaced by a signed commitment as listed below. Details:</source>
        <translation>你提交的申请，经审查，按下列容缺受理、告知承诺方式决定予以受理。具体如下：</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="107"/>
        <source>The application of your organisation has been examined. The materials are complete and in the legal form, and it is accepted. Details:</source>
        <translation>你单位提交的申请，经审查，申请材料齐全、符合法定形式，决定予以受理。具体如下：</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="109"/>
        <source>Your application has been examined. The materials are complete and in the legal form, and it is accepted. Details:</source>
        <translation>你提交的申请，经审查，申请材料齐全、符合法定形式，决定予以受理。具体如下：</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="125"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="65"/>
        <source>received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="67"/>
        <source>accepted without it for now (容缺): bring it by %1</source>
        <translation>容缺受理，请于 %1 前补交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="69"/>
        <source>replaced by the applicant&apos;s signed commitment (告知承诺)</source>
        <translation>以申请人签署的告知承诺书代替</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="70"/>
        <source>obtained by data sharing, nothing to bring (免提交)</source>
        <translation>通过数据共享获取，免于提交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="71"/>
        <source>not required for this application</source>
        <translation>本次申请无需提交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="80"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="86"/>
        <source>%1 (agent: %2)</source>
        <translation>%1（经办人：%2）</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="90"/>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="52"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="114"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="116"/>
        <source>Query code</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="116"/>
        <source>%1 (keep it: with the number it shows this case&apos;s progress)</source>
        <translation>%1（请妥善保管：凭办件编号和查询码查询办理进度）</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="120"/>
        <source>Items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="121"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="122"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="123"/>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="123"/>
        <source>%1 (working days; holidays excluded)</source>
        <translation>%1（按工作日计算，节假日顺延）</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="126"/>
        <source>How it stands</source>
        <translation>收取情况</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="132"/>
        <source>Scan the code, or enter the case number and the query code, at the kiosk to follow this application.</source>
        <translation>在自助终端扫描二维码，或输入办件编号和查询码，即可查询办理进度。</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="135"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="135"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="141"/>
        <source>Acceptance receipt %1</source>
        <translation>受理通知书 %1</translation>
    </message>
</context>
<context>
    <name>RefusalPrinter</name>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="11"/>
        <location filename="../printer/DecisionPrinters.cpp" line="29"/>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="13"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="15"/>
        <source>Having examined your application, this office does not accept it, for this reason:</source>
        <translation>经审查，你（单位）提出的申请，本机关决定不予受理，理由如下：</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="18"/>
        <source>If you disagree with this decision you may apply for administrative review within 60 days of receiving this notice, or bring an administrative lawsuit within 6 months.</source>
        <translation>如不服本决定，可自收到本通知书之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼。</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="22"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/DecisionPrinters.cpp" line="22"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <location filename="../app/common/SessionWatch.cpp" line="17"/>
        <source>Session ended</source>
        <translation>登录已结束</translation>
    </message>
    <message>
        <location filename="../app/common/SessionWatch.cpp" line="20"/>
        <source>Close OneWindow and start it again to log in; work not yet sent is kept on this computer.</source>
        <translation>请关闭一窗通后重新启动并登录；尚未上传的办件保存在本机，不会丢失。</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="34"/>
        <source>Appointment (checked in)</source>
        <translation>预约（已签到）</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="36"/>
        <source>Priority service</source>
        <translation>优先服务</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="37"/>
        <source>You are next</source>
        <translation>下一位就是您</translation>
    </message>
    <message numerus="yes">
        <location filename="../printer/TicketPrinter.cpp" line="38"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="42"/>
        <source>Real-name number · %1</source>
        <translation>实名取号 · %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="47"/>
        <source>Please wait for your number to be called. Scan the code to check progress or rate our service.</source>
        <translation>请留意叫号。扫描二维码可查询进度或评价服务。</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="54"/>
        <source>Queue ticket %1</source>
        <translation>排队号票 %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="66"/>
        <source>No ticket printer is installed.</source>
        <translation>未安装号票打印机。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>Unknown mode &quot;%1&quot;. Use counter, station, supervisor, kiosk, display, counter-screen or pad.</source>
        <translation>未知的模式“%1”。可用：counter、station、supervisor、kiosk、display、counter-screen 或 pad。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="161"/>
        <source>This code enrolls a %1 device, not a %2.</source>
        <translation>此注册码用于 %1 设备，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198"/>
        <source>Counter %1 — log in</source>
        <translation>%1号窗口 — 登录</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>Agency station — log in</source>
        <translation>代办站 — 登录</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>Supervisor — log in</source>
        <translation>督查负责人 — 登录</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="268"/>
        <source>Say which counter this screen is above: --counter N (1–999).</source>
        <translation>请指明本屏所在的窗口：--counter N（1–999）。</translation>
    </message>
</context>
<context>
    <name>ow::AdminPanel</name>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="32"/>
        <source>Staff (人员)</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="33"/>
        <source>Counters and queues (窗口与队列)</source>
        <translation>窗口与队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="34"/>
        <source>Devices (设备)</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="35"/>
        <source>Hours (营业时间)</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="36"/>
        <source>Hall details (本厅信息)</source>
        <translation>本厅信息</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="37"/>
        <source>Catalog (事项目录)</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="38"/>
        <source>Record (操作记录)</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AdminPanel.cpp" line="42"/>
        <source>Administration message</source>
        <translation>管理提示</translation>
    </message>
</context>
<context>
    <name>ow::AdminService</name>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="25"/>
        <source>This user name is taken (user names are unique on the server). Choose another.</source>
        <translation>该用户名已被使用（用户名在整个服务器上唯一），请换一个。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="27"/>
        <source>The password does not follow the rules: at least %1 characters, not containing the user name, mixing letters with digits or other characters.</source>
        <translation>密码不符合规则：至少 %1 个字符，不能包含用户名，须由字母与数字或其他字符组合。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="31"/>
        <source>You cannot disable your own account, give up your own role or reset your own password here: another administrator does that (your own password: 我的密码).</source>
        <translation>不能在此停用自己的账号、取消自己的管理员角色或重置自己的密码，须由另一位管理员操作（修改自己的密码请用“我的密码”）。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="34"/>
        <source>This computer cannot revoke itself; do it from another one.</source>
        <translation>本机不能吊销自己，请在另一台电脑上操作。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="36"/>
        <source>The hall has this already; change the one that is there.</source>
        <translation>大厅已有同一项，请修改现有的那一项。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="38"/>
        <source>This catalog&apos;s version is not newer than the current one; raise &quot;version&quot; in the file.</source>
        <translation>该事项目录的版本号不高于当前版本，请调高文件中的“version”。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="41"/>
        <source>Only the hall&apos;s administrator may do this, logged in on a supervisor computer.</source>
        <translation>只有大厅管理员在督查电脑上登录后才能进行此操作。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="43"/>
        <source>The hall has no such account, device, queue or counter (it may have been changed meanwhile); the list has been reloaded.</source>
        <translation>大厅没有该账号、设备、队列或窗口（可能刚被修改），列表已刷新。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="95"/>
        <location filename="../core/sync/AdminService.cpp" line="290"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="121"/>
        <source>The account %1 (%2) has been made.</source>
        <translation>已建立账号 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="131"/>
        <source>%1 is disabled: their sessions have ended.</source>
        <translation>%1 已停用，其登录已全部结束。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="132"/>
        <source>%1 may log in again.</source>
        <translation>%1 已恢复，可以重新登录。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="134"/>
        <source>The account %1 has been changed.</source>
        <translation>账号 %1 已修改。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="147"/>
        <source>%1 has a new password; their sessions have ended. They choose their own at the next login.</source>
        <translation>%1 的密码已重置，其登录已结束；下次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="159"/>
        <source>%1: the hall&apos;s value stays, and goes to the upstream platform.</source>
        <translation>%1：保留本厅的值，并同步到上级平台。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="160"/>
        <source>%1: the upstream platform&apos;s value is taken here.</source>
        <translation>%1：已采用上级平台的值。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="178"/>
        <source>The hall has no such counter; add the counter first.</source>
        <translation>大厅没有该窗口，请先添加窗口。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="184"/>
        <source>The device is revoked: it can do nothing more, and its screens have been closed.</source>
        <translation>设备已吊销，不能再使用，其画面已关闭。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="202"/>
        <source>The queue has been added; the kiosks offer it now.</source>
        <translation>队列已添加，自助终端已可取号。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="210"/>
        <source>The queue has been changed; counters, kiosks and boards show it now.</source>
        <translation>队列已修改，窗口、自助终端和叫号屏已同步显示。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="218"/>
        <source>The counter has been added. Enroll its computer with a code from 设备.</source>
        <translation>窗口已添加。请在“设备”页为该窗口的电脑生成注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="226"/>
        <source>The counter has been changed; its screens show it now.</source>
        <translation>窗口已修改，相关屏幕已同步显示。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="246"/>
        <source>The hours have been saved; the kiosks follow them now.</source>
        <translation>营业时间已保存，自助终端即刻按此执行。</translation>
    </message>
    <message>
        <location filename="../core/sync/AdminService.cpp" line="262"/>
        <source>The hall&apos;s details have been saved; its papers and call boards use them now.</source>
        <translation>本厅信息已保存，文书和叫号屏即刻使用。</translation>
    </message>
</context>
<context>
    <name>ow::Announcer</name>
    <message>
        <location filename="../widgets/Announcer.cpp" line="106"/>
        <source>Number %1, please go to counter %2</source>
        <translation>请%1号到%2号窗口办理</translation>
    </message>
</context>
<context>
    <name>ow::ApiClient</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="152"/>
        <source>The attachment %1 is missing on this computer (%2).</source>
        <translation>本机缺少附件 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ow::AppointmentPlanPanel</name>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="38"/>
        <source>Appointments (预约设置)</source>
        <translation>预约设置</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="43"/>
        <source>Queue</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="50"/>
        <source>The queue&apos;s plan</source>
        <translation>预约计划</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="53"/>
        <source>On</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="54"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="63"/>
        <source>Slots of the day</source>
        <translation>每天的时段</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="64"/>
        <source>People</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="69"/>
        <source>Times as 09:00. A slot is offered on a day only inside the hall&apos;s opening hours and outside lunch; closed days offer none.</source>
        <translation>时间写成 09:00 的形式。时段须在大厅营业时间内、不含午休才会开放；休息日不开放。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="75"/>
        <source>Add a slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="77"/>
        <source>Remove the slot</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="82"/>
        <source>Save the plan</source>
        <translation>保存预约计划</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="85"/>
        <source>Take no more appointments</source>
        <translation>停止预约</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="95"/>
        <source>No-show rule of the hall</source>
        <translation>大厅爽约规则</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="105"/>
        <source>No-shows</source>
        <translation>爽约次数</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="106"/>
        <source>Within days</source>
        <translation>统计天数</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="107"/>
        <source>Days without booking</source>
        <translation>停约天数</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="109"/>
        <source>appointments not kept within</source>
        <translation>次爽约（统计</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="111"/>
        <source>days: no bookings for</source>
        <translation>天内），停约</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="113"/>
        <source>days (0: never)</source>
        <translation>天（次数为 0 表示不限制）</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="115"/>
        <source>Save the rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="143"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="162"/>
        <source>Takes appointments</source>
        <translation>已开放预约</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="162"/>
        <source>Takes no appointments: set a plan and save it</source>
        <translation>未开放预约：设置时段后保存即开放</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="212"/>
        <source>Choose at least one weekday.</source>
        <translation>请至少选择一天。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="214"/>
        <source>Add at least one slot.</source>
        <translation>请至少添加一个时段。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="222"/>
        <source>Row %1: write the times as 09:00.</source>
        <translation>第 %1 行：时间请写成 09:00 的形式。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="224"/>
        <source>Row %1: the slot must end after it begins.</source>
        <translation>第 %1 行：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="226"/>
        <source>Row %1: a slot takes 1 to 500 people.</source>
        <translation>第 %1 行：每个时段名额为 1 到 500 人。</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentPlanPanel.cpp" line="232"/>
        <source>The slot at %1 overlaps the one before it.</source>
        <translation>%1 开始的时段与前一个时段重叠。</translation>
    </message>
</context>
<context>
    <name>ow::AppointmentService</name>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="63"/>
        <location filename="../core/sync/AppointmentService.cpp" line="222"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="107"/>
        <source>The plan is saved: the booking page and the desks offer it from now on.</source>
        <translation>预约计划已保存，预约页面和窗口即日起按此接受预约。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="117"/>
        <source>The queue takes no more appointments; those already booked stand.</source>
        <translation>该业务已停止预约，已有的预约仍然有效。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="135"/>
        <source>The no-show rule is saved.</source>
        <translation>爽约规则已保存。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="205"/>
        <source>That time has just been taken in full. Choose another time.</source>
        <translation>该时段刚刚约满，请选择其他时段。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="207"/>
        <source>This person already has an appointment for this queue on that day.</source>
        <translation>此人当天已预约该业务。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="209"/>
        <source>That time is no longer offered (it has begun or the plan changed). Choose another.</source>
        <translation>该时段已不可预约（已开始或预约计划已调整），请另选。</translation>
    </message>
    <message>
        <location filename="../core/sync/AppointmentService.cpp" line="211"/>
        <source>This person may not book until %1: appointments not kept, under the hall&apos;s rule.</source>
        <translation>按大厅的爽约规则，此人 %1 前不能预约。</translation>
    </message>
</context>
<context>
    <name>ow::AuditPage</name>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="57"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="58"/>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="59"/>
        <source>Added a person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="60"/>
        <source>Changed a person</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="61"/>
        <source>Disabled a person</source>
        <translation>停用人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="62"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="63"/>
        <source>Changed their own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="64"/>
        <source>Device enrolled</source>
        <translation>设备注册</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="65"/>
        <source>Made an enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="66"/>
        <source>Revoked a device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="67"/>
        <source>Added a queue</source>
        <translation>新增队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="68"/>
        <source>Changed a queue</source>
        <translation>修改队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="69"/>
        <source>Added a counter</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="70"/>
        <source>Changed a counter</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="71"/>
        <source>Set the hours</source>
        <translation>设置营业时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="72"/>
        <source>Loaded a catalog</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="73"/>
        <source>Set the rating policy</source>
        <translation>设置评价规则</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="74"/>
        <source>Rating given</source>
        <translation>群众评价</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="75"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="76"/>
        <source>Follow-up recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="77"/>
        <source>Fix recorded</source>
        <translation>记录整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="78"/>
        <source>Permit issued</source>
        <translation>签发证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="79"/>
        <source>Permit revoked</source>
        <translation>注销证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="80"/>
        <source>Personal data shown</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="85"/>
        <source>Case: %1</source>
        <translation>办件：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="87"/>
        <source>Number: %1</source>
        <translation>号票：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="95"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="98"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="106"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="112"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="114"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="118"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="121"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="126"/>
        <source>Audit record</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="128"/>
        <source>Older entries</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/AuditPage.cpp" line="141"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
</context>
<context>
    <name>ow::BookingPanel</name>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="28"/>
        <source>Booked</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="30"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="32"/>
        <source>Did not come</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="49"/>
        <source>Book a time for someone (预约登记)</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="54"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="68"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Queue</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="59"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="69"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="61"/>
        <source>Times with free places</source>
        <translation>可预约的时段</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="67"/>
        <source>11-digit mobile: the code is sent to it</source>
        <translation>11 位手机号，签到码会发到这个号码</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="70"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="71"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="72"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="73"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="75"/>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="90"/>
        <location filename="../app/appointments/BookingPanel.cpp" line="95"/>
        <source>Bookings of the day</source>
        <translation>当天的预约</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="94"/>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="109"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="113"/>
        <source>No queue of the hall takes appointments yet: the supervisor plans them.</source>
        <translation>大厅还没有开放预约的业务，需由负责人设置预约计划。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="124"/>
        <source>Check-in code &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3–%4. Tell it to the person: they check in with it at the kiosk from 30 minutes before; it is also sent to their phone.</source>
        <translation>签到码 &lt;b style=&quot;font-size:20pt&quot;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3–%4。请告知群众：预约时间前 30 分钟起凭签到码在取号机签到；签到码也会以短信发到其手机。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="150"/>
        <source>%1–%2 · %3 of %4 free</source>
        <translation>%1–%2 · 余 %3 / 共 %4</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="154"/>
        <source>%1–%2 · full</source>
        <translation>%1–%2 · 已约满</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="163"/>
        <source>No times are offered on this day.</source>
        <translation>这一天没有可预约的时段。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="208"/>
        <source>Choose a queue.</source>
        <translation>请选择业务类别。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="210"/>
        <source>Choose a time with free places.</source>
        <translation>请选择一个还有名额的时段。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="212"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="214"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>身份证号码不正确，请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../app/appointments/BookingPanel.cpp" line="216"/>
        <source>The phone number must be a mobile number of 11 digits.</source>
        <translation>请填写 11 位手机号码。</translation>
    </message>
</context>
<context>
    <name>ow::CallBoardWidget</name>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="55"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="215"/>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="114"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="209"/>
        <source>Counter %1 · appointment</source>
        <translation>%1号窗口 · 预约</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="115"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="209"/>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="118"/>
        <source>Please wait to be called</source>
        <translation>请等候叫号</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="125"/>
        <source>Missed: </source>
        <translation>过号：</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="129"/>
        <source>Missed: %1</source>
        <translation>过号：%1</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="133"/>
        <source>%1 %2</source>
        <translation>%1 %2 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallBoardWidget.cpp" line="135"/>
        <source>%n waiting (%1)</source>
        <translation>
            <numerusform>等候 %n 人（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="157"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="175"/>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="178"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="215"/>
        <source>Reconnecting to the server…</source>
        <translation>正在重新连接服务器…</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderBar</name>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="20"/>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="61"/>
        <source>ID card reader: not in use</source>
        <translation>身份证阅读器：未启用</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="64"/>
        <source>No ID card reader connected — the camera (F7) reads the card&apos;s number</source>
        <translation>未连接身份证阅读器 — 可用摄像头（F7）识读证件号码</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="68"/>
        <source>ID card reader ready: lay the card on the reader</source>
        <translation>身份证阅读器就绪：请将证件放在阅读器上</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="72"/>
        <source>ID card reader: %1</source>
        <translation>身份证阅读器：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="82"/>
        <source>valid for the long term</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="82"/>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="85"/>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="90"/>
        <source>born %1</source>
        <translation>出生 %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="91"/>
        <source>Read from the chip: %1</source>
        <translation>读自芯片：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="97"/>
        <source>The photo on the card&apos;s chip</source>
        <translation>证件芯片中的照片</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="99"/>
        <source>Photo needs the licensed decoder</source>
        <translation>照片需专用解码</translation>
    </message>
    <message>
        <location filename="../app/cases/CardReaderBar.cpp" line="100"/>
        <source>The chip&apos;s photo is kept with the case; showing it needs the licensed decoder.</source>
        <translation>芯片照片随办件保存；显示照片需要经授权的专用解码库。</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderService</name>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="44"/>
        <source>its region code is not in the list of divisions (GB/T 2260)</source>
        <translation>其地区代码不在行政区划代码表（GB/T 2260）中</translation>
    </message>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="46"/>
        <source>it does not pass the GB 11643 check</source>
        <translation>未通过 GB 11643 校验</translation>
    </message>
</context>
<context>
    <name>ow::CardReaderWorker</name>
    <message>
        <location filename="../core/services/CardReaderService.cpp" line="105"/>
        <source>Card read</source>
        <translation>已读卡</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="50"/>
        <source>material brought (后补)</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="51"/>
        <source>correction asked for (补正)</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="52"/>
        <source>correction received</source>
        <translation>补正已收到</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="53"/>
        <source>time limit paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="54"/>
        <source>time limit running again</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="55"/>
        <source>passed on (分办)</source>
        <translation>分办</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="56"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="57"/>
        <source>refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="58"/>
        <source>approved by rule (超时默认)</source>
        <translation>超时默认批准</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="59"/>
        <source>completed (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="60"/>
        <source>handed over (出件)</source>
        <translation>窗口出件</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="61"/>
        <source>posted (寄递)</source>
        <translation>寄递</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="62"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="72"/>
        <source>publicity (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="74"/>
        <source>expert review (专家评审)</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="76"/>
        <source>hearing (听证)</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="78"/>
        <source>inspection or testing (检验检测)</source>
        <translation>检验检测</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="84"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="85"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="86"/>
        <source>Notified (not accepted)</source>
        <translation>已一次性告知（未受理）</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="87"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="88"/>
        <source>In review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="89"/>
        <source>Waiting for supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="90"/>
        <source>Approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="91"/>
        <source>Denied</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="92"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="93"/>
        <source>In the post</source>
        <translation>寄递中</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="94"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="125"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="126"/>
        <source>⚠ Due soon</source>
        <translation>⚠ 即将到期</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="127"/>
        <source>✖ Overdue</source>
        <translation>✖ 已逾期</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="128"/>
        <source>✖ Waived material overdue</source>
        <translation>✖ 容缺材料逾期未补</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="139"/>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="146"/>
        <source>⇅ Waiting to upload</source>
        <translation>⇅ 待上传</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="146"/>
        <source>✔ Confirmed by the server</source>
        <translation>✔ 中心已确认</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="176"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="177"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="178"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="179"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="180"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="181"/>
        <source>Promised by</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="182"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="183"/>
        <source>Server</source>
        <translation>上传状态</translation>
    </message>
</context>
<context>
    <name>ow::CaseListPanel</name>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="199"/>
        <source>Case number, applicant name or whole ID number</source>
        <translation>办件编号、申请人姓名或完整身份证号码</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="200"/>
        <source>Find a case</source>
        <translation>查找办件</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="204"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="208"/>
        <source>Only overdue</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="217"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/CaseListPanel.cpp" line="257"/>
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="259"/>
        <source>The cases could not be read: %1</source>
        <translation>无法读取办件：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="269"/>
        <source>Approve now (即办件) (Ctrl+Shift+A)</source>
        <translation>即办审批通过 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="271"/>
        <source>Issue or reprint permit (Ctrl+Shift+P)</source>
        <translation>签发 / 补打证照 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="273"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="299"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="311"/>
        <source>Asking the hall&apos;s server to sign the permit…</source>
        <translation>正在请服务中心签发证照…</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="367"/>
        <source>Approved. The permit can be issued now (Ctrl+Shift+P).</source>
        <translation>已审批通过，现在可以签发证照 (Ctrl+Shift+P)。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="384"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="404"/>
        <source>None of this case&apos;s items issues a permit.</source>
        <translation>本办件的事项都不发放证照。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="427"/>
        <source>Permit %1</source>
        <translation>证照 %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="430"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="439"/>
        <source>Permit %1 issued. Check the preview, then print (Ctrl+P).</source>
        <translation>证照 %1 已签发。请核对预览后打印 (Ctrl+P)。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseListPanel.cpp" line="440"/>
        <source>Permit %1 was issued before; here it is to print again.</source>
        <translation>证照 %1 此前已签发，可在此补打。</translation>
    </message>
</context>
<context>
    <name>ow::CasePusher</name>
    <message>
        <location filename="../core/sync/CasePusher.cpp" line="62"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>无法识别服务器的答复（%1）。</translation>
    </message>
</context>
<context>
    <name>ow::CaseStepsBar</name>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="42"/>
        <source>Material brought later</source>
        <translation>容缺后补的材料</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="43"/>
        <source>Brought (后补) (Ctrl+Shift+S)</source>
        <translation>容缺后补 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="44"/>
        <source>Scan it… (Ctrl+Shift+F7)</source>
        <translation>扫描材料… (Ctrl+Shift+F7)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="45"/>
        <source>Scan the material brought; its pages go to the hall with the case.</source>
        <translation>扫描补交的材料；扫描页随办件上传到大厅。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="46"/>
        <source>Waived material</source>
        <translation>容缺材料</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="52"/>
        <source>Who receives the result</source>
        <translation>领取人姓名</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="54"/>
        <source>ID card checked</source>
        <translation>已核验身份证</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="55"/>
        <source>Hand over (出件) (Ctrl+Shift+H)</source>
        <translation>窗口出件 (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="53"/>
        <location filename="../app/cases/CaseStepsBar.cpp" line="56"/>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="62"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="66"/>
        <source>Waybill number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="68"/>
        <source>Post (寄递) (Ctrl+Shift+M)</source>
        <translation>寄递 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="69"/>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="73"/>
        <source>Delivered (妥投) (Ctrl+Shift+D)</source>
        <translation>已妥投 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="74"/>
        <source>The post confirmed that the posted result arrived.</source>
        <translation>邮政已确认寄递的结果送达。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="75"/>
        <source>Print the correction notice (补正通知书) (Ctrl+Shift+N)</source>
        <translation>打印补正通知书 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="134"/>
        <source>%1 (by %2)</source>
        <translation>%1（%2 前补交）</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="138"/>
        <source>with %1</source>
        <translation>已分办至 %1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="141"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="143"/>
        <source>waiting for a correction: %1</source>
        <translation>等待补正：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="147"/>
        <source>After intake: %1</source>
        <translation>受理后：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="208"/>
        <source>The correction notice is kept as %1.</source>
        <translation>补正通知书已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="225"/>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="228"/>
        <source>The material is recorded as brought (容缺后补); it goes to the hall with the case.</source>
        <translation>已记录材料补交（容缺后补），随办件上传到大厅。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/CaseStepsBar.cpp" line="229"/>
        <source>The material is recorded as brought with %n scanned page(s); they go to the hall with the case.</source>
        <translation>
            <numerusform>已记录材料补交，附扫描件 %n 页，随办件上传到大厅。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="257"/>
        <source>The scan could not be kept on this computer: %1</source>
        <translation>扫描件无法保存在本机：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="264"/>
        <source>Scan the material brought: %1</source>
        <translation>扫描补交材料：%1</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="281"/>
        <source>Write who receives the result.</source>
        <translation>请填写领取人。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="286"/>
        <source>Check the recipient&apos;s ID card first (lay it on the reader or look at it), then tick the box.</source>
        <translation>请先核验领取人身份证（放到读卡器上或人工核对），再勾选“已核验身份证”。</translation>
    </message>
    <message>
        <location filename="../app/cases/CaseStepsBar.cpp" line="297"/>
        <source>A result by post needs the recipient, the address and the waybill number.</source>
        <translation>邮寄须填写收件人、邮寄地址和快递单号。</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkPanel</name>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="27"/>
        <source>brought</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="28"/>
        <source>to be brought later (容缺)</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="29"/>
        <source>commitment (告知承诺)</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="30"/>
        <source>fetched by the department (免提交)</source>
        <translation>数据共享免提交</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="31"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="43"/>
        <source>Promised by</source>
        <translation>承诺办结日</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="43"/>
        <source>Passed to</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="48"/>
        <source>Cases passed to you for a decision</source>
        <translation>分办给您审批的办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="48"/>
        <source>The hall&apos;s open cases</source>
        <translation>本中心在办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="52"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="59"/>
        <source>Cases to review</source>
        <translation>待审批的办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="80"/>
        <source>Materials a correction asks for</source>
        <translation>需补正的材料</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="82"/>
        <source>A correction asks for (tick):</source>
        <translation>需补正的材料（勾选）：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="87"/>
        <source>Reason: said to the applicant on a refusal or a correction</source>
        <translation>理由：不予批准或要求补正时告知申请人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="88"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="91"/>
        <source>User name of the approver</source>
        <translation>审批人用户名</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="93"/>
        <source>Department that decides</source>
        <translation>审批部门</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="95"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="96"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="105"/>
        <source>What stops the time limit</source>
        <translation>暂停计时的事由</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="106"/>
        <source>none for this item</source>
        <translation>本事项无</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="107"/>
        <source>Pause the time limit</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="108"/>
        <source>公示, 专家评审, 听证 or 检验检测 do not count in the time limit where the item says so; write the reason first</source>
        <translation>事项规定的公示、专家评审、听证或检验检测时间不计入办理时限；请先填写事由</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="110"/>
        <source>Time limit runs again</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="111"/>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="117"/>
        <source>Approve (Ctrl+Return)</source>
        <translation>批准 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="119"/>
        <source>Refuse</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="120"/>
        <source>Ask for a correction (补正)</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="121"/>
        <source>Correction received</source>
        <translation>补正已收到</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="122"/>
        <source>Pass on (分办)</source>
        <translation>分办</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="180"/>
        <source>stopped (补正)</source>
        <translation>补正中（暂停计时）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="181"/>
        <source>stopped: %1</source>
        <translation>暂停：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="182"/>
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="183"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="229"/>
        <source>No cases wait for you.</source>
        <translation>暂无待您审批的办件。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="229"/>
        <source>Choose a case in the list.</source>
        <translation>请在列表中选择办件。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, accepted %3, promised by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2，%3 受理，承诺 %4 前办结</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="237"/>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="240"/>
        <source>%1: %2 (%n scan(s))</source>
        <translation>
            <numerusform>%1：%2（%n 份扫描件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="247"/>
        <source>Materials: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="249"/>
        <source>&lt;b&gt;Waiting for a correction&lt;/b&gt; since %1: %2</source>
        <translation>&lt;b&gt;等待补正&lt;/b&gt;（%1 起）：%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="253"/>
        <source>&lt;b&gt;Time limit paused&lt;/b&gt; since %1 for %2: %3</source>
        <translation>&lt;b&gt;暂停计时&lt;/b&gt;：自 %1 起因%2：%3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="258"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="262"/>
        <source>History: %1</source>
        <translation>办理过程：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="276"/>
        <source>Write the reason for the refusal first: the applicant is told it.</source>
        <translation>请先填写不予批准的理由，将告知申请人。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="292"/>
        <source>Tick the materials to correct and write why: the notice tells the applicant.</source>
        <translation>请勾选需补正的材料并填写理由，补正通知将告知申请人。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="312"/>
        <source>Write why the time limit pauses (for example 公示七日): the applicant sees it.</source>
        <translation>请填写暂停计时的事由（如“公示七日”），申请人可以看到。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/CaseWorkPanel.cpp" line="334"/>
        <source>Name the approver or the department the case goes to.</source>
        <translation>请填写分办的审批人或部门。</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkService</name>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="59"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>无法识别服务器的答复（%1）。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="108"/>
        <source>The material was recorded as brought (容缺后补).</source>
        <translation>已登记容缺后补材料。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="114"/>
        <source>The applicant is asked for a correction (补正); the time limit stands still until it comes.</source>
        <translation>已通知申请人补正；补正期间暂停计时。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="119"/>
        <source>The correction is in; the promised date moved by the days it took.</source>
        <translation>补正材料已收到，承诺办结日已相应顺延。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="125"/>
        <source>The time limit stands still until it is started again; the applicant sees why.</source>
        <translation>已暂停计时，恢复前不计入时限；申请人可看到事由。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="130"/>
        <source>The time limit runs again; the promised date moved by the days it stood still.</source>
        <translation>已恢复计时；承诺办结日期已按暂停的工作日顺延。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="136"/>
        <source>The case was passed on (后台分办).</source>
        <translation>办件已分办。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="141"/>
        <source>The case is approved.</source>
        <translation>办件已批准。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="141"/>
        <source>The case is refused.</source>
        <translation>办件不予批准。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="146"/>
        <source>The case is completed (办结).</source>
        <translation>办件已办结。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="154"/>
        <source>The result was handed over (出件).</source>
        <translation>办理结果已出件。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="164"/>
        <source>The result is in the post (寄递).</source>
        <translation>办理结果已寄出。</translation>
    </message>
    <message>
        <location filename="../core/sync/CaseWorkService.cpp" line="168"/>
        <source>The post delivered the result.</source>
        <translation>办理结果已送达。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogPage</name>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="20"/>
        <source>The service catalog (事项目录) says which items the counters take in, with their materials, time limits and forms. A new one is checked whole: with any problem it is refused and the current one stays. Its &quot;version&quot; must be higher than the current one&apos;s.</source>
        <translation>事项目录规定窗口受理哪些事项及其材料、时限和表单。新目录整体校验：有任何问题即被拒绝，当前目录保持不变。新目录的“version”必须高于当前版本。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="27"/>
        <source>Load a catalog file…</source>
        <translation>导入事项目录文件…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="38"/>
        <source>Problems of the refused catalog</source>
        <translation>被拒目录的问题</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="44"/>
        <source>Catalog version %1 is current. Counters and stations take it at their next sync.</source>
        <translation>事项目录第 %1 版已生效，窗口和代办站下次同步时更新。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="49"/>
        <source>The catalog was refused: %n problem(s), each with where it is in the file. The current catalog stays.</source>
        <translation>
            <numerusform>目录被拒绝：共 %n 个问题，每个都注明了在文件中的位置。当前目录保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="58"/>
        <source>The file %1 cannot be read, or is larger than 16 MiB.</source>
        <translation>无法读取文件 %1，或文件超过 16 MiB。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="62"/>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="69"/>
        <source>Service catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/CatalogPage.cpp" line="69"/>
        <source>Catalog (*.json);;All files (*)</source>
        <translation>事项目录 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ow::CatalogSource</name>
    <message>
        <location filename="../core/services/CatalogSource.cpp" line="70"/>
        <source>The catalog from the server could not be read (%1); the copy on this computer stays in use.</source>
        <translation>服务器下发的事项目录无法读取（%1），继续使用本机已有目录。</translation>
    </message>
</context>
<context>
    <name>ow::ClerkVisitsPanel</name>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="22"/>
        <source>My home visits (预约上门)</source>
        <translation>我的上门服务</translation>
    </message>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="26"/>
        <source>Mark done…</source>
        <translation>标记已上门…</translation>
    </message>
    <message>
        <location filename="../app/appointments/ClerkVisitsPanel.cpp" line="30"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>ow::CounterScreenWindow</name>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="35"/>
        <source>OneWindow — screen of counter %1</source>
        <translation>一窗通 — %1 号窗口屏</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="63"/>
        <source>● Reconnecting to the hall</source>
        <translation>● 正在重新连接大厅</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="83"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="84"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="99"/>
        <source>Not in service</source>
        <translation>未启用</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="111"/>
        <source>Closed today</source>
        <translation>今日不开放</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="114"/>
        <source>Please wait a moment</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="115"/>
        <source>Service paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="118"/>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="118"/>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="121"/>
        <source>Waiting for the next number</source>
        <translation>等待叫号</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="123"/>
        <source>No one on duty</source>
        <translation>暂无工作人员</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="137"/>
        <source>Clerk on duty: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <location filename="../app/display/CounterScreenWindow.cpp" line="139"/>
        <source>Staff number %1</source>
        <translation>工号 %1</translation>
    </message>
</context>
<context>
    <name>ow::CounterService</name>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="77"/>
        <source>The server&apos;s answer could not be read; the next update of the hall shows the counter.</source>
        <translation>无法读取服务器的答复；大厅下次更新时会显示本窗口的状态。</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="98"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候人员。</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="109"/>
        <source>There is no current ticket. Press F1 to call the next number.</source>
        <translation>当前没有号码，请按 F1 呼叫下一位。</translation>
    </message>
</context>
<context>
    <name>ow::CounterWindow</name>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="65"/>
        <source>OneWindow — counter %1</source>
        <translation>一窗通 — %1号窗口</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="74"/>
        <source>Counter %1 · %2</source>
        <translation>%1号窗口 · %2</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="82"/>
        <source>Current ticket</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="98"/>
        <source>Call next (F1)</source>
        <translation>呼叫下一位 (F1)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="99"/>
        <source>Recall (F2)</source>
        <translation>重呼 (F2)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="100"/>
        <source>No-show (F3)</source>
        <translation>过号 (F3)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="101"/>
        <source>Transfer (F4)</source>
        <translation>转移 (F4)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="102"/>
        <source>Start (F5)</source>
        <translation>开始办理 (F5)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="103"/>
        <source>Finish (F6)</source>
        <translation>办结 (F6)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="104"/>
        <location filename="../app/counter/CounterWindow.cpp" line="324"/>
        <source>Pause service (F11)</source>
        <translation>暂停服务 (F11)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="114"/>
        <source>Waiting</source>
        <translation>等候情况</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="151"/>
        <source>Application (Ctrl+1)</source>
        <translation>受理 (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="152"/>
        <source>Cases (Ctrl+2)</source>
        <translation>办件查询 (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="153"/>
        <source>Check a permit (Ctrl+3)</source>
        <translation>证照查验 (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="154"/>
        <source>Appointments (Ctrl+4)</source>
        <translation>预约登记（Ctrl+4）</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="155"/>
        <source>Home visits (Ctrl+5)</source>
        <translation>上门服务（Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="191"/>
        <source>Clerk: %1</source>
        <translation>窗口人员：%1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="192"/>
        <source>Logged in as %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="194"/>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="224"/>
        <source>● Connected to the server</source>
        <translation>● 已连接服务器</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="224"/>
        <source>● Not connected — reconnecting</source>
        <translation>● 未连接 — 正在重连</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="292"/>
        <source>In service</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="292"/>
        <source>Called — waiting for the citizen</source>
        <translation>已呼叫 — 等待群众到窗口</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="299"/>
        <source>Green card priority</source>
        <translation>服务绿卡优先</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="300"/>
        <source>Elderly priority</source>
        <translation>老年人优先</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="301"/>
        <source>Disability priority</source>
        <translation>残疾人优先</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="302"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="306"/>
        <source>Taken at %1 · recalled %2 times</source>
        <translation>取号时间 %1 · 已重呼 %2 次</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="310"/>
        <source>Real-name number: %1</source>
        <translation>实名取号：%1</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="313"/>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="314"/>
        <source>Service paused since %1</source>
        <translation>自 %1 起暂停服务</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="317"/>
        <source>The counter&apos;s screen and pad say so. Press F11 to resume.</source>
        <translation>窗口屏和评价器上同时显示暂停。按 F11 恢复服务。</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="320"/>
        <source>No ticket at this counter</source>
        <translation>本窗口当前无号码</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="321"/>
        <source>Press F1 to call the next number.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="324"/>
        <source>Resume service (F11)</source>
        <translation>恢复服务 (F11)</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="325"/>
        <source>The counter is paused and calls nobody</source>
        <translation>本窗口已暂停服务，不叫号</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="326"/>
        <source>Pause: the counter calls nobody until resumed</source>
        <translation>暂停：恢复服务前本窗口不叫号</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="348"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/counter/CounterWindow.cpp" line="361"/>
        <source>%1 %2 — %n waiting</source>
        <translation>
            <numerusform>%1 %2 — 等候 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/counter/CounterWindow.cpp" line="366"/>
        <source>In all: %n waiting</source>
        <translation>
            <numerusform>合计等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="380"/>
        <source>To queue %1 %2</source>
        <translation>转至 %1 %2 队列</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="388"/>
        <source>To counter %1</source>
        <translation>转至%1号窗口</translation>
    </message>
    <message>
        <location filename="../app/counter/CounterWindow.cpp" line="190"/>
        <source>✔ All cases uploaded</source>
        <translation>✔ 办件已全部上传</translation>
    </message>
</context>
<context>
    <name>ow::DashboardPanel</name>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="128"/>
        <source>The hall&apos;s day</source>
        <translation>大厅当日概况</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="136"/>
        <source>Day shown</source>
        <translation>查看的日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="143"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="146"/>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="152"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="158"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="428"/>
        <source>Numbers taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="159"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="160"/>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="161"/>
        <source>9 in 10 waited at most</source>
        <translation>九成群众等候不超过</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="162"/>
        <source>Cases accepted</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="163"/>
        <source>Cases overdue</source>
        <translation>逾期办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="164"/>
        <source>Completed (on time)</source>
        <translation>办结（按时）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="165"/>
        <source>Rating rate</source>
        <translation>参评率</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="166"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="167"/>
        <source>Open rectifications</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="186"/>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="189"/>
        <source>Export table (CSV)</source>
        <translation>导出表格 (CSV)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="191"/>
        <source>Daily report (PDF)</source>
        <translation>每日统计报告 (PDF)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="479"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Queue</source>
        <translation>排队类别</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="201"/>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By counter</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By staff</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By queue</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="202"/>
        <source>By service item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="229"/>
        <source>Appointments of the day</source>
        <translation>当天的预约</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="230"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="239"/>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="249"/>
        <source>%1 %2.csv</source>
        <translation>%1 %2.csv</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="250"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="258"/>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="289"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="258"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="265"/>
        <source>Daily report %1.pdf</source>
        <translation>每日统计 %1.pdf</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="282"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Taken at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="307"/>
        <source>Called at</source>
        <translation>叫号时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Service</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="308"/>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="319"/>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="319"/>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="320"/>
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="320"/>
        <source>served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="321"/>
        <source>no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="321"/>
        <source>transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="339"/>
        <source>Counter %1 — %2</source>
        <translation>%1 号窗口 — %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="380"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="390"/>
        <source>Home visits: %1 planned for the day, %2 done; %3 requests to schedule.</source>
        <translation>上门服务：当天安排 %1 次，已上门 %2 次；待安排 %3 条。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="402"/>
        <source>No opening hours are set: the kiosk gives numbers at any time.</source>
        <translation>未设置营业时间：自助终端随时可以取号。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="404"/>
        <source>The hall was closed this day. Numbers given at a window: %1.</source>
        <translation>当日闭厅。窗口人员取号 %1 个。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="406"/>
        <source>Open %1–%2</source>
        <translation>营业时间 %1–%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="408"/>
        <source>, lunch %1–%2</source>
        <translation>，午休 %1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/DashboardPanel.cpp" line="410"/>
        <source>, extended service (延时服务) to %1: %n number(s)</source>
        <translation>
            <numerusform>，延时服务至 %1：取号 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="412"/>
        <source>. Numbers given outside the hours at a window: %1.</source>
        <translation>。营业时间外由窗口取号 %1 个。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="431"/>
        <source>Waiting at the hour&apos;s end</source>
        <translation>整点时仍在等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="445"/>
        <source>Arrivals and waiting by hour</source>
        <translation>各时段取号与等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="446"/>
        <source>Hour of the day</source>
        <translation>时</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="461"/>
        <source>Average service (minutes)</source>
        <translation>平均办理时长（分钟）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="461"/>
        <source>Average service (seconds)</source>
        <translation>平均办理时长（秒）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="476"/>
        <source>Average service time by counter (seconds)</source>
        <translation>各窗口平均办理时长（秒）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="477"/>
        <source>Average service time by counter (minutes)</source>
        <translation>各窗口平均办理时长（分钟）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="487"/>
        <source>Good</source>
        <translation>好评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="488"/>
        <source>Fair</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="489"/>
        <source>Bad</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="502"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="503"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DashboardPanel.cpp" line="508"/>
        <source>Ratings by level</source>
        <translation>评价分布</translation>
    </message>
</context>
<context>
    <name>ow::DayFiguresModel</name>
    <message numerus="yes">
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="69"/>
        <source>%1 (%n×)</source>
        <translation>
            <numerusform>%1（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="79"/>
        <source>Numbers</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="80"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="81"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="82"/>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="83"/>
        <source>Wait (avg)</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="84"/>
        <source>Wait (90%)</source>
        <translation>九成等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="85"/>
        <source>Service (avg)</source>
        <translation>平均办理</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="86"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="87"/>
        <source>One-time notices</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="88"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="89"/>
        <source>Rating rate</source>
        <translation>参评率</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="90"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="91"/>
        <source>Open rectifications</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="92"/>
        <source>Paused</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/DayFiguresModel.cpp" line="112"/>
        <source>%1 (%2 late)</source>
        <translation>%1（逾期 %2）</translation>
    </message>
</context>
<context>
    <name>ow::DevicesPage</name>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="70"/>
        <source>Counter computer (窗口)</source>
        <translation>窗口电脑</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="72"/>
        <source>Rating pad (评价器)</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="74"/>
        <source>Kiosk (自助终端)</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="76"/>
        <source>Call display (叫号屏)</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="78"/>
        <source>Agency station (代办站)</source>
        <translation>代办站</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="80"/>
        <source>Supervisor computer (督查)</source>
        <translation>督查电脑</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="163"/>
        <source>Enrolled</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="90"/>
        <source>Id</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="94"/>
        <source>New device:</source>
        <translation>新设备：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="97"/>
        <source>Kind of the new device</source>
        <translation>新设备类型</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="101"/>
        <source>counter</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="105"/>
        <source>Counter of the new device</source>
        <translation>新设备所属窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="109"/>
        <source>Make an enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="128"/>
        <source>Enrolled devices</source>
        <translation>已注册设备</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="131"/>
        <source>Revoke the selected device…</source>
        <translation>吊销选中的设备…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="134"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="162"/>
        <source>not yet</source>
        <translation>尚未在线</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="163"/>
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="193"/>
        <source>Revoke device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="194"/>
        <source>Revoke &quot;%1&quot;? It stops working at once, whoever is logged in on it, and its screens close. To use it again it must be enrolled anew with a new code.</source>
        <translation>确定吊销“%1”？该设备立即失效，在其上登录的人员随即退出，画面关闭。要再次使用，须用新注册码重新注册。</translation>
    </message>
</context>
<context>
    <name>ow::DisplayWindow</name>
    <message>
        <location filename="../app/display/DisplayWindow.cpp" line="24"/>
        <source>OneWindow — call board</source>
        <translation>一窗通 — 叫号屏</translation>
    </message>
</context>
<context>
    <name>ow::DocumentPreview</name>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="76"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="95"/>
        <source>No printer is set up on this computer. The documents are kept as PDF; print them from there.</source>
        <translation>本机未设置打印机。文书已保存为 PDF，可从 PDF 打印。</translation>
    </message>
    <message>
        <location filename="../widgets/DocumentPreview.cpp" line="107"/>
        <source>The printer %1 reported an error while printing %2.</source>
        <translation>打印机 %1 在打印%2时出错。</translation>
    </message>
</context>
<context>
    <name>ow::EnrollCodeDialog</name>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="35"/>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="37"/>
        <source>Code for a new device</source>
        <translation>新设备注册码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="40"/>
        <source>The enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="51"/>
        <source>The enrollment code as a QR code, with this server&apos;s address</source>
        <translation>注册码二维码（含服务器地址）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="55"/>
        <source>On the new device, start OneWindow and scan this code with its camera or barcode reader, or type the code and the server %1. It works once, until %2.</source>
        <translation>在新设备上启动一窗通，用摄像头或扫码枪扫描此二维码，或手工输入注册码和服务器地址 %1。注册码只能使用一次，%2 前有效。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/DevicesPage.cpp" line="61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ow::FormView</name>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="129"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="165"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="166"/>
        <source>18 characters, last may be X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="167"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="168"/>
        <source>mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="181"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="203"/>
        <location filename="../forms/ui/FormView.cpp" line="403"/>
        <source>Nothing attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="204"/>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="208"/>
        <source>Attach a scanned document</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="209"/>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="213"/>
        <source>Files cannot be kept on this computer</source>
        <translation>本机无法保存文件</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="220"/>
        <source>Could not keep %1: %2</source>
        <translation>未能保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="223"/>
        <source>%1 attached</source>
        <translation>已附 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="239"/>
        <source>%1 (at least one)</source>
        <translation>%1（至少一项）</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="244"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="273"/>
        <source>No. %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="274"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="404"/>
        <source>Attached (%1…)</source>
        <translation>已附（%1…）</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="497"/>
        <source>%1 is required</source>
        <translation>请填写%1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="498"/>
        <source>Not a valid value</source>
        <translation>填写内容无效</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="500"/>
        <source>Does not have the expected form</source>
        <translation>格式不正确</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="501"/>
        <source>Does not have the expected form (%1)</source>
        <translation>格式不正确（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="502"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="503"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="504"/>
        <source>Enter a number, e.g. 100 or 12.5</source>
        <translation>请输入数字，如 100 或 12.5</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="505"/>
        <source>Must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="506"/>
        <source>Must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="507"/>
        <source>Enter a date like 2026-11-27</source>
        <translation>请按 2026-11-27 的格式输入日期</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="508"/>
        <source>Must not be before %1</source>
        <translation>不能早于 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="509"/>
        <source>Must not be after %1</source>
        <translation>不能晚于 %1</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="510"/>
        <source>Not one of the choices</source>
        <translation>不是可选项</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="511"/>
        <source>At least %n entr(y/ies)</source>
        <translation>
            <numerusform>至少 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/FormView.cpp" line="512"/>
        <source>At most %n entr(y/ies)</source>
        <translation>
            <numerusform>最多 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="513"/>
        <source>Not a valid resident ID number: check the digits and the last character</source>
        <translation>公民身份号码有误：请核对各位数字及最后一位校验码</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="514"/>
        <source>Enter an 11-digit mobile number or a landline with its area code</source>
        <translation>请输入 11 位手机号或带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="515"/>
        <source>Not a valid unified social credit code: check the 18 characters</source>
        <translation>统一社会信用代码有误：请核对 18 位代码</translation>
    </message>
    <message>
        <location filename="../forms/ui/FormView.cpp" line="516"/>
        <source>The attachment is not valid; attach it again</source>
        <translation>附件无效，请重新附加</translation>
    </message>
</context>
<context>
    <name>ow::HallPage</name>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="20"/>
        <source>What the hall&apos;s papers and screens say of it. The county names the departments on the permits the hall issues; the telephones stand at the foot of every paper; the prefix begins each paper&apos;s number; the notice runs along the bottom of the call boards.</source>
        <translation>大厅的文书和屏幕上显示的本厅信息。所在区县决定本厅签发证照上的发证机关名称；电话印在每份文书底部；机关代字用于文书的文号；公告显示在叫号屏底部。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="33"/>
        <source>County (GB/T 2260 code)</source>
        <translation>所在区县（行政区划代码）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="36"/>
        <source>e.g. 510113</source>
        <translation>如 510113</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="40"/>
        <source>Enquiries telephone (咨询电话)</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="41"/>
        <source>Complaints telephone (监督电话)</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="43"/>
        <source>Prefix of the papers&apos; numbers (机关代字)</source>
        <translation>文号机关代字</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="44"/>
        <source>e.g. 青政服</source>
        <translation>如 青政服</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="45"/>
        <source>Call board notice</source>
        <translation>叫号屏公告</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="54"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="83"/>
        <source>No county: departments are printed as the catalog writes them.</source>
        <translation>未设置区县：发证机关按事项目录原样印出。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="84"/>
        <source>No division has this code.</source>
        <translation>没有这个行政区划代码。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="92"/>
        <source>A business licence is issued by: %1</source>
        <translation>营业执照的发证机关：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="95"/>
        <source>An acceptance receipt&apos;s number: %1</source>
        <translation>受理通知书的文号：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HallPage.cpp" line="96"/>
        <source>none (no prefix)</source>
        <translation>无（未设机关代字）</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitList</name>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Where</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Visit on</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="40"/>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="42"/>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="66"/>
        <source>To schedule</source>
        <translation>待安排</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="68"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="70"/>
        <source>Done</source>
        <translation>已上门</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="72"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="78"/>
        <source>Aged 80 or over</source>
        <translation>80 岁以上</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="80"/>
        <source>Severely disabled</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="81"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="99"/>
        <source>Home visit done</source>
        <translation>已上门</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="99"/>
        <source>What was done at the visit?</source>
        <translation>上门办理的结果？</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="109"/>
        <source>Cancel the home visit</source>
        <translation>取消上门服务</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="148"/>
        <source>No home visit here yet.</source>
        <translation>还没有上门服务申请。</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="152"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), phone %3 — %4&lt;br&gt;Service: %5. Why: %6%7&lt;br&gt;Asked by %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），电话 %3 — %4&lt;br&gt;事项：%5。原因：%6%7&lt;br&gt;申请人：%8。</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="157"/>
        <source>&lt;br&gt;%1 goes on %2.</source>
        <translation>&lt;br&gt;%1 于 %2 上门。</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="159"/>
        <source>&lt;br&gt;Cancelled: %1</source>
        <translation>&lt;br&gt;已取消：%1</translation>
    </message>
    <message>
        <location filename="../app/appointments/HomeVisitList.cpp" line="159"/>
        <source>&lt;br&gt;Outcome: %1</source>
        <translation>&lt;br&gt;办理结果：%1</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitRequestPanel</name>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="39"/>
        <source>Ask the hall to come (预约上门)</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="42"/>
        <source>For villagers who cannot come to the hall: aged 80 or over, or severely disabled. The hall sends a clerk and tells the villager the day by text message.</source>
        <translation>为来不了大厅的群众申请：80 岁以上老人、重度残疾人等。大厅派工作人员上门，并以短信告知上门日期。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="52"/>
        <source>11-digit mobile: the clerk calls before coming</source>
        <translation>11 位手机号，工作人员上门前会打电话</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="54"/>
        <source>Village, group, house number</source>
        <translation>村、组、门牌号</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="59"/>
        <source>What the clerk should know (bedridden, hard of hearing, best time…)</source>
        <translation>需要工作人员知道的情况（卧床、听力不好、方便的时间…）</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="71"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="72"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="73"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="74"/>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="75"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="76"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="78"/>
        <source>Send to the hall</source>
        <translation>发送到大厅</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="89"/>
        <source>Requests from this station</source>
        <translation>本站的申请</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="93"/>
        <source>Cancel request…</source>
        <translation>取消申请…</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="96"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="147"/>
        <source>Enter the villager&apos;s name.</source>
        <translation>请填写群众姓名。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="149"/>
        <source>The ID number is not valid: check it against the card.</source>
        <translation>身份证号码不正确，请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="151"/>
        <source>Enter a mobile number of 11 digits: the clerk calls before coming.</source>
        <translation>请填写 11 位手机号，工作人员上门前会打电话。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="153"/>
        <source>Enter where the villager lives.</source>
        <translation>请填写住址。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="155"/>
        <source>Choose or type the service to be done.</source>
        <translation>请选择或填写要办理的事项。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="157"/>
        <source>Say in the note why the villager cannot come.</source>
        <translation>请在备注中写明不能到大厅的原因。</translation>
    </message>
    <message>
        <location filename="../app/station/HomeVisitRequestPanel.cpp" line="181"/>
        <source>Why is the visit no longer needed?</source>
        <translation>为什么不再需要上门？</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitService</name>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="73"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="90"/>
        <source>That date has passed: choose today or a later day.</source>
        <translation>该日期已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="92"/>
        <source>Only a clerk of the hall can be sent.</source>
        <translation>只能派大厅的窗口工作人员。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="94"/>
        <source>This visit has moved on meanwhile; the list has been refreshed.</source>
        <translation>这条申请的状态已经变了，列表已刷新。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="96"/>
        <source>Not sent: the hall cannot be reached. What you entered is kept; send it again when the connection is back.</source>
        <translation>未发出：连不上大厅。填写的内容已保留，网络恢复后请再发送一次。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="112"/>
        <source>The request has been sent to the hall. Its supervisor will send a clerk and the villager gets a text message with the date.</source>
        <translation>申请已发送到大厅。负责人安排工作人员后，群众会收到告知上门日期的短信。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="120"/>
        <source>Scheduled. The person is told the date by text message.</source>
        <translation>已安排，群众会收到告知上门日期的短信。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="125"/>
        <source>The visit is recorded as done.</source>
        <translation>已记录为已上门。</translation>
    </message>
    <message>
        <location filename="../core/sync/HomeVisitService.cpp" line="130"/>
        <source>The visit has been cancelled.</source>
        <translation>上门服务已取消。</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitsPanel</name>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="27"/>
        <source>Home visits (预约上门)</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="32"/>
        <source>Which visits</source>
        <translation>显示哪些</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="33"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="37"/>
        <source>Visits on</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="42"/>
        <source>Day of the visits</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="44"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="53"/>
        <source>Send</source>
        <translation>派</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="55"/>
        <source>Clerk to send</source>
        <translation>派哪位工作人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="58"/>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="63"/>
        <source>Day of the visit</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="65"/>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="71"/>
        <source>Mark done…</source>
        <translation>标记已上门…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="74"/>
        <source>Cancel visit…</source>
        <translation>取消上门…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/HomeVisitsPanel.cpp" line="131"/>
        <source>Why is the visit cancelled?</source>
        <translation>取消的原因？</translation>
    </message>
</context>
<context>
    <name>ow::HoursPage</name>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="39"/>
        <source>, lunch %1–%2</source>
        <translation>，午休 %1–%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="42"/>
        <source>, extended to %1</source>
        <translation>，延时服务至 %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="52"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="59"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="140"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="61"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="62"/>
        <source>Extended (延时服务)</source>
        <translation>延时服务</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="63"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="66"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="67"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="74"/>
        <source>%1 open</source>
        <translation>%1开放</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="75"/>
        <source>%1 opens</source>
        <translation>%1上班时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="76"/>
        <source>%1 closes</source>
        <translation>%1下班时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="78"/>
        <source>%1 lunch break</source>
        <translation>%1午休</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="79"/>
        <source>%1 lunch from</source>
        <translation>%1午休开始</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="80"/>
        <source>%1 lunch to</source>
        <translation>%1午休结束</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="82"/>
        <source>%1 extended service</source>
        <translation>%1延时服务</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="83"/>
        <source>%1 extended until</source>
        <translation>%1延时服务至</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="103"/>
        <source>Dates that differ (holidays, swapped working days)</source>
        <translation>特殊日期（节假日、调休上班）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="107"/>
        <source>Calendar of the dates that differ</source>
        <translation>特殊日期日历</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="113"/>
        <source>Dates that differ</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="120"/>
        <source>Closed on the selected date…</source>
        <translation>选中日期闭厅…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="122"/>
        <source>Open on the selected date…</source>
        <translation>选中日期开放…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="123"/>
        <source>As its weekday</source>
        <translation>按平常星期安排</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="130"/>
        <source>Note (shown on the kiosk)</source>
        <translation>说明（在自助终端显示）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="134"/>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="222"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="134"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="140"/>
        <source>Swapped working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="147"/>
        <source>Save the hours</source>
        <translation>保存营业时间</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="189"/>
        <source>The kiosk gives numbers in these hours only; a clerk may still give one at the window.</source>
        <translation>自助终端只在以下时间取号；窗口人员仍可在窗口为群众取号。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/HoursPage.cpp" line="195"/>
        <source>No hours are set: the kiosk gives numbers at any time. Below is a working week to start from; it holds once saved.</source>
        <translation>尚未设置营业时间：自助终端随时可以取号。下面是一个常规工作周供参考，保存后生效。</translation>
    </message>
</context>
<context>
    <name>ow::IntakePanel</name>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="65"/>
        <source>Service &amp;item:</source>
        <translation>办理事项(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="90"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="93"/>
        <source>All received (Ctrl+M)</source>
        <translation>材料全部收取 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="95"/>
        <source>Scan (F7)</source>
        <translation>扫描 (F7)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="118"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>受理 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="121"/>
        <source>One-time notice (Ctrl+G)</source>
        <translation>一次性告知 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="126"/>
        <location filename="../app/cases/IntakePanel.cpp" line="127"/>
        <source>Legal reason for a refusal</source>
        <translation>不予受理的法定理由</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="130"/>
        <source>The application is not within this office&apos;s competence; apply to the competent office.</source>
        <translation>申请事项不属于本机关职权范围，请向有关行政机关申请。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="131"/>
        <source>The applicant is not entitled to apply for this item.</source>
        <translation>申请人不具备该事项的申请资格。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="132"/>
        <source>The matter does not require an administrative permit.</source>
        <translation>申请事项依法不需要取得行政许可。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="134"/>
        <source>Refuse (Ctrl+R)</source>
        <translation>不予受理 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="136"/>
        <source>The villager agrees that the agent applies on their behalf (代办授权)</source>
        <translation>村民同意由代办员代为申请（代办授权）</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="165"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="167"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>另存为 PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="168"/>
        <source>Next application (Ctrl+N)</source>
        <translation>下一件 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="182"/>
        <source>Back to the application (Esc)</source>
        <translation>返回申请表 (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="201"/>
        <source>Sent %n document(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 份文书发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="237"/>
        <source>No service catalog on this computer yet</source>
        <translation>本机尚无事项目录</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="239"/>
        <source>The service catalog has not been downloaded yet. Connect to the server once; after that intake works offline too.</source>
        <translation>事项目录尚未下载。请先连接一次服务器，此后断网也可受理。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="247"/>
        <source>[One matter] %1 (%n item(s))</source>
        <translation>
            <numerusform>【一件事】%1（%n 个事项）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="322"/>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="325"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="325"/>
        <source>days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="327"/>
        <source>Promised time — %1</source>
        <translation>承诺时限 — %1</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="353"/>
        <source>✔ Form complete</source>
        <translation>✔ 表单已填写完整</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="355"/>
        <source>✖ Form: %n field(s) to fix</source>
        <translation>
            <numerusform>✖ 表单：%n 处需修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="356"/>
        <source>✔ Materials complete</source>
        <translation>✔ 材料齐全</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="357"/>
        <source>✖ %n material(s) missing</source>
        <translation>
            <numerusform>✖ 缺 %n 项材料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="358"/>
        <source>If accepted today: done by %1</source>
        <translation>今日受理，承诺于 %1 前办结</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="412"/>
        <source>Tick the villager&apos;s consent first: an agent applies only with it.</source>
        <translation>请先勾选村民的代办授权：代办须经本人同意。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="445"/>
        <source>The service catalog is not on this computer yet; it arrives with the network.</source>
        <translation>本机尚未取得事项目录，联网后会自动下载。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="453"/>
        <source>The case could not be saved on this computer (%1). Nothing was printed; please try again.</source>
        <translation>办件未能保存到本机（%1），未打印任何文书，请重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="485"/>
        <source>The form has %n field(s) to fix, marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>表单有 %n 处需修改（已用红字标出），尚未保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="426"/>
        <source>%n required material(s) are missing, so the application cannot be accepted. Mark them waived or replaced by commitment where the catalog allows it, or give the one-time notice (Ctrl+G).</source>
        <translation>
            <numerusform>缺少 %n 项必需材料，不能受理。可按目录规定选择容缺后补或告知承诺，或出具一次性告知书 (Ctrl+G)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="448"/>
        <source>No case number could be reserved on this computer (%1). Nothing was saved.</source>
        <translation>本机未能生成办件编号（%1），尚未保存。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="497"/>
        <source>Acceptance receipt</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="501"/>
        <source>Letter of commitment</source>
        <translation>告知承诺书</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="503"/>
        <source>Accepted. Case number %1, promised by %2.</source>
        <translation>已受理。办件编号 %1，承诺 %2 前办结。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="433"/>
        <source>Nothing is missing: the application can be accepted (Ctrl+Enter).</source>
        <translation>材料齐全，可以直接受理 (Ctrl+Enter)。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="436"/>
        <source>Enter the applicant&apos;s name first: the notice is addressed to them.</source>
        <translation>请先填写申请人姓名：文书需写明送达对象。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="520"/>
        <source>One-time notice: %n material(s) to bring. The applicant needs only one more visit.</source>
        <translation>
            <numerusform>已出具一次性告知书：需补齐 %n 项材料，申请人只需再跑一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="522"/>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="441"/>
        <source>A refusal needs its legal reason: choose or type it next to the Refuse button.</source>
        <translation>不予受理须写明法定理由：请在“不予受理”按钮旁选择或填写。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="539"/>
        <source>Refused: the notice of refusal states the reason and the applicant&apos;s rights.</source>
        <translation>已不予受理：通知书载明理由及申请人的救济权利。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="540"/>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="550"/>
        <source>(The PDF copy could not be kept: %1)</source>
        <translation>（PDF 副本未能保存：%1）</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="565"/>
        <source>The scanned pages are still being saved; try again in a moment.</source>
        <translation>扫描页正在保存，请稍候再试。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="587"/>
        <source>Scans cannot be kept on this computer (no attachment store).</source>
        <translation>本机无法保存扫描件（没有附件存储）。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="595"/>
        <source>The scan could not be kept on this computer: %1</source>
        <translation>扫描件未能保存在本机：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cases/IntakePanel.cpp" line="599"/>
        <source>%n scanned page(s) kept with the material; they go to the hall with the case.</source>
        <translation>
            <numerusform>已保存 %n 页扫描件，将随办件一并上传。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="613"/>
        <source>Read from the document: compare it with the card.</source>
        <translation>由证件读取：请与证件核对。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="613"/>
        <source>Read from the card&apos;s chip</source>
        <translation>读自身份证芯片</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="622"/>
        <source>the name %1 (entered: %2)</source>
        <translation>姓名 %1（已填：%2）</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="624"/>
        <source>the number %1 (entered: %2)</source>
        <translation>证件号码 %1（已填：%2）</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="629"/>
        <source>The document read is not the applicant&apos;s as entered: %1. The form now holds what the document says; if it is not the applicant&apos;s own, take the applicant&apos;s.</source>
        <translation>读取的证件与已填写的申请人不一致：%1。表中现为证件上的信息；如该证件不是申请人本人的，请改读申请人本人的证件。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="631"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="646"/>
        <source>ID number %1 read from the card (born %2); check it against the card.</source>
        <translation>已从身份证读取公民身份号码 %1（出生 %2），请与证件核对。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="648"/>
        <source>Passport %1 of %2 read from its machine readable lines; check it against the passport.</source>
        <translation>已从护照机读区读取 %2 的护照号 %1，请与护照核对。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="694"/>
        <source>This %1 expired on %2: it is not a valid identity document any more.</source>
        <translation>此%1已于 %2 过期，不再是有效身份证件。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="698"/>
        <source>The number on this card needs checking: %1.</source>
        <translation>此证件号码需核对：%1。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="702"/>
        <source>A %1: its number is not a citizen&apos;s identity number; the name was filled in, the number was not.</source>
        <translation>这是%1：其号码不是公民身份号码，已填入姓名，未填号码。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="707"/>
        <source>The applicant&apos;s name and number were read from the card&apos;s chip.</source>
        <translation>申请人姓名和证件号码已从身份证芯片读取。</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="726"/>
        <source>Save the documents as PDF in</source>
        <translation>将文书另存为 PDF 到</translation>
    </message>
    <message>
        <location filename="../app/cases/IntakePanel.cpp" line="731"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ow::KioskCaseNumberPad</name>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="143"/>
        <source>Type the case number on your receipt</source>
        <translation>请输入受理回执上的办件编号</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="72"/>
        <source>Look it up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="74"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="120"/>
        <source>The query code has six digits; the end of an ID number four characters.</source>
        <translation>查询码为 6 位数字；身份证号码后 4 位为 4 个字符。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="129"/>
        <source>The number is not complete yet.</source>
        <translation>编号还没有输完。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="130"/>
        <source>This number cannot be right: please check each character.</source>
        <translation>这个编号不正确，请逐位核对。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="135"/>
        <source>Case %1: now the query code on your receipt, or the last four characters of the applicant&apos;s ID number</source>
        <translation>办件 %1：请输入受理回执上的查询码，或申请人身份证号码后 4 位</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="139"/>
        <source>The query code is printed beside the receipt&apos;s QR code. Nobody&apos;s case is shown without it.</source>
        <translation>查询码印在受理回执二维码旁。没有查询码，任何办件都不予显示。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskCaseNumberPad.cpp" line="145"/>
        <source>It reads %1-date-window or station-number-check digits (like %1-20261127-C3-0007-42). Type what comes after %1-; the dashes come by themselves.</source>
        <translation>办件编号为：%1-日期-窗口或代办站-序号-校验码（如 %1-20261127-C3-0007-42）。只需输入 %1- 后面的部分，横线会自动加上。</translation>
    </message>
</context>
<context>
    <name>ow::KioskDigitPad</name>
    <message>
        <location filename="../app/kiosk/KioskDigitPad.cpp" line="39"/>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskDigitPad.cpp" line="50"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ow::KioskKeyboard</name>
    <message>
        <location filename="../app/kiosk/KioskKeyboard.cpp" line="32"/>
        <source>⌫ Delete</source>
        <translation>⌫ 删除</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskKeyboard.cpp" line="33"/>
        <source>Delete the last character</source>
        <translation>删除最后一个字符</translation>
    </message>
</context>
<context>
    <name>ow::KioskMyCasesPage</name>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="21"/>
        <source>Your cases in progress</source>
        <translation>您正在办理的办件</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="28"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="74"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskMyCasesPage.cpp" line="77"/>
        <source>%1
%2 · %3 · promised by %4</source>
        <translation>%1
%2 · %3 · 承诺 %4 前办结</translation>
    </message>
</context>
<context>
    <name>ow::KioskProgressPage</name>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="30"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="32"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="34"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="36"/>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="63"/>
        <source>Rate this service</source>
        <translation>评价本次服务</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="68"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="78"/>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="80"/>
        <source>Looking it up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="91"/>
        <source>Not a case number</source>
        <translation>不是办件编号</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="93"/>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="155"/>
        <source>Cannot look it up now</source>
        <translation>暂时无法查询</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="90"/>
        <source>Not found</source>
        <translation>未查到</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="92"/>
        <source>Please wait a moment</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="96"/>
        <source>Check the query code printed beside the receipt&apos;s QR code (or the last four characters of the applicant&apos;s ID number). A case taken at a village station reaches the hall once the station has sent it; please try again later or ask at the help desk.</source>
        <translation>请核对受理回执二维码旁的查询码（或申请人身份证号码后 4 位）。代办站受理的办件在代办站上传后才能查到，请稍后再试或到咨询台询问。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="100"/>
        <source>The code could not be read as a case number. Please ask at the help desk.</source>
        <translation>无法识别为办件编号，请到咨询台询问。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="103"/>
        <source>Many lookups were made here just now. Please try again in a minute.</source>
        <translation>此处刚才查询次数过多，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="112"/>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="117"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="119"/>
        <source>Promised by: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="121"/>
        <source>Still to bring:</source>
        <translation>尚需补交：</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="125"/>
        <source>• %1, by %2</source>
        <translation>• %1，请于 %2 前补交</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="126"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="130"/>
        <source>The time limit stands still since %1 for %2: %3</source>
        <translation>自 %1 起因%2暂停计时：%3</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="138"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="141"/>
        <source>Since intake: %1</source>
        <translation>受理以来：%1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="144"/>
        <source>Posted, waybill %1</source>
        <translation>已寄出，运单号 %1</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="148"/>
        <source>Permit issued: %1 No. %2 (%3)</source>
        <translation>已发证：%1 第 %2 号（%3）</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskProgressPage.cpp" line="156"/>
        <source>The server&apos;s answer could not be read. Please ask at the help desk.</source>
        <translation>无法读取服务器的答复，请到咨询台询问。</translation>
    </message>
</context>
<context>
    <name>ow::KioskQueueChooser</name>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="32"/>
        <source>◀ All departments</source>
        <translation>◀ 全部部门</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="33"/>
        <source>Back to all departments</source>
        <translation>返回全部部门</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="47"/>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="53"/>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="221"/>
        <source>%1
at %2 · %n waiting</source>
        <translation>
            <numerusform>%1
在“%2”办理 · 等候 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="227"/>
        <source>%1
%n waiting</source>
        <translation>
            <numerusform>%1
等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="222"/>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="228"/>
        <source>%1
No numbers at the moment</source>
        <translation>%1
暂停取号</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="236"/>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="245"/>
        <source>Other services</source>
        <translation>其他业务</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="238"/>
        <source>%1
%2 services · %n waiting</source>
        <translation>
            <numerusform>%1
%2 项业务 · 等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskQueueChooser.cpp" line="252"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ow::KioskRatingPage</name>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="61"/>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="63"/>
        <source>This service has been rated already. Thank you!</source>
        <translation>该服务已经评价过了，谢谢！</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="65"/>
        <source>This service is not finished yet. Please rate it when it is done.</source>
        <translation>该服务尚未办结，请在办结后再评价。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskRatingPage.cpp" line="67"/>
        <source>This code is not a ticket or receipt of this hall.</source>
        <translation>该二维码不是本大厅的号票或受理回执。</translation>
    </message>
</context>
<context>
    <name>ow::KioskSearchPage</name>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="29"/>
        <source>Type the first letters of the pinyin of what you came for</source>
        <translation>请输入要办事项名称的拼音首字母</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="34"/>
        <source>For example BDCDJ for 不动产登记, JMSFZ for 居民身份证</source>
        <translation>例如：不动产登记输入 BDCDJ，居民身份证输入 JMSFZ</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="42"/>
        <source>Letters typed</source>
        <translation>已输入的字母</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="61"/>
        <source>◀ Back</source>
        <translation>◀ 返回</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="63"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="98"/>
        <source>Letters appear here</source>
        <translation>输入的字母显示在这里</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="105"/>
        <source>What matches appears here; touch it for a number of its queue.</source>
        <translation>相符的事项显示在这里，点一下即可取该业务的号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="108"/>
        <source>Nothing matches %1. Delete a letter, or go back and choose by department.</source>
        <translation>没有与 %1 相符的事项。请删去一个字母，或返回按部门选择。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskSearchPage.cpp" line="110"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::KioskWindow</name>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="93"/>
        <source>OneWindow — take a number</source>
        <translation>一窗通 — 自助取号</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="118"/>
        <source>Case progress by number</source>
        <translation>输入编号查办件</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="119"/>
        <source>Find by what you came for</source>
        <translation>按事项查找</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="120"/>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="143"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="474"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="660"/>
        <source>Please choose your service</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="414"/>
        <source>Priority: elderly, disabled or green card</source>
        <translation>优先服务：老年人、残疾人或服务绿卡</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="413"/>
        <source>✔ Priority service chosen</source>
        <translation>✔ 已选择优先服务</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="164"/>
        <source>Hold the QR code of your ticket or receipt to the reader to rate the service or follow your case; a permit&apos;s code to check it; a booking&apos;s code to check in. Lay your ID card on the card reader for a real-name number, or to check in your appointment.</source>
        <translation>将号票或受理回执上的二维码对准扫码器，可评价服务或查询办件进度；扫描证照二维码可核验证照；扫描预约二维码可签到。将身份证放在读卡器上可实名取号，有预约的自动签到。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="122"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="426"/>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="126"/>
        <source>Larger text, fewer choices, more time, and every screen read aloud</source>
        <translation>字更大、选项更少、时间更长，每个画面都会读出来</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="161"/>
        <source>Your cases in progress</source>
        <translation>您正在办理的办件</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="176"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="181"/>
        <source>Text me when my turn is near</source>
        <translation>快到我时发短信提醒我</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="184"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="195"/>
        <location filename="../app/kiosk/KioskWindow.cpp" line="266"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="204"/>
        <source>Supervisor PIN to leave the kiosk</source>
        <translation>请输入负责人密码以退出自助终端</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="210"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="221"/>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskWindow.cpp" line="286"/>
        <source>You have %n case(s) in progress: see where they stand</source>
        <translation>
            <numerusform>您有 %n 件办件正在办理，点此查看进度</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="302"/>
        <source>Type the 6-digit check-in code of your appointment, or hold its QR code to the reader</source>
        <translation>请输入预约的 6 位签到码，或将预约二维码对准扫码口</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="303"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="303"/>
        <source>Check-in code typed</source>
        <translation>已输入的签到码</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="309"/>
        <source>Your mobile number: we send a text message when 3 people are before you, so you may step out and come back in time</source>
        <translation>请输入手机号：前面还剩 3 人时发短信提醒您，您可以先去办别的事，按时回来</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="311"/>
        <source>Text me</source>
        <translation>短信提醒我</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="311"/>
        <source>Mobile number typed</source>
        <translation>已输入的手机号</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="410"/>
        <source>✔ Elderly priority chosen: now choose your service</source>
        <translation>✔ 已选老年人优先，请选择业务</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="411"/>
        <source>Elderly priority: touch here first</source>
        <translation>老年人优先：请先点这里</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="426"/>
        <source>✔ Elderly mode</source>
        <translation>✔ 长辈模式</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="481"/>
        <source>The hall is closed now and gives no numbers.</source>
        <translation>大厅现在不在服务时间，暂停取号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="482"/>
        <source>The hall is closed now. Numbers are given again from %1.</source>
        <translation>大厅现在不在服务时间，%1 起恢复取号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="485"/>
        <source>Sorry, numbers cannot be issued right now. Please ask at the help desk.</source>
        <translation>抱歉，暂时无法取号，请到咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="502"/>
        <source>Check-in for your appointment opens at %1, half an hour before it.</source>
        <translation>预约签到 %1 开始（预约时间前半小时）。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="504"/>
        <source>The time of your appointment has passed. Please take a number.</source>
        <translation>您的预约时段已过，请直接取号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="506"/>
        <source>This appointment is checked in already: your number was given then.</source>
        <translation>该预约已签到，号码已在签到时取得。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="508"/>
        <source>No appointment has this code. Please check it, or take a number.</source>
        <translation>没有这个签到码的预约，请核对，或直接取号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="510"/>
        <source>Sorry, check-in is not possible right now. Please ask at the help desk.</source>
        <translation>暂时无法签到，请到咨询台办理。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="540"/>
        <source>You are next.</source>
        <translation>下一位就是您。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kiosk/KioskWindow.cpp" line="540"/>
        <source>%n people ahead of you.</source>
        <translation>
            <numerusform>您前面还有 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="543"/>
        <source>Appointment checked in: you are called before walk-ins from your time on.</source>
        <translation>预约已签到：到您预约的时间后优先叫号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="544"/>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="554"/>
        <source>Please take your ticket below.</source>
        <translation>请在下方取走号票。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="555"/>
        <source>The printer is not working; please remember your number.</source>
        <translation>打印机暂时无法使用，请记住您的号码。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="583"/>
        <source>We will send a text message to %1 when 3 people are before your number.</source>
        <translation>前面还剩 3 人时，会发短信到 %1 提醒您。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="586"/>
        <source>That is not a mobile number. Please try again.</source>
        <translation>这不是手机号，请重新输入。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="588"/>
        <source>Your number has been called already.</source>
        <translation>您的号码已经叫过了。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="590"/>
        <source>Sorry, text messages cannot be arranged right now.</source>
        <translation>抱歉，现在无法设置短信提醒。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="630"/>
        <source>Your card has expired: it cannot be used for a real-name number. Please choose your service, or ask at the help desk.</source>
        <translation>您的证件已过期，不能用于实名取号。请选择业务，或到咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="633"/>
        <source>Real-name numbers are taken with a resident ID card or a residence permit. Please choose your service.</source>
        <translation>实名取号请使用居民身份证或居住证。请选择业务。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="638"/>
        <source>%1, please choose your service (real-name number)</source>
        <translation>%1，请选择您要办理的业务（实名取号）</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="647"/>
        <source>%1, check-in for your appointment opens at %2. You may also take a number now.</source>
        <translation>%1，您的预约 %2 起可以签到；也可以现在直接取号。</translation>
    </message>
    <message>
        <location filename="../app/kiosk/KioskWindow.cpp" line="701"/>
        <source>This appointment is for another hall.</source>
        <translation>这是其他大厅的预约。</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="24"/>
        <source>OneWindow — log in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="31"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="32"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="38"/>
        <source>Your password was given by the administrator. Choose your own now: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</source>
        <translation>您的密码由管理员设定，请现在设置自己的密码：至少 %1 个字符，不能包含用户名，须由字母与数字或其他字符组合。</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="50"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="51"/>
        <source>Once more</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="56"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="84"/>
        <source>The two new passwords differ. Type the same twice.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="89"/>
        <source>This password does not follow the rules: at least %1 characters, not containing your user name, mixing letters with digits or other characters.</source>
        <translation>该密码不符合规则：至少 %1 个字符，不能包含用户名，须由字母与数字或其他字符组合。</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="105"/>
        <source>The server refused this password: %1</source>
        <translation>服务器拒绝了该密码：%1</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="132"/>
        <source>The server cannot be reached, and this person has not logged in on this computer before. The first login needs the network.</source>
        <translation>无法连接服务器，且此人未在本机登录过。首次登录需要联网。</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="149"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>无法识别服务器的答复（%1）。</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="164"/>
        <source>Save my password and continue</source>
        <translation>保存密码并继续</translation>
    </message>
    <message>
        <location filename="../app/common/LoginDialog.cpp" line="165"/>
        <source>Choose your own password to continue.</source>
        <translation>请设置您自己的密码后继续。</translation>
    </message>
</context>
<context>
    <name>ow::MaterialsChecklist</name>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="22"/>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="23"/>
        <source>Waived, supply later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="24"/>
        <source>Signed commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="25"/>
        <source>Fetched by data sharing</source>
        <translation>数据共享免提交</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="26"/>
        <source>Not received</source>
        <translation>未提交</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="55"/>
        <source>%n original(s)</source>
        <translation>
            <numerusform>原件 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="57"/>
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>复印件 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="59"/>
        <source>optional</source>
        <translation>非必需</translation>
    </message>
    <message>
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="64"/>
        <source>for %1</source>
        <translation>用于 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/ui/MaterialsChecklist.cpp" line="80"/>
        <source>Waived, supply within %n working day(s)</source>
        <translation>
            <numerusform>容缺，%n 个工作日内补交</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::PadWindow</name>
    <message>
        <location filename="../app/pad/PadWindow.cpp" line="14"/>
        <source>OneWindow — rating pad, counter %1</source>
        <translation>一窗通 — 评价器（%1 号窗口）</translation>
    </message>
</context>
<context>
    <name>ow::PasswordSlipDialog</name>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="22"/>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="24"/>
        <source>Password for %1 (%2)</source>
        <translation>%1（%2）的密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="27"/>
        <source>The new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="36"/>
        <source>Shown this once only: print the slip or write it down for %1. They log in with it and must then choose their own password.</source>
        <translation>密码只显示这一次：请打印凭条或抄写后交给%1。用此密码登录后须立即设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="42"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="43"/>
        <source>Print slip…</source>
        <translation>打印凭条…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="64"/>
        <source>OneWindow account</source>
        <translation>一窗通账号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="65"/>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="66"/>
        <source>User name: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="67"/>
        <source>Password: %1</source>
        <translation>初始密码：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="68"/>
        <source>Log in at a counter, station or supervisor computer with this password; you will be asked to choose your own at once. Keep this slip to yourself and destroy it afterwards.</source>
        <translation>请在窗口、代办站或督查电脑上用此密码登录，系统会要求您立即设置自己的密码。本凭条请妥善保管，用后销毁。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="71"/>
        <source>Issued %1</source>
        <translation>发放时间：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/PasswordSlipDialog.cpp" line="75"/>
        <source>Password slip</source>
        <translation>密码凭条</translation>
    </message>
</context>
<context>
    <name>ow::PermitCheckPanel</name>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="63"/>
        <source>Hold the QR code of the permit to the reader.</source>
        <translation>请将证照上的二维码对准扫码器。</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="64"/>
        <source>Scan the permit&apos;s QR code with the reader, or open a photo of it.</source>
        <translation>用扫码器扫描证照二维码，或打开证照照片。</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="73"/>
        <source>The code reader types here</source>
        <translation>扫码器读到的内容显示在这里</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="74"/>
        <source>Permit code</source>
        <translation>证照二维码内容</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="81"/>
        <source>Open photo… (Ctrl+O)</source>
        <translation>打开照片… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="88"/>
        <source>Camera (Ctrl+K)</source>
        <translation>摄像头扫码 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="152"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="181"/>
        <source>Reading the photo…</source>
        <translation>正在识别照片…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="190"/>
        <source>The file %1 is not a picture that can be read.</source>
        <translation>文件 %1 不是可识别的图片。</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="198"/>
        <source>Hold the permit&apos;s QR code in front of the camera…</source>
        <translation>请将证照二维码对准摄像头…</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="206"/>
        <source>No permit code was seen by the camera. Hold it closer, flat and still, and try again.</source>
        <translation>摄像头没有读到证照二维码。请把证照放近、放平、拿稳后再试。</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="209"/>
        <source>The camera cannot be opened. Check that it is plugged in, or open a photo instead.</source>
        <translation>无法打开摄像头。请检查是否已连接，或改为打开照片。</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="227"/>
        <source>Photo of the permit</source>
        <translation>证照照片</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="228"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="261"/>
        <source>Permit number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="262"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="263"/>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="263"/>
        <source>long-term, from %1</source>
        <translation>长期（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="264"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="265"/>
        <source>Issued by</source>
        <translation>签发单位</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="265"/>
        <source>issuer %1, key %2</source>
        <translation>签发方 %1，密钥 %2</translation>
    </message>
    <message>
        <location filename="../app/common/PermitCheckPanel.cpp" line="260"/>
        <source>Type</source>
        <translation>证照类型</translation>
    </message>
</context>
<context>
    <name>ow::PermitChecker</name>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="181"/>
        <source>the server&apos;s answer could not be read</source>
        <translation>服务器的答复无法读取</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="184"/>
        <source>the hall&apos;s server does not know this permit</source>
        <translation>服务中心没有这张证照的记录</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitChecker.cpp" line="186"/>
        <source>no connection to the server</source>
        <translation>无法连接服务器</translation>
    </message>
</context>
<context>
    <name>ow::PermitIssueDialog</name>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="23"/>
        <source>Issue the permit</source>
        <translation>签发证照</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="29"/>
        <source>Permit for</source>
        <translation>发证事项</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="33"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="36"/>
        <source>18 characters, as the registration gave it</source>
        <translation>18 位，与登记时核发的一致</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="40"/>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="49"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="51"/>
        <source>What the permit allows (经营范围 / 许可范围); may be left empty</source>
        <translation>经营范围 / 许可范围，可不填</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="53"/>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="77"/>
        <source>Scope</source>
        <translation>许可范围</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="57"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="61"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="62"/>
        <source>Long-term (长期有效)</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="68"/>
        <source>Issue and print</source>
        <translation>签发并打印</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="77"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="113"/>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="114"/>
        <source>I, O, Z, S and V are not used in a credit code</source>
        <translation>统一社会信用代码不使用 I、O、Z、S、V</translation>
    </message>
    <message>
        <location filename="../app/cases/PermitIssueDialog.cpp" line="116"/>
        <source>The check character does not match: a character is mistyped</source>
        <translation>校验码不符：有字符输错了</translation>
    </message>
</context>
<context>
    <name>ow::PermitRegistry</name>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="39"/>
        <source>The server&apos;s list of permits could not be read.</source>
        <translation>无法读取服务器返回的证照列表。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="46"/>
        <source>Say why the permit is revoked; the reason is shown to everyone who checks it.</source>
        <translation>请填写撤销原因；查验本证的人都会看到该原因。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitRegistry.cpp" line="57"/>
        <source>This permit was revoked already.</source>
        <translation>该证照此前已被撤销。</translation>
    </message>
</context>
<context>
    <name>ow::PermitService</name>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="25"/>
        <source>The case is not on this computer.</source>
        <translation>本机没有这个办件。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="35"/>
        <source>Only an accepted case can be approved at the counter.</source>
        <translation>只有已受理的办件才能在窗口即办审批。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="48"/>
        <source>Choose the item and the dates of validity.</source>
        <translation>请选择发证事项和有效期。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="52"/>
        <source>The permit cannot end before it begins.</source>
        <translation>有效期截止日期不能早于起始日期。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="78"/>
        <source>The server&apos;s answer could not be read; the permit may have been issued. Try again to print it.</source>
        <translation>无法读取服务器的答复，证照可能已签发。请重试以打印。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="97"/>
        <source>A permit is signed by the hall&apos;s server, which cannot be reached now. The approval is kept on this computer; issue the permit when the connection is back.</source>
        <translation>证照由服务中心签发，目前无法连接服务器。审批结果已保存在本机，恢复连接后再签发证照。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="100"/>
        <source>The hall has no key to sign permits yet. Ask the administrator to make one.</source>
        <translation>本中心尚无证照签发密钥，请联系管理员生成。</translation>
    </message>
    <message>
        <location filename="../core/sync/PermitService.cpp" line="102"/>
        <source>The server does not have the approval of this case yet. Wait until it is uploaded, then issue the permit.</source>
        <translation>服务器尚未收到本办件的审批结果，请待上传完成后再签发证照。</translation>
    </message>
</context>
<context>
    <name>ow::PermitsPanel</name>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="26"/>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="28"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="30"/>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="32"/>
        <source>✖ Revoked</source>
        <translation>✖ 已撤销</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Permit number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Permit</source>
        <translation>证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="42"/>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="50"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Issued</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="43"/>
        <source>Revocation</source>
        <translation>撤销情况</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="49"/>
        <source>Case number, to see its permits; empty for the newest</source>
        <translation>输入办件编号查看其证照；留空显示最新签发的证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="54"/>
        <source>Search / refresh</source>
        <translation>查询 / 刷新</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="58"/>
        <source>Permits</source>
        <translation>证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="63"/>
        <source>Why the selected permit is revoked (shown to everyone who checks it)</source>
        <translation>撤销原因（查验本证的人都会看到）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="64"/>
        <source>Why the selected permit is revoked</source>
        <translation>撤销所选证照的原因</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="67"/>
        <source>Revoke the selected permit</source>
        <translation>撤销所选证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="73"/>
        <source>Revoke permit</source>
        <translation>撤销证照</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="74"/>
        <source>Revoke permit %1? This cannot be undone: every check of it will say it is revoked, with your reason.</source>
        <translation>确定撤销证照 %1 吗？撤销后不能恢复，此后每次查验都会显示已撤销及撤销原因。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="91"/>
        <source>Permit %1 is revoked. Checks of it now say so.</source>
        <translation>证照 %1 已撤销，此后查验都会显示已撤销。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="105"/>
        <source>%1 by %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/PermitsPanel.cpp" line="108"/>
        <source>%1 by %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>ow::QueuesPage</name>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="165"/>
        <source>Prefix</source>
        <translation>字头</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <source>Numbers at the kiosk</source>
        <translation>自助取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="166"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="242"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="252"/>
        <source>Calls the queues</source>
        <translation>呼叫队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="39"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="42"/>
        <source>Queues (号票类别)</source>
        <translation>队列（号票类别）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="44"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="47"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="62"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="50"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="135"/>
        <source>Stop numbers</source>
        <translation>暂停取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="57"/>
        <source>Counters (窗口)</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="59"/>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="49"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="64"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="38"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="167"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="65"/>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="141"/>
        <source>Close for today</source>
        <translation>今日关闭</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="70"/>
        <source>A counter closed for today calls nobody and opens again by itself tomorrow. A queue without numbers still has its waiting people called.</source>
        <translation>今日关闭的窗口不叫号，明天自动恢复。暂停取号的队列，已取号的群众仍会被叫到。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="96"/>
        <source>Given</source>
        <translation>正常取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="96"/>
        <source>Stopped</source>
        <translation>暂停取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="112"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="112"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="135"/>
        <source>Give numbers again</source>
        <translation>恢复取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="141"/>
        <source>Open again today</source>
        <translation>今日重新开放</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="146"/>
        <source>Add a queue</source>
        <translation>新增队列</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="146"/>
        <source>Change queue %1</source>
        <translation>修改队列 %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="152"/>
        <source>D (1-3 capital letters: the numbers&apos; first letter)</source>
        <translation>D（1–3 个大写字母，即号码的字头）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="155"/>
        <source>公积金</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="168"/>
        <source>With departments (公安, 税务 …), the kiosk first offers the departments, then their queues. Leave it empty in a small hall.</source>
        <translation>设置部门（公安、税务……）后，取号机先列出部门，再列出该部门的队列。小型大厅可不填。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="181"/>
        <source>Give a prefix of 1-3 letters A-Z and a name.</source>
        <translation>请填写 1–3 个字母 A–Z 的字头和名称。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="228"/>
        <source>Add a counter</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="228"/>
        <source>Change counter %1</source>
        <translation>修改 %1 号窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="240"/>
        <source>e.g. 综合受理窗口 (may stay empty)</source>
        <translation>如：综合受理窗口（可不填）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="241"/>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/QueuesPage.cpp" line="260"/>
        <source>A counter calls at least one queue.</source>
        <translation>窗口至少要呼叫一个队列。</translation>
    </message>
</context>
<context>
    <name>ow::RatingPad</name>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="26"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="27"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="28"/>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="29"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="30"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="88"/>
        <source>Please rate our service</source>
        <translation>请您对本次服务进行评价</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="89"/>
        <location filename="../widgets/RatingPad.cpp" line="388"/>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="93"/>
        <source>Larger text, more time, and the screen read aloud</source>
        <translation>字更大、时间更长，画面内容会读出来</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="128"/>
        <location filename="../widgets/RatingPad.cpp" line="239"/>
        <source>When your business is done, please rate this service here.</source>
        <translation>业务办理完成后，请在此对本次服务进行评价。</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="178"/>
        <source>Anything to add? Touch what fits (optional)</source>
        <translation>还想补充什么？请点选符合的（选填）</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="182"/>
        <source>Waited too long</source>
        <translation>等候时间太长</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="182"/>
        <source>Took too long at the counter</source>
        <translation>窗口办理时间太长</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="183"/>
        <source>Requirements not clear</source>
        <translation>材料要求没讲清楚</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="183"/>
        <source>Had to come back again</source>
        <translation>让我多跑了一趟</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="184"/>
        <source>Staff were impatient</source>
        <translation>工作人员不耐烦</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="184"/>
        <source>System or equipment failed</source>
        <translation>系统或设备故障</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="196"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="202"/>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="215"/>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="216"/>
        <source>Your opinion helps us serve better.</source>
        <translation>您的意见是我们改进服务的动力。</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="221"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="226"/>
        <source>This counter is not open at the moment</source>
        <translation>本窗口暂停服务</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="231"/>
        <source>Serving you: %1</source>
        <translation>为您服务：%1</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="232"/>
        <source>Staff number %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="238"/>
        <source>Service paused — please wait a moment</source>
        <translation>暂停服务，请稍候</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="271"/>
        <source>Connection lost — ratings are kept and sent later</source>
        <translation>网络已断开，评价已保存在本机，恢复后自动上传</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="282"/>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="283"/>
        <source>Number %1: how satisfied are you with this service?</source>
        <translation>%1 号：您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="302"/>
        <source>You chose &quot;%1&quot;. What went wrong? Choose at least one.</source>
        <translation>您选择了“%1”，请告诉我们哪里做得不好（至少选一项）。</translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="325"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/RatingPad.cpp" line="367"/>
        <source>This screen goes back in %n second(s)</source>
        <translation>
            <numerusform>%n 秒后自动返回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/RatingPad.cpp" line="388"/>
        <source>✔ Elderly mode</source>
        <translation>✔ 长辈模式</translation>
    </message>
</context>
<context>
    <name>ow::RectificationModel</name>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="37"/>
        <source>Follow-up due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="38"/>
        <source>Followed up, fix due</source>
        <translation>已回访，待整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="39"/>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="40"/>
        <source>Appeal awaiting decision</source>
        <translation>申诉待复核</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="41"/>
        <source>Voided on appeal</source>
        <translation>申诉成立，已撤销</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="47"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="47"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="60"/>
        <source>%1 — done</source>
        <translation>%1 — 已完成</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="62"/>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="64"/>
        <source>%1 — due today</source>
        <translation>%1 — 今日到期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="86"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="86"/>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="114"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="115"/>
        <source>Rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="116"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="117"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="118"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="119"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="120"/>
        <source>Ticket / case</source>
        <translation>号票 / 办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="121"/>
        <source>Follow-up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationModel.cpp" line="122"/>
        <source>Fix by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>ow::RectificationPanel</name>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="48"/>
        <source>Bad ratings to follow up and fix</source>
        <translation>待回访、待整改的差评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="52"/>
        <source>Show closed ones too</source>
        <translation>显示已办结的</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="55"/>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="62"/>
        <source>Bad ratings and their rectifications</source>
        <translation>差评及其整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="81"/>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="82"/>
        <source>Record fix…</source>
        <translation>记录整改…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="83"/>
        <source>Appeal…</source>
        <translation>申诉复核…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="84"/>
        <source>Decide appeal…</source>
        <translation>审批申诉…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="85"/>
        <source>Phone number for the call back…</source>
        <translation>回访电话…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="87"/>
        <source>Shows the citizen&apos;s whole phone number; each look-up is recorded in the audit log.</source>
        <translation>显示群众的完整手机号码；每次查看都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="117"/>
        <source>Call %1 on %2 (case %3). This look-up is recorded in the audit log.</source>
        <translation>请致电 %1：%2（办件 %3）。本次查看已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="118"/>
        <source>without a number</source>
        <translation>无编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="136"/>
        <source>No open rectifications. Well done.</source>
        <translation>没有未办结的整改。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="137"/>
        <source>Choose a rating in the list.</source>
        <translation>请在列表中选择一条评价。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2 — %3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="145"/>
        <source>The citizen wrote: “%1”</source>
        <translation>群众留言：“%1”</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="147"/>
        <source>Follow-up on %1 by %2: %3</source>
        <translation>%1 由 %2 回访：%3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="151"/>
        <source>Fixed on %1 by %2: %3</source>
        <translation>%1 由 %2 整改：%3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="155"/>
        <source>malicious</source>
        <translation>恶意差评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="155"/>
        <source>given by mistake</source>
        <translation>误评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="156"/>
        <source>Appeal (%1) by %2: %3</source>
        <translation>申诉（%1），%2 提出：%3</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="160"/>
        <source>Upheld by %1: %2</source>
        <translation>%1 审批同意：%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="160"/>
        <source>Rejected by %1: %2</source>
        <translation>%1 审批驳回：%2</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="173"/>
        <source>Your own appeal is decided by a second supervisor.</source>
        <translation>本人提出的申诉须由另一名负责人审批。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="181"/>
        <source>Record follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="181"/>
        <source>What did the citizen say at the follow-up (回访)?</source>
        <translation>回访时群众反映了什么？</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="190"/>
        <source>Record fix</source>
        <translation>记录整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="190"/>
        <source>What was changed (整改措施)?</source>
        <translation>采取了哪些整改措施？</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="203"/>
        <source>Appeal</source>
        <translation>申诉复核</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>The rating was:</source>
        <translation>该评价属于：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>malicious (恶意差评)</source>
        <translation>恶意差评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="200"/>
        <source>given by mistake (误评)</source>
        <translation>误评</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="203"/>
        <source>Why? A second supervisor will decide.</source>
        <translation>申诉理由（由另一名负责人审批）：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="212"/>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="216"/>
        <source>Decide appeal</source>
        <translation>审批申诉</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="212"/>
        <source>Your decision:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="213"/>
        <source>Uphold: the rating no longer counts</source>
        <translation>同意：该评价不再计入统计</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="213"/>
        <source>Reject: the rectification goes on</source>
        <translation>驳回：继续整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="216"/>
        <source>The reason for your decision:</source>
        <translation>审批理由：</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="225"/>
        <source>Phone number for the call back</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RectificationPanel.cpp" line="226"/>
        <source>Why do you need the citizen&apos;s whole phone number? (recorded in the audit log)</source>
        <translation>为何需要查看群众的完整手机号码？（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>ow::RectificationService</name>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="60"/>
        <location filename="../core/sync/RectificationService.cpp" line="134"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="108"/>
        <source>The follow-up has been recorded.</source>
        <translation>回访已记录。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="112"/>
        <source>The fix has been recorded.</source>
        <translation>整改已记录。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="117"/>
        <source>The appeal has been filed; a second supervisor decides it.</source>
        <translation>申诉已提交，由另一名负责人审批。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="122"/>
        <source>Appeal upheld: the rating no longer counts.</source>
        <translation>申诉成立：该评价不再计入统计。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="123"/>
        <source>Appeal rejected: the rectification goes on.</source>
        <translation>申诉驳回：继续整改。</translation>
    </message>
    <message>
        <location filename="../core/sync/RectificationService.cpp" line="137"/>
        <source>No phone number was recorded with the rated service.</source>
        <translation>该评价对应的服务未登记手机号码。</translation>
    </message>
</context>
<context>
    <name>ow::RegionService</name>
    <message>
        <location filename="../core/sync/RegionService.cpp" line="42"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
</context>
<context>
    <name>ow::RegionWindow</name>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="38"/>
        <source>OneWindow — region supervisor</source>
        <translation>一窗通 — 区域督查</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="45"/>
        <location filename="../app/supervisor/RegionWindow.cpp" line="117"/>
        <source>Region supervisor — %1</source>
        <translation>区域督查 — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="47"/>
        <source>Logged in as %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="53"/>
        <source>The day of every hall in the region</source>
        <translation>区域内各大厅当日情况</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="62"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="68"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="71"/>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="79"/>
        <source>Halls</source>
        <translation>大厅数</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="80"/>
        <source>Numbers taken</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="81"/>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="82"/>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="83"/>
        <source>9 in 10 waited at most</source>
        <translation>九成群众等候不超过</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="84"/>
        <source>Cases accepted</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="85"/>
        <source>Cases overdue</source>
        <translation>逾期办件</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="86"/>
        <source>Good rate</source>
        <translation>好评率</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="87"/>
        <source>Open rectifications</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="90"/>
        <source>Double-click a hall (or press Enter on it) to open its day.</source>
        <translation>双击某个大厅（或选中后按回车）查看该大厅当日详情。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="93"/>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="99"/>
        <source>Halls of the region</source>
        <translation>区域内的大厅</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="123"/>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="131"/>
        <source>Logged in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="173"/>
        <source>%1: no word from its server for %2 minutes (%3 changes were waiting there then)</source>
        <translation>%1：大厅服务器已 %2 分钟未上报（当时尚有 %3 条待上报）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="180"/>
        <source>No hall belongs to this region yet.</source>
        <translation>本区域还没有大厅。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/RegionWindow.cpp" line="193"/>
        <source>%1 — the day</source>
        <translation>%1 — 当日情况</translation>
    </message>
</context>
<context>
    <name>ow::ScanView</name>
    <message>
        <location filename="../widgets/ScanView.cpp" line="226"/>
        <source>No camera picture yet</source>
        <translation>尚无摄像头画面</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="240"/>
        <source>A4 document</source>
        <translation>A4 文件</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="242"/>
        <source>Capture (Space)</source>
        <translation>拍摄 (空格)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="245"/>
        <source>Automatic</source>
        <translation>自动拍摄</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="254"/>
        <source>Pages (drag to reorder, Delete removes)</source>
        <translation>已拍页面（拖动可排序，Delete 删除）</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="257"/>
        <source>Pages scanned</source>
        <translation>已扫描的页面</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="264"/>
        <source>Read the holder&apos;s details (F8)</source>
        <translation>读取证件信息 (F8)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="269"/>
        <source>The pages are the material</source>
        <translation>这些页面属于材料</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="273"/>
        <source>Text pages in black and white (smaller)</source>
        <translation>文字页存为黑白（文件更小）</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="278"/>
        <source>Attach the pages to this material (Ctrl+T)</source>
        <translation>附加到所选材料 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="310"/>
        <source>Read from the %1: %2</source>
        <translation>已从%1读取：%2</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="352"/>
        <source>Take a picture of the card or passport first.</source>
        <translation>请先拍摄身份证或护照。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="357"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="363"/>
        <source>There are no pages to attach yet.</source>
        <translation>还没有可附加的页面。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="364"/>
        <source>Choose the material the pages belong to.</source>
        <translation>请选择这些页面所属的材料。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ScanView.cpp" line="373"/>
        <source>%n page(s) attached to %1.</source>
        <translation>
            <numerusform>已将 %n 页附加到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="394"/>
        <source>✔ Good: hold still, or press Space to take it.</source>
        <translation>✔ 画面合格：请保持不动，或按空格拍摄。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="397"/>
        <source>Lay the card or page flat under the camera, on a darker surface if you can.</source>
        <translation>请把证件或材料平放在摄像头下，尽量放在深色桌面上。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="399"/>
        <source>Part of the document is outside the picture: move it to the middle.</source>
        <translation>证件有一部分在画面外，请移到画面中间。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="401"/>
        <source>Too far away: bring the document closer to the camera.</source>
        <translation>距离太远，请把证件靠近摄像头。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="403"/>
        <source>Blurred: hold the document still, or move it a little further from the camera.</source>
        <translation>画面模糊：请拿稳证件，或稍微远离摄像头。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="405"/>
        <source>Glare on the card: tilt it a little away from the light.</source>
        <translation>证件反光：请稍微倾斜，避开灯光。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="426"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="430"/>
        <source>Page taken (%1 × %2).</source>
        <translation>已拍摄一页（%1 × %2）。</translation>
    </message>
</context>
<context>
    <name>ow::ScanWorker</name>
    <message>
        <location filename="../widgets/ScanView.cpp" line="70"/>
        <source>The camera cannot be used (%1). Scans can still be imported from files.</source>
        <translation>摄像头无法使用（%1）。仍可从文件导入扫描件。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="107"/>
        <source>The ID number could not be read with certainty. Take the card again, flat and without glare, or type the number.</source>
        <translation>未能可靠读取公民身份号码。请把身份证放平、避开反光后重拍，或手工录入。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="119"/>
        <source>The passport&apos;s machine readable lines could not be read with certainty. Take the page again, flat and without glare.</source>
        <translation>未能可靠读取护照机读区。请把护照资料页放平、避开反光后重拍。</translation>
    </message>
    <message>
        <location filename="../widgets/ScanView.cpp" line="172"/>
        <source>The camera stopped sending pictures. Check its cable, then open the scan view again.</source>
        <translation>摄像头已停止传送画面，请检查连接线后重新打开扫描。</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="22"/>
        <source>OneWindow — enroll this device</source>
        <translation>一窗通 — 设备注册</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="24"/>
        <source>Enroll this device</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="25"/>
        <source>Enter the server address and the one-time code from the administrator, or read the QR code on the administrator&apos;s screen with the camera or a barcode reader.</source>
        <translation>请填写服务器地址和管理员给的一次性注册码，或用摄像头、扫码枪扫描管理员屏幕上的二维码。</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="35"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="36"/>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="37"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="46"/>
        <source>Read the code with the camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="50"/>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="70"/>
        <source>The code and the server %1 were read.</source>
        <translation>已读取注册码和服务器地址 %1。</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="78"/>
        <source>Hold the code on the administrator&apos;s screen in front of the camera…</source>
        <translation>请把管理员屏幕上的二维码对准摄像头…</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="98"/>
        <source>The camera cannot be opened. Type the code, or use a barcode reader.</source>
        <translation>无法打开摄像头。请手工输入注册码，或使用扫码枪。</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="101"/>
        <source>No enrollment code was seen. Hold it closer and still, and try again.</source>
        <translation>没有看到注册码。请靠近并保持稳定后重试。</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="111"/>
        <source>The server address starts with http:// or https://</source>
        <translation>服务器地址应以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../app/common/SetupDialog.cpp" line="126"/>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>无法识别服务器的答复（%1）。</translation>
    </message>
</context>
<context>
    <name>ow::StaffPage</name>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="45"/>
        <source>Clerk (窗口人员)</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="47"/>
        <source>Agent (代办员)</source>
        <translation>代办员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="49"/>
        <source>Supervisor (督查)</source>
        <translation>督查</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="51"/>
        <source>Approver (审批人)</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="53"/>
        <source>Administrator (管理员)</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="182"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="264"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="317"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="180"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="266"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="315"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="62"/>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="64"/>
        <source>Everyone who logs in at the hall&apos;s counters, stations and supervisor computers. Someone who left is disabled, not deleted: the record keeps their name.</source>
        <translation>在大厅窗口、代办站和督查电脑上登录的所有人员。离岗人员只停用不删除，操作记录保留其姓名。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="73"/>
        <source>Staff accounts</source>
        <translation>人员账号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="76"/>
        <source>Add a person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="78"/>
        <source>Change name or role…</source>
        <translation>修改姓名或角色…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="80"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="165"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="82"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="84"/>
        <source>Settle with the upstream platform…</source>
        <translation>与上级平台核定…</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="115"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="244"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="115"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="244"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="117"/>
        <source>Active — must choose a password</source>
        <translation>正常——待设置本人密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="119"/>
        <source>differs from the upstream platform</source>
        <translation>与上级平台不一致</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="121"/>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="132"/>
        <source>⚠ %n change(s) to accounts were made both here and at the upstream platform (上级平台), each differently. Each side keeps its own until you choose: select the account shown in amber and press “Settle with the upstream platform”.</source>
        <translation>
            <numerusform>⚠ 有 %n 处账号信息在本厅和上级平台都改过，且不一致。两边各自保留，直到您作出选择：请选中标为橙色的账号，按“与上级平台核定”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="165"/>
        <source>Enable again</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="170"/>
        <source>Add a person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="174"/>
        <source>e.g. zhangmin or 0123 (letters, digits, . _ -)</source>
        <translation>如 zhangmin 或 0123（字母、数字、. _ -）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="179"/>
        <source>User name (to log in)</source>
        <translation>用户名（登录用）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="181"/>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="316"/>
        <source>Staff number (工号)</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="183"/>
        <source>A first password is made and shown once, to print for the person; they choose their own at the first login.</source>
        <translation>系统生成初始密码并只显示一次，可打印交给本人；本人首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="192"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="197"/>
        <source>A user name is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter or a digit.</source>
        <translation>用户名为 1–64 个字母、数字、“.”、“_”或“-”，须以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="202"/>
        <source>Give the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="220"/>
        <source>e.g. 0317 (shown with the name to the public; may be left empty)</source>
        <translation>如 0317（与姓名一起向群众展示，可不填）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="240"/>
        <source>changed (never shown)</source>
        <translation>已修改（不显示）</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="256"/>
        <source>Settle %1 with the upstream platform</source>
        <translation>与上级平台核定 %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="258"/>
        <source>These were changed both here and at the upstream platform since they last agreed. Choose for each which stays; the choice is recorded.</source>
        <translation>以下各项在本厅和上级平台都修改过，且不一致。请逐项选择保留哪一方；选择会记入操作记录。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="268"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="269"/>
        <source>Disabled or active</source>
        <translation>停用或正常</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="275"/>
        <source>Here (this hall)</source>
        <translation>本厅</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="276"/>
        <source>Upstream platform</source>
        <translation>上级平台</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="278"/>
        <source>Keep this hall&apos;s</source>
        <translation>保留本厅的</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="280"/>
        <source>Take the upstream&apos;s</source>
        <translation>采用上级平台的</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="296"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="309"/>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="340"/>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="341"/>
        <source>Disable %1 (%2)? They can no longer log in, and wherever they are logged in now, their session ends at once.</source>
        <translation>确定停用 %1（%2）？停用后不能再登录，当前在任何地方的登录都立即结束。</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="352"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../app/supervisor/admin/StaffPage.cpp" line="353"/>
        <source>Give %1 a new password? Their sessions end at once; the new password is shown once, to print for them, and they choose their own at the next login.</source>
        <translation>确定为 %1 重置密码？其登录立即结束；新密码只显示一次，可打印交给本人，本人下次登录时须设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>ow::StationWindow</name>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="35"/>
        <source>OneWindow — agency station</source>
        <translation>一窗通 — 代办站</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="44"/>
        <source>%1 · agency station</source>
        <translation>%1 · 代办站</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="45"/>
        <source>Agent: %1</source>
        <translation>代办员：%1</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="60"/>
        <source>Apply for a villager (Ctrl+1)</source>
        <translation>代办受理 (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="61"/>
        <source>Cases and upload (Ctrl+2)</source>
        <translation>办件与上传 (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="62"/>
        <source>Home visits (Ctrl+3)</source>
        <translation>上门服务（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="63"/>
        <source>Appointments (Ctrl+4)</source>
        <translation>预约登记（Ctrl+4）</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="103"/>
        <source>● Connected to the hall</source>
        <translation>● 已连接中心</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="103"/>
        <location filename="../app/station/StationWindow.cpp" line="126"/>
        <source>● Offline — working on this computer</source>
        <translation>● 离线 — 在本机办理</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="126"/>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <location filename="../app/station/StationWindow.cpp" line="89"/>
        <source>✔ Everything confirmed by the hall</source>
        <translation>✔ 全部已由中心确认</translation>
    </message>
</context>
<context>
    <name>ow::StatsService</name>
    <message>
        <location filename="../core/sync/StatsService.cpp" line="62"/>
        <location filename="../core/sync/StatsService.cpp" line="78"/>
        <source>The server&apos;s answer could not be read. Please try again.</source>
        <translation>无法读取服务器的答复，请重试。</translation>
    </message>
</context>
<context>
    <name>ow::SupervisorWindow</name>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>OneWindow — supervisor</source>
        <translation>一窗通 — 督查</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>OneWindow — approval</source>
        <translation>一窗通 — 后台审批</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="53"/>
        <source>Supervisor — %1</source>
        <translation>督查 — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="53"/>
        <source>Approval — %1</source>
        <translation>后台审批 — %1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="56"/>
        <source>Logged in as %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="65"/>
        <source>To decide (后台审批)</source>
        <translation>后台审批</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="70"/>
        <source>The day (今日概况)</source>
        <translation>今日概况</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="71"/>
        <source>Bad ratings (差评整改)</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="72"/>
        <source>Case warnings (办件预警)</source>
        <translation>办件预警</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="73"/>
        <source>Cases (分办)</source>
        <translation>办件分办</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="74"/>
        <source>Permits (证照管理)</source>
        <translation>证照管理</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="77"/>
        <source>Home visits (预约上门)</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="80"/>
        <source>Appointments (预约设置)</source>
        <translation>预约设置</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="85"/>
        <source>Administration (管理)</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../app/supervisor/SupervisorWindow.cpp" line="94"/>
        <source>Logged in: %1</source>
        <translation>已登录：%1</translation>
    </message>
</context>
<context>
    <name>ow::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="168"/>
        <source>The attachment %1 is missing on this computer; the case that names it cannot be sent. Scan the material again.</source>
        <translation>本机缺少附件 %1，引用它的办件暂时无法上传，请重新扫描该材料；其他办件照常上传。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="176"/>
        <source>The attachment %1 on this computer is damaged (its contents no longer match it); the case that names it cannot be sent. Scan the material again.</source>
        <translation>本机附件 %1 已损坏（内容与记录不符），引用它的办件暂时无法上传，请重新扫描该材料；其他办件照常上传。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="272"/>
        <source>The server did not confirm every attachment sent; they go again in the next round.</source>
        <translation>服务器未确认全部附件，下一轮同步将重新上传。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="281"/>
        <source>The attachment %1 is missing on this computer (%2).</source>
        <translation>本机缺少附件 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="358"/>
        <source>The server&apos;s changes could not be read (%1).</source>
        <translation>无法读取服务器下发的变更（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="366"/>
        <source>%n change(s) wait for attachments the server does not have yet.</source>
        <translation>
            <numerusform>%n 条记录在等待服务器尚未收到的附件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::SyncIndicator</name>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="25"/>
        <source>Sync now (F9)</source>
        <translation>立即同步 (F9)</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="41"/>
        <source>✖ Sync failed: %1 (retrying by itself)</source>
        <translation>✖ 同步未成功：%1（正在自动重试）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/SyncIndicator.cpp" line="46"/>
        <source>⇅ %n item(s) waiting to upload</source>
        <translation>
            <numerusform>⇅ %n 项待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/common/SyncIndicator.cpp" line="48"/>
        <source>%n need(s) a person</source>
        <translation>
            <numerusform>%n 条需人工处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="51"/>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="55"/>
        <source>Sync failed; OneWindow keeps retrying by itself</source>
        <translation>同步失败，一窗通正在自动重试</translation>
    </message>
    <message>
        <location filename="../app/common/SyncIndicator.cpp" line="59"/>
        <source>Last error: %1</source>
        <translation>最近一次错误：%1</translation>
    </message>
</context>
<context>
    <name>ow::UpstreamNotice</name>
    <message numerus="yes">
        <location filename="../app/common/UpstreamNotice.cpp" line="16"/>
        <source>Upstream platform not connected — this hall serves as normal (%n change(s) waiting to go up)</source>
        <translation>
            <numerusform>上级平台未连接，本厅正常服务（%n 条待上传）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/common/UpstreamNotice.cpp" line="20"/>
        <source>; last reached at %1</source>
        <translation>；最后连通于 %1</translation>
    </message>
</context>
<context>
    <name>ow::WarningsPanel</name>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="18"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="19"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="19"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="27"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="32"/>
        <source>Cases near or past their promised date</source>
        <translation>临近或超过承诺时限的办件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/WarningsPanel.cpp" line="49"/>
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/supervisor/WarningsPanel.cpp" line="50"/>
        <source>Due soon: %n working day(s) left</source>
        <translation>
            <numerusform>即将到期：剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/supervisor/WarningsPanel.cpp" line="55"/>
        <source>%1 overdue, %2 due soon</source>
        <translation>逾期 %1 件，即将到期 %2 件</translation>
    </message>
</context>
</TS>
