// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: guided tours and presentation mode.
#include "mainwindow.h"

#include "costs/costpanel.h"
#include "document/designdocument.h"
#include "design/designerror.h"
#include "io/atomicfile.h"
#include "tours/tourpanel.h"
#include "workspace/outlinepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTabWidget>

namespace denselab {
namespace {

// What a step's "show" opens in the Costs panel (the Design page shows matrix and diagram).
int costPageOf(const std::string &view)
{
    if (view == "layers")
        return 1;
    if (view == "chart-input" || view == "chart-cost")
        return 2;
    return 0;
}

} // namespace

void MainWindow::buildTourDock()
{
    m_tourPanel = new TourPanel(this);
    m_tourDock = new QDockWidget(tr("Tour"), this);
    m_tourDock->setObjectName(QStringLiteral("TourDock"));
    m_tourDock->setWidget(m_tourPanel);
    m_tourDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_tourDock);
    m_tourDock->hide();
    connect(m_tourPanel, &TourPanel::stepRequested, this, [this](int step) { showTourStep(step); });
    connect(m_tourPanel, &TourPanel::closeRequested, this, &MainWindow::endTour);
}

void MainWindow::updateDocks(int page)
{
    for (QDockWidget *d : m_docks)
        d->setVisible(page == 0 && !m_presenting);
    if (m_tourDock)
        m_tourDock->setVisible(page == 0 && tourActive());
}

bool MainWindow::startBuiltInTour(const QString &name, int step)
{
    try {
        return startTour(loadBuiltInTour(name.toStdString()), step);
    } catch (const DesignError &e) {
        showError(tr("Cannot start the tour"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::openTourFile(const QString &path, int step)
{
    try {
        return startTour(readTourFile(path.toStdString()), step);
    } catch (const std::exception &e) {   // io::FileError or DesignError, both name the file
        showError(tr("Cannot open the tour"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::startTour(const Tour &tour, int step)
{
    if (step < 0 || step >= static_cast<int>(tour.steps.size())) {
        showError(tr("Cannot start the tour"),
                  tr("The tour \"%1\" has steps 1 to %2, not %3.").arg(QString::fromStdString(tour.name)).arg(tour.steps.size()).arg(step + 1));
        return false;
    }
    if (!maybeSave())
        return false;
    const Tour previous = m_tour;
    m_tour = tour;
    if (!showTourStep(step)) {
        m_tour = previous;
        updateDocks(m_pages->currentIndex());
        return false;
    }
    return true;
}

bool MainWindow::showTourStep(int step)
{
    if (!tourActive() || step < 0 || step >= static_cast<int>(m_tour.steps.size()))
        return false;
    Design design;
    int stage = 0;
    try {
        design = tourDesignAt(m_tour, step);
        stage = tourStageAt(m_tour, step);
    } catch (const DesignError &e) {
        showError(tr("Cannot show this step of the tour"), QString::fromStdString(e.what()));
        return false;
    }
    const TourStep &s = m_tour.steps[std::size_t(step)];
    // Each step is the tour's design, not an edit of the user's: the document starts clean.
    m_document->reset(design, QString());
    m_openedPreset.clear();
    updateTitle();
    showCurrentInLibrary();
    showPage(Page::Design);
    m_outline->selectStage(stage);
    m_costPanel->showPage(costPageOf(s.show));
    m_costPanel->totalsTable()->clearSelection();
    const auto &keys = costKeys();
    const auto key = std::find(keys.begin(), keys.end(), s.cost);
    if (key != keys.end())   // highlighted in the totals, whichever page the step shows
        m_costPanel->totalsTable()->selectRow(static_cast<int>(key - keys.begin()));
    m_tourPanel->showStep(QString::fromStdString(m_tour.title), step, static_cast<int>(m_tour.steps.size()),
                          QString::fromStdString(s.title), QString::fromStdString(s.text));
    updateDocks(m_pages->currentIndex());
    m_tourDock->raise();
    return true;
}

void MainWindow::endTour()
{
    m_tour = Tour{};
    updateDocks(m_pages->currentIndex());
}

void MainWindow::setPresentationMode(bool on)
{
    // The menu's check mark and Esc follow, however presentation mode was entered (--present).
    {
        const QSignalBlocker quiet(m_presentAction);
        m_presentAction->setChecked(on);
    }
    m_leavePresentationAction->setEnabled(on);
    if (on == m_presenting)
        return;
    if (on) {
        m_stateBeforePresenting = saveState();
        m_fontBeforePresenting = font();
        m_maximizedBeforePresenting = isMaximized();
        QFont large = font();   // readable from the back of a room
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * 1.5);
        else
            large.setPixelSize(large.pixelSize() * 3 / 2);
        setFont(large);
        m_presenting = true;
        updateDocks(m_pages->currentIndex());
        showFullScreen();
    } else {
        m_presenting = false;
        setFont(m_fontBeforePresenting);
        restoreState(m_stateBeforePresenting);
        updateDocks(m_pages->currentIndex());
        if (m_maximizedBeforePresenting)
            showMaximized();
        else
            showNormal();
    }
}

} // namespace denselab
