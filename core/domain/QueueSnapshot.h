#pragma once

#include "domain/HallProfile.h"
#include "domain/Ticket.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow {

// What every device of a hall sees of the queue: waiting counts, what each counter serves, the last calls.
struct QueueSnapshot {
    struct Category {
        std::string prefix;
        std::string name;
        int waiting = 0;
        bool open = true;       // closed by the administrator: no new numbers at the kiosk; those waiting are called
        std::string group = {}; // its department (公安, 税务 …); empty: none
    };
    struct Counter {
        int number = 0;
        std::vector<std::string> categories;
        std::optional<Ticket> current;
        std::string name;    // 综合受理窗口; empty: its number says it
        bool closed = false; // closed for the day: it calls nobody
        bool paused = false; // paused by its clerk (暂停服务): it calls nobody until resumed
        std::int64_t pausedSinceMs = 0;
        // The clerk on duty: the last to log in, still logged in, at the counter's PC; shown above the counter.
        struct Clerk {
            std::string user;    // for support and the pad's rating; never shown
            std::string staffNo; // 工号, shown with the name; empty when the hall gave none
            std::string name;
        };
        std::optional<Clerk> clerk = std::nullopt;
    };
    struct Call {
        std::string ticketId;
        std::string number;
        int counter = 0;
        std::int64_t atMs = 0;
        Priority priority = Priority::Normal; // the board marks an appointment's number (预约)
    };

    std::string hall;
    std::string hallName;
    std::string businessDay;
    std::int64_t seq = 0; // the hall's latest queue event as of the snapshot, when known (0: not said)
    std::vector<Category> categories;
    std::vector<Counter> counters;
    std::vector<Call> recentCalls; // newest first
    struct Missed {
        std::string number;
        std::int64_t atMs = 0;
    };
    std::vector<Missed> missed; // 过号: the day's numbers called and not there, newest first (at most 12)
    HallProfile profile;        // 本厅信息: the board's notice, the papers' foot and 文号
    // A hall server's line to its upstream (上级平台) as its relay last found it; absent where the server has none.
    struct Upstream {
        bool connected = false;
        std::int64_t backlog = 0;       // changes waiting to go up
        std::int64_t lastContactMs = 0; // 0: none since the server started
    };
    std::optional<Upstream> upstream;

    int waitingTotal() const;
};

Poco::JSON::Object::Ptr queueSnapshotToJson(const QueueSnapshot& snapshot);
QueueSnapshot queueSnapshotFromJson(const Poco::JSON::Object::Ptr& object);

} // namespace ow
