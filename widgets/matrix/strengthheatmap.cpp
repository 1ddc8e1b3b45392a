// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengthheatmap.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace denselab {
namespace {

constexpr int kMargin = 28;

} // namespace

StrengthHeatmap::StrengthHeatmap(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(160, 160);
}

void StrengthHeatmap::setStrengths(int layers, const std::vector<std::vector<double>> &strength, double maximum)
{
    m_layers = layers;
    m_strength = strength;
    m_maximum = maximum;
    update();
}

QColor StrengthHeatmap::colourFor(double relative)
{
    // Linear ramp through YlGnBu (ColorBrewer): sequential and colour-blind safe.
    static const QColor stops[] = {{0xff, 0xff, 0xd9}, {0xc7, 0xe9, 0xb4}, {0x41, 0xb6, 0xc4}, {0x22, 0x5e, 0xa8}, {0x08, 0x1d, 0x58}};
    const double x = std::clamp(relative, 0.0, 1.0) * 4.0;
    const int i = std::min(3, static_cast<int>(x));
    const double f = x - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

int StrengthHeatmap::cellSize() const
{
    if (m_layers < 1)
        return 10;
    return std::max(2, std::min((width() - kMargin - 4) / (m_layers + 1), (height() - kMargin - 4) / m_layers));
}

QSize StrengthHeatmap::sizeHint() const
{
    return {360, 340};
}

QRect StrengthHeatmap::cellRect(int target, int source) const
{
    const int c = cellSize();
    return {kMargin + source * c, kMargin + (target - 1) * c, c, c};
}

void StrengthHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_layers < 1 || m_maximum <= 0.0) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No trained weights to show"));
        return;
    }
    for (int t = 1; t <= m_layers; ++t) {
        for (int s = 0; s < t; ++s) {
            const double v = m_strength[static_cast<std::size_t>(t)][static_cast<std::size_t>(s)];
            const QRect r = cellRect(t, s);
            p.fillRect(r, v < 0 ? QColor(0xf4, 0xf4, 0xf4) : colourFor(v / m_maximum));
        }
    }
    p.setPen(palette().text().color());
    const int c = cellSize();
    const int step = c >= 14 ? 1 : c >= 6 ? 5 : 10;
    for (int i = 1; i <= m_layers; ++i) {
        if (i % step == 0 || i == 1)
            p.drawText(QRect(0, kMargin + (i - 1) * c, kMargin - 3, c), Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
    }
    for (int s = 0; s < m_layers; ++s) {
        if (s % step == 0)
            p.drawText(QRect(kMargin + s * c - 8, 4, c + 16, kMargin - 6), Qt::AlignCenter,
                       s == 0 ? QStringLiteral("x0") : QString::number(s));
    }
}

bool StrengthHeatmap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int c = cellSize();
    const int s = (help->pos().x() - kMargin) / c;
    const int t = (help->pos().y() - kMargin) / c + 1;
    if (help->pos().x() < kMargin || t < 1 || t > m_layers || s < 0 || s >= t) {
        QToolTip::hideText();
        return true;
    }
    const double v = m_strength[static_cast<std::size_t>(t)][static_cast<std::size_t>(s)];
    QToolTip::showText(help->globalPos(),
                       v < 0 ? tr("%1 → layer %2: not connected").arg(s == 0 ? QStringLiteral("x0") : tr("layer %1").arg(s)).arg(t)
                             : tr("%1 → layer %2: mean |w| %3 (%4 % of the strongest)")
                                   .arg(s == 0 ? QStringLiteral("x0") : tr("layer %1").arg(s))
                                   .arg(t)
                                   .arg(v, 0, 'g', 4)
                                   .arg(100.0 * v / m_maximum, 0, 'f', 0),
                       this, cellRect(t, s));
    return true;
}

} // namespace denselab
