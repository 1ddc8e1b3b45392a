// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "formundokeys.h"
#include "helpwindows.h"
#include "document/datafolders.h"
#include "runs/runstatetext.h"
#include "costs/costpanel.h"
#include "costs/layerchart.h"
#include "diagram/blockdiagram.h"
#include "document/designdocument.h"
#include "matrix/connectivitymatrixeditor.h"
#include "preferencesdialog.h"
#include "prune/pruneview.h"
#include "search/searchview.h"
#include "runs/comparisonview.h"
#include "runs/runsbrowser.h"
#include "training/trainingcontroller.h"
#include "training/trainingview.h"
#include "workspace/blockeditor.h"
#include "workspace/comparedialog.h"
#include "workspace/librarypanel.h"
#include "workspace/outlinepanel.h"
#include "layout/scrollpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QDockWidget>
#include <QScreen>
#include <QScrollArea>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace denselab {

MainWindow::MainWindow(const RecoveryStore &recovery, QWidget *parent)
    : QMainWindow(parent), m_document(new DesignDocument(this)), m_recovery(recovery)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_blockEditor = new BlockEditor(m_document, this);
    m_training = new TrainingController(this);
    m_trainingView = new TrainingView(m_document, m_training, this);
    m_runsBrowser = new RunsBrowser(runsFolder(), this);
    m_comparison = new ComparisonView(this);
    const QString runsDir = runsFolder();
    m_trainingView->setRunsDir(runsDir);
    m_searchView = new SearchView(m_document, m_training, runsDir, this);
    m_pruneView = new PruneView(m_document, m_training, runsDir, this);
    m_trainingView->setDatasetsFolder(datasetsFolder());
    m_searchView->setDatasetsFolder(datasetsFolder());
    m_pruneView->setDatasetsFolder(datasetsFolder());
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    // Pages with fixed-width forms and plots scroll on small screens rather than widen the window.
    m_pages->addTab(m_blockEditor, tr("Design"));
    m_pages->addTab(scrollPage(m_trainingView), tr("Training"));
    m_pages->addTab(scrollPage(m_searchView), tr("Search"));
    m_pages->addTab(scrollPage(m_pruneView), tr("Prune"));
    m_pages->addTab(scrollPage(m_runsBrowser), tr("Runs"));
    m_pages->addTab(scrollPage(m_comparison), tr("Compare runs"));
    setCentralWidget(m_pages);
    buildDocks();
    buildMenus();
    m_designSummary = new QLabel(this);
    statusBar()->addWidget(m_designSummary, 1);
    new FormUndoKeys({m_blockEditor, m_outline});   // the design's own fields, not the Training page's

    m_recovery.claim();   // false when another DenseLab window owns the autosave
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(1500);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    connect(m_document, &DesignDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_outline, &OutlinePanel::stageSelected, m_blockEditor, &BlockEditor::setStage);
    connect(m_library, &LibraryPanel::presetActivated, this, [this](const QString &name) {
        if (maybeSave())
            openPreset(name);
    });
    connect(m_library, &LibraryPanel::fileActivated, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_costPanel, &CostPanel::baselineChoiceChanged, this, [this](int index) {
        m_baseline.setCurrent(index);
        refreshBaseline();
    });
    connect(m_costPanel, &CostPanel::exportCsvRequested, this, [this] { exportReport(false); });
    connect(m_costPanel, &CostPanel::exportMarkdownRequested, this, [this] { exportReport(true); });
    connect(m_costPanel, &CostPanel::exportChartRequested, this, [this](QWidget *chart) { exportWidgetTo(chart, tr("chart"), "chart"); });
    m_costPanel->setBaselineChoices(m_baseline.choices(), m_baseline.current());
    m_runsBrowser->setBusyCheck([this](const QString &dir) { return m_training->isQueuedOrTraining(dir); });
    connect(m_runsBrowser, &RunsBrowser::openRequested, this, &MainWindow::openRun);
    connect(m_runsBrowser, &RunsBrowser::resumeRequested, this, &MainWindow::resumeRun);
    connect(m_runsBrowser, &RunsBrowser::compareRequested, this, &MainWindow::compareRuns);
    connect(m_runsBrowser, &RunsBrowser::exportRequested, this,
            [this](const QString &runDir, const QString &format) { exportModelInteractively(format == QLatin1String("onnx") ? "onnx" : "pytorch", runDir); });
    connect(m_training, &TrainingController::runStarted, m_runsBrowser, &RunsBrowser::refresh);
    connect(m_training, &TrainingController::runEnded, this, [this](const QString &, training::RunState state) {
        m_runsBrowser->refresh();
        statusBar()->showMessage(tr("Training run ended: %1").arg(runStateText(state)), 10000);
    });
    connect(m_searchView, &SearchView::openDesignRequested, this, &MainWindow::openAgainstParent);
    connect(m_pruneView, &PruneView::openDesignRequested, this, &MainWindow::openAgainstParent);
    connect(m_searchView, &SearchView::trainingQueued, this, [this] { showPage(Page::Training); });
    // A finished pruning job opens its design, unless that would put unsaved work at stake.
    connect(m_training, &TrainingController::runEnded, this, [this](const QString &dir, training::RunState state) {
        if (m_training->currentKind() != training::RunKind::Prune || state != training::RunState::Finished
            || m_document->isModified() || m_pruneView->shownRun() != dir)
            return;
        m_pruneView->showRun(dir);
        m_pruneView->openPrunedDesign();
        showPage(Page::Prune);
    });
    connect(m_costPanel, &CostPanel::widthEditRequested, this, [this](const QString &node, int width, int designed) {
        bool ok = false;
        const int chosen = QInputDialog::getInt(this, tr("Set width"),
                                                tr("Output channels of %1 (designed: %2)").arg(node).arg(designed), width,
                                                1, 1 << 20, 1, &ok);
        if (ok)
            setConvWidth(node, chosen);
    });
    connect(m_costPanel, &CostPanel::widthResetRequested, this, [this](const QString &node) {
        // Look the width up first: the edit recompiles and replaces the graph being searched.
        int designed = 0;
        for (const Node &n : m_document->graph().nodes)
            if (n.name == node.toStdString())
                designed = n.designedChannels;
        if (designed > 0)
            setConvWidth(node, designed);
    });
    m_library->setDesignsFolder(designsFolder());
    m_library->setRecentFiles(recentFiles());
    showCurrentInLibrary();

    // 1600x950 where the screen has room; a laptop's 1280x720 gets the window within its bounds.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 950);
    resize(std::min(1600, available.width()), std::min(950, available.height()));
    newDesign();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    m_library = new LibraryPanel(this);
    m_outline = new OutlinePanel(m_document, this);
    m_costPanel = new CostPanel(this);
    auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *library = dock(m_library, tr("Library"), QStringLiteral("LibraryDock"), Qt::LeftDockWidgetArea);
    QDockWidget *outline = dock(m_outline, tr("Outline"), QStringLiteral("OutlineDock"), Qt::LeftDockWidgetArea);
    QDockWidget *costs = dock(m_costPanel, tr("Costs"), QStringLiteral("CostDock"), Qt::RightDockWidgetArea);
    // The docks serve the design page; the training, runs and comparison pages get the width.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        updateDocks(page);
        statusBar()->clearMessage();   // a notice of the previous page is not about this one
        if (page == 0)
            QTimer::singleShot(0, this, &MainWindow::fitCostDock);   // after the docks are laid out
    });
    splitDockWidget(library, outline, Qt::Vertical);
    resizeDocks({library, costs}, {240, 600}, Qt::Horizontal);
    m_docks = {library, outline, costs};
    buildTourDock();
    m_defaultLayout = saveState();
}

