// onewindow-logcheck LOG...: fails when a log holds a whole resident ID number (one whose GB 11643 check character
// holds) or a whole mainland mobile number. Run over the whole test suite's output: full ID and phone numbers never
// appear in any log, masked ones (110105********002X, 138****5678) are fine.
#include "domain/IdNumber.h"

#include <fstream>
#include <iostream>
#include <regex>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: onewindow-logcheck LOG...\n";
        return 2;
    }
    const std::regex id(R"((^|[^0-9A-Za-z])([0-9]{17}[0-9Xx])(?![0-9A-Za-z]))");
    const std::regex phone(R"((^|[^0-9])(1[3-9][0-9]{9})(?![0-9]))");
    int found = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i]);
        if (!in) {
            std::cerr << "onewindow-logcheck: cannot read " << argv[i] << "\n";
            return 2;
        }
        std::string line;
        for (int number = 1; std::getline(in, line); ++number) {
            for (std::sregex_iterator it(line.begin(), line.end(), id), end; it != end; ++it)
                if (ow::IdNumber::isValid((*it)[2].str(), "2099-12-31") && ++found <= 20)
                    std::cerr << argv[i] << ":" << number << ": a whole ID number "
                              << ow::IdNumber::masked((*it)[2].str()) << "\n";
            for (std::sregex_iterator it(line.begin(), line.end(), phone), end; it != end; ++it)
                if (++found <= 20)
                    std::cerr << argv[i] << ":" << number << ": a whole phone number " << (*it)[2].str().substr(0, 3)
                              << "****" << (*it)[2].str().substr(7) << "\n";
        }
    }
    if (found) {
        std::cerr << "onewindow-logcheck: " << found << " whole ID or phone number(s) in the logs\n";
        return 1;
    }
    std::cout << "onewindow-logcheck: no whole ID or phone number in " << argc - 1 << " log(s)\n";
    return 0;
}
