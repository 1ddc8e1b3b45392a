// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the menu bar (File, Edit, View, Settings, Help).
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

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave())
            newDesign();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openInteractively);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->addAction(tr("Connectivity matrix…"), this, [this] { exportWidgetTo(m_blockEditor->matrixEditor(), tr("matrix"), "matrix"); });
    exports->addAction(tr("Block diagram…"), this,
                       [this] { exportWidgetTo(m_blockEditor->diagram(), tr("diagram"), "diagram"); });
    exports->addAction(tr("Input channels chart…"), this,
                       [this] {
                           m_costPanel->showPage(2);   // charts refresh when shown
                           exportWidgetTo(m_costPanel->inputChannelsChart(), tr("chart"), "input-channels");
                       });
    exports->addAction(tr("Per-layer cost chart…"), this,
                       [this] {
                           m_costPanel->showPage(2);
                           exportWidgetTo(m_costPanel->layerCostChart(), tr("chart"), "layer-costs");
                       });
    exports->addSeparator();
    exports->addAction(tr("Cost report as CSV…"), this, [this] { exportReport(false); });
    exports->addAction(tr("Cost report as Markdown…"), this, [this] { exportReport(true); });
    exports->addSeparator();
    exports->addAction(tr("PyTorch code (model.py)…"), this, [this] { exportModelInteractively("pytorch", {}); });
    exports->addAction(tr("ONNX model…"), this, [this] { exportModelInteractively("onnx", {}); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);   // Ctrl+Shift+Z here
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Add dense block"), m_outline, &OutlinePanel::addDenseBlock);
    edit->addAction(tr("Add transition"), m_outline, &OutlinePanel::addTransition);
    edit->addAction(tr("Duplicate stage"), m_outline, &OutlinePanel::duplicateSelected);
    edit->addAction(tr("Remove stage"), m_outline, &OutlinePanel::removeSelected);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Compare designs…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, [this] {
        compareDialog()->show();
        compareDialog()->raise();
    });
    // A closed dock comes back here (before, only through a right-click on a dock's title bar).
    for (QDockWidget *d : m_docks)
        view->addAction(d->toggleViewAction());
    view->addAction(tr("Reset layout"), this, &MainWindow::resetLayout);
    view->addSeparator();
    view->addAction(tr("Zoom matrix in"), QKeySequence::ZoomIn, m_blockEditor->matrixEditor(), &ConnectivityMatrixEditor::zoomIn);
    view->addAction(tr("Zoom matrix out"), QKeySequence::ZoomOut, m_blockEditor->matrixEditor(), &ConnectivityMatrixEditor::zoomOut);
    view->addSeparator();
    m_presentAction = view->addAction(tr("&Presentation mode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // Esc leaves presentation mode too (enabled only then: elsewhere Esc belongs to the widgets).
    m_leavePresentationAction = new QAction(this);
    m_leavePresentationAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setEnabled(false);
    addAction(m_leavePresentationAction);
    connect(m_leavePresentationAction, &QAction::triggered, this, [this] { setPresentationMode(false); });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto *guide = new UserGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *list = new ShortcutList(menuBar(), this);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->show();
    });
    QMenu *tours = help->addMenu(tr("Guided &tours"));
    for (const std::string &name : builtInTourNames()) {
        const QString id = QString::fromStdString(name);
        tours->addAction(QString::fromStdString(loadBuiltInTour(name).title), this, [this, id] { startBuiltInTour(id); });
    }
    tours->addSeparator();
    tours->addAction(tr("Open a tour file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open tour"), designsFolder(), tr("DenseLab tours (*.json)"));
        if (!path.isEmpty())
            openTourFile(path);
    });
    help->addAction(tr("&Start page"), this, &MainWindow::showStartPage);
    help->addSeparator();
    help->addAction(tr("&About DenseLab"), this, &MainWindow::showAbout);
}

} // namespace denselab
