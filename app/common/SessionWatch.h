#pragma once

class QMainWindow;

namespace ow {

class ApiClient;

// A person's window whose session the administrator stopped (account disabled, password reset, device revoked):
// the work area is disabled so nothing more is attempted, and a message says why in words (objectName
// "sessionEndedBox"), with what to do next.
void watchSession(QMainWindow& window, ApiClient& sessionApi);

} // namespace ow
