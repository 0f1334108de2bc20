// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace kessai {

/// The one SHA-256 of Kessai (content addresses, the audit chain, caches). It is OpenSSL's
/// libcrypto (EVP), which uses the CPU's SHA extensions: about twice as fast as Qt 6.4's
/// QCryptographicHash on the machines we measured, which is most of the cost of attaching.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// Reads the device to its end in 1 MiB blocks; false on a read error.
    bool addData(QIODevice &device);
    /// The 32-byte digest; the hash starts over afterwards.
    QByteArray result();
    /// The digest as 64 lowercase hex digits; the hash starts over afterwards.
    QString hexResult();

    static QByteArray hash(QByteArrayView data);
    static QString hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace kessai
