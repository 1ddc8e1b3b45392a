// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivitymatrixeditor.h"

#include "regionpalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace denselab {
namespace {

constexpr int kMinCell = 3;
constexpr int kMaxCell = 48;
constexpr int kLabelWidth = 44;
constexpr int kLabelHeight = 22;

quint64 cellKey(int target, int source) { return (quint64(quint32(target)) << 32) | quint32(source); }

} // namespace

ConnectivityMatrixEditor::ConnectivityMatrixEditor(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Connectivity matrix"));
}

void ConnectivityMatrixEditor::setMatrix(const BlockMatrix &matrix)
{
    const bool resized = matrix.layers != m_matrix.layers;
    m_matrix = matrix;
    if (!m_matrix.validCell(m_cursor.y(), m_cursor.x()))
        m_cursor = QPoint(0, 1);
    if (resized) {
        m_added.clear();
        m_removed.clear();
        updateGeometry();
        resize(sizeHint());
    }
    update();
}

void ConnectivityMatrixEditor::setTooltipProvider(std::function<QString(int, int)> provider)
{
    m_tooltip = std::move(provider);
}

void ConnectivityMatrixEditor::setDiffMarks(const QList<QPoint> &added, const QList<QPoint> &removed)
{
    m_added.clear();
    m_removed.clear();
    for (const QPoint &c : added)
        m_added.insert(cellKey(c.y(), c.x()));
    for (const QPoint &c : removed)
        m_removed.insert(cellKey(c.y(), c.x()));
    update();
}

void ConnectivityMatrixEditor::setCellSize(int pixels)
{
    pixels = std::clamp(pixels, kMinCell, kMaxCell);
    if (pixels == m_cell)
        return;
    m_cell = pixels;
    updateGeometry();
    resize(sizeHint());
    update();
    Q_EMIT cellSizeChanged(m_cell);
}

void ConnectivityMatrixEditor::fitTo(const QSize &area)
{
    const int n = m_matrix.layers + 1;
    const int byWidth = (area.width() - kLabelWidth - 4) / std::max(1, n);
    const int byHeight = (area.height() - kLabelHeight - 4) / std::max(1, n);
    setCellSize(std::min(std::min(byWidth, byHeight), 36));
}

QSize ConnectivityMatrixEditor::sizeHint() const
{
    const int n = m_matrix.layers + 1;   // sources 0..L, targets 1..L+1
    return {kLabelWidth + n * m_cell + 2, kLabelHeight + n * m_cell + 2};
}

QRect ConnectivityMatrixEditor::cellRect(int target, int source) const
{
    return {kLabelWidth + source * m_cell, kLabelHeight + (target - 1) * m_cell, m_cell, m_cell};
}

QPoint ConnectivityMatrixEditor::cellCenter(int target, int source) const
{
    return cellRect(target, source).center();
}

QPoint ConnectivityMatrixEditor::cellAt(const QPoint &pos) const
{
    if (pos.x() < kLabelWidth || pos.y() < kLabelHeight)
        return {-1, -1};
    const int source = (pos.x() - kLabelWidth) / m_cell;
    const int target = (pos.y() - kLabelHeight) / m_cell + 1;
    return m_matrix.validCell(target, source) ? QPoint(source, target) : QPoint(-1, -1);
}

QString ConnectivityMatrixEditor::rowLabel(int target) const
{
    return target == m_matrix.layers + 1 ? tr("out") : QString::number(target);
}

void ConnectivityMatrixEditor::paintCell(QPainter &p, int target, int source) const
{
    const QRect r = cellRect(target, source);
    const bool outputRow = target == m_matrix.layers + 1;
    const RuleRegion region = outputRow ? RuleRegion::Custom : m_matrix.regions[static_cast<std::size_t>(target)];
    const bool dropped = !outputRow && !m_matrix.kept[static_cast<std::size_t>(target)];
    p.fillRect(r, dropped ? QColor(0xe0, 0xe0, 0xe0) : outputRow ? QColor(0xf4, 0xf0, 0xfa) : regionShade(region));
    if (m_matrix.isConnected(target, source)) {
        // Intensity follows the channels the connection carries (wide harmonic layers are darker).
        const double share = double(m_matrix.widths[static_cast<std::size_t>(source)]) / m_matrix.maxWidth;
        QColor fill = regionInk(region);
        fill.setAlphaF(0.35 + 0.65 * share);
        p.fillRect(r.adjusted(1, 1, -1, -1), fill);
    }
    if (m_matrix.isOverridden(target, source) && m_cell >= 6) {
        // Overrides of the rule: a corner triangle, so they stay visible on filled and empty cells.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x1c, 0x8b));
        const int k = std::max(3, m_cell / 2);
        const QPoint tri[3] = {r.topRight() + QPoint(1, 0), r.topRight() + QPoint(1 - k, 0), r.topRight() + QPoint(1, k)};
        p.drawPolygon(tri, 3);
    }
    const quint64 key = cellKey(target, source);
    if (m_added.contains(key) || m_removed.contains(key)) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(m_added.contains(key) ? QColor(0x1a, 0x98, 0x50) : QColor(0xd7, 0x30, 0x27), 2));
        p.drawRect(r.adjusted(1, 1, -2, -2));
    }
}

