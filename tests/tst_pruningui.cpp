// SPDX-License-Identifier: GPL-3.0-or-later
// The Search (#10) and Prune (#11) pages and pruned widths in the workspace, offscreen on the CPU
// with generated 12x12 digits: a search's plots grow step by step and it ends with its children,
// one of which opens against its parent; a pruning job shows its iterations and its design
// opens; a width set by hand is one undo step.
#include "costs/costpanel.h"
#include "costs/layerchart.h"
#include "design/design.h"
#include "document/designdocument.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "mainwindow/mainwindow.h"
#include "matrix/strengthheatmap.h"
#include "plots/pairedbars.h"
#include "plots/pruneplots.h"
#include "plots/searchplots.h"
#include "prune/pruneview.h"
#include "runs/runsbrowser.h"
#include "search/searchview.h"
#include "smalldesigns.h"
#include "syntheticdata.h"
#include "training/runrecord.h"
#include "training/trainingcontroller.h"

#include <qcustomplot.h>

#include <QtTest>

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace denselab;
using training::RunState;

namespace {

// Two dense blocks of 3 layers with a transition: small enough for seconds of CPU.
Design tinyDesign() { return testdata::smallDenseNet("tiny-two-blocks", 2, 3, 6); }

int nodeIndex(const LayerGraph &graph, const std::string &name)
{
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (graph.nodes[i].name == name)
            return int(i);
    return -1;
}

} // namespace

class TstPruningUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchPageShowsTheSearchAndItsChildren();
    void prunePageShowsIterationsAndOpensTheDesign();
    void widthSetByHandIsOneUndoStep();

private:
    QString digitsDir() const { return m_home.filePath(QStringLiteral("digits")); }
    QString runsDir() const { return m_home.filePath(QStringLiteral("data/denselab/runs")); }

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
};

void TstPruningUi::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DENSELAB_TORCH_MODULE"))   // run by hand, not by ctest
        qputenv("DENSELAB_TORCH_MODULE", DENSELAB_TORCH_MODULE_FOR_TESTS);
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QDir().mkpath(digitsDir());
    testdata::writePatchDigits(digitsDir().toStdString(), 384, 96);
    io::writeDesignFile(tinyDesign(), m_home.filePath(QStringLiteral("tiny.denselab.json")).toStdString());
}

