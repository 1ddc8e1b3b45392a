// SPDX-License-Identifier: GPL-3.0-or-later
// TrainingView: the dataset's folder and the checks before a run (files present, design fits the images).
#include "trainingview.h"

#include "runs/durationtext.h"
#include "runs/runstatetext.h"
#include "data/datasetcatalog.h"
#include "document/datafolders.h"
#include "document/designdocument.h"
#include "plots/trainingplots.h"
#include "training/runfit.h"
#include "training/runrecord.h"
#include "training/trainer.h"
#include "trainingcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace denselab {

QString TrainingView::datasetFolder() const
{
    const QString typed = m_folder->text().trimmed();
    return typed.isEmpty() ? datasetFolderFor(m_datasetsFolder, m_dataset->currentText()) : typed;
}

void TrainingView::setDatasetsFolder(const QString &folder)
{
    m_datasetsFolder = folder.trimmed();
    m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, m_dataset->currentText()));
    refreshRunCheck();
}

void TrainingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_runCheckStale)
        refreshRunCheck();
}

bool TrainingView::refreshRunCheck(bool force)
{
    m_runCheckStale = true;
    if (!isVisible() && !force)
        return true;   // checked when the page is shown, or by start()
    m_runCheckStale = false;
    const std::string name = m_dataset->currentText().toStdString();
    QString problem;
    const std::string missing = data::missingDatasetFiles(name, datasetFolder().toStdString());
    data::DatasetShape shape;
    if (!missing.empty()) {
        problem = tr("Dataset missing: %1. Choose its folder above (Help ▸ User guide ▸ Training says where to get it).")
                      .arg(QString::fromStdString(missing));
    } else if (m_document->isValid() && data::datasetShape(name, shape)) {
        const training::RunFit fit = training::checkRunFit(m_document->design(), {shape.channels, shape.height, shape.width},
                                                           shape.classes, m_resize->isChecked());
        if (!fit.ok()) {
            QStringList fixes;
            for (const training::RunFix &f : fit.fixes) {
                switch (f.kind) {
                case training::RunFix::Kind::ResizeImages:
                    fixes << tr("resize the images to the design's input %1×%2×%3 (“Resize images to the design's input”)")
                                 .arg(f.input.channels).arg(f.input.height).arg(f.input.width);
                    break;
                case training::RunFix::Kind::SmallInputStem:
                    fixes << tr("choose the small-input stem (one 3×3 convolution) on the Design page's Network tab");
                    break;
                case training::RunFix::Kind::FewerStages:
                    fixes << tr("remove the last %1 of the %2 stages").arg(f.removeStages).arg(f.stages);
                    break;
                }
            }
            problem = tr("This design cannot be trained on %1 (%2×%3×%4): %5")
                          .arg(QString::fromStdString(name)).arg(shape.channels).arg(shape.height).arg(shape.width)
                          .arg(QString::fromStdString(fit.problem));
            if (!fixes.isEmpty())
                problem += QLatin1Char('\n') + tr("What would work: %1.").arg(fixes.join(QStringLiteral("; ")));
        }
    }
    m_runCheck->setText(problem);
    m_runCheck->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void TrainingView::updateShapeNote()
{
    refreshRunCheck();
    data::DatasetShape shape;
    if (!data::datasetShape(m_dataset->currentText().toStdString(), shape))
        return;
    const Design &d = m_document->design();
    const QString designShape = QStringLiteral("%1×%2×%3").arg(d.input.channels).arg(d.input.height).arg(d.input.width);
    const QString dataShape = QStringLiteral("%1×%2×%3").arg(shape.channels).arg(shape.height).arg(shape.width);
    QStringList changes;
    const bool sameInput = d.input.channels == shape.channels && d.input.height == shape.height && d.input.width == shape.width;
    if (!sameInput) {
        changes << (m_resize->isChecked() ? tr("images resized %1 → %2").arg(dataShape, designShape)
                                          : tr("design input %1 → %2").arg(designShape, dataShape));
    }
    if (d.classes != shape.classes)
        changes << tr("classes %1 → %2").arg(d.classes).arg(shape.classes);
    m_shape->setText(changes.isEmpty()
                         ? tr("Dataset %1, %2 classes: matches the design.").arg(dataShape).arg(shape.classes)
                         : tr("Dataset %1, %2 classes. For this run: %3.").arg(dataShape).arg(shape.classes).arg(changes.join(QStringLiteral("; "))));
}

void TrainingView::checkDataset()
{
    const std::string name = m_dataset->currentText().toStdString();
    const std::string dir = datasetFolder().toStdString();
    m_shape->setText(tr("Reading %1…").arg(QString::fromStdString(name)));
    // Reading CIFAR or SVHN takes seconds: off the GUI thread, the answer comes back queued.
    // The thread belongs to this view, whose destructor waits for it.
    QPointer<TrainingView> self(this);
    QThread *worker = QThread::create([self, name, dir] {
        QString text;
        bool ok = true;
        try {
            const data::Dataset d = data::loadDataset(name, dir);
            text = tr("%1: %2 training and %3 test images of %4×%5×%6, %7 classes.")
                       .arg(QString::fromStdString(name))
                       .arg(d.train.size())
                       .arg(d.test.size())
                       .arg(d.train.channels)
                       .arg(d.train.height)
                       .arg(d.train.width)
                       .arg(d.classes);
        } catch (const std::exception &e) {
            ok = false;
            text = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            self, [self, text, ok] {
                self->m_shape->setText(text);
                if (!ok)
                    self->appendLog(text, true);
            },
            Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeAll(worker);
        worker->deleteLater();
    });
    worker->start();
}

} // namespace denselab
