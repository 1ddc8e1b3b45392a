// SPDX-License-Identifier: GPL-3.0-or-later
// Training in the desktop app (#5), offscreen on the CPU with a generated 12x12 digits dataset:
// live plots, pause/stop, the runs browser (app and CLI runs), CE/SE, a failing run, the
// connection-strength heatmap and the event loop's lateness while training.
#include "cost/costmodel.h"
#include "document/designdocument.h"
#include "graph/compiler.h"
#include "mainwindow/mainwindow.h"
#include "matrix/strengthheatmap.h"
#include "plots/trainingplots.h"
#include "presets/presets.h"
#include "report/efficiencyscores.h"
#include "runs/comparisonview.h"
#include "runs/runsbrowser.h"
#include "syntheticdata.h"
#include "torchside/torchside.h"
#include "training/devicecombobox.h"
#include "training/eventlooplatency.h"
#include "training/runrecord.h"
#include "training/trainingcontroller.h"
#include "training/trainingview.h"

#include <qcustomplot.h>

#include <QtTest>

#include <QLabel>
#include <QPlainTextEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <fstream>

using namespace denselab;
using training::RunState;

class TstTrainingUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void libTorchLoadsWhenTheFirstRunStarts();
    void runFeedsThePlotsAndTheBrowser();
    void resumedRunShowsItsWholeHistory();
    void pauseAndStopTakeEffect();
    void cliRunAppearsInTheBrowser();
    void efficiencyTableForKnownRecords();
    void failingRunShowsItsErrorAndTheAppGoesOn();
    void heatmapFromTheCheckpoint();
    void runWhoseFolderVanishesEndsAndTheQueueGoesOn();
    void queuedRunCanBeRemoved();
    void startIsRefusedWhenTheRunCannotWork();

private:
    QString runsDir() const { return m_home.filePath(QStringLiteral("data/denselab/runs")); }
    QString digitsDir() const { return m_home.filePath(QStringLiteral("digits")); }
    void configure(int epochs);
    QString finishedRun();

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    QString m_finishedRun;
};

void TstTrainingUi::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DENSELAB_TORCH_MODULE"))   // run by hand, not by ctest
        qputenv("DENSELAB_TORCH_MODULE", DENSELAB_TORCH_MODULE_FOR_TESTS);
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QDir().mkpath(digitsDir());
    testdata::writePatchDigits(digitsDir().toStdString(), 512, 128);
}

void TstTrainingUi::init()
{
    m_window = new MainWindow(RecoveryStore(m_home.filePath(QStringLiteral("recovery"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openPreset(QStringLiteral("densenet-bc-40-12")));
    QCOMPARE(m_window->runsBrowser()->runsDir(), runsDir());
}

void TstTrainingUi::cleanup()
{
    delete m_window;   // stops a run still going (resumable) and joins its thread
    m_window = nullptr;
}

void TstTrainingUi::configure(int epochs)
{
    TrainingView *view = m_window->trainingView();
    view->setDataset(QStringLiteral("mnist"), digitsDir());
    view->setEpochs(epochs);
    view->setBatchSize(64);
    view->setLimits(0, 0);
}

QString TstTrainingUi::finishedRun()
{
    for (const training::RunRecord &r : training::listRuns(runsDir().toStdString())) {
        if (r.status == RunState::Finished)
            return QString::fromStdString(r.dir);
    }
    return {};
}

namespace {

// Whether LibTorch's library is mapped into this process.
bool libTorchMapped()
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line))
        if (line.find("/libtorch_cpu.so") != std::string::npos || line.find("/libtorch.so") != std::string::npos)
            return true;
    return false;
}

} // namespace

