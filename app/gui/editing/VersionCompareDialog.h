// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editing/TextDiff.h"

#include <QDialog>
#include <QString>

#include <memory>

class QLabel;
class QTemporaryDir;
class QTextEdit;

namespace kessai::gui {

class StoreClient;

/// 比較: two versions of an attachment side by side, removed lines red on the left, added lines
/// green on the right, the changed characters of changed lines stronger; both sides scroll
/// together. The bytes come through the store thread into a private temporary folder; the
/// text is extracted (PDF and text directly, office documents through their stored PDF
/// rendition) and compared on a worker thread, never on the GUI thread.
class VersionCompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// The text of one version, or why there is none.
    struct Side
    {
        int versionNo = 0;
        bool hasText = false;
        QString text;
        QString problem; ///< for people: "not converted yet", "no text to compare", ...
    };

    VersionCompareDialog(StoreClient *client, qint64 attachmentId, const QString &attachmentName,
                         int leftVersionNo, int rightVersionNo, QWidget *parent = nullptr);
    ~VersionCompareDialog() override;

    /// Fetches both versions and compares them; finished() follows.
    void start();

    bool isFinished() const { return m_finished; }
    /// True when both sides had text and were compared.
    bool isCompared() const { return m_compared; }
    const TextDiff &diff() const { return m_diff; }
    /// "2行追加・1行削除" (translated), or why nothing was compared.
    QString summary() const;
    QTextEdit *leftView() const { return m_leftView; }
    QTextEdit *rightView() const { return m_rightView; }
    int leftVersion() const { return m_left; }
    int rightVersion() const { return m_right; }

    /// Extracts the text of the file at path (called on a worker thread). renditionPath: the
    /// PDF of an office document, empty when none is stored.
    static Side extract(int versionNo, const QString &path, const QString &name,
                        const QString &renditionPath);

signals:
    void finished();

private:
    void compareInBackground(const QString &leftPath, const QString &leftRendition, const QString &rightPath,
                             const QString &rightRendition);
    void present(const Side &left, const Side &right, const TextDiff &diff);
    void fail(const QString &message);

    StoreClient *m_client;
    qint64 m_attachmentId;
    QString m_name;
    int m_left;
    int m_right;
    std::shared_ptr<QTemporaryDir> m_files;
    TextDiff m_diff;
    bool m_finished = false;
    bool m_compared = false;
    QString m_summaryText;
    QLabel *m_summary;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QTextEdit *m_leftView;
    QTextEdit *m_rightView;
};

} // namespace kessai::gui

Q_DECLARE_METATYPE(kessai::gui::VersionCompareDialog::Side)
