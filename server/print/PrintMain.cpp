// onewindow-print: documents made from the server's data with the client's printing (Qt), kept out of
// onewindow-server so that the server links no Qt at all. Built with the client.
#include "SamplePermit.h"

#include "CommandLine.h"
#include "Database.h"

#include <Poco/Exception.h>

#include <iostream>

namespace {

constexpr const char* kUsage =
    R"(usage: onewindow-print sample-permit --db sqlite:PATH|postgresql://... [--data DIR] --hall ID -o FILE.pdf [--card]
  a permit marked 样例, signed with the hall's newest key, to test the hall's scanners end to end; its code on
  stdout. Nothing is stored. --card: the card layout instead of A4.
Exit codes: 0 done; 1 the hall, its key or the file was not there; 2 wrong use.
)";

} // namespace

int main(int argc, char** argv) {
    try {
        const ow::server::CommandLine cl(argc, argv, {"card", "help"});
        if (cl.flag("help") || cl.words().size() != 1 || cl.words().front() != "sample-permit") {
            std::cerr << kUsage;
            return cl.flag("help") ? 0 : 2;
        }
        ow::server::Database db(cl.requireSetting("db"), cl.setting("data").value_or(""));
        ow::server::writeSamplePermit(db, cl.require("hall"), cl.require("out"), cl.flag("card"), std::cout);
        return 0;
    } catch (const std::invalid_argument& e) {
        std::cerr << "onewindow-print: " << e.what() << "\n" << kUsage;
        return 2;
    } catch (const Poco::Exception& e) {
        std::cerr << "onewindow-print: " << e.displayText() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "onewindow-print: " << e.what() << "\n";
        return 1;
    }
}