// The app shows its window and its Training page without LibTorch, and a CPU-only build its
// device list too (a CUDA one loads LibTorch when the list is opened, to list the GPUs); the
// first run loads it. A module that is missing or of another build fails the run with the
// reason and the app goes on; with the right one, the next run trains (this test runs first:
// nothing in this process has loaded LibTorch yet).
void TstTrainingUi::libTorchLoadsWhenTheFirstRunStarts()
{
    m_window->showPage(MainWindow::Page::Training);
    QVERIFY(!torchside::torchSideLoaded());
    QVERIFY2(!libTorchMapped(), "the app linked LibTorch: it loads before the window shows");

    configure(1);
    m_window->trainingView()->setLimits(64, 64);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy errors(controller, &TrainingController::runError);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    const QByteArray module = qgetenv("DENSELAB_TORCH_MODULE");
    QVERIFY2(!module.isEmpty(), "ctest sets DENSELAB_TORCH_MODULE to the built module");
    const QString missing = m_home.filePath(QStringLiteral("nowhere/libdenselab-torch.so"));
    const QString stale = QStringLiteral(DENSELAB_STALE_TORCH_MODULE);
    const QStringList why = {missing + QStringLiteral(": no such file"),
                             stale + QStringLiteral(": made by another build of DenseLab (0.0.0+stale, this one is ")};
    for (const QString &file : {missing, stale}) {
        qputenv("DENSELAB_TORCH_MODULE", file.toUtf8());
        m_window->trainingView()->start();
        qputenv("DENSELAB_TORCH_MODULE", module);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.takeFirst()[1].value<RunState>(), RunState::Failed);
        QCOMPARE(errors.count(), 1);
        const QString error = errors.takeFirst()[0].toString();
        QVERIFY2(error.contains(why[file == missing ? 0 : 1]), qPrintable(error));
        QVERIFY(!torchside::torchSideLoaded() && !libTorchMapped());
    }

    DeviceComboBox *devices = m_window->trainingView()->deviceBox();
    devices->showPopup();
    devices->hidePopup();
    QVERIFY(devices->findText(QStringLiteral("auto")) >= 0 && devices->findText(QStringLiteral("cpu")) >= 0);
    if (!torchside::torchSideHasCuda()) {
        QCOMPARE(devices->count(), 2);
        QVERIFY(!torchside::torchSideLoaded() && !libTorchMapped());
    }

    m_window->trainingView()->start();
    QVERIFY(torchside::torchSideLoaded());
    QVERIFY(libTorchMapped());
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Finished);
    QVERIFY(QDir(ended[0][0].toString()).removeRecursively());   // the later tests count their own runs
}

void TstTrainingUi::runFeedsThePlotsAndTheBrowser()
{
    configure(2);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy steps(controller, &TrainingController::stepProgress);
    QSignalSpy epochs(controller, &TrainingController::epochFinished);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    EventLoopLatency latency;
    latency.start();
    m_window->showPage(MainWindow::Page::Training);
    m_window->trainingView()->start();
    QVERIFY(controller->isTraining());
    QVERIFY(ended.wait(180000));
    latency.stop();
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Finished);
    QCOMPARE(epochs.count(), 2);
    QVERIFY(steps.count() >= 2);

    TrainingPlots *plots = m_window->trainingView()->plots();
    QCOMPARE(plots->stepLossGraph()->dataCount(), steps.count());
    QCOMPARE(plots->smoothedLossGraph()->dataCount(), steps.count());
    QCOMPARE(plots->testAccuracyGraph()->dataCount(), 2);
    QCOMPARE(plots->testLossGraph()->dataCount(), 2);
    QCOMPARE(plots->trainAccuracyGraph()->dataCount(), 2);
    QVERIFY(plots->learningRateGraph()->dataCount() > 0 && plots->speedGraph()->dataCount() > 0);
    // Coalesced: never more redraws than data bursts.
    QTRY_VERIFY(plots->replots() >= 1);
    QVERIFY(plots->replots() <= steps.count() + epochs.count() + 1);
    QCOMPARE(m_window->trainingView()->progress()->value(), 1000);

    // The browser lists the finished run with its figures.
    RunsBrowser *browser = m_window->runsBrowser();
    const QString dir = ended[0][0].toString();
    bool found = false;
    for (const training::RunRecord &r : browser->runs()) {
        if (QString::fromStdString(r.dir) == dir) {
            found = true;
            QCOMPARE(r.status, RunState::Finished);
            QCOMPARE(r.epochsDone, 2);
            QVERIFY(r.bestTestAccuracy > 0.0);
        }
    }
    QVERIFY(found);
    QVERIFY(browser->table()->rowCount() >= 1);
    // #14: the step's measured peak memory, with the cost model's estimate beside it.
    QTableWidget *table = browser->table();
    int memoryColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == QLatin1String("Peak memory"))
            memoryColumn = c;
    QVERIFY(memoryColumn >= 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole + 1).toString() != dir)
            continue;
        QVERIFY(table->item(row, memoryColumn)->text().contains(QLatin1String("iB")));
        const QString tip = browser->memoryToolTip(dir);
        QVERIFY2(tip.contains(QLatin1String("Cost model")) && tip.contains(QLatin1String("batch 64")), qPrintable(tip));
    }
    qInfo("event loop lateness while training (%d samples): p50 %.1f ms, p99 %.1f ms, max %.1f ms", latency.samples(),
          latency.quantileMs(0.5), latency.quantileMs(0.99), latency.maxMs());
}