void MainWindow::fitCostDock()
{
    QDockWidget *costs = m_docks.size() > 2 ? m_docks[2] : nullptr;
    if (!costs || !costs->isVisible() || costs->isFloating())
        return;
    const int needed = m_costPanel->totalsWidthHint();
    if (costs->width() < needed)
        resizeDocks({costs}, {needed}, Qt::Horizontal);   // Qt keeps the central page's minimum
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitCostDock();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitCostDock();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    updateDocks(m_pages->currentIndex());
}

CompareDialog *MainWindow::compareDialog()
{
    if (!m_compare)
        m_compare = new CompareDialog(m_document, this);
    return m_compare;
}

void MainWindow::onDocumentChanged()
{
    if (m_document->isValid())
        m_costPanel->setReport(m_document->graph(), m_document->costs());
    m_costPanel->setError(m_document->error());
    refreshBaseline();
    if (m_document->isModified())
        m_autosaveTimer->start();
    // The design's summary lives in a permanent label; an error or notice from an earlier action
    // is a temporary message, cleared by the next change so it cannot outlive what it was about.
    statusBar()->clearMessage();
    m_designSummary->setText(m_document->isValid() ? tr("%1 nodes · %2 dense blocks")
                                                         .arg(m_document->graph().nodes.size())
                                                         .arg(m_document->graph().blocks.size())
                                                   : tr("The design cannot be built"));
}

void MainWindow::refreshBaseline()
{
    const std::optional<Cost> total = m_baseline.total(m_document->design(), m_document->savedDesign());
    m_costPanel->setBaseline(m_baseline.name(), total ? &*total : nullptr);
}

