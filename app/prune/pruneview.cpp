// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruneview.h"

#include "data/datasetcatalog.h"
#include "design/designerror.h"
#include "document/designdocument.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "plots/pairedbars.h"
#include "plots/pruneplots.h"
#include "prune/channelgroups.h"
#include "runs/parentpicker.h"
#include "training/runrecord.h"
#include "training/trainingcontroller.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace denselab {

namespace {

QSpinBox *spin(QWidget *parent, int minimum, int maximum, int value, const QString &special = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    return box;
}

QDoubleSpinBox *number(QWidget *parent, double minimum, double maximum, double value, int decimals, double step)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

} // namespace

PruneView::PruneView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller), m_runsDir(runsDir)
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);
    auto *formPage = new QWidget;
    buildForm(formPage);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::min(360, formPage->sizeHint().width() + 24));

    auto *runPage = new QWidget(split);
    auto *runLayout = new QVBoxLayout(runPage);
    m_status = new QLabel(tr("No pruning job yet."), runPage);
    m_status->setWordWrap(true);
    m_plots = new PrunePlots(runPage);
    m_widths = new PairedBars(runPage);
    m_widths->setNames(tr("original filters"), tr("kept"), tr("Filters"), tr("Prunable convolution (network order)"));
    m_open = new QPushButton(tr("Open the pruned design"), runPage);
    m_open->setToolTip(tr("Open the job's current design in the workspace, its parent as the cost baseline"));
    m_log = new QPlainTextEdit(runPage);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(110);
    runLayout->addWidget(m_status);
    runLayout->addWidget(m_plots, 3);
    runLayout->addWidget(m_widths, 2);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    runLayout->addLayout(openRow);
    runLayout->addWidget(m_log);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_pause, &QPushButton::clicked, m_controller, &TrainingController::pause);
    connect(m_resume, &QPushButton::clicked, m_controller, &TrainingController::resume);
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);
    connect(m_open, &QPushButton::clicked, this, &PruneView::openPrunedDesign);

    connect(m_controller, &TrainingController::runStarted, this, [this](const QString &dir, const QString &label) {
        if (!isOurs())
            return;
        m_runDir = dir;
        m_iterations.clear();
        m_plots->clear();
        m_widths->setData({}, {}, {});
        m_status->setText(tr("%1: preparing…").arg(label));
        appendLog(tr("pruning job %1 started in %2").arg(label, dir));
        updateButtons();
    });
    connect(m_controller, &TrainingController::pruneIteration, this, &PruneView::addIteration);
    connect(m_controller, &TrainingController::epochFinished, this, [this](const training::EpochMetrics &m) {
        if (isOurs())
            appendLog(tr("epoch %1: test accuracy %2 %").arg(m.epoch + 1).arg(100.0 * m.testAccuracy, 0, 'f', 2));
    });
    connect(m_controller, &TrainingController::stateChanged, this, [this](training::RunState state, const QString &message) {
        if (!isOurs())
            return;
        const bool bad = state == training::RunState::Failed || state == training::RunState::Diverged;
        const QString line = message.isEmpty() ? QString::fromLatin1(training::toString(state))
                                               : tr("%1 — %2").arg(QString::fromLatin1(training::toString(state)), message);
        if (training::isFinal(state))
            m_status->setText(line);
        m_status->setStyleSheet(bad ? QStringLiteral("QLabel { color: #a50f15; font-weight: bold; }") : QString());
        appendLog(line, bad);
        updateButtons();
    });
    connect(m_controller, &TrainingController::logMessage, this, [this](const QString &m) {
        if (isOurs())
            appendLog(m);
    });
    connect(m_controller, &TrainingController::runError, this, [this](const QString &m) {
        if (isOurs())
            appendLog(m, true);
    });
    connect(m_controller, &TrainingController::runEnded, this, [this] { updateButtons(); });
    updateButtons();
}

void PruneView::buildForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_parent = new ParentPicker(m_document, m_runsDir, page);
    m_parent->setToolTip(tr("A trained run is pruned from its best checkpoint; the open design is trained first"));
    form->addRow(tr("Parent"), m_parent);
    m_dataset = new QComboBox(page);
    for (const std::string &name : data::datasetNames())
        m_dataset->addItem(QString::fromStdString(name));
    form->addRow(tr("Dataset"), m_dataset);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(page);
    m_folder->setPlaceholderText(tr("default folder"));
    auto *browse = new QToolButton(page);
    browse->setText(QStringLiteral("…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder"), folderRow);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_limitTrain = spin(page, 0, 10000000, 0, tr("all"));
    form->addRow(tr("Training images"), m_limitTrain);
    m_limitTest = spin(page, 0, 10000000, 0, tr("all"));
    form->addRow(tr("Test images"), m_limitTest);
    m_batch = spin(page, 1, 65536, 64);
    form->addRow(tr("Batch size"), m_batch);
    m_lr = number(page, 0.0, 10.0, 0.01, 5, 0.005);
    m_lr->setToolTip(tr("SGD learning rate of the fine-tuning (and pretraining) epochs"));
    form->addRow(tr("Learning rate"), m_lr);
    m_pretrain = spin(page, 0, 10000, 2);
    form->addRow(tr("Pretraining epochs"), m_pretrain);
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
    m_step = number(page, 0.001, 0.999, 0.05, 3, 0.01);
    m_step->setToolTip(tr("Share of the parent's prunable filters removed per iteration (the seed: 5 %)"));
    form->addRow(tr("Step"), m_step);
    m_iterationCount = spin(page, 1, 1000, 6);
    form->addRow(tr("Iterations"), m_iterationCount);
    m_finetune = spin(page, 0, 1000, 1);
    form->addRow(tr("Fine-tuning epochs"), m_finetune);
    m_targetMacs = number(page, 0.0, 0.999, 0.0, 3, 0.05);
    m_targetMacs->setSpecialValueText(tr("none"));
    m_targetMacs->setToolTip(tr("Stop once the MACs are at most this share of the parent's"));
    form->addRow(tr("Target MACs"), m_targetMacs);
    m_keepCoupled = new QCheckBox(tr("Leave convolutions before an addition (the seed's rule)"), page);
    form->addRow(m_keepCoupled);
    m_rankingBatches = spin(page, 1, 10000, 8);
    form->addRow(tr("Ranking mini-batches"), m_rankingBatches);
    m_seed = spin(page, 0, 1000000, 1);
    form->addRow(tr("Seed"), m_seed);
    m_threads = spin(page, 0, 256, 0, tr("all cores"));
    form->addRow(tr("CPU threads"), m_threads);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), page);
    m_pause = new QPushButton(tr("Pause"), page);
    m_resume = new QPushButton(tr("Resume"), page);
    m_stop = new QPushButton(tr("Stop"), page);
    for (QPushButton *b : {m_start, m_pause, m_resume, m_stop})
        buttons->addWidget(b);
    form->addRow(buttons);
}

