<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="21"/>
        <source>The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.</source>
        <translation>服务器暂时无法连接，请检查网线或无线网络；系统会自动重试。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="24"/>
        <source>Finish the current ticket or mark it as no-show before calling the next one.</source>
        <translation>请先办结当前号码或标记过号，再呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="26"/>
        <source>This number has been recalled the maximum number of times. Mark it as no-show.</source>
        <translation>该号码重呼次数已达上限，请标记为过号。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="28"/>
        <source>This ticket has already moved on; the screen has been refreshed.</source>
        <translation>该号码状态已变化，界面已刷新。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="30"/>
        <source>Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.</source>
        <translation>密码错误次数过多，账号已锁定 15 分钟；如有急需请联系负责人。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="32"/>
        <source>This enrollment code is unknown or has already been used. Ask the administrator for a new one.</source>
        <translation>注册码无效或已被使用，请向管理员申请新的注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="34"/>
        <source>This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for a new enrollment code if needed.</source>
        <translation>本设备注册已失效或登录已过期。请重新启动一窗通，如需要会提示输入新的注册码。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="37"/>
        <source>Wrong user name or password. Please try again.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="39"/>
        <source>This device is not allowed to do that.</source>
        <translation>本设备无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../core/sync/ApiClient.cpp" line="46"/>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
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
        <location filename="../printer/NoticePrinter.cpp" line="35"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="38"/>
        <source>Notified on %1. Questions: ask at the counter or the help desk.</source>
        <translation>告知日期：%1。如有疑问，请咨询窗口或咨询台。</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="39"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/NoticePrinter.cpp" line="39"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../printer/PdfFile.cpp" line="21"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="41"/>
        <source>Acceptance receipt</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="42"/>
        <source>Case number: %1</source>
        <translation>办件编号：%1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="43"/>
        <source>Items: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="36"/>
        <source>Applicant: %1 (%2)</source>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="45"/>
        <source>Accepted on %1; promised completion by %2 (working days, holidays excluded).</source>
        <translation>受理日期：%1；承诺办结日期：%2（按工作日计算，节假日顺延）。</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="48"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="22"/>
        <source>received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="24"/>
        <source>accepted without it for now (容缺): bring it by %1</source>
        <translation>容缺受理，请于 %1 前补交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="26"/>
        <source>replaced by the applicant&apos;s signed commitment (告知承诺)</source>
        <translation>以申请人签署的告知承诺书代替</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="27"/>
        <source>obtained by data sharing, nothing to bring (免提交)</source>
        <translation>通过数据共享获取，免于提交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="28"/>
        <source>not required for this application</source>
        <translation>本次申请无需提交</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="52"/>
        <source>Scan the code or enter the case number at the kiosk to follow this application.</source>
        <translation>扫描二维码或在自助终端输入办件编号，可查询办理进度。</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="54"/>
        <source>Clerk: %1</source>
        <translation>受理人：%1</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="54"/>
        <source>Applicant&apos;s signature: ____________</source>
        <translation>申请人签字：____________</translation>
    </message>
    <message>
        <location filename="../printer/ReceiptPrinter.cpp" line="59"/>
        <source>Acceptance receipt %1</source>
        <translation>受理通知书 %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="34"/>
        <source>Priority service</source>
        <translation>优先服务</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="35"/>
        <source>You are next</source>
        <translation>下一位就是您</translation>
    </message>
    <message numerus="yes">
        <location filename="../printer/TicketPrinter.cpp" line="36"/>
        <source>%n people ahead of you</source>
        <translation><numerusform>您前面还有 %n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="43"/>
        <source>Please wait for your number to be called. Scan the code to check progress or rate our service.</source>
        <translation>请留意叫号。扫描二维码可查询进度或评价服务。</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="49"/>
        <source>Queue ticket %1</source>
        <translation>排队号票 %1</translation>
    </message>
    <message>
        <location filename="../printer/TicketPrinter.cpp" line="60"/>
        <source>No ticket printer is installed.</source>
        <translation>未安装号票打印机。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Unknown mode &quot;%1&quot;. Use counter, kiosk or display.</source>
        <translation>未知模式“%1”。请使用 counter、kiosk 或 display。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>This code enrolls a %1 device, not a %2.</source>
        <translation>此注册码用于 %1 设备，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Counter %1 — log in</source>
        <translation>%1号窗口 — 登录</translation>
    </message>
</context>
<context>
    <name>ow::Announcer</name>
    <message>
        <location filename="../widgets/Announcer.cpp" line="75"/>
        <source>Number %1, please go to counter %2</source>
        <translation>请%1号到%2号窗口办理</translation>
    </message>
</context>
<context>
    <name>ow::CallBoardWidget</name>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="23"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="105"/>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="39"/>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="76"/>
        <location filename="../widgets/CallBoardWidget.cpp" line="99"/>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="79"/>
        <source>Please wait to be called</source>
        <translation>请等候叫号</translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="85"/>
        <source>%1  →  Counter %2</source>
        <translation>%1  →  %2号窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/CallBoardWidget.cpp" line="92"/>
        <source>%1 %2: %n waiting</source>
        <translation><numerusform>%1 %2：等候 %n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../widgets/CallBoardWidget.cpp" line="105"/>
        <source>Reconnecting to the server…</source>
        <translation>正在重新连接服务器…</translation>
    </message>
