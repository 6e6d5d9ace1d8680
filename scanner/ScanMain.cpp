// onewindow-scan: the scanner on the command line, for scripts, benchmarks and tests.
#include "Codes.h"
#include "DocumentDetector.h"
#include "Enhance.h"
#include "IdNumberReader.h"
#include "ImageFile.h"
#include "MrzReader.h"
#include "Quality.h"
#include "Rectify.h"
#include "Upright.h"
#include "domain/Version.h"

#include "domain/Clock.h"
#include "permit/PermitToken.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace ow::scan;
using ow::PermitCheck;
using ow::PermitKeyRing;
using ow::PermitVerdict;
using ow::permitVerdictName;

namespace {

constexpr const char* kUsage = R"(usage: onewindow-scan COMMAND [options] IMAGE...

Commands:
  detect IMAGE...                    find the document's outline and judge the capture
  rectify IMAGE --kind id1|passport|a4 -o OUT.png [--flatten | --bw]
                                     straighten the document to its true size (300 dpi)
  codes IMAGE...                     read every barcode and QR code: its text and the charset it was
                                     written in (the code's ECI marker, else told from the bytes); bytes
                                     in a charset that cannot be told come as "bytes_base64"
  mrz IMAGE...                       read a passport's or ID card's machine readable zone (ICAO 9303)
  idno IMAGE...                      read the number on the front of a resident ID card (GB 11643)
  verify IMAGE... --keys JWKS.json   check the permit code in each image against the issuers' public keys
                                     (offline: the signature and the dates; revocation is not checked)

Options:
  --json   one JSON object per input file, each on its own line

Exit codes: 0 done; 1 wrong use; 2 an input could not be read (the others are still done);
            3 no document found (rectify); 4 an image had no valid permit code (verify).
)";

struct Args {
    std::string command;
    std::vector<std::string> files;
    bool json = false;
    std::string kind, output, enhance, keys;
};

std::string jsonLine(const Poco::JSON::Object& object) {
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Poco::JSON::Array::Ptr quadJson(const Quad& quad) {
    Poco::JSON::Array::Ptr corners = new Poco::JSON::Array;
    for (const auto& p : quad.corners) {
        Poco::JSON::Array::Ptr point = new Poco::JSON::Array;
        point->add(std::round(p.x * 10) / 10);
        point->add(std::round(p.y * 10) / 10);
        corners->add(point);
    }
    return corners;
}

int fail(const Args& args, const std::string& file, const std::string& message) {
    if (args.json) {
        Poco::JSON::Object out(Poco::JSON_PRESERVE_KEY_ORDER);
        out.set("file", file);
        out.set("error", message);
        std::cout << jsonLine(out) << "\n";
    }
    std::cerr << "onewindow-scan: " << message << "\n";
    return 2;
}

// Reads each file and prints what `read` makes of it; the frame every command shares.
template <typename Read> int eachImage(const Args& args, Read read) {
    int status = 0;
    for (const std::string& file : args.files) {
        cv::Mat image;
        try {
            image = readImageFile(file);
        } catch (const std::runtime_error& e) {
            status = fail(args, file, e.what());
            continue;
        }
        Poco::JSON::Object out(Poco::JSON_PRESERVE_KEY_ORDER);
        out.set("file", file);
        const auto start = std::chrono::steady_clock::now();
        const std::string text = read(image, out);
        out.set("ms", std::round(msSince(start) * 10) / 10);
        if (args.json)
            std::cout << jsonLine(out) << "\n";
        else
            std::cout << file << ": " << text << "\n";
    }
    return status;
}

int detect(const Args& args) {
    const DocumentDetector detector;
    return eachImage(args, [&detector](const cv::Mat& frame, Poco::JSON::Object& out) -> std::string {
        const Detection found = detector.detect(frame);
        const Quality quality = assessQuality(frame, found);
        out.set("found", found.found);
        if (found.found)
            out.set("quad", quadJson(found.quad));
        Poco::JSON::Object::Ptr q = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        q->set("ok", quality.ok());
        Poco::JSON::Array::Ptr issues = new Poco::JSON::Array;
        std::string text = found.found ? "document at" : "no document found";
        for (const auto& p : found.quad.corners)
            if (found.found)
                text += " (" + std::to_string(std::lround(p.x)) + "," + std::to_string(std::lround(p.y)) + ")";
        if (found.found)
            text += quality.ok() ? ", good to capture" : ", not good:";
        for (QualityIssue issue : quality.issues) {
            issues->add(std::string(qualityIssueCode(issue)));
            if (found.found)
                text += std::string(" ") + qualityIssueCode(issue);
        }
        q->set("issues", issues);
        q->set("sharpness", std::round(quality.sharpness * 10) / 10);
        q->set("glare", std::round(quality.glare * 10000) / 10000);
        q->set("area", std::round(quality.areaFraction * 1000) / 1000);
        out.set("quality", q);
        return text;
    });
}

// A birth date after it is no birth date: today in the halls' default time zone.
std::string todayIso() { return ow::Clock().todayIso(); }

int rectifyCommand(const Args& args) {
    const auto kind = documentKindFromName(args.kind);
    if (args.files.size() != 1 || !kind || args.output.empty()) {
        std::cerr << "onewindow-scan: rectify takes one image, --kind id1|passport|a4 and -o OUT.png\n";
        return 1;
    }
    cv::Mat frame;
    try {
        frame = readImageFile(args.files.front());
    } catch (const std::runtime_error& e) {
        return fail(args, args.files.front(), e.what());
    }
    const Detection found = DocumentDetector().detect(frame);
    if (!found.found) {
        std::cerr << "onewindow-scan: " << args.files.front() << ": no document found\n";
        return 3;
    }
    cv::Mat out = uprightByContent(rectify(frame, found.quad, *kind), *kind, todayIso());
    if (args.enhance == "flatten")
        out = flattenLight(out);
    else if (args.enhance == "bw")
        out = blackAndWhite(out);
    if (!cv::imwrite(args.output, out)) {
        std::cerr << "onewindow-scan: " << args.output << ": cannot be written\n";
        return 2;
    }
    if (args.json) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("file", args.files.front());
        o.set("found", true);
        o.set("quad", quadJson(found.quad));
        o.set("output", args.output);
        o.set("width", out.cols);
        o.set("height", out.rows);
        std::cout << jsonLine(o) << "\n";
    } else {
        std::cout << args.output << ": " << out.cols << " × " << out.rows << "\n";
    }
    return 0;
}

const char* formatName(MrzFormat format) {
    switch (format) {
    case MrzFormat::TD1: return "TD1";
    case MrzFormat::TD2: return "TD2";
    case MrzFormat::TD3: return "TD3";
    }
    return "";
}

int mrz(const Args& args) {
    return eachImage(args, [](const cv::Mat& image, Poco::JSON::Object& out) -> std::string {
        const auto found = readMrzFromPhoto(image);
        out.set("found", found.has_value());
        if (!found)
            return "no machine readable zone found";
        out.set("format", std::string(formatName(found->format)));
        Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
        std::string text;
        for (const auto& line : found->lines) {
            lines->add(line);
            text += (text.empty() ? "" : " / ") + line;
        }
        out.set("lines", lines);
        out.set("valid", found->valid);
        Poco::JSON::Array::Ptr uncertain = new Poco::JSON::Array;
        for (const auto& [line, position] : found->uncertain) {
            Poco::JSON::Array::Ptr at = new Poco::JSON::Array;
            at->add(line);
            at->add(position);
            uncertain->add(at);
        }
        out.set("uncertain", uncertain);
        Poco::JSON::Object::Ptr fields = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [name, field] : found->fields) {
            Poco::JSON::Object::Ptr f = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            f->set("value", field.value);
            f->set("valid", field.valid);
            fields->set(name, f);
        }
        out.set("fields", fields);
        if (found->valid)
            return text + " (read for certain: every check digit matches)";
        if (!found->uncertain.empty())
            return text + " (not read: " + std::to_string(found->uncertain.size()) +
                   " characters could be others; read again or type it)";
        return text + " (check digits do not match)";
    });
}

