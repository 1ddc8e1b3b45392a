// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairedbars.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace denselab {

namespace {

constexpr int kMostTextTicks = 24;   // beyond this, numbered ticks read better than names

} // namespace

PairedBars::PairedBars(QWidget *parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(200, 140);
    m_firstBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_secondBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_firstBars->setPen(Qt::NoPen);
    m_secondBars->setPen(Qt::NoPen);
    m_firstBars->setBrush(QColor(0x6b, 0xae, 0xd6));
    m_secondBars->setBrush(QColor(0xde, 0x2d, 0x26));
    for (QCPBars *bars : {m_firstBars, m_secondBars}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.4);
    }
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    setNames(tr("parent"), tr("child"), tr("Value"), tr("Layer"));
}

void PairedBars::setNames(const QString &first, const QString &second, const QString &valueAxis, const QString &positionAxis)
{
    m_firstBars->setName(first);
    m_secondBars->setName(second);
    m_plot->yAxis->setLabel(valueAxis);
    m_plot->xAxis->setLabel(positionAxis);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PairedBars::setData(const QStringList &labels, const QVector<double> &first, const QVector<double> &second)
{
    m_labels = labels;
    m_first = first;
    m_second = second;
    QVector<double> x1, x2;
    for (int i = 0; i < labels.size(); ++i) {
        x1.append(i + 1 - 0.2);
        x2.append(i + 1 + 0.2);
    }
    m_firstBars->setData(x1, first, true);
    m_secondBars->setData(x2, second, true);
    if (labels.size() <= kMostTextTicks) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < labels.size(); ++i)
            ticker->addTick(i + 1, labels[i]);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(labels.size() > 8 ? 60 : 0);
    } else {
        QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);   // whole positions only
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(0);
    }
    double top = 1.0;
    for (const QVector<double> *series : {&first, &second})
        if (!series->isEmpty())
            top = std::max(top, *std::max_element(series->begin(), series->end()));
    m_plot->xAxis->setRange(0.3, labels.size() + 0.7);
    m_plot->yAxis->setRange(0, top * 1.15);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace denselab
