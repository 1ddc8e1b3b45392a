// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockdiagram.h"

#include "matrix/regionpalette.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace denselab {
namespace {

constexpr double kMargin = 18.0;
// Above this many arcs antialiasing costs more than it shows (a 64-layer dense block has 2,080).
constexpr int kAntialiasLimit = 600;

} // namespace

BlockDiagram::BlockDiagram(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Block diagram"));
}

void BlockDiagram::setMatrix(const BlockMatrix &matrix)
{
    m_matrix = matrix;
    update();
}

double BlockDiagram::spacing() const
{
    return (width() - 2 * kMargin) / std::max(1, m_matrix.layers + 1);
}

double BlockDiagram::baseline() const
{
    // Layer arcs above, output arcs below: the output band takes a quarter of the height.
    return kMargin + (height() - 2 * kMargin) * 0.72;
}

QPointF BlockDiagram::nodeCenter(int layer) const
{
    return {kMargin + layer * spacing(), baseline()};
}

int BlockDiagram::layerAt(const QPointF &pos) const
{
    if (m_matrix.layers < 1)
        return -1;
    const int layer = static_cast<int>(std::lround((pos.x() - kMargin) / spacing()));
    if (layer < 0 || layer > m_matrix.layers + 1 || std::abs(pos.y() - baseline()) > 14)
        return -1;
    return layer;
}

void BlockDiagram::highlightConnection(int target, int source)
{
    if (m_linkTarget == target && m_linkSource == source)
        return;
    m_linkTarget = target;
    m_linkSource = source;
    update();
}

void BlockDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = m_matrix.layers;
    if (n < 1)
        return;
    const double top = kMargin;
    const double base = baseline();
    const double bottom = height() - 6.0;
    const double dx = spacing();
    int arcs = 0;
    for (int t = 1; t <= n + 1; ++t) {
        for (int s = 0; s < t; ++s)
            arcs += m_matrix.isConnected(t, s);
    }
    p.setRenderHint(QPainter::Antialiasing, arcs <= kAntialiasLimit);

    // Arc height grows with span so nested arcs stay apart, as in the papers' figures.
    // Each arc is the cubic Bezier (x0,base) (x0,y) (x1,y) (x1,base) as a 16-point polyline:
    // the raster engine draws thousands of short cosmetic lines far faster than it flattens
    // and strokes as many curved paths.
    constexpr int kSegments = 16;
    auto arcPoints = [&](int s, int t, bool below) {
        const double x0 = kMargin + s * dx;
        const double x1 = kMargin + t * dx;
        const double room = below ? bottom - base : base - top;
        const double h = room * std::min(1.0, 0.15 + 0.85 * double(t - s) / (n + 1));
        const double y = below ? base + h : base - h;
        std::array<QPointF, kSegments + 1> points;
        for (int i = 0; i <= kSegments; ++i) {
            const double u = double(i) / kSegments;
            const double a = (1 - u) * (1 - u) * (1 - u), b = 3 * u * (1 - u) * (1 - u), c = 3 * u * u * (1 - u), d = u * u * u;
            points[static_cast<std::size_t>(i)] = QPointF(a * x0 + b * x0 + c * x1 + d * x1, a * base + (b + c) * y + d * base);
        }
        return points;
    };
    const bool hovering = m_hoverLayer >= 0;
    for (int t = 1; t <= n + 1; ++t) {
        const bool out = t == n + 1;
        const RuleRegion region = out ? RuleRegion::Custom : m_matrix.regions[static_cast<std::size_t>(t)];
        for (int s = 0; s < t; ++s) {
            if (!m_matrix.isConnected(t, s))
                continue;
            const QColor ink = regionInk(region);
            const bool touched = hovering && (t == m_hoverLayer || s == m_hoverLayer);
            const double strength = hovering ? (touched ? 0.95 : 0.1) : std::clamp(60.0 / (arcs + 20), 0.2, 0.85);
            // Opaque colours mixed with the background rather than alpha: the raster engine's
            // cosmetic stroker then writes pixels directly instead of blending one-pixel spans,
            // which takes a dense 64-layer block's 2,000+ arcs from ~100 ms to a few.
            const QColor back = palette().base().color();
            const QColor mixed = QColor::fromRgbF(back.redF() + (ink.redF() - back.redF()) * strength,
                                                  back.greenF() + (ink.greenF() - back.greenF()) * strength,
                                                  back.blueF() + (ink.blueF() - back.blueF()) * strength);
            QPen pen(mixed, touched ? 1.6 : 1.0);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const auto points = arcPoints(s, t, out);
            p.drawPolyline(points.data(), static_cast<int>(points.size()));
        }
    }
    if (m_matrix.isConnected(m_linkTarget, m_linkSource)) {
        p.setPen(QPen(palette().highlight().color(), 3));
        const auto points = arcPoints(m_linkSource, m_linkTarget, m_linkTarget == n + 1);
        p.drawPolyline(points.data(), static_cast<int>(points.size()));
    }

    // Nodes: x0, the layers (width follows their channels), the output.
    p.setRenderHint(QPainter::Antialiasing, true);
    const double r = std::clamp(dx * 0.32, 2.0, 7.0);
    for (int i = 0; i <= n + 1; ++i) {
        const QPointF c = nodeCenter(i);
        const bool dropped = i >= 1 && i <= n && !m_matrix.kept[static_cast<std::size_t>(i)];
        QColor fill = i == 0 || i == n + 1 ? QColor(0x54, 0x27, 0x88)
                                            : regionInk(m_matrix.regions[static_cast<std::size_t>(i)]);
        if (dropped)
            fill = Qt::lightGray;
        p.setPen(i == m_hoverLayer ? QPen(palette().highlight().color(), 2) : QPen(Qt::white, 1));
        p.setBrush(fill);
        p.drawEllipse(c, r, r);
    }
    p.setPen(palette().text().color());
    const int step = dx >= 18 ? 1 : dx >= 6 ? 5 : 10;
    for (int i = 0; i <= n + 1; ++i) {
        if (i % step != 0 && i != n + 1)
            continue;
        const QString label = i == 0 ? QStringLiteral("x0") : i == n + 1 ? tr("out") : QString::number(i);
        p.drawText(QRectF(nodeCenter(i).x() - 16, base + r + 1, 32, 14), Qt::AlignCenter, label);
    }
    if (m_matrix.thresholdLayer > 0 && m_matrix.thresholdLayer < n) {
        const double x = kMargin + (m_matrix.thresholdLayer + 0.5) * dx;
        p.setPen(QPen(QColor(0xe6, 0x55, 0x0d), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, top), QPointF(x, base));
    }
}

void BlockDiagram::mouseMoveEvent(QMouseEvent *event)
{
    const int layer = layerAt(event->position());
    if (layer == m_hoverLayer)
        return;
    m_hoverLayer = layer;
    update();
    Q_EMIT layerHovered(layer);
}

void BlockDiagram::leaveEvent(QEvent *event)
{
    if (m_hoverLayer != -1) {
        m_hoverLayer = -1;
        update();
        Q_EMIT layerHovered(-1);
    }
    QWidget::leaveEvent(event);
}

} // namespace denselab
