// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's exports: widgets to PNG/SVG/PDF, the cost report to CSV/Markdown.
#include "mainwindow.h"

#include "document/designdocument.h"
#include "export/widgetexport.h"
#include "io/atomicfile.h"
#include "report/costreporttext.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace denselab {

void MainWindow::exportWidgetTo(QWidget *widget, const QString &what, const char *stem)
{
    const QString suggestion = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/')
        + QString::fromStdString(m_document->design().name) + QLatin1Char('-') + QLatin1String(stem) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(what), suggestion, imageExportFilter());
    if (path.isEmpty())
        return;
    const QString error = exportWidget(widget, path);
    if (!error.isEmpty())
        showError(tr("Export failed"), error);
}

void MainWindow::exportReport(bool markdown)
{
    if (!m_document->isValid()) {
        showError(tr("Export failed"), m_document->error());
        return;
    }
    const QString suffix = markdown ? QStringLiteral(".md") : QStringLiteral(".csv");
    const QString suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + QString::fromStdString(m_document->design().name) + QStringLiteral("-costs") + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cost report"), suggestion,
                                                      markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    std::string text;
    if (markdown) {
        const std::optional<Cost> base = m_baseline.total(m_document->design(), m_document->savedDesign());
        CostReport baseline;
        if (base)
            baseline.total = *base;
        text = costReportMarkdown(m_document->graph(), m_document->costs(), base ? &baseline : nullptr,
                                  m_baseline.name().toStdString());
    } else {
        text = costReportCsv(m_document->graph(), m_document->costs(), /*perLayer=*/true);
    }
    try {
        io::writeFileAtomically(path.toStdString(), text);
    } catch (const std::exception &e) {
        showError(tr("Export failed"), QString::fromStdString(e.what()));
    }
}

} // namespace denselab
