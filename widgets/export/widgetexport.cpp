// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetexport.h"

#include "costs/layerchart.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace denselab {

QString imageExportFilter()
{
    return QCoreApplication::translate("denselab::WidgetExport", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString exportWidget(QWidget *widget, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QCustomPlot *plot = nullptr;
    if (auto *chart = qobject_cast<LayerChart *>(widget))
        plot = chart->plot();
    else
        plot = qobject_cast<QCustomPlot *>(widget);
    // Charts render at one documented size (docs/workspace.md), whether or not their tab was
    // ever shown; other widgets (matrix, diagram) at their size on screen.
    const QSize size = plot ? kChartExportSize : widget->size();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot ? plot->savePng(path, size.width(), size.height(), 2.0) : widget->grab().save(path, "PNG");
    } else if (suffix == QLatin1String("pdf")) {
        if (plot) {
            ok = plot->savePdf(path, size.width(), size.height());
        } else {
            QPdfWriter pdf(path);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
            pdf.setPageMargins(QMarginsF());
            QPainter painter;
            if (painter.begin(&pdf)) {
                widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
                ok = painter.end();
            }
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(widget->accessibleName());
        QCPPainter painter;   // a QPainter that QCustomPlot can draw its layers with
        if (painter.begin(&svg)) {
            if (plot)
                plot->toPainter(&painter, size.width(), size.height());
            else
                widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
            ok = painter.end();
        }
    } else {
        return QStringLiteral("%1: unknown image format \"%2\" (use .png, .svg or .pdf)").arg(path, suffix);
    }
    if (!ok || !QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return QStringLiteral("%1: could not be written").arg(path);
    return {};
}

} // namespace denselab
