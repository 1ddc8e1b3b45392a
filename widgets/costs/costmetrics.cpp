// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmetrics.h"

#include "cost/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace denselab {
namespace {

// lupdate files these strings under the namespace's context (they are not in a class).
QString tr(const char *text) { return QCoreApplication::translate("denselab", text); }


} // namespace

const QVector<CostMetric> &costMetrics()
{
    // Built on first use (after the translators are installed); labels follow the seed tables.
    static const QVector<CostMetric> metrics = {
        {tr("Params"), [](const Cost &c) { return c.params; }, false},
        {tr("MACs (conv + linear)"), [](const Cost &c) { return c.macs; }, false},
        {tr("MAdd (torchstat)"), [](const Cost &c) { return c.madd; }, false},
        {tr("Flops (torchstat)"), [](const Cost &c) { return c.flops; }, false},
        {tr("Memory (torchstat)"), [](const Cost &c) { return c.memoryBytes; }, true},
        {tr("MemR+W (torchstat)"), [](const Cost &c) { return c.memReadWriteBytes(); }, true},
        {tr("CIO (HarDNet)"), [](const Cost &c) { return c.cioElements; }, false},
        {tr("Traffic (all ops)"), [](const Cost &c) { return c.trafficBytes; }, true},
        {tr("Activations (train step)"), [](const Cost &c) { return c.activationBytes; }, true},
        {tr("Connections"), [](const Cost &c) { return c.connections; }, false},
    };
    return metrics;
}

QString localizedNumber(QString text)
{
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QString formatMetric(const CostMetric &metric, std::int64_t value, bool delta)
{
    if (delta && value == 0)
        return QStringLiteral("0");
    const std::int64_t magnitude = delta && value < 0 ? -value : value;
    QString text = localizedNumber(QString::fromStdString(metric.bytes ? formatBytes(magnitude) : formatCount(magnitude)));
    if (delta)
        text.prepend(value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"));
    return text;
}

QString formatPercent(std::int64_t value, std::int64_t base)
{
    if (base == 0)
        return {};
    const double percent = 100.0 * double(value) / double(base);
    return (percent > 0 ? QStringLiteral("+") : percent < 0 ? QStringLiteral("\u2212") : QString())
        + QLocale().toString(std::abs(percent), 'f', 1) + QStringLiteral(" %");
}

} // namespace denselab
