#include "LineOnScreens.h"

namespace ow::server {

void showLineOnScreens(Relay& relay, ServerContext& context) {
    context.upstreamLine = [&relay] {
        const Relay::Status status = relay.status();
        return std::optional<QueueSnapshot::Upstream>(
            QueueSnapshot::Upstream{status.connected, status.backlog, status.lastContactMs});
    };
    relay.onChange([&context, hall = relay.hall()](const Relay::Status&) { publishHallChanged(context, hall); });
}

} // namespace ow::server