void ConnectivityMatrixEditor::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect exposed = event->rect();
    p.fillRect(exposed, palette().base());
    const int n = m_matrix.layers;
    if (n < 1)
        return;
    // Only the exposed rows and columns: a 200-layer block repaints in the same time as a small one
    // when scrolled.
    const int firstT = std::max(1, (exposed.top() - kLabelHeight) / m_cell + 1);
    const int lastT = std::min(n + 1, (exposed.bottom() - kLabelHeight) / m_cell + 1);
    const int firstS = std::max(0, (exposed.left() - kLabelWidth) / m_cell);
    const int lastS = std::min(n, (exposed.right() - kLabelWidth) / m_cell);
    for (int t = firstT; t <= lastT; ++t) {
        for (int s = firstS; s <= std::min(lastS, t - 1); ++s)
            paintCell(p, t, s);
    }

    // Grid lines when cells are big enough to tell apart.
    if (m_cell >= 6) {
        p.setPen(QColor(255, 255, 255, 160));
        for (int t = firstT; t <= lastT; ++t) {
            const int y = kLabelHeight + (t - 1) * m_cell;
            p.drawLine(kLabelWidth, y, kLabelWidth + std::min(t, n + 1) * m_cell, y);
        }
    }

    // Highlights: the diagram's layer (row + column), the hovered/linked cell, the keyboard cursor.
    if (m_highlightLayer >= 0) {
        QColor band = palette().highlight().color();
        band.setAlpha(50);
        if (m_highlightLayer >= 1)
            p.fillRect(QRect(kLabelWidth, kLabelHeight + (m_highlightLayer - 1) * m_cell, m_highlightLayer * m_cell, m_cell), band);
        p.fillRect(QRect(kLabelWidth + m_highlightLayer * m_cell, kLabelHeight + m_highlightLayer * m_cell, m_cell,
                         (n + 1 - m_highlightLayer) * m_cell),
                   band);
    }
    for (const QPoint &c : {m_hover, m_highlight}) {
        if (m_matrix.validCell(c.y(), c.x())) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(palette().highlight().color(), 2));
            p.drawRect(cellRect(c.y(), c.x()).adjusted(0, 0, -1, -1));
        }
    }
    if (hasFocus() && m_matrix.validCell(m_cursor.y(), m_cursor.x())) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().text().color(), 1, Qt::DashLine));
        p.drawRect(cellRect(m_cursor.y(), m_cursor.x()).adjusted(0, 0, -1, -1));
    }

    // The threshold T of ThresholdNet: rows 1..T follow the dense/sparse part, rows below it the harmonic part.
    if (m_matrix.thresholdLayer > 0 && m_matrix.thresholdLayer < n) {
        const int y = kLabelHeight + m_matrix.thresholdLayer * m_cell;
        p.setPen(QPen(QColor(0xe6, 0x55, 0x0d), 2));
        p.drawLine(2, y, kLabelWidth + (n + 1) * m_cell, y);
        p.drawText(QRect(2, y - 14, kLabelWidth - 4, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("T=%1").arg(m_matrix.thresholdLayer));
    }

    // Labels: every row and column when they fit, else every 5th/10th.
    p.setPen(palette().text().color());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, std::min(9.0, m_cell * 0.6)));
    p.setFont(small);
    // Label every k-th row/column, k from 1, 2, 5, 10, 20, 50 so that numbers never overlap.
    const int need = p.fontMetrics().horizontalAdvance(QString::number(n + 1)) + 3;
    int step = 1;
    for (const int k : {1, 2, 5, 10, 20, 50}) {
        step = k;
        if (k * m_cell >= need)
            break;
    }
    for (int t = firstT; t <= lastT; ++t) {
        if (t % step == 0 || t == 1 || t == n + 1)
            p.drawText(QRect(0, kLabelHeight + (t - 1) * m_cell, kLabelWidth - 4, m_cell), Qt::AlignRight | Qt::AlignVCenter,
                       rowLabel(t));
    }
    if (exposed.top() < kLabelHeight) {
        for (int s = firstS; s <= lastS; ++s) {
            if (s % step == 0)
                p.drawText(QRect(kLabelWidth + s * m_cell - 10, 2, m_cell + 20, kLabelHeight - 4), Qt::AlignCenter,
                           s == 0 ? QStringLiteral("x0") : QString::number(s));
        }
    }
}

