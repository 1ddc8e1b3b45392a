// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchplots.h"

#include <qcustomplot.h>

#include <QTimer>
#include <QVBoxLayout>

namespace denselab {

namespace {

constexpr double kSmoothing = 0.9;   // exponential average, bias-corrected so short runs do not lag
constexpr int kFrameMs = 40;

QCustomPlot *makePlot(QWidget *parent, const QString &y)
{
    auto *plot = new QCustomPlot(parent);
    plot->xAxis->setLabel(QCoreApplication::translate("denselab::SearchPlots", "Controller step"));
    plot->yAxis->setLabel(y);
    plot->setMinimumSize(240, 110);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    return plot;
}

QCPGraph *points(QCustomPlot *plot, const QColor &colour, const QString &name)
{
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour.lighter(150), 3));
    return g;
}

QCPGraph *line(QCustomPlot *plot, const QColor &colour, const QString &name)
{
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(colour, 2));
    return g;
}

QColor bandColour(int stage)
{
    switch (stage) {
    case 1: return QColor(255, 237, 160, 120);   // curriculum
    case 2: return QColor(199, 233, 192, 120);   // joint
    default: return QColor(222, 222, 222, 90);
    }
}

} // namespace

SearchPlots::SearchPlots(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rewardPlot = makePlot(this, tr("Mean reward"));
    m_etaPlot = makePlot(this, tr("η (MACs ratio)"));
    m_accuracyPlot = makePlot(this, tr("Child accuracy (%)"));
    for (QCustomPlot *p : {m_rewardPlot, m_etaPlot, m_accuracyPlot})
        layout->addWidget(p);
    m_reward = points(m_rewardPlot, QColor(0x08, 0x51, 0x9c), tr("step"));
    m_rewardAverage = line(m_rewardPlot, QColor(0x08, 0x51, 0x9c), tr("average"));
    m_eta = points(m_etaPlot, QColor(0xa5, 0x0f, 0x15), tr("step"));
    m_etaAverage = line(m_etaPlot, QColor(0xa5, 0x0f, 0x15), tr("average"));
    m_accuracy = points(m_accuracyPlot, QColor(0x23, 0x8b, 0x45), tr("step"));
    m_accuracyAverage = line(m_accuracyPlot, QColor(0x23, 0x8b, 0x45), tr("average"));
    for (QCustomPlot *p : {m_rewardPlot, m_etaPlot, m_accuracyPlot}) {
        p->legend->setVisible(true);
        p->legend->setBrush(QColor(255, 255, 255, 150));   // the points behind it stay visible
        p->legend->setBorderPen(Qt::NoPen);
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kFrameMs);
    connect(m_replotTimer, &QTimer::timeout, this, &SearchPlots::replotNow);
}

void SearchPlots::clear()
{
    for (QCPGraph *g : {m_reward, m_rewardAverage, m_eta, m_etaAverage, m_accuracy, m_accuracyAverage})
        g->data()->clear();
    for (QCustomPlot *p : {m_rewardPlot, m_etaPlot, m_accuracyPlot})
        p->clearItems();
    m_steps = 0;
    m_stage = -1;
    m_bands = 0;
    m_weight = 0;
    for (double &a : m_averages)
        a = 0;
    scheduleReplot();
}

void SearchPlots::startBand(int stage)
{
    // A band from this step to the right edge; the next stage's band is drawn over its tail.
    for (QCustomPlot *p : {m_rewardPlot, m_etaPlot, m_accuracyPlot}) {
        auto *rect = new QCPItemRect(p);
        rect->setLayer(QStringLiteral("background"));
        rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(m_steps + 0.5, 0.0);
        rect->bottomRight->setCoords(1.0, 1.0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(bandColour(stage));
        rect->setClipToAxisRect(true);
    }
    ++m_bands;
}

void SearchPlots::addStep(int stage, double reward, double eta, double accuracy)
{
    if (stage != m_stage) {
        startBand(stage);
        m_stage = stage;
    }
    ++m_steps;
    const double x = m_steps;
    const double values[3] = {reward, eta, 100.0 * accuracy};
    m_weight = kSmoothing * m_weight + (1 - kSmoothing);
    for (int i = 0; i < 3; ++i)
        m_averages[i] = kSmoothing * m_averages[i] + (1 - kSmoothing) * values[i];
    m_reward->addData(x, values[0]);
    m_eta->addData(x, values[1]);
    m_accuracy->addData(x, values[2]);
    m_rewardAverage->addData(x, m_averages[0] / m_weight);
    m_etaAverage->addData(x, m_averages[1] / m_weight);
    m_accuracyAverage->addData(x, m_averages[2] / m_weight);
    scheduleReplot();
}

void SearchPlots::scheduleReplot()
{
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void SearchPlots::replotNow()
{
    for (QCustomPlot *p : {m_rewardPlot, m_etaPlot, m_accuracyPlot}) {
        p->rescaleAxes();
        p->xAxis->setRange(0.5, std::max(2.0, m_steps + 0.5));
        const QCPRange y = p->yAxis->range();
        const double pad = std::max(1e-3, 0.08 * y.size());
        if (p == m_etaPlot)
            p->yAxis->setRange(0.0, std::max(1.0, y.upper + pad));
        else if (p == m_accuracyPlot)
            p->yAxis->setRange(0.0, 100.0);
        else
            p->yAxis->setRange(y.lower - pad, y.upper + pad);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace denselab