void TstTrainingUi::resumedRunShowsItsWholeHistory()
{
    // The finished two-epoch run of the test above gets a third epoch: the plots start at
    // epoch 1 with the earlier epochs read back from the run folder, not at the resume point.
    const QString dir = finishedRun();
    QVERIFY(!dir.isEmpty());
    TrainingController *controller = m_window->trainingController();
    QSignalSpy started(controller, &TrainingController::runStarted);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    controller->enqueueResume(dir, 3);
    QVERIFY(started.count() == 1 || started.wait(30000));
    TrainingPlots *plots = m_window->trainingView()->plots();
    QCOMPARE(plots->testAccuracyGraph()->dataCount(), 2);
    QCOMPARE(plots->testAccuracyGraph()->data()->constBegin()->key, 1.0);
    QCOMPARE(plots->stepLossGraph()->data()->constBegin()->key, 1.0);
    const double firstAccuracy = training::readMetrics(dir.toStdString()).front().testAccuracy;
    QCOMPARE(plots->testAccuracyGraph()->data()->constBegin()->value, 100.0 * firstAccuracy);
    QVERIFY(ended.wait(180000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Finished);
    QCOMPARE(plots->testAccuracyGraph()->dataCount(), 3);
    QVERIFY(plots->stepLossGraph()->dataCount() > 3);   // two epoch points, then the third's steps
}

void TstTrainingUi::pauseAndStopTakeEffect()
{
    configure(50);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy steps(controller, &TrainingController::stepProgress);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    m_window->trainingView()->start();
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 1, 60000);
    controller->pause();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), RunState::Paused, 10000);
    const int frozen = steps.count();
    {
        // #13: the runs table shows a run before its first epoch with dashes, not "0.00 %"
        // and "0.0 s", its elapsed time counting, and what tells it apart (images, batch, LR).
        RunsBrowser *browser = m_window->runsBrowser();
        browser->refresh();
        QTableWidget *table = browser->table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole + 1).toString() == controller->currentRunDir())
                row = r;
        QVERIFY(row >= 0);
        const auto column = [table](const char *header) {
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->horizontalHeaderItem(c)->text() == QLatin1String(header))
                    return c;
            return -1;
        };
        QCOMPARE(table->item(row, column("Best test acc."))->text(), QStringLiteral("—"));
        QCOMPARE(table->item(row, column("Epoch time"))->text(), QStringLiteral("—"));
        QCOMPARE(table->item(row, column("Images"))->text(), QStringLiteral("all"));
        QCOMPARE(table->item(row, column("Batch"))->text(), QStringLiteral("64"));
        QVERIFY(!table->item(row, column("LR"))->text().isEmpty());
        const QString elapsed = table->item(row, column("Elapsed"))->text();
        QVERIFY2(elapsed.contains(QLatin1Char(':')), qPrintable(elapsed));
    }
    QTest::qWait(600);
    QVERIFY(steps.count() <= frozen + 1);   // at most the step in flight when pause came
    controller->resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), RunState::Running, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() > frozen + 1, 30000);
    controller->stop();
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Stopped);
    const QString dir = ended[0][0].toString();

    // A stopped run can be resumed from the browser; stop it again once it moves.
    m_window->runsBrowser()->refresh();
    m_window->runsBrowser()->selectRuns({dir});
    QVERIFY(m_window->resumeRun(dir));
    QTRY_VERIFY_WITH_TIMEOUT(controller->isTraining() && controller->state() == RunState::Running, 60000);
    QCOMPARE(controller->currentRunDir(), dir);
    QVERIFY(!m_window->resumeRun(dir));   // not while it trains
    controller->stop();
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended[1][1].value<RunState>(), RunState::Stopped);
    QCOMPARE(training::readRunRecord(dir.toStdString()).status, RunState::Stopped);
}

