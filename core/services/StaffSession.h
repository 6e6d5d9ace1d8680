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
    QString region{}; // a region's supervisor at the region's PC (区域督查); empty for a hall's people
};

} // namespace ow
