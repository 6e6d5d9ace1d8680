// The booking page for phones (/book/{hall}): plain HTML and a little JavaScript (server/web/book.html, built in),
// Chinese, no account; it books, shows the code and its QR, and cancels through the public appointment routes. The
// QR of a code is drawn here as SVG (ZXing), so the page needs nothing from elsewhere.
#include "ApiError.h"
#include "Limits.h"
#include "Router.h"

#include "BookPageHtml.h"
#include "domain/Appointment.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <chrono>

namespace ow::server {
namespace {

constexpr int kDaysOffered = 14; // today and the next 13 days

// What the page knows of the hall, written into it: inside a <script>, so "</" never appears as such.
std::string hallScript(RequestContext& ctx, const std::string& hall, const std::string& name) {
    Poco::JSON::Object::Ptr info = new Poco::JSON::Object(true);
    info->set("id", hall);
    info->set("name", name);
    Poco::JSON::Array::Ptr queues = new Poco::JSON::Array;
    for (const auto& [category, queueName] : ctx.server().appointments.bookableQueues(hall)) {
        Poco::JSON::Object::Ptr q = new Poco::JSON::Object(true);
        q->set("category", category);
        q->set("name", queueName);
        queues->add(q);
    }
    info->set("queues", queues);
    const HallTime time(ctx.hallTimeZone(hall));
    const Date today = *parseIsoDate(time.businessDay(ctx.server().clock()));
    Poco::JSON::Array::Ptr dates = new Poco::JSON::Array;
    for (int d = 0; d < kDaysOffered; ++d)
        dates->add(isoDate(today + std::chrono::days(d)));
    info->set("dates", dates);
    std::string text = toJsonText(info);
    for (std::size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at + 2))
        text.replace(at, 2, "<\\/");
    return text;
}

// The QR a kiosk reads to check in (makeAppointmentLink), as SVG squares.
std::string qrSvg(const std::string& hall, const std::string& code) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    writer.setEccLevel(4);
    const std::string link = makeAppointmentLink({hall, code}); // ASCII: the hall percent-encoded
    const ZXing::BitMatrix matrix = writer.encode(std::wstring(link.begin(), link.end()), 0, 0);
    const int size = matrix.width();
    std::string path;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (matrix.get(x, y))
                path += "M" + std::to_string(x) + " " + std::to_string(y) + "h1v1h-1z";
    const std::string side = std::to_string(size);
    return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )" + side + " " + side +
           R"(" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=")" +
           path + R"("/></svg>)";
}

bool isCode(const std::string& code) {
    return code.size() == 6 && code.find_first_not_of("0123456789") == std::string::npos;
}

void securityHeaders(RequestContext& ctx) {
    auto& response = ctx.response();
    response.set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src "
                                            "'unsafe-inline'; img-src 'self'; frame-ancestors 'none'");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Cache-Control", "no-store");
}

} // namespace

void addBookingPageRoutes(Router& router) {
    router.add("GET", api::kBookingPage, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        const std::string hall = ctx.param(0);
        const auto found = ctx.server().halls.hall(hall);
        if (!found)
            throw ApiError::notFound("no hall \"" + hall + "\"");
        std::string page = kBookPageHtml;
        const std::string mark = "/*ONEWINDOW_HALL*/null";
        page.replace(page.find(mark), mark.size(), hallScript(ctx, hall, found->name));
        securityHeaders(ctx);
        ctx.sendText(200, "text/html; charset=utf-8", page);
    });

    router.add("GET", api::kBookingQr, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        const std::string hall = ctx.param(0);
        if (!ctx.server().halls.hall(hall))
            throw ApiError::notFound("no hall \"" + hall + "\"");
        const std::string code = ctx.query("code").value_or("");
        if (!isCode(code))
            throw ApiError::badRequest("invalid_field", "code: the booking's 6 digits");
        securityHeaders(ctx);
        ctx.sendText(200, "image/svg+xml", qrSvg(hall, code));
    });
}

} // namespace ow::server