void TstTrainingUi::cliRunAppearsInTheBrowser()
{
    RunsBrowser *browser = m_window->runsBrowser();
    m_window->showPage(MainWindow::Page::Runs);
    const int before = browser->table()->rowCount();
    QProcess cli;
    cli.start(QStringLiteral(DENSELAB_CLI),
              {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"), QStringLiteral("--dataset"),
               QStringLiteral("mnist"), QStringLiteral("--data"), digitsDir(), QStringLiteral("--epochs"), QStringLiteral("1"),
               QStringLiteral("--limit-train"), QStringLiteral("128"), QStringLiteral("--runs-dir"), runsDir(),
               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(180000));
    QCOMPARE(cli.exitCode(), 0);
    // No refresh call: the folder watcher (or the 2 s refresh while shown) picks it up.
    QTRY_COMPARE_WITH_TIMEOUT(browser->table()->rowCount(), before + 1, 10000);
    // Newest first: the CLI's run heads the list, finished, with its design and dataset.
    QTRY_VERIFY_WITH_TIMEOUT(browser->runs().front().status == RunState::Finished, 10000);
    QCOMPARE(browser->runs().front().designName, std::string("densenet-bc-40-12"));
    QCOMPARE(browser->table()->item(0, 2)->text(), QStringLiteral("mnist"));

    // #12: the run exports from the browser (Export ▸ PyTorch / ONNX) with its trained weights.
    const QString dir = QString::fromStdString(browser->runs().front().dir);
    browser->selectRuns({dir});
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : browser->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Export"))
            exportButton = b;
    QVERIFY(exportButton && exportButton->isEnabled() && exportButton->menu());
    QSignalSpy requested(browser, &RunsBrowser::exportRequested);
    browser->disconnect(m_window);   // the menu would open a file dialog; the test calls the export itself
    exportButton->menu()->actions().at(1)->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested[0][0].toString(), dir);
    QCOMPARE(requested[0][1].toString(), QStringLiteral("onnx"));
    QTemporaryDir out;
    QCOMPARE(m_window->exportPyTorch(out.path() + QStringLiteral("/torch"), dir), QString());
    QVERIFY(QFileInfo(out.path() + QStringLiteral("/torch/model.py")).size() > 1000);
    QVERIFY(QFileInfo(out.path() + QStringLiteral("/torch/weights.pt")).size() > 4 * browser->runs().front().params);
#ifdef DENSELAB_HAVE_ONNX
    QCOMPARE(m_window->exportOnnx(out.path() + QStringLiteral("/run.onnx"), dir), QString());
    QVERIFY(QFileInfo(out.path() + QStringLiteral("/run.onnx")).size() > 4 * browser->runs().front().params);
#else
    QVERIFY(m_window->exportOnnx(out.path() + QStringLiteral("/run.onnx"), dir).contains(QStringLiteral("no ONNX support")));
#endif
    // The open design exports too (code only; ONNX with DenseLab's initialization).
    QCOMPARE(m_window->exportPyTorch(out.path() + QStringLiteral("/design")), QString());
    QVERIFY(QFileInfo::exists(out.path() + QStringLiteral("/design/model.py")));
    QVERIFY(!QFileInfo::exists(out.path() + QStringLiteral("/design/weights.pt")));
    QVERIFY(!m_window->exportOnnx(QStringLiteral("/proc/no/such/dir/x.onnx")).isEmpty());
    // Exports with weights wait while a run trains: building a network draws from the random
    // generator the run reseeds at every step.
    configure(50);
    m_window->trainingView()->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->trainingController()->isTraining(), 60000);
    QVERIFY(m_window->exportPyTorch(out.path() + QStringLiteral("/busy"), dir).contains(QStringLiteral("wait until the training run ends")));
    QVERIFY(!QFileInfo::exists(out.path() + QStringLiteral("/busy/weights.pt")));
    QCOMPARE(m_window->exportPyTorch(out.path() + QStringLiteral("/design-while-training")), QString());   // code only: fine
    m_window->trainingController()->stop();
}

