// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace denselab {

/// Writes a widget (matrix, diagram, chart) to PATH as PNG, SVG or PDF, chosen by the suffix.
/// Charts are exported as vectors through QCustomPlot's own painter; other widgets are rendered
/// by their paintEvent into the SVG or PDF device, so they are vectors too. Returns an empty
/// string on success, else an English message naming the file (shown under a translated title).
/// Charts are written at kChartExportSize (PNG at twice that in pixels), the same whether or
/// not the chart was ever on screen.
QString exportWidget(QWidget *widget, const QString &path);

/// The logical size of an exported chart.
constexpr QSize kChartExportSize{800, 500};

/// The file-dialog filter for the three formats.
QString imageExportFilter();

} // namespace denselab
