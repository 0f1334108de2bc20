// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTextBrowser;

namespace kessai::gui {

/// Help → 操作ガイド: the short Japanese guide per role (起案する人, 決裁する人, 文書管理者), task
/// by task, with screenshots of the real windows (made by tst_userguidewindow on demo data, see
/// scripts/update-guide-screenshots.sh), shown inside the app from the resources. F1 opens it at
/// the topic of the window in front (topicFor).
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    /// The guide page (and anchor) for a window: the draft editor → 起案, the single view →
    /// 承認, the main window → the folders …
    static QString topicFor(const QWidget *window);
    /// Opens (or raises) the one guide window at the topic of the active window.
    static UserGuideWindow *openFor(QWidget *window);
    /// Help → 操作ガイド (F1 in every window of the application).
    static QAction *createAction(QObject *parent);

    void showTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
    QString m_topic;
};

} // namespace kessai::gui
