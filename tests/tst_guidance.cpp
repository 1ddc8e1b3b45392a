// SPDX-License-Identifier: GPL-3.0-or-later
// #13: what guides a user through the app, driven through its real widgets offscreen: the
// user guide and shortcut list, the guided tours (side panel, --tour/--step), presentation mode, the start page and the
// Preferences' runs and datasets folders.
#include "document/designdocument.h"
#include "mainwindow/helpwindows.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/preferencesdialog.h"
#include "costs/costpanel.h"
#include "presets/presets.h"
#include "prune/pruneview.h"
#include "runs/jobcontrols.h"
#include "runs/runsbrowser.h"
#include "search/searchview.h"
#include "tours/tour.h"
#include "tours/tourpanel.h"
#include "training/trainingview.h"
#include "workspace/blockeditor.h"
#include "workspace/librarypanel.h"
#include "workspace/startpage.h"

#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace denselab;

class TstGuidance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void userGuideAndShortcutsFromTheHelpMenu();
    void tourPlaysStepsForwardAndBack();
    void tourFlagRendersAStep();
    void presentationModeHidesDocksAndRestores();
    void startPageOpensPresetsFilesAndTours();
    void preferencesChangeTheRunsAndDatasetsFolders();

private:
    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    RecoveryStore recoveryStore() const { return RecoveryStore(m_home.filePath(QStringLiteral("recovery"))); }
};

void TstGuidance::initTestCase()
{
    // Settings, recent files and designs go to a throwaway home, never the user's.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("denselab-test"));
    QCoreApplication::setApplicationName(QStringLiteral("denselab-test"));
}

void TstGuidance::init()
{
    m_window = new MainWindow(recoveryStore());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openPreset(QStringLiteral("thresholdnet-ab")));
}

void TstGuidance::cleanup()
{
    if (m_window)
        m_window->document()->reset(m_window->document()->design(), QString());   // no save prompt
    delete m_window;
    m_window = nullptr;
    RecoveryStore store = recoveryStore();
    if (store.claim())
        store.clear();
}

void TstGuidance::userGuideAndShortcutsFromTheHelpMenu()
{
    UserGuide guide;
    QVERIFY2(guide.pages()->count() >= 10, qPrintable(QString::number(guide.pages()->count())));
    QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Library")));   // workspace.md first
    QVERIFY(guide.showPage(QStringLiteral("export.md")));
    QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("torchvision")));
    QVERIFY(!guide.showPage(QStringLiteral("no-such-page.md")));

    ShortcutList list(m_window->menuBar());
    QMap<QString, QString> shortcuts;
    for (int row = 0; row < list.table()->rowCount(); ++row)
        shortcuts[list.table()->item(row, 0)->text()] = list.table()->item(row, 1)->text();
    QCOMPARE(shortcuts.value(QStringLiteral("Edit ▸ Undo")), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    QVERIFY2(shortcuts.value(QStringLiteral("Edit ▸ Redo")).contains(QStringLiteral("Ctrl+Y")),
             qPrintable(shortcuts.value(QStringLiteral("Edit ▸ Redo"))));
    QVERIFY(shortcuts.contains(QStringLiteral("File ▸ Open…")));
}