</context>
<context>
    <name>ow::CounterService</name>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="66"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候人员。</translation>
    </message>
    <message>
        <location filename="../core/sync/CounterService.cpp" line="77"/>
        <source>There is no current ticket. Press F1 to call the next number.</source>
        <translation>当前没有号码，请按 F1 呼叫下一位。</translation>
    </message>
</context>
<context>
    <name>ow::CounterWindow</name>
    <message>
        <location filename="../app/CounterWindow.cpp" line="42"/>
        <source>OneWindow — counter %1</source>
        <translation>一窗通 — %1号窗口</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="51"/>
        <source>Counter %1 · %2</source>
        <translation>%1号窗口 · %2</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="59"/>
        <source>Current ticket</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="75"/>
        <source>Call next (F1)</source>
        <translation>呼叫下一位 (F1)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="77"/>
        <source>Recall (F2)</source>
        <translation>重呼 (F2)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="78"/>
        <source>No-show (F3)</source>
        <translation>过号 (F3)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="79"/>
        <source>Transfer (F4)</source>
        <translation>转移 (F4)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="80"/>
        <source>Start (F5)</source>
        <translation>开始办理 (F5)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="81"/>
        <source>Finish (F6)</source>
        <translation>办结 (F6)</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="87"/>
        <source>Waiting</source>
        <translation>等候情况</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="113"/>
        <source>Clerk: %1 (%2)</source>
        <translation>窗口人员：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="114"/>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="140"/>
        <source>● Connected to the server</source>
        <translation>● 已连接服务器</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="140"/>
        <source>● Not connected — reconnecting</source>
        <translation>● 未连接 — 正在重连</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="179"/>
        <source>In service</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="179"/>
        <source>Called — waiting for the citizen</source>
        <translation>已呼叫 — 等待群众到窗口</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="182"/>
        <source>Green card priority</source>
        <translation>服务绿卡优先</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="183"/>
        <source>Elderly priority</source>
        <translation>老年人优先</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="184"/>
        <source>Disability priority</source>
        <translation>残疾人优先</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="189"/>
        <source>Taken at %1 · recalled %2 times</source>
        <translation>取号时间 %1 · 已重呼 %2 次</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="195"/>
        <source>No ticket at this counter</source>
        <translation>本窗口当前无号码</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="196"/>
        <source>Press F1 to call the next number.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CounterWindow.cpp" line="214"/>
        <source>%1 %2 — %n waiting</source>
        <translation><numerusform>%1 %2 — 等候 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CounterWindow.cpp" line="219"/>
        <source>In all: %n waiting</source>
        <translation><numerusform>合计等候 %n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="230"/>
        <source>To queue %1 %2</source>
        <translation>转至 %1 %2 队列</translation>
    </message>
    <message>
        <location filename="../app/CounterWindow.cpp" line="238"/>
        <source>To counter %1</source>
        <translation>转至%1号窗口</translation>
    </message>
</context>
<context>
    <name>ow::DisplayWindow</name>
    <message>
        <location filename="../app/DisplayWindow.cpp" line="23"/>
        <source>OneWindow — call board</source>
        <translation>一窗通 — 叫号屏</translation>
    </message>
</context>
<context>
    <name>ow::KioskWindow</name>
    <message>
        <location filename="../app/KioskWindow.cpp" line="51"/>
        <source>OneWindow — take a number</source>
        <translation>一窗通 — 自助取号</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="71"/>
        <source>Please choose your service</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="75"/>
        <location filename="../app/KioskWindow.cpp" line="79"/>
        <source>Priority: elderly, disabled or green card</source>
        <translation>优先服务：老年人、残疾人或服务绿卡</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="79"/>
        <source>✔ Priority service chosen</source>
        <translation>✔ 已选择优先服务</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="88"/>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="93"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="104"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="113"/>
        <source>Supervisor PIN to leave the kiosk</source>
        <translation>请输入负责人密码以退出自助终端</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="119"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="130"/>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/KioskWindow.cpp" line="195"/>
        <source>%1
%n waiting</source>
        <translation><numerusform>%1
等候 %n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="204"/>
        <source>Sorry, numbers cannot be issued right now. Please ask at the help desk.</source>
        <translation>抱歉，暂时无法取号，请到咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="216"/>
        <source>You are next.</source>
        <translation>下一位就是您。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/KioskWindow.cpp" line="217"/>
        <source>%n people ahead of you.</source>
        <translation><numerusform>您前面还有 %n 人。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="218"/>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="229"/>
        <source>Please take your ticket below.</source>
        <translation>请在下方取走号票。</translation>
    </message>
    <message>
        <location filename="../app/KioskWindow.cpp" line="230"/>
        <source>The printer is not working; please remember your number.</source>
        <translation>打印机暂时无法使用，请记住您的号码。</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="18"/>
        <source>OneWindow — log in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="25"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="26"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="30"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <location filename="../app/SetupDialog.cpp" line="19"/>
        <source>OneWindow — enroll this device</source>
        <translation>一窗通 — 设备注册</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="21"/>
        <source>Enroll this device</source>
        <translation>注册本设备</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="22"/>
        <source>Enter the server address and the one-time code from the administrator.</source>
        <translation>请输入服务器地址和管理员提供的一次性注册码。</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="30"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="31"/>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="32"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="36"/>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../app/SetupDialog.cpp" line="47"/>
        <source>The server address starts with http:// or https://</source>
        <translation>服务器地址应以 http:// 或 https:// 开头</translation>
    </message>
</context>
</TS>
