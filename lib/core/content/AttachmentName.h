// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kessai {

/// File names come from anywhere (drops, other systems, archives) and are never trusted.
/// These functions turn a name into one that is safe to store and show: no path, no control
/// characters, valid Unicode (NFC), bounded length. Emoji and full-width characters are kept.
namespace AttachmentName {

/// Decodes a file name's raw bytes: valid UTF-8 as is; each invalid byte as "\xNN" so the
/// name stays faithful and distinct instead of collapsing into replacement characters.
QString decodeRaw(const QByteArray &bytes);

/// The name to show: last path component only, control characters and separators replaced,
/// NFC-normalised, at most 200 characters (the extension kept), never empty.
QString sanitize(const QString &name);

} // namespace AttachmentName

} // namespace kessai