void TstTrainingUi::efficiencyTableForKnownRecords()
{
    // Two hand-made run records: DenseNet-BC-40 and DenseNet-40 with known accuracies.
    QTemporaryDir runs;
    auto makeRun = [&](const char *preset, double accuracy) {
        training::RunRecord r;
        r.dir = training::createRunDirectory(runs.path().toStdString(), preset, "cifar10");
        r.id = QFileInfo(QString::fromStdString(r.dir)).fileName().toStdString();
        r.designName = preset;
        r.config.design = loadPreset(preset);
        r.status = RunState::Finished;
        r.bestTestAccuracy = accuracy;
        r.meanEpochSeconds = 10.0;
        training::writeRunRecord(r);
        return QString::fromStdString(r.dir);
    };
    const QString a = makeRun("densenet-bc-40-12", 0.80);
    const QString b = makeRun("densenet-40-12", 0.90);
    const Cost ca = computeCosts(compile(loadPreset("densenet-bc-40-12"))).total;
    const Cost cb = computeCosts(compile(loadPreset("densenet-40-12"))).total;

    ComparisonView *view = m_window->comparisonView();
    view->setRuns({a, b});
    QCOMPARE(view->runCount(), 2);
    QTableWidget *table = view->table();
    const int ce = 9, se = 10;
    view->setBaselineRun(0);
    QCOMPARE(table->item(0, ce)->text(), QStringLiteral("1.00"));
    QCOMPARE(table->item(0, se)->text(), QStringLiteral("1.00"));
    const double expectCe = (0.90 / double(cb.flops)) / (0.80 / double(ca.flops));
    const double expectSe = (0.90 / double(cb.params)) / (0.80 / double(ca.params));
    QCOMPARE(table->item(1, ce)->text(), QString::number(expectCe, 'f', 2));
    QCOMPARE(table->item(1, se)->text(), QString::number(expectSe, 'f', 2));
    view->setBaselineRun(1);
    QCOMPARE(table->item(1, ce)->text(), QStringLiteral("1.00"));
    QCOMPARE(table->item(0, ce)->text(), QString::number(1.0 / expectCe, 'f', 2));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("80.00 %"));
    // Exports carry the same cells.
    QVERIFY(view->tableText(false).contains(QString::number(1.0 / expectSe, 'f', 2)));
    QVERIFY(view->tableText(true).startsWith(QStringLiteral("| ")));
    // The scatter has one labelled point per run, the curves one graph per run.
    QCOMPARE(view->scatterPlot()->graphCount(), 2);
    QCOMPARE(view->scatterPlot()->itemCount(), 2);
    QCOMPARE(view->curvesPlot()->graphCount(), 2);
}

void TstTrainingUi::failingRunShowsItsErrorAndTheAppGoesOn()
{
    QTemporaryDir broken;
    testdata::writePatchDigits(broken.path().toStdString(), 64, 32);
    // A label file cut short: the reader names it.
    const QString labels = broken.filePath(QStringLiteral("t10k-labels-idx1-ubyte.gz"));
    QFile::remove(labels);
    {
        QFile f(broken.filePath(QStringLiteral("t10k-labels-idx1-ubyte")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("0000080100000020") + QByteArray(5, '\1'));
    }
    TrainingView *view = m_window->trainingView();
    view->setDataset(QStringLiteral("mnist"), broken.path());
    view->setEpochs(1);
    QSignalSpy ended(m_window->trainingController(), &TrainingController::runEnded);
    view->start();
    QVERIFY(ended.wait(60000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Failed);
    QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("t10k-labels")), qPrintable(view->statusLabel()->text()));
    QVERIFY(view->log()->toPlainText().contains(QStringLiteral("t10k-labels")));
    // The app keeps working: the next run trains.
    configure(1);
    view->setLimits(128, 64);
    view->start();
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended[1][1].value<RunState>(), RunState::Finished);
    QVERIFY(QDir(ended[1][0].toString()).removeRecursively());   // the later tests count their own runs
}

void TstTrainingUi::heatmapFromTheCheckpoint()
{
    const QString dir = finishedRun();
    QVERIFY2(!dir.isEmpty(), "an earlier test leaves a finished run");
    m_window->openRun(dir);
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->runCount(), 1);
    QSignalSpy ready(view, &ComparisonView::heatmapReady);
    view->showPage(4);
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready[0][0].toBool(), true);
    const std::vector<training::BlockStrength> blocks = torchside::torchSide().connectionStrength(dir.toStdString());
    QCOMPARE(blocks.size(), std::size_t(3));
    // DenseNet-BC: every layer reads every earlier output, so every cell has a strength.
    for (const training::BlockStrength &b : blocks) {
        for (int t = 1; t <= b.layers; ++t) {
            for (int s = 0; s < t; ++s)
                QVERIFY(b.strength[t][s] > 0.0);
        }
        QVERIFY(b.maximum > 0.0);
    }
    QVERIFY(view->heatmapStatus()->text().contains(QStringLiteral("block 1")));
}