int idno(const Args& args) {
    const std::string today = todayIso();
    return eachImage(args, [&today](const cv::Mat& image, Poco::JSON::Object& out) -> std::string {
        const auto found = readIdNumberFromPhoto(image, today);
        out.set("found", found.has_value());
        if (!found)
            return "no ID number found";
        out.set("idno", found->number);
        out.set("valid", found->valid);
        if (found->valid) {
            out.set("birth_date", found->birthDate);
            out.set("sex", std::string(found->male ? "M" : "F"));
        }
        out.set("uncertain", found->uncertain);
        if (found->valid)
            return found->number + " (valid)";
        if (found->uncertain > 0)
            return found->number + " (not read: " + std::to_string(found->uncertain) +
                   " characters could be others; read again or type it)";
        return found->number + " (not a valid number: read again)";
    });
}

int codes(const Args& args) {
    return eachImage(args, [](const cv::Mat& image, Poco::JSON::Object& out) -> std::string {
        const auto found = readCodes(image);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        std::string text;
        for (const Code& code : found) {
            Poco::JSON::Object::Ptr c = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            c->set("format", code.format);
            c->set("charset", code.charset);
            if (code.hasText()) {
                c->set("text", code.text);
                text += (text.empty() ? "" : "\n  ") + code.format + ": " + code.text;
            } else {
                std::ostringstream base64;
                Poco::Base64Encoder encoder(base64);
                encoder.rdbuf()->setLineLength(0);
                encoder << code.bytes;
                encoder.close();
                c->set("bytes_base64", base64.str());
                text += (text.empty() ? "" : "\n  ") + code.format + ": " + std::to_string(code.bytes.size()) +
                        " bytes in a charset that cannot be told (base64 " + base64.str() + ")";
            }
            list->add(c);
        }
        out.set("codes", list);
        return found.empty() ? "no code found" : text;
    });
}