void PruneView::setRunsDir(const QString &dir)
{
    m_runsDir = dir;
    m_parent->setRunsDir(dir);
}

bool PruneView::isOurs() const
{
    return m_controller->currentKind() == training::RunKind::Prune;
}

prune::PruneConfig PruneView::configuration() const
{
    prune::PruneConfig c;
    c.training.hyper = training::recipe("demo");
    c.training.recipe = "demo";
    c.training.hyper.batchSize = m_batch->value();
    c.training.hyper.learningRate = m_lr->value();
    c.training.data.dataset = m_dataset->currentText().toStdString();
    c.training.data.dir = m_folder->text().trimmed().toStdString();
    c.training.data.limitTrain = m_limitTrain->value();
    c.training.data.limitTest = m_limitTest->value();
    c.training.threads = m_threads->value();
    c.training.seed = std::uint64_t(m_seed->value());
    c.training.runsDir = m_runsDir.toStdString();
    c.parentRun = m_parent->runDir().toStdString();
    c.training.design = m_document->design();
    if (!c.parentRun.empty()) {
        try {
            c.training.design = training::trainedDesignOf(training::readRunRecord(c.parentRun));
        } catch (const std::exception &) {
            // start() reports the unreadable run
        }
    }
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
    o.pretrainEpochs = c.parentRun.empty() ? m_pretrain->value() : 0;
    return c;
}

bool PruneView::start()
{
    const prune::PruneConfig config = configuration();
    if (!config.parentRun.empty()) {
        try {
            training::readRunRecord(config.parentRun);
        } catch (const std::exception &e) {
            appendLog(tr("The parent run cannot be read: %1").arg(QString::fromStdString(e.what())), true);
            return false;
        }
    }
    try {
        const LayerGraph graph = compile(config.training.design);
        if (prune::channelMap(config.training.design, graph, config.options.keepCoupled).prunableChannels == 0)
            throw DesignError("no convolution of this design can be pruned");
    } catch (const DesignError &e) {
        m_status->setText(tr("This design cannot be pruned: %1").arg(QString::fromStdString(e.what())));
        appendLog(m_status->text(), true);
        return false;
    }
    m_controller->enqueuePrune(config, tr("prune %1 · %2").arg(QString::fromStdString(config.training.design.name),
                                                               QString::fromLatin1(prune::toString(config.options.criterion))));
    updateButtons();
    return true;
}

void PruneView::setDataset(const QString &name, const QString &folder)
{
    m_dataset->setCurrentText(name);
    m_folder->setText(folder);
}

void PruneView::setLimits(long train, long test)
{
    m_limitTrain->setValue(int(train));
    m_limitTest->setValue(int(test));
}

void PruneView::setSchedule(const QString &criterion, double step, int iterations, int finetuneEpochs, int pretrainEpochs)
{
    m_criterion->setCurrentText(criterion);
    m_step->setValue(step);
    m_iterationCount->setValue(iterations);
    m_finetune->setValue(finetuneEpochs);
    m_pretrain->setValue(pretrainEpochs);
}

void PruneView::setBatchSize(int batch) { m_batch->setValue(batch); }

void PruneView::addIteration(const prune::PruneIteration &it)
{
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
    m_status->setText(it.iteration == 0
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
    appendLog(m_status->text());
    updateButtons();
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
    updateButtons();
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
        appendLog(QString::fromStdString(e.what()), true);
        return false;
    }
}

void PruneView::updateButtons()
{
    const bool ours = m_controller->isTraining() && isOurs();
    const training::RunState s = m_controller->state();
    m_pause->setEnabled(ours && s == training::RunState::Running);
    m_resume->setEnabled(ours && s == training::RunState::Paused);
    m_stop->setEnabled(ours);
    m_open->setEnabled(!m_iterations.empty());
}

void PruneView::appendLog(const QString &line, bool error)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(error ? QStringLiteral("%1  ✖ %2").arg(stamp, line) : QStringLiteral("%1  %2").arg(stamp, line));
}

} // namespace denselab