void TstTrainingUi::runWhoseFolderVanishesEndsAndTheQueueGoesOn()
{
    // The run's folder disappears under it (deleted by hand, a full disk): the trainer cannot
    // even record its failure in run.json, yet the controller must end the run and start the
    // next queued one instead of waiting forever.
    configure(50);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy steps(controller, &TrainingController::stepProgress);
    QSignalSpy started(controller, &TrainingController::runStarted);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    QVERIFY(m_window->trainingView()->start());
    configure(1);
    QVERIFY(m_window->trainingView()->start());   // queued behind the first
    QCOMPARE(controller->queuedLabels().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 1, 60000);
    const QString doomed = controller->currentRunDir();
    QCOMPARE(m_window->runsBrowser()->deleteRuns({doomed}, true), 0);   // the browser refuses
    QVERIFY(QDir(doomed).removeRecursively());
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended[0][0].toString(), doomed);
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 10000);
    QVERIFY(ended.wait(120000));
    QCOMPARE(ended[1][1].value<RunState>(), RunState::Finished);
    QVERIFY(!controller->isTraining());
}

// #13: queued runs could not be taken off the queue in the UI (removeQueued was never called).
void TstTrainingUi::queuedRunCanBeRemoved()
{
    configure(50);
    TrainingController *controller = m_window->trainingController();
    TrainingView *view = m_window->trainingView();
    QSignalSpy ended(controller, &TrainingController::runEnded);
    view->start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isTraining(), 60000);
    view->start();   // a second run waits
    QCOMPARE(view->queue()->count(), 1);
    QVERIFY(!view->removeQueuedButton()->isEnabled());
    view->queue()->setCurrentRow(0);
    QVERIFY(view->removeQueuedButton()->isEnabled());
    view->removeQueuedButton()->click();
    QCOMPARE(view->queue()->count(), 0);
    QVERIFY(controller->queuedLabels().isEmpty());
    controller->stop();
    QVERIFY(ended.wait(30000));
    QTest::qWait(300);
    QVERIFY(!controller->isTraining());   // the removed run never started
}

void TstTrainingUi::startIsRefusedWhenTheRunCannotWork()
{
    TrainingView *view = m_window->trainingView();
    const auto runCount = [this] { return training::listRuns(runsDir().toStdString()).size(); };
    const std::size_t before = runCount();
    m_window->showPage(MainWindow::Page::Training);

    // DenseNet-121 on 28x28 digits: refused in the page, with the fixes, and no run folder.
    QVERIFY(m_window->openPreset(QStringLiteral("densenet121")));
    configure(1);
    QTRY_VERIFY(view->runCheckLabel()->isVisible());
    QVERIFY(view->runCheckLabel()->text().contains(QLatin1String("spatial size collapses")));
    QVERIFY(view->runCheckLabel()->text().contains(QLatin1String("small-input stem")));
    QVERIFY(!view->start());
    QVERIFY(!m_window->trainingController()->isTraining());
    QCOMPARE(runCount(), before);
    QCOMPARE(view->statusLabel()->text(), QStringLiteral("No run yet."));

    // "Resize images" is one of the fixes: with it the check passes.
    view->resizeImagesBox()->setChecked(true);
    QVERIFY(!view->runCheckLabel()->isVisible());
    view->resizeImagesBox()->setChecked(false);

    // A dataset whose files are not there is shown in the page before Start.
    QTemporaryDir empty;
    QVERIFY(m_window->openPreset(QStringLiteral("densenet-bc-40-12")));
    view->setDataset(QStringLiteral("cifar10"), empty.path());
    QTRY_VERIFY(view->runCheckLabel()->isVisible());
    QVERIFY(view->runCheckLabel()->text().contains(empty.path()));
    QVERIFY(!view->start());
    QCOMPARE(runCount(), before);
    // With the digits it fits, and the warning goes away.
    configure(1);
    QVERIFY(!view->runCheckLabel()->isVisible());
}

QTEST_MAIN(TstTrainingUi)
#include "tst_trainingui.moc"
