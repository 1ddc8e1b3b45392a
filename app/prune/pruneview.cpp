// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruneview.h"

#include "design/designerror.h"
#include "document/designdocument.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "plots/pairedbars.h"
#include "plots/pruneplots.h"
#include "prune/channelgroups.h"
#include "runs/jobcontrols.h"
#include "training/runrecord.h"
#include "training/trainingcontroller.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace denselab {

PruneView::PruneView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller)
{
    auto *formPage = new QWidget;
    m_job = new JobControls(document, controller, training::RunKind::Prune, runsDir, 0.0005, formPage);
    buildForm(formPage);
    QVBoxLayout *runLayout = m_job->layOutPage(this, formPage);
    QWidget *runPage = runLayout->parentWidget();
    m_job->status()->setText(tr("No pruning job yet."));
    m_plots = new PrunePlots(runPage);
    m_widths = new PairedBars(runPage);
    m_widths->setNames(tr("original filters"), tr("kept"), tr("Filters"), tr("Prunable convolution (network order)"));
    m_open = new QPushButton(tr("Open the pruned design"), runPage);
    m_open->setToolTip(tr("Open the job's current design in the workspace, its parent as the cost baseline"));
    m_open->setEnabled(false);
    runLayout->addWidget(m_plots, 3);
    runLayout->addWidget(m_widths, 2);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    runLayout->addLayout(openRow);
    runLayout->addWidget(m_job->log());

    connect(m_job, &JobControls::startRequested, this, [this] { start(); });
    connect(m_open, &QPushButton::clicked, this, &PruneView::openPrunedDesign);
    connect(m_job, &JobControls::runStarted, this, [this](const QString &dir) {
        showRun(dir);   // a resumed job's earlier iterations (the parent among them), then the live ones
    });
    connect(m_controller, &TrainingController::pruneIteration, this, &PruneView::addIteration);
    connect(m_controller, &TrainingController::epochFinished, this, [this](const training::EpochMetrics &m) {
        if (m_job->isOurs())
            m_job->appendLog(tr("epoch %1: test accuracy %2 %").arg(m.epoch + 1).arg(100.0 * m.testAccuracy, 0, 'f', 2));
    });
}

void PruneView::buildForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_job->addDataRows(form);
    m_criterion = new QComboBox(page);
    for (const prune::Criterion c : {prune::Criterion::Taylor, prune::Criterion::Activation, prune::Criterion::L1,
                                     prune::Criterion::Random})
        m_criterion->addItem(QString::fromLatin1(prune::toString(c)));
    m_criterion->setToolTip(tr("taylor: |mean of activation × gradient| (Molchanov et al. 2017); activation: mean "
                               "|activation|; l1: the filter's weights (Li et al. 2016); random: a baseline"));
    form->addRow(tr("Criterion"), m_criterion);
    m_ranking = new QComboBox(page);
    m_ranking->addItem(QStringLiteral("global"));
    m_ranking->addItem(QStringLiteral("per-layer"));
    form->addRow(tr("Ranking"), m_ranking);
    m_flops = new QCheckBox(tr("Rank costly filters lower (MACs per filter)"), page);
    form->addRow(m_flops);
    m_step = numberField(page, 0.001, 0.999, 0.05, 3, 0.01);
    m_step->setToolTip(tr("Share of the parent's prunable filters removed per iteration (the seed: 5 %)"));
    form->addRow(tr("Step"), m_step);
    m_iterationCount = spinField(page, 1, 1000, 6);
    form->addRow(tr("Iterations"), m_iterationCount);
    m_finetune = spinField(page, 0, 1000, 1);
    form->addRow(tr("Fine-tuning epochs"), m_finetune);
    m_targetMacs = numberField(page, 0.0, 0.999, 0.0, 3, 0.05);
    m_targetMacs->setSpecialValueText(tr("none"));
    m_targetMacs->setToolTip(tr("Stop once the MACs are at most this share of the parent's"));
    form->addRow(tr("Target MACs"), m_targetMacs);
    m_keepCoupled = new QCheckBox(tr("Leave convolutions before an addition (the seed's rule)"), page);
    form->addRow(m_keepCoupled);
    m_rankingBatches = spinField(page, 1, 10000, 8);
    form->addRow(tr("Ranking mini-batches"), m_rankingBatches);
    m_job->addRunRows(form);
}

void PruneView::setRunsDir(const QString &dir) { m_job->setRunsDir(dir); }
void PruneView::setDatasetsFolder(const QString &folder) { m_job->setDatasetsFolder(folder); }

ParentPicker *PruneView::parentPicker() const { return m_job->parent(); }

QLabel *PruneView::statusLabel() const { return m_job->status(); }