void TstPruningUi::init()
{
    m_window = new MainWindow(RecoveryStore(m_home.filePath(QStringLiteral("recovery"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_home.filePath(QStringLiteral("tiny.denselab.json"))));
}

void TstPruningUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TstPruningUi::searchPageShowsTheSearchAndItsChildren()
{
    SearchView *view = m_window->searchView();
    m_window->showPage(MainWindow::Page::Search);
    view->setDataset(QStringLiteral("mnist"), digitsDir());
    view->setLimits(0, 0, 64);
    view->setStages(1, 2, 3, 1, 3);
    view->setBatchSize(32);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy steps(controller, &TrainingController::searchStep);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    QVERIFY(view->start());
    QCOMPARE(int(controller->currentKind()), int(training::RunKind::Search));
    // The plots grow while it runs, one point per controller step.
    QTRY_VERIFY_WITH_TIMEOUT(view->plots()->rewardGraph()->dataCount() >= 3, 120000);
    QVERIFY(ended.wait(180000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Finished);
    QVERIFY(steps.count() > 0);
    QCOMPARE(view->plots()->rewardGraph()->dataCount(), steps.count());
    QCOMPARE(view->plots()->etaGraph()->dataCount(), steps.count());
    QCOMPARE(view->plots()->bands(), 2);   // curriculum, then joint training
    QVERIFY(view->heatmap()->layers() == 3);   // the final keep-probabilities of block 1

    // The children, with the chosen one selected and compared with the parent per layer.
    QTableWidget *table = view->childrenTable();
    QCOMPARE(table->rowCount(), 3);
    int chosen = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        chosen += table->item(row, 6)->text().isEmpty() ? 0 : 1;
    QCOMPARE(chosen, 1);
    QVERIFY(!table->selectedItems().isEmpty());
    QCOMPARE(view->channelsChart()->first().size(), 6);   // 2 blocks x 3 layers of the parent

    // A child opens as a design whose cost baseline is its parent.
    QVERIFY(view->openSelectedChild());
    QVERIFY(QString::fromStdString(m_window->document()->design().name).contains(QStringLiteral("-lwp-")));
    QVERIFY(m_window->costPanel()->totalText(0, 1).size() > 0);
    QCOMPARE(m_window->costPanel()->findChild<QComboBox *>()->currentText(),
             QStringLiteral("Parent tiny-two-blocks"));

    // The search is a run of its own kind in the browser, and opens on this page again.
    m_window->runsBrowser()->refresh();
    bool listed = false;
    for (const training::RunRecord &r : m_window->runsBrowser()->runs())
        listed = listed || (r.kind == training::RunKind::Search && QString::fromStdString(r.dir) == view->shownRun());
    QVERIFY(listed);
    const QString dir = view->shownRun();
    m_window->openRun(dir);
    QCOMPARE(view->childrenTable()->rowCount(), 3);
}

void TstPruningUi::prunePageShowsIterationsAndOpensTheDesign()
{
    PruneView *view = m_window->pruneView();
    m_window->showPage(MainWindow::Page::Prune);
    view->setDataset(QStringLiteral("mnist"), digitsDir());
    view->setLimits(0, 0);
    view->setSchedule(QStringLiteral("l1"), 0.2, 2, 1, 1);
    view->setBatchSize(32);
    TrainingController *controller = m_window->trainingController();
    QSignalSpy iterations(controller, &TrainingController::pruneIteration);
    QSignalSpy ended(controller, &TrainingController::runEnded);
    QVERIFY(view->start());
    QVERIFY(ended.wait(180000));
    QCOMPARE(ended[0][1].value<RunState>(), RunState::Finished);
    QCOMPARE(iterations.count(), 3);   // the parent and two iterations
    QCOMPARE(view->iterationsShown(), 3);
    QCOMPARE(view->plots()->macsAfter()->dataCount(), 3);
    QVERIFY(!view->widthsChart()->second().isEmpty());
    const auto last = iterations.last()[0].value<prune::PruneIteration>();
    const auto first = iterations.first()[0].value<prune::PruneIteration>();
    QVERIFY(last.macs < first.macs);

    QVERIFY(view->openPrunedDesign());
    QVERIFY(!m_window->document()->design().widths.empty());
    QCOMPARE(m_window->document()->costs().total.macs, last.macs);
    QCOMPARE(m_window->costPanel()->findChild<QComboBox *>()->currentText(), QStringLiteral("Parent tiny-two-blocks"));
    // The pruned widths show in the per-layer chart against the designed ones.
    m_window->costPanel()->showPage(2);
    QVERIFY(!m_window->costPanel()->inputChannelsChart()->designedValues().isEmpty());
}

void TstPruningUi::widthSetByHandIsOneUndoStep()
{
    DesignDocument *document = m_window->document();
    const Cost before = document->costs().total;
    const int undoSteps = document->undoStack()->count();
    QVERIFY(m_window->setConvWidth(QStringLiteral("stage1.layer2.conv1"), 2));
    QCOMPARE(document->undoStack()->count(), undoSteps + 1);
    const int node = nodeIndex(document->graph(), "stage1.layer2.conv1");
    QCOMPARE(document->graph().nodes[std::size_t(node)].out.channels, 2);
    QCOMPARE(document->graph().nodes[std::size_t(node)].designedChannels, 6);
    // By hand: 4 filters of 14x3x3 fewer; layer 3 reads 4 channels fewer (BN 2 + conv 6x3x3 each);
    // so does the transition (BN 2 + conv 1x1 to its 13 outputs each: 0.5 x the designed 26).
    const std::int64_t saved = 4 * 14 * 9 + 4 * (2 + 6 * 9) + 4 * (2 + 13);
    QCOMPARE(before.params - document->costs().total.params, saved);
    document->undoStack()->undo();
    QVERIFY(document->design().widths.empty());
    QCOMPARE(document->costs().total.params, before.params);
    document->undoStack()->redo();
    QCOMPARE(document->design().widths.at("stage1.layer2.conv1"), 2);
    // Its designed width removes the override again.
    QVERIFY(m_window->setConvWidth(QStringLiteral("stage1.layer2.conv1"), 6));
    QVERIFY(document->design().widths.empty());
    QVERIFY(!m_window->setConvWidth(QStringLiteral("stage1.layer2.norm1"), 3));
}

QTEST_MAIN(TstPruningUi)
#include "tst_pruningui.moc"
