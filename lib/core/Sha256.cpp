// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Sha256.h"

#include <QIODevice>

#include <cstdio>
#include <cstdlib>
#include <openssl/evp.h>

namespace kessai {

namespace {
[[noreturn]] void fail(const char *what)
{
    // Only on an out-of-memory or a broken libcrypto: nothing sensible is left to do.
    std::fprintf(stderr, "kessai: OpenSSL SHA-256 %s failed\n", what);
    std::abort();
}
} // namespace

struct Sha256::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
    void start()
    {
        if (!md || EVP_DigestInit_ex(md, EVP_sha256(), nullptr) != 1)
            fail("init");
    }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    m_context->start();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context->md, data.data(), size_t(data.size())) != 1)
        fail("update");
}

bool Sha256::addData(QIODevice &device)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char *>(digest.data()), &length) != 1)
        fail("final");
    digest.truncate(int(length));
    m_context->start();
    return digest;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace kessai
