// SPDX-License-Identifier: GPL-3.0-or-later
// #13: the window fits an ordinary 1280x720 screen on every page in every language, and the
// Costs panel shows all its columns without a horizontal scroll bar.
#include "document/recoverystore.h"
#include "i18n/languages.h"
#include "mainwindow/mainwindow.h"
#include "costs/costpanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QDockWidget>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace denselab;

class TstScreenFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageFits1280x720_data();
    void everyPageFits1280x720();
    void costColumnsFitTheDock_data() { everyPageFits1280x720_data(); }
    void costColumnsFitTheDock();

private:
    QTemporaryDir m_home;
};

void TstScreenFit::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("denselab-test"));
    QCoreApplication::setApplicationName(QStringLiteral("denselab-test"));
}

void TstScreenFit::everyPageFits1280x720_data()
{
    // Each row installs its language, which replaces the one before.
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

// The visible widgets wider than `limit` at their minimum: what to look at when a page grows.
static QString widest(QWidget *root, int limit)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && w->minimumSizeHint().width() > limit)
            found << QStringLiteral("%1 %2 (%3 px)")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                         .arg(w->minimumSizeHint().width());
    }
    return found.join(QStringLiteral("; "));
}

void TstScreenFit::everyPageFits1280x720()
{
    QFETCH(QString, language);
    QVERIFY(installLanguage(*qApp, language));
    QTemporaryDir recovery;
    MainWindow window{RecoveryStore(recovery.path())};
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPreset(QStringLiteral("densenet-bc-100-12")));
    using Page = MainWindow::Page;
    for (Page page : {Page::Design, Page::Training, Page::Search, Page::Prune, Page::Runs, Page::CompareRuns}) {
        window.showPage(page);
        QCoreApplication::processEvents();
        const QSize hint = window.minimumSizeHint().expandedTo(window.minimumSize());
        const QString context = QStringLiteral("%1 page %2: minimum %3x%4; wide: %5")
                                    .arg(language).arg(int(page)).arg(hint.width()).arg(hint.height())
                                    .arg(widest(&window, 600));
        QVERIFY2(hint.width() <= 1280 && hint.height() <= 720, qPrintable(context));
    }
}

void TstScreenFit::costColumnsFitTheDock()
{
    QFETCH(QString, language);
    QVERIFY(installLanguage(*qApp, language));
    for (const QSize size : {QSize(1600, 950), QSize(2550, 1400)}) {
        QTemporaryDir recovery;
        MainWindow window{RecoveryStore(recovery.path())};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPreset(QStringLiteral("densenet264")));   // the widest figures
        if (language == QLatin1String("en"))   // the translators of the rows before are gone
            QCOMPARE(window.findChild<CostPanel *>()->totalsTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Value"));
        QCoreApplication::processEvents();
        QTableWidget *totals = window.findChild<CostPanel *>()->totalsTable();
        // Columns are sized to their contents, so their total length is what the figures need.
        const int right = totals->verticalHeader()->width() + totals->horizontalHeader()->length();
        const QString context = QStringLiteral("%1 at %2x%3: columns need %4 px, the table shows %5 px")
                                    .arg(language).arg(size.width()).arg(size.height()).arg(right)
                                    .arg(totals->viewport()->width() + totals->verticalHeader()->width());
        QVERIFY2(totals->horizontalScrollBar()->maximum() == 0, qPrintable(context));
        // #13: numbers in the interface's language: "33,40 M" in German, "33.40 M" in English.
        const QString params = totals->item(0, 0)->text();
        QVERIFY2(params.contains(language == QLatin1String("de") ? QLatin1Char(',') : QLatin1Char('.')), qPrintable(params));
        QVERIFY2(right <= totals->viewport()->width() + totals->verticalHeader()->width(), qPrintable(context));
    }
}

QTEST_MAIN(TstScreenFit)
#include "tst_screenfit.moc"