void ConnectivityMatrixEditor::addToStroke(const QPoint &cell)
{
    if (!m_matrix.validCell(cell.y(), cell.x()) || m_stroke.contains(cell))
        return;
    m_stroke.append(cell);
    // Preview: the cell shows its new state at once; the owner confirms on release.
    m_matrix.connected[static_cast<std::size_t>(cell.y())][static_cast<std::size_t>(cell.x())] = m_strokeState;
    update(cellRect(cell.y(), cell.x()));
}

void ConnectivityMatrixEditor::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || m_readOnly || cell.x() < 0)
        return QWidget::mousePressEvent(event);
    m_cursor = cell;
    m_stroking = true;
    m_strokeState = !m_matrix.isConnected(cell.y(), cell.x());
    m_stroke.clear();
    addToStroke(cell);
}

void ConnectivityMatrixEditor::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    setHover(cell);
    if (m_stroking && cell.x() >= 0)
        addToStroke(cell);
}

void ConnectivityMatrixEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_stroking || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_stroking = false;
    const QList<QPoint> cells = m_stroke;
    m_stroke.clear();
    if (!cells.isEmpty())
        Q_EMIT connectionsEdited(cells, m_strokeState);
}

void ConnectivityMatrixEditor::leaveEvent(QEvent *event)
{
    setHover({-1, -1});
    QWidget::leaveEvent(event);
}

void ConnectivityMatrixEditor::setHover(const QPoint &cell)
{
    if (cell == m_hover)
        return;
    if (m_matrix.validCell(m_hover.y(), m_hover.x()))
        update(cellRect(m_hover.y(), m_hover.x()).adjusted(-2, -2, 2, 2));
    m_hover = cell;
    if (m_matrix.validCell(cell.y(), cell.x()))
        update(cellRect(cell.y(), cell.x()).adjusted(-2, -2, 2, 2));
    Q_EMIT cellHovered(cell.y(), cell.x());
}

void ConnectivityMatrixEditor::highlightCell(int target, int source)
{
    if (m_highlight == QPoint(source, target))
        return;
    m_highlight = QPoint(source, target);
    update();
}

void ConnectivityMatrixEditor::highlightLayer(int layer)
{
    if (m_highlightLayer == layer)
        return;
    m_highlightLayer = layer;
    update();
}

void ConnectivityMatrixEditor::keyPressEvent(QKeyEvent *event)
{
    const int n = m_matrix.layers;
    QPoint c = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left: c.rx() = std::max(0, c.x() - 1); break;
    case Qt::Key_Right: c.rx() = std::min(c.y() - 1, c.x() + 1); break;
    case Qt::Key_Up: c.ry() = std::max(c.x() + 1, c.y() - 1); break;
    case Qt::Key_Down: c.ry() = std::min(n + 1, c.y() + 1); break;
    case Qt::Key_Home: c.rx() = 0; break;
    case Qt::Key_End: c.rx() = c.y() - 1; break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); Q_EMIT zoomedByUser(); return;
    case Qt::Key_Minus: zoomOut(); Q_EMIT zoomedByUser(); return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_readOnly && m_matrix.validCell(c.y(), c.x()))
            Q_EMIT connectionsEdited({c}, !m_matrix.isConnected(c.y(), c.x()));
        return;
    default: return QWidget::keyPressEvent(event);
    }
    if (c != m_cursor && m_matrix.validCell(c.y(), c.x())) {
        update(cellRect(m_cursor.y(), m_cursor.x()));
        m_cursor = c;
        update(cellRect(c.y(), c.x()));
        Q_EMIT cellHovered(c.y(), c.x());
    }
}

void ConnectivityMatrixEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QWidget::wheelEvent(event);   // the scroll area scrolls
    event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
    Q_EMIT zoomedByUser();
    event->accept();
}

bool ConnectivityMatrixEditor::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPoint cell = cellAt(help->pos());
    if (cell.x() < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QString text;
    if (m_tooltip) {
        text = m_tooltip(cell.y(), cell.x());
    } else {
        text = tr("%1 → %2: %3 channels")
                   .arg(cell.x() == 0 ? tr("block input x0") : tr("layer %1").arg(cell.x()),
                        cell.y() == m_matrix.layers + 1 ? tr("block output") : tr("layer %1").arg(cell.y()))
                   .arg(m_matrix.widths[static_cast<std::size_t>(cell.x())]);
    }
    QToolTip::showText(help->globalPos(), text, this, cellRect(cell.y(), cell.x()));
    return true;
}

} // namespace denselab