void MainWindow::showCurrentInLibrary()
{
    const QString path = m_document->filePath();
    m_library->showCurrent(path.isEmpty() ? m_openedPreset : QString(), path);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? QString::fromStdString(m_document->design().name) : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — DenseLab").arg(name));
    setWindowModified(m_document->isModified());
    showCurrentInLibrary();
    // The first edit after a save arrives here (QUndoStack reports clean-changed after the
    // command ran); later edits restart the timer from onDocumentChanged.
    if (m_document->isModified())
        m_autosaveTimer->start();
    else {
        m_autosaveTimer->stop();
        if (m_wroteRecovery)
            m_recovery.clear();
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    // Window-modal but not blocking: the event loop (and the tests) keep running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    statusBar()->showMessage(title, 8000);
    Q_EMIT errorShown(message);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyFolders();
}

void MainWindow::applyFolders()
{
    const QString runs = runsFolder();
    m_runsBrowser->setRunsDir(runs);
    m_trainingView->setRunsDir(runs);
    m_searchView->setRunsDir(runs);
    m_pruneView->setRunsDir(runs);
    m_trainingView->setDatasetsFolder(datasetsFolder());
    m_searchView->setDatasetsFolder(datasetsFolder());
    m_pruneView->setDatasetsFolder(datasetsFolder());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DenseLab"),
                       tr("<b>DenseLab %1</b><br>Design, cost, train and compare densely connected CNNs.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
}

bool MainWindow::openAgainstParent(const QString &path, const Design &parent)
{
    if (!maybeSave() || !openFile(path))
        return false;
    m_baseline.setReference(parent, QString::fromStdString(parent.name));
    m_costPanel->setBaselineChoices(m_baseline.choices(), m_baseline.current());
    refreshBaseline();
    m_outline->selectFirstDenseBlock();
    showPage(Page::Design);
    return true;
}

bool MainWindow::setConvWidth(const QString &node, int width)
{
    const std::string name = node.toStdString();
    int designed = 0;
    for (const Node &n : m_document->graph().nodes)
        if (n.name == name && n.op == OpKind::Conv)
            designed = n.designedChannels;
    if (designed == 0)
        return false;
    Design after = m_document->design();
    if (width == designed)
        after.widths.erase(name);
    else
        after.widths[name] = width;
    // The edit recompiles: nothing of the old graph is used after this.
    m_document->edit(after, tr("Set the width of %1 to %2").arg(node).arg(width));
    return true;
}

void MainWindow::openRun(const QString &runDir)
{
    training::RunRecord record;
    try {
        record = training::readRunRecord(runDir.toStdString());
    } catch (const std::exception &e) {
        showError(tr("Cannot open the run"), QString::fromStdString(e.what()));
        return;
    }
    if (record.kind == training::RunKind::Search) {
        m_searchView->showRun(runDir);
        showPage(Page::Search);
        return;
    }
    if (record.kind == training::RunKind::Prune) {
        m_pruneView->showRun(runDir);
        showPage(Page::Prune);
        return;
    }
    if (maybeSave()) {
        m_document->reset(record.config.design, QString());
        m_outline->selectFirstDenseBlock();
        m_openedPreset.clear();
        updateTitle();
    }
    compareRuns({runDir});
}

bool MainWindow::resumeRun(const QString &runDir)
{
    if (m_training->isQueuedOrTraining(runDir)) {
        showError(tr("Cannot resume the run"), tr("%1 is training or already queued.").arg(runDir));
        return false;
    }
    training::RunRecord record;
    try {
        record = training::readRunRecord(runDir.toStdString());
    } catch (const std::exception &e) {
        showError(tr("Cannot resume the run"), QString::fromStdString(e.what()));
        return false;
    }
    // "running" on disk but not ours: killed (resumable) or training in denselab-cli right now.
    if (!training::isFinal(record.status)
        && QMessageBox::question(this, tr("Resume the run?"),
                                 tr("%1 says it is still %2. If denselab-cli is training it now, resuming here "
                                    "would make two trainers write to it. Resume anyway?")
                                     .arg(runDir, runStateText(record.status)))
               != QMessageBox::Yes)
        return false;
    m_training->enqueueResume(runDir);
    showPage(Page::Training);
    return true;
}

void MainWindow::compareRuns(const QStringList &runDirs)
{
    m_comparison->setRuns(runDirs);
    showPage(Page::CompareRuns);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_training->isTraining()
        && QMessageBox::question(this, tr("Training in progress"),
                                 tr("A run is training. Stop it and quit? It can be resumed later from the Runs page."))
               != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_autosaveTimer->stop();
    if (m_wroteRecovery)
        m_recovery.clear();   // a normal end: nothing to recover next time
    QMainWindow::closeEvent(event);
}

} // namespace denselab