int verify(const Args& args) {
    PermitKeyRing keys;
    try {
        std::ifstream file(args.keys);
        if (args.keys.empty() || !file)
            throw std::invalid_argument("give the issuers' public keys with --keys JWKS.json (GET /api/v1/keys)");
        const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        keys = PermitKeyRing::fromJwks(Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>());
    } catch (const std::exception& e) {
        std::cerr << "onewindow-scan: " << e.what() << "\n";
        return 1;
    }
    const std::string today = todayIso();
    bool allValid = true;
    const int result = eachImage(args, [&](const cv::Mat& image, Poco::JSON::Object& out) -> std::string {
        std::vector<std::string> texts;
        for (const Code& code : readCodes(image))
            texts.push_back(code.text);
        const std::optional<PermitCheck> check = ow::checkFirstPermit(texts, keys, today);
        out.set("found", check.has_value());
        if (!check) {
            allValid = false;
            out.set("valid", false);
            out.set("reason", std::string("no permit code found"));
            return "no permit code found";
        }
        const bool valid = check->verdict == PermitVerdict::Valid;
        allValid = allValid && valid;
        const std::string reason =
            check->reason + (check->genuine() ? "; revocation not checked (offline)" : std::string());
        out.set("valid", valid);
        out.set("verdict", std::string(permitVerdictName(check->verdict)));
        out.set("reason", reason);
        out.set("kid", check->kid);
        if (check->genuine()) {
            Poco::JSON::Object::Ptr claims = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            claims->set("id", check->claims.id);
            claims->set("type", check->claims.type);
            claims->set("holder", check->claims.holder);
            claims->set("issuer", check->claims.issuer);
            claims->set("valid_from", check->claims.validFrom);
            claims->set("valid_to", check->claims.validTo);
            out.set("claims", claims);
            return check->claims.id + " " + check->claims.holder + ": " + reason;
        }
        return reason;
    });
    return result == 0 && !allValid ? 4 : result;
}

} // namespace

int main(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (a == "--version") {
            std::cout << "onewindow-scan " << ow::productVersion() << " (" << ow::productCommit() << ")\n";
            return 0;
        }
        if (a == "--json") {
            args.json = true;
        } else if ((a == "--kind" || a == "-o" || a == "--keys") && i + 1 < argc) {
            (a == "--kind" ? args.kind : a == "-o" ? args.output : args.keys) = argv[++i];
        } else if (a == "--flatten" || a == "--bw") {
            args.enhance = a.substr(2);
        } else if (a.rfind("--", 0) == 0) {
            std::cerr << "onewindow-scan: unknown option " << a << "\n" << kUsage;
            return 1;
        } else if (args.command.empty()) {
            args.command = a;
        } else {
            args.files.push_back(a);
        }
    }
    if (args.command.empty() || args.files.empty()) {
        std::cerr << kUsage;
        return 1;
    }
    try {
        if (args.command == "detect")
            return detect(args);
        if (args.command == "rectify")
            return rectifyCommand(args);
        if (args.command == "codes")
            return codes(args);
        if (args.command == "mrz")
            return mrz(args);
        if (args.command == "idno")
            return idno(args);
        if (args.command == "verify")
            return verify(args);
    } catch (const cv::Exception& e) {
        std::cerr << "onewindow-scan: " << e.what() << "\n";
        return 2;
    } catch (const std::runtime_error& e) { // the OCR-B font missing, say
        std::cerr << "onewindow-scan: " << e.what() << "\n";
        return 2;
    }
    std::cerr << "onewindow-scan: unknown command " << args.command << "\n" << kUsage;
    return 1;
}
