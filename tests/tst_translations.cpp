// SPDX-License-Identifier: GPL-3.0-or-later
// German and Traditional Chinese (#4): every tr() string translated, the catalogues embedded
// in the app, and a MainWindow built after installing one speaks it.
#include "i18n/languages.h"
#include "mainwindow/mainwindow.h"
#include "runs/runstatetext.h"

#include <QtTest>

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace denselab;

class TstTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void unknownLanguageIsRefused();
    void germanMenusAfterInstall();
};

void TstTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW");
}

void TstTranslations::catalogueIsComplete()
{
    QFETCH(QString, code);
    QFile ts(QStringLiteral(DENSELAB_TS_DIR "/denselab_%1.ts").arg(code));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(), qPrintable(source));   // not unfinished
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(source));
            // Every placeholder of the source survives translation.
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured();
                QVERIFY2(text.contains(p), qPrintable(source + QStringLiteral(" lacks ") + p));
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 200);
}

void TstTranslations::unknownLanguageIsRefused()
{
    QVERIFY(!installLanguage(*QCoreApplication::instance(), QStringLiteral("xx")));
    QCOMPARE(chooseLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
}

void TstTranslations::germanMenusAfterInstall()
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));   // from :/i18n
    MainWindow window(RecoveryStore(home.filePath(QStringLiteral("recovery"))));
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
    // #13: run states were shown in English ("finished") in a German interface.
    QCOMPARE(runStateText(training::RunState::Finished), QStringLiteral("abgeschlossen"));
    QCOMPARE(runStateText(training::RunState::Failed), QStringLiteral("fehlgeschlagen"));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
