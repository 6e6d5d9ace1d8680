#include "LineOnScreens.h"

namespace ow::server {

void showLineOnScreens(Relay& relay, ServerContext& context) {
    context.upstreamLine = [&relay] {
        const Relay::Status status = relay.status();
        return std::optional<QueueSnapshot::Upstream>(
            QueueSnapshot::Upstream{status.connected, status.backlog, status.lastContactMs});
    };
    relay.onChange([&context, hall = relay.hall()](const Relay::Status&) {
        if (context.events.hasSubscribers(hall))
            context.events.publish(hall, hallChangedMessage(context, hall, context.queue.lastEventSeq(hall)));
    });
}

} // namespace ow::server
