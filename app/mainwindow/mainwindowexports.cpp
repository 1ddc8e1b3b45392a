// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's exports: widgets to PNG/SVG/PDF, the cost report to CSV/Markdown, the design or
// a trained run to PyTorch and ONNX.
#include "mainwindow.h"

#include "document/designdocument.h"
#include "export/widgetexport.h"
#include "io/atomicfile.h"
#include "export/pytorchcode.h"
#include "export/weightsexport.h"
#include "graph/compiler.h"
#include "training/torchsidebusy.h"
#include "training/trainingcontroller.h"
#include "report/costreporttext.h"
#include "training/runrecord.h"

#include <QApplication>
#include <QStatusBar>

#include <QFileDialog>
#include <QFileInfo>
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

namespace {

// Building a LibTorch module draws from torch's global random generator, which the training
// thread reseeds and draws from at every step: an export then would change the run's draws.
QString weightsWaitForTraining()
{
    return QCoreApplication::translate("denselab::MainWindow",
                                       "Exports with weights wait until the training run ends: building the network would "
                                       "change the random draws of the run in progress.");
}

// The graph of a run's trained design, or of the open document.
LayerGraph exportedGraph(const DesignDocument &document, const QString &runDir)
{
    if (runDir.isEmpty()) {
        if (!document.isValid())
            throw std::invalid_argument(document.error().toStdString());
        return document.graph();
    }
    return compile(training::trainedDesignOf(training::readRunRecord(runDir.toStdString())));
}

} // namespace

QString MainWindow::exportPyTorch(const QString &folder, const QString &runDir)
{
    if (!runDir.isEmpty() && m_training->isTraining())
        return weightsWaitForTraining();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        const LayerGraph graph = exportedGraph(*m_document, runDir);
        std::string weights;
        exporting::pytorchModelSource(graph);   // a graph model.py cannot express fails before any file
        if (!runDir.isEmpty()) {   // weights.pt first: a failure leaves no README promising it
            torchside::TorchSide &torch = torchSideShowingBusy();   // reads the checkpoint
            const exporting::WeightsSource source = torch.resolveCheckpoint({runDir.toStdString(), 1, {}});
            exporting::createExportFolder(folder.toStdString());
            torch.exportPyTorchWeights(graph, source, (folder + QStringLiteral("/weights.pt")).toStdString(), {});
            weights = torch.weightsOrigin(source);
        }
        exporting::writePyTorchFolder(graph, folder.toStdString(), weights);
    } catch (const std::exception &e) {
        error = QString::fromStdString(e.what());
    }
    QApplication::restoreOverrideCursor();
    return error;
}

QString MainWindow::exportOnnx(const QString &path, const QString &runDir)
{
    if (m_training->isTraining())
        return weightsWaitForTraining();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        exporting::OnnxOptions options;
        options.producerVersion = QCoreApplication::applicationVersion().toStdString();
        // ONNX carries weights, the run's or (without a run) LibTorch's initialization: torch side.
        torchSideShowingBusy().exportOnnx(exportedGraph(*m_document, runDir), {runDir.toStdString(), 1, {}}, options,
                                          path.toStdString(), {});
    } catch (const std::exception &e) {
        error = QString::fromStdString(e.what());
    }
    QApplication::restoreOverrideCursor();
    return error;
}

void MainWindow::exportModelInteractively(const char *format, const QString &runDir)
{
    const bool onnx = qstrcmp(format, "onnx") == 0;
    QString name = QString::fromStdString(m_document->design().name);
    if (!runDir.isEmpty())
        name = QFileInfo(runDir).fileName();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString target;
    if (onnx) {
        target = QFileDialog::getSaveFileName(this, tr("Export ONNX model"), documents + QLatin1Char('/') + name + QStringLiteral(".onnx"),
                                              tr("ONNX model (*.onnx)"));
    } else {
        target = QFileDialog::getExistingDirectory(this, runDir.isEmpty() ? tr("Folder for model.py") : tr("Folder for model.py and weights.pt"),
                                                   documents);
    }
    if (target.isEmpty())
        return;
    const QString error = onnx ? exportOnnx(target, runDir) : exportPyTorch(target, runDir);
    if (!error.isEmpty())
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1 to %2").arg(name, target), 8000);
}

} // namespace denselab