void TstGuidance::tourPlaysStepsForwardAndBack()
{
    // #13: the ThresholdNet tour, as a teacher clicks through it.
    QVERIFY(m_window->startBuiltInTour(QStringLiteral("thresholdnet")));
    TourPanel *panel = m_window->tourPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->currentStep(), 0);
    QVERIFY(!panel->backButton()->isEnabled());
    QCOMPARE(m_window->document()->design().name, std::string("thresholdnet-ab"));
    QVERIFY(!m_window->document()->isModified());
    // Step 1 highlights the connections row of the totals.
    const QList<QTableWidgetItem *> selected = m_window->costPanel()->totalsTable()->selectedItems();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.first()->row(), 9);

    auto thresholdOfShownBlock = [this] {
        const Design &d = m_window->document()->design();
        return std::get<DenseBlockSpec>(d.stages[std::size_t(m_window->blockEditor()->stage())]).connectivity.threshold;
    };
    QCOMPARE(thresholdOfShownBlock(), 8);
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QCOMPARE(panel->currentStep(), 1);
    QCOMPARE(thresholdOfShownBlock(), 4);   // the slider morph: T = 4
    QVERIFY(panel->textView()->toPlainText().contains(QLatin1String("34")));
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QCOMPARE(thresholdOfShownBlock(), 16);
    // A step that shows a chart and highlights a cost row shows the chart (the row is selected
    // on the Totals page behind it).
    QVERIFY(m_window->showTourStep(3));
    QCOMPARE(loadBuiltInTour("thresholdnet").steps[3].show, std::string("chart-cost"));
    QCOMPARE(m_window->costPanel()->currentPage(), 2);
    QVERIFY(!m_window->costPanel()->totalsTable()->selectedItems().isEmpty());
    QVERIFY(m_window->showTourStep(2));
    QTest::mouseClick(panel->backButton(), Qt::LeftButton);
    QCOMPARE(panel->currentStep(), 1);
    QCOMPARE(thresholdOfShownBlock(), 4);   // Back replays the tour up to that step
    // The last step's button finishes the tour.
    const int last = static_cast<int>(loadBuiltInTour("thresholdnet").steps.size()) - 1;
    QVERIFY(m_window->showTourStep(last));
    QCOMPARE(panel->nextButton()->text(), QStringLiteral("Finish"));
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    QVERIFY(!m_window->tourActive());
    QTRY_VERIFY(!panel->isVisible());

    // A tour file of one's own: its mistakes are named, the open design stays.
    const QString path = m_home.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "denselab.tour", "version": 1, "title": "Mine", "steps": [
        {"title": "One", "text": "x", "preset": "hardnet68", "block": 7}]})");
    file.close();
    const Design before = m_window->document()->design();
    QVERIFY(!m_window->openTourFile(path));
    QVERIFY(m_window->lastError().contains(QLatin1String("block 7 does not exist")));
    QVERIFY(m_window->document()->design() == before);
    QVERIFY(!m_window->tourActive());
}

void TstGuidance::tourFlagRendersAStep()
{
    const QString png = m_home.filePath(QStringLiteral("tour.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--tour"), QStringLiteral("hardnet"), QStringLiteral("--step"),
                                             QStringLiteral("3"), QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QImage(png).isNull());
    // A step the tour does not have is refused with a message, and no image is written.
    const QString none = m_home.filePath(QStringLiteral("none.png"));
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--tour"), QStringLiteral("hardnet"), QStringLiteral("--step"),
                                             QStringLiteral("40"), QStringLiteral("--screenshot"), none});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QLatin1String("has steps 1 to 5, not 40")));
    QVERIFY(!QFile::exists(none));
}

void TstGuidance::presentationModeHidesDocksAndRestores()
{
    QVERIFY(m_window->startBuiltInTour(QStringLiteral("hardnet")));
    const qreal size = m_window->font().pointSizeF();
    QTRY_VERIFY(m_window->costPanel()->isVisible());
    // F11, as on a projector.
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_window->presentationMode());
    QVERIFY(m_window->font().pointSizeF() > size * 1.4);
    QTRY_VERIFY(!m_window->costPanel()->isVisible());
    QVERIFY(!m_window->library()->isVisible());
    QVERIFY(m_window->tourPanel()->isVisible());   // the tour's text stays
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presentationMode());
    QCOMPARE(m_window->font().pointSizeF(), size);
    QTRY_VERIFY(m_window->costPanel()->isVisible());
    // Entered without the menu (--present): one F11 or one Esc leaves it.
    m_window->setPresentationMode(true);
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(!m_window->presentationMode());
    m_window->setPresentationMode(true);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presentationMode());
    m_window->endTour();
}

