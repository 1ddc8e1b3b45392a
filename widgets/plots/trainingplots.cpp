// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingplots.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace denselab {
namespace {

// Exponential moving average of the step loss, bias-corrected (divided by 1 - beta^n) so that on
// a short run it follows the loss from the first step instead of creeping up from zero or
// lagging behind the first value.
constexpr double kSmoothing = 0.95;
constexpr int kFrameMs = 40;

QCustomPlot *makePlot(QWidget *parent, const QString &y)
{
    auto *plot = new QCustomPlot(parent);
    plot->xAxis->setLabel(QCoreApplication::translate("denselab::TrainingPlots", "Epoch"));
    plot->yAxis->setLabel(y);
    plot->setMinimumSize(240, 160);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    return plot;
}

QCPGraph *makeGraph(QCustomPlot *plot, const QColor &colour, const QString &name, double width = 1.5,
                    QCPScatterStyle::ScatterShape dots = QCPScatterStyle::ssNone)
{
    QCPGraph *g = plot->addGraph();
    g->setPen(QPen(colour, width));
    g->setName(name);
    if (dots != QCPScatterStyle::ssNone)
        g->setScatterStyle(QCPScatterStyle(dots, 6));
    return g;
}

} // namespace

TrainingPlots::TrainingPlots(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_lossPlot = makePlot(this, tr("Loss"));
    m_accPlot = makePlot(this, tr("Top-1 accuracy (%)"));
    m_lrPlot = makePlot(this, tr("Learning rate"));
    m_speedPlot = makePlot(this, tr("Images / s"));
    grid->addWidget(m_lossPlot, 0, 0);
    grid->addWidget(m_accPlot, 0, 1);
    grid->addWidget(m_lrPlot, 1, 0);
    grid->addWidget(m_speedPlot, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    m_stepLoss = makeGraph(m_lossPlot, QColor(0x9e, 0xca, 0xe1), tr("step"), 1.0);
    m_smoothLoss = makeGraph(m_lossPlot, QColor(0x08, 0x51, 0x9c), tr("smoothed"), 2.0);
    m_testLoss = makeGraph(m_lossPlot, QColor(0xd9, 0x48, 0x01), tr("test (epoch)"), 2.0, QCPScatterStyle::ssDisc);
    m_trainAcc = makeGraph(m_accPlot, QColor(0x31, 0x82, 0xbd), tr("train"), 2.0, QCPScatterStyle::ssDisc);
    m_testAcc = makeGraph(m_accPlot, QColor(0xd9, 0x48, 0x01), tr("test"), 2.0, QCPScatterStyle::ssDisc);
    m_lr = makeGraph(m_lrPlot, QColor(0x54, 0x27, 0x88), tr("learning rate"));
    m_speed = makeGraph(m_speedPlot, QColor(0x23, 0x8b, 0x45), tr("images/s"));
    m_lossPlot->legend->setVisible(true);
    m_accPlot->legend->setVisible(true);
    // Loss falls and accuracy rises: each legend sits in the corner its curves leave empty.
    m_lossPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    m_accPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    // Whole epochs on the x axes (a one-epoch run would otherwise read 0, 0.2, 0.4 ...).
    for (QCustomPlot *plot : {m_lossPlot, m_accPlot, m_lrPlot, m_speedPlot}) {
        QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
        epochs->setTickStep(1.0);
        epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        plot->xAxis->setTicker(epochs);
    }

    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kFrameMs);
    connect(m_replotTimer, &QTimer::timeout, this, &TrainingPlots::replotNow);
}

void TrainingPlots::clear()
{
    for (QCPGraph *g : {m_stepLoss, m_smoothLoss, m_testLoss, m_trainAcc, m_testAcc, m_lr, m_speed})
        g->data()->clear();
    m_smoothedRaw = 0.0;
    m_smoothedSteps = 0;
    m_lastX = 0.0;
    scheduleReplot();
}

void TrainingPlots::addStep(double epochs, double loss, double learningRate, double imagesPerSecond)
{
    // A resumed run repeats the steps after its checkpoint: drop what it is about to redo, and
    // take the moving average back to the last point kept (its n-th value undoes the correction).
    if (!m_stepLoss->data()->isEmpty() && (m_stepLoss->data()->constEnd() - 1)->key >= epochs) {
        for (QCPGraph *g : {m_stepLoss, m_smoothLoss, m_lr, m_speed})
            g->data()->remove(epochs, std::numeric_limits<double>::max());   // keys >= epochs
        m_smoothedSteps = m_smoothLoss->dataCount();
        m_smoothedRaw = m_smoothedSteps > 0 ? (m_smoothLoss->data()->constEnd() - 1)->value
                                                  * (1.0 - std::pow(kSmoothing, m_smoothedSteps))
                                            : 0.0;
    }
    m_smoothedRaw = kSmoothing * m_smoothedRaw + (1 - kSmoothing) * loss;
    ++m_smoothedSteps;
    const double smoothed = m_smoothedRaw / (1.0 - std::pow(kSmoothing, m_smoothedSteps));
    m_lastX = std::max(m_lastX, epochs);
    m_stepLoss->addData(epochs, loss);
    m_smoothLoss->addData(epochs, smoothed);
    m_lr->addData(epochs, learningRate);
    m_speed->addData(epochs, imagesPerSecond);
    scheduleReplot();
}

void TrainingPlots::addEpoch(int epochIndex, double testLoss, double trainAccuracy, double testAccuracy)
{
    const double x = epochIndex + 1;
    m_lastX = std::max(m_lastX, x);
    for (QCPGraph *g : {m_testLoss, m_trainAcc, m_testAcc})
        g->data()->removeAfter(x - 0.5);   // an epoch done again after a resume replaces the old one
    m_testLoss->addData(x, testLoss);
    m_trainAcc->addData(x, 100.0 * trainAccuracy);
    m_testAcc->addData(x, 100.0 * testAccuracy);
    scheduleReplot();
}

void TrainingPlots::scheduleReplot()
{
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void TrainingPlots::replotNow()
{
    for (QCustomPlot *plot : {m_lossPlot, m_accPlot, m_lrPlot, m_speedPlot}) {
        plot->rescaleAxes();
        // Epochs from 0 to the furthest point of any plot, so the four share one x scale (a
        // single epoch's points would otherwise centre a -1..3 axis), with a margin on both
        // sides so that the per-epoch dots at the ends are drawn whole.
        const double lastX = std::max(1.0, m_lastX);
        plot->xAxis->setRange(-0.03 * lastX, 1.03 * lastX);
        if (plot == m_accPlot)
            plot->yAxis->setRange(-2.0, 102.0);
        else
            plot->yAxis->setRange(0.0, std::max(1e-9, plot->yAxis->range().upper * 1.08));
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    ++m_replots;
}

} // namespace denselab