prune::PruneConfig PruneView::configuration() const
{
    prune::PruneConfig c;
    c.training = m_job->trainingConfig();
    c.parentRun = m_job->parentRun().toStdString();
    prune::PruneOptions &o = c.options;
    prune::parse(m_criterion->currentText().toStdString(), o.criterion);
    prune::parse(m_ranking->currentText().toStdString(), o.ranking);
    o.flopsWeighted = m_flops->isChecked();
    o.step = m_step->value();
    o.iterations = m_iterationCount->value();
    o.finetuneEpochs = m_finetune->value();
    o.targetMacs = m_targetMacs->value();
    o.keepCoupled = m_keepCoupled->isChecked();
    o.rankingBatches = m_rankingBatches->value();
    o.pretrainEpochs = m_job->pretrainEpochs();
    return c;
}

bool PruneView::start()
{
    if (!m_job->checkParent())
        return false;
    const prune::PruneConfig config = configuration();
    try {
        const LayerGraph graph = compile(config.training.design);
        if (prune::channelMap(config.training.design, graph, config.options.keepCoupled).prunableChannels == 0)
            throw DesignError("no convolution of this design can be pruned");
    } catch (const DesignError &e) {
        m_job->status()->setText(tr("This design cannot be pruned: %1").arg(QString::fromStdString(e.what())));
        m_job->appendLog(m_job->status()->text(), true);
        return false;
    }
    m_controller->enqueuePrune(config, tr("prune %1 · %2").arg(QString::fromStdString(config.training.design.name),
                                                               QString::fromLatin1(prune::toString(config.options.criterion))));
    m_job->updateButtons();
    return true;
}

void PruneView::setDataset(const QString &name, const QString &folder) { m_job->setDataset(name, folder); }

void PruneView::setLimits(long train, long test) { m_job->setLimits(train, test); }

void PruneView::setSchedule(const QString &criterion, double step, int iterations, int finetuneEpochs, int pretrainEpochs)
{
    m_criterion->setCurrentText(criterion);
    m_step->setValue(step);
    m_iterationCount->setValue(iterations);
    m_finetune->setValue(finetuneEpochs);
    m_job->setPretrainEpochs(pretrainEpochs);
}

void PruneView::setBatchSize(int batch) { m_job->setBatchSize(batch); }

void PruneView::addIteration(const prune::PruneIteration &it)
{
    if (!m_iterations.empty() && it.iteration <= m_iterations.back().iteration)
        return;   // already read from the folder when the run started
    m_iterations.push_back(it);
    m_plots->addIteration(it.iteration, double(it.params), double(it.macs), it.accuracyBefore, it.accuracyAfter);
    QStringList labels;
    QVector<double> designed, kept;
    for (const prune::ConvWidth &w : it.widths) {
        labels << QString::fromStdString(w.node);
        designed << w.designed;
        kept << w.kept;
    }
    m_widths->setData(labels, designed, kept);
    const prune::PruneIteration &parent = m_iterations.front();
    m_job->status()->setText(it.iteration == 0
                          ? tr("Parent: %1 M MACs, %2 params, test accuracy %3 %")
                                .arg(double(it.macs) / 1e6, 0, 'f', 2)
                                .arg(QLocale().toString(qlonglong(it.params)))
                                .arg(100.0 * it.accuracyAfter, 0, 'f', 2)
                          : tr("Iteration %1: %2 filters removed; MACs %3 % and params %4 % of the parent's; test "
                               "accuracy %5 % after removal, %6 % after fine-tuning")
                                .arg(it.iteration)
                                .arg(it.removedFilters)
                                .arg(100.0 * double(it.macs) / double(std::max<std::int64_t>(1, parent.macs)), 0, 'f', 1)
                                .arg(100.0 * double(it.params) / double(std::max<std::int64_t>(1, parent.params)), 0, 'f', 1)
                                .arg(100.0 * it.accuracyBefore, 0, 'f', 2)
                                .arg(100.0 * it.accuracyAfter, 0, 'f', 2));
    m_job->appendLog(m_job->status()->text());
    m_open->setEnabled(true);
}

void PruneView::showRun(const QString &runDir)
{
    m_runDir = runDir;
    m_iterations.clear();
    m_plots->clear();
    m_widths->setData({}, {}, {});
    for (const nlohmann::json &line : training::readMetricsLines(runDir.toStdString(), "prune_iteration")) {
        try {
            addIteration(prune::pruneIterationFromJson(line));
        } catch (const nlohmann::json::exception &) {
            continue;   // a damaged line: the others still show
        }
    }
    m_open->setEnabled(!m_iterations.empty());
}

bool PruneView::openPrunedDesign()
{
    if (m_runDir.isEmpty() || m_iterations.empty())
        return false;
    try {
        const prune::PruneRecord record = prune::readPruneRecord(m_runDir.toStdString());
        const Design parent = io::readDesignFile(m_runDir.toStdString() + "/iteration-00.denselab.json");
        Q_EMIT openDesignRequested(m_runDir + QLatin1Char('/') + QString::fromStdString(record.design), parent);
        return true;
    } catch (const std::exception &e) {
        m_job->appendLog(QString::fromStdString(e.what()), true);
        return false;
    }
}

} // namespace denselab
