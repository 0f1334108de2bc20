// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/EditSessionRecord.h"

namespace kessai {

QString EditSessionRecord::toCode(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Discarded:
        return QStringLiteral("discarded");
    case State::Broken:
        return QStringLiteral("broken");
    }
    return QStringLiteral("open");
}

EditSessionRecord::State EditSessionRecord::fromCode(const QString &code)
{
    if (code == QLatin1String("finished"))
        return State::Finished;
    if (code == QLatin1String("discarded"))
        return State::Discarded;
    if (code == QLatin1String("broken"))
        return State::Broken;
    return State::Open;
}

} // namespace kessai