void TstGuidance::startPageOpensPresetsFilesAndTours()
{
    // A recent file to list: save the open design once.
    const QString saved = m_home.filePath(QStringLiteral("start.denselab.json"));
    QVERIFY(m_window->saveAs(saved));
    StartPage *page = m_window->showStartPage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QCOMPARE(page->presets()->count(), static_cast<int>(presetList().size()));
    QCOMPARE(page->tours()->count(), static_cast<int>(builtInTourNames().size()));
    QCOMPARE(page->recent()->item(0)->data(Qt::UserRole).toString(), saved);

    // A preset: the page closes and the preset is open.
    QListWidgetItem *hardnet = page->presets()->findItems(QStringLiteral("hardnet68 "), Qt::MatchStartsWith).value(0);
    QVERIFY(hardnet);
    QPointer<StartPage> guard(page);
    Q_EMIT page->presets()->itemActivated(hardnet);
    QCOMPARE(m_window->document()->design().name, std::string("hardnet68"));
    QTRY_VERIFY(guard.isNull());   // closed (deleted on close)

    // A recent file.
    page = m_window->showStartPage();
    Q_EMIT page->recent()->itemActivated(page->recent()->item(0));
    QCOMPARE(m_window->document()->filePath(), saved);

    // A tour.
    page = m_window->showStartPage();
    Q_EMIT page->tours()->itemActivated(page->tours()->item(0));
    QVERIFY(m_window->tourActive());
    m_window->endTour();

    // "Show at start" is remembered.
    QVERIFY(StartPage::showAtStart());
    page = m_window->showStartPage();
    page->findChild<QCheckBox *>()->setChecked(false);
    QVERIFY(!StartPage::showAtStart());
    page->findChild<QCheckBox *>()->setChecked(true);
    page->close();
}

void TstGuidance::preferencesChangeTheRunsAndDatasetsFolders()
{
    TrainingView *view = m_window->trainingView();
    view->setDataset(QStringLiteral("cifar10"), QString());
    // Defaults first: the runs under the data folder, CIFAR-10 under its datasets folder.
    QCOMPARE(m_window->runsBrowser()->runsDir(), m_home.filePath(QStringLiteral("data/denselab/runs")));
    QCOMPARE(view->datasetFolder(), m_home.filePath(QStringLiteral("data/denselab/datasets/cifar10")));
    {
        PreferencesDialog dialog(m_window);
        QVERIFY(dialog.runsFolderEdit()->text().isEmpty());   // the default shows as placeholder
        QCOMPARE(dialog.runsFolderEdit()->placeholderText(), m_home.filePath(QStringLiteral("data/denselab/runs")));
        dialog.runsFolderEdit()->setText(m_home.filePath(QStringLiteral("elsewhere/runs")));
        dialog.datasetsFolderEdit()->setText(m_home.filePath(QStringLiteral("elsewhere/datasets")));
        dialog.accept();
    }
    m_window->applyFolders();
    QCOMPARE(m_window->runsBrowser()->runsDir(), m_home.filePath(QStringLiteral("elsewhere/runs")));
    QCOMPARE(view->runsDir(), m_home.filePath(QStringLiteral("elsewhere/runs")));
    QCOMPARE(view->datasetFolder(), m_home.filePath(QStringLiteral("elsewhere/datasets/cifar10")));
    QCOMPARE(view->folderEdit()->placeholderText(), view->datasetFolder());
    // The Search and Prune pages read datasets from the same place.
    for (JobControls *job : {m_window->searchView()->jobControls(), m_window->pruneView()->jobControls()}) {
        job->datasetBox()->setCurrentText(QStringLiteral("svhn"));
        QCOMPARE(job->folderEdit()->placeholderText(), m_home.filePath(QStringLiteral("elsewhere/datasets/svhn")));
        QCOMPARE(QString::fromStdString(job->trainingConfig().data.dir), m_home.filePath(QStringLiteral("elsewhere/datasets/svhn")));
    }
    // Fashion-MNIST keeps Debian's folder when the chosen one does not have it.
    view->setDataset(QStringLiteral("fashion-mnist"), QString());
    QCOMPARE(view->datasetFolder(), QStringLiteral("/usr/share/datasets/fashion-mnist"));
    // A new window starts with the saved folders; empty fields go back to the defaults.
    {
        PreferencesDialog dialog(m_window);
        QCOMPARE(dialog.runsFolderEdit()->text(), m_home.filePath(QStringLiteral("elsewhere/runs")));
        dialog.runsFolderEdit()->clear();
        dialog.datasetsFolderEdit()->clear();
        dialog.accept();
    }
    m_window->applyFolders();
    QCOMPARE(m_window->runsBrowser()->runsDir(), m_home.filePath(QStringLiteral("data/denselab/runs")));
}

QTEST_MAIN(TstGuidance)
#include "tst_guidance.moc"
