// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/SubmissionCheck.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace kessai::gui {

class StoreClient;

/// 提出 asks first: the route the draft will take (or the 既定経路 that 提出 fills in), the
/// checks — 決裁区分, 簿冊, route — and what would refuse it; 提出 is offered only when nothing
/// does. After 提出 it says what happened: the 文書番号 and who has the document now.
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    SubmitDialog(StoreClient *client, qint64 documentId, QWidget *parent = nullptr);

    /// Reads the route and the checks (store thread), then shows them.
    void load();
    /// Submits (what the 提出 button does).
    void submit();
    bool isReady() const { return m_ready; }
    const SubmissionCheck::Preview &preview() const { return m_preview; }
    QString resultText() const { return m_result; }

signals:
    void previewShown();
    /// 提出 went through: the message says the number and who is next.
    void submitted(qint64 documentId, const QString &message);
    void failed(const QString &message);

private:
    void showPreview(const SubmissionCheck::Preview &preview);

    StoreClient *m_client;
    qint64 m_documentId;
    SubmissionCheck::Preview m_preview;
    bool m_ready = false;
    QString m_result;
    QLabel *m_checks = nullptr;
    QListWidget *m_route = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kessai::gui
