#pragma once

#include <QByteArray>
#include <QString>

namespace ow {

// A person logged in on this device: the session's token and who they are.
struct StaffSession {
    QByteArray token;
    QString user;
    QString name;
    QString role;
};

} // namespace ow
