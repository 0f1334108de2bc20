// SPDX-License-Identifier: GPL-3.0-or-later
#include "JapaneseTextGenerator.h"

#include <QStringList>

namespace kessai::bench {

namespace {
const QStringList &subjects()
{
    static const QStringList words{
        QStringLiteral("道路補修工事"), QStringLiteral("河川改修事業"), QStringLiteral("補助金交付"),
        QStringLiteral("職員研修"),     QStringLiteral("庁舎清掃業務"), QStringLiteral("備品購入"),
        QStringLiteral("情報公開請求"), QStringLiteral("防災訓練"),     QStringLiteral("予算執行"),
        QStringLiteral("委託契約"),     QStringLiteral("公用車更新"),   QStringLiteral("広報誌発行"),
        QStringLiteral("システム改修"), QStringLiteral("ＤＸ推進計画"), QStringLiteral("子育て支援事業"),
        QStringLiteral("観光振興"),     QStringLiteral("下水道整備"),   QStringLiteral("学校給食"),
        QStringLiteral("文化財保護"),   QStringLiteral("感染症対策"),   QStringLiteral("ｲﾍﾞﾝﾄ開催"),
        QStringLiteral("農地転用"),     QStringLiteral("森林整備"),     QStringLiteral("港湾施設維持管理")};
    return words;
}
const QStringList &actions()
{
    static const QStringList words{
        QStringLiteral("の実施について"),       QStringLiteral("に係る契約の締結について"),
        QStringLiteral("の予算執行伺い"),       QStringLiteral("の結果報告"),
        QStringLiteral("に関する照会への回答"), QStringLiteral("の変更について"),
        QStringLiteral("の申請について")};
    return words;
}
const QStringList &phrases()
{
    static const QStringList words{QStringLiteral("標記について、別紙のとおり実施してよろしいか伺います。"),
                                   QStringLiteral("本件は令和%1年度当初予算に計上済みである。"),
                                   QStringLiteral("契約の相手方は指名競争入札により決定する。"),
                                   QStringLiteral("関係課との協議は完了しており、異論はない。"),
                                   QStringLiteral("事業費の総額は%1千円を見込んでいる。"),
                                   QStringLiteral("県民への周知は広報誌及びホームページにより行う。"),
                                   QStringLiteral("前年度の実績を踏まえ、内容を一部見直した。"),
                                   QStringLiteral("なお、詳細は添付資料を参照されたい。"),
                                   QStringLiteral("地域住民からの要望を受け、早期の対応が必要である。"),
                                   QStringLiteral("補助対象経費の範囲は要綱第%1条に定めるとおりとする。")};
    return words;
}
} // namespace

JapaneseTextGenerator::JapaneseTextGenerator(quint32 seed)
    : m_random(seed)
{}

QString JapaneseTextGenerator::pick(const QStringList &words)
{
    return words.at(int(m_random.bounded(quint32(words.size()))));
}

QString JapaneseTextGenerator::sentence()
{
    QString s = pick(phrases());
    if (s.contains(QLatin1String("%1")))
        s = s.arg(m_random.bounded(1, 100));
    return s;
}

QPair<QString, QString> JapaneseTextGenerator::document(qint64)
{
    const QString title =
        QStringLiteral("令和%1年度%2%3").arg(m_random.bounded(1, 9)).arg(pick(subjects()), pick(actions()));
    QString body;
    const int sentences = 2 + int(m_random.bounded(4));
    for (int i = 0; i < sentences; ++i)
        body += sentence();
    return {title, body};
}

QString JapaneseTextGenerator::page(qint64, int)
{
    QString text;
    while (text.size() < 800) {
        text += pick(subjects()) + QStringLiteral("について。") + sentence() + QLatin1Char('\n');
    }
    return text;
}

} // namespace kessai::bench
