// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruneplots.h"

#include <qcustomplot.h>

#include <QHBoxLayout>

namespace denselab {

namespace {

QCustomPlot *makePlot(QWidget *parent, const QString &x)
{
    auto *plot = new QCustomPlot(parent);
    plot->xAxis->setLabel(x);
    plot->yAxis->setLabel(QCoreApplication::translate("denselab::PrunePlots", "Test accuracy (%)"));
    plot->setMinimumSize(220, 160);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    return plot;
}

QCPCurve *curve(QCustomPlot *plot, const QColor &colour, QCPScatterStyle::ScatterShape shape, const QString &name)
{
    auto *c = new QCPCurve(plot->xAxis, plot->yAxis);
    c->setName(name);
    c->setPen(QPen(colour, 1.5, shape == QCPScatterStyle::ssCircle ? Qt::DashLine : Qt::SolidLine));
    c->setScatterStyle(QCPScatterStyle(shape, colour, colour, 7));
    if (shape == QCPScatterStyle::ssCircle)
        c->setScatterStyle(QCPScatterStyle(shape, colour, Qt::white, 7));
    return c;
}

} // namespace

PrunePlots::PrunePlots(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_macsPlot = makePlot(this, tr("MACs (M)"));
    m_paramsPlot = makePlot(this, tr("Params (M)"));
    layout->addWidget(m_macsPlot);
    layout->addWidget(m_paramsPlot);
    m_macsBefore = curve(m_macsPlot, QColor(0xe6, 0x55, 0x0d), QCPScatterStyle::ssCircle, tr("after removal"));
    m_macsAfter = curve(m_macsPlot, QColor(0x31, 0x82, 0xbd), QCPScatterStyle::ssDisc, tr("after fine-tuning"));
    m_paramsBefore = curve(m_paramsPlot, QColor(0xe6, 0x55, 0x0d), QCPScatterStyle::ssCircle, tr("after removal"));
    m_paramsAfter = curve(m_paramsPlot, QColor(0x31, 0x82, 0xbd), QCPScatterStyle::ssDisc, tr("after fine-tuning"));
}

void PrunePlots::clear()
{
    for (QCPCurve *c : {m_macsBefore, m_macsAfter, m_paramsBefore, m_paramsAfter})
        c->data()->clear();
    replot();
}

void PrunePlots::addIteration(int iteration, double params, double macs, double accuracyBefore, double accuracyAfter)
{
    const double t = iteration;   // the curve parameter keeps the iterations in order
    m_macsBefore->addData(t, macs / 1e6, 100.0 * accuracyBefore);
    m_macsAfter->addData(t, macs / 1e6, 100.0 * accuracyAfter);
    m_paramsBefore->addData(t, params / 1e6, 100.0 * accuracyBefore);
    m_paramsAfter->addData(t, params / 1e6, 100.0 * accuracyAfter);
    replot();
}

void PrunePlots::replot()
{
    for (QCustomPlot *p : {m_macsPlot, m_paramsPlot}) {
        p->rescaleAxes();
        const QCPRange x = p->xAxis->range();
        const double pad = std::max(1e-3, 0.08 * x.size());
        p->xAxis->setRange(std::max(0.0, x.lower - pad), x.upper + pad);
        p->yAxis->setRange(0.0, 100.0);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace denselab
