#pragma once

#include "Relay.h"
#include "ServerContext.h"

namespace ow::server {

// The hall's screens see the line to the upstream: every snapshot of the hall carries it (ServerContext::upstreamLine)
// and, when it comes or goes (or, while it is cut, what waits to go up changed), the hall's live screens are sent a
// fresh one — so the counters say "上级平台未连接, 本厅正常服务" and how much waits. Before relay.start(); the relay
// must outlive the context's use of it (stop the server's requests before destroying the relay).
void showLineOnScreens(Relay& relay, ServerContext& context);

} // namespace ow::server
