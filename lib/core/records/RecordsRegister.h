// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kessai {

/// 行政文書ファイル管理簿 (the register of 簿冊), in the national column order: 作成・取得年度等,
/// 大分類, 中分類, 名称（小分類）, 作成・取得者, 起算日, 保存期間, 保存期間満了日, 媒体の種別, 保存場所,
/// 管理者, 保存期間満了時の措置, 備考. The register is a published legal form: its headings and
/// values are Japanese whatever the interface language.
namespace RecordsRegister {
QStringList headings();
/// One row of the register.
QStringList row(const RecordFile &file);
/// CSV for Excel: UTF-8 with a byte-order mark, CRLF, every field quoted where it must be.
QByteArray csv(const QList<RecordFile> &files);
/// A printable page (HTML, A4 landscape), titled.
QString html(const QList<RecordFile> &files, const QString &title);
/// Writes csv() (or html() when printable) to path, whole or not at all; StoreError(BadData)
/// naming the file and the system's reason.
void save(const QString &path, const QList<RecordFile> &files, bool printable, const QString &title);
} // namespace RecordsRegister

} // namespace kessai
