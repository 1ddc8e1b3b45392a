// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchview.h"

#include "data/datasetcatalog.h"
#include "design/designerror.h"
#include "document/designdocument.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "matrix/strengthheatmap.h"
#include "plots/pairedbars.h"
#include "plots/searchplots.h"
#include "report/layerseries.h"
#include "runs/jobcontrols.h"
#include "search/decisionspace.h"
#include "training/runrecord.h"
#include "training/trainingcontroller.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace denselab {

namespace {

QTableWidgetItem *numberItem(double value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);   // sorts by value, not by text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SearchView::SearchView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller)
{
    auto *formPage = new QWidget;
    m_job = new JobControls(document, controller, training::RunKind::Search, runsDir, 0.002, formPage);
    buildForm(formPage);
    QVBoxLayout *runLayout = m_job->layOutPage(this, formPage);
    QWidget *runPage = runLayout->parentWidget();
    m_job->status()->setText(tr("No search yet."));
    m_plots = new SearchPlots(runPage);
    auto *lower = new QSplitter(Qt::Horizontal, runPage);
    auto *heatPage = new QWidget(lower);
    auto *heatLayout = new QVBoxLayout(heatPage);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *heatHeader = new QHBoxLayout;
    heatHeader->addWidget(new QLabel(tr("Keep-probabilities, block"), heatPage));
    m_block = new QComboBox(heatPage);
    heatHeader->addWidget(m_block, 1);
    heatLayout->addLayout(heatHeader);
    m_heatmap = new StrengthHeatmap(heatPage);
    m_heatmap->setToolTip(tr("The controller's probability of keeping each connection (row: target layer, column: source)"));
    heatLayout->addWidget(m_heatmap, 1);
    auto *childPage = new QWidget(lower);
    auto *childLayout = new QVBoxLayout(childPage);
    childLayout->setContentsMargins(0, 0, 0, 0);
    m_children = new QTableWidget(0, 7, childPage);
    m_children->setHorizontalHeaderLabels(
        {tr("Child"), tr("η"), tr("Params"), tr("MACs"), tr("Reward"), tr("Validation acc. (%)"), tr("Chosen")});
    m_children->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_children->setSelectionMode(QAbstractItemView::SingleSelection);
    m_children->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_children->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_children->verticalHeader()->hide();
    auto *childButtons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open in workspace"), childPage);
    m_open->setToolTip(tr("Open the child as a design; the cost panel compares it with its parent"));
    m_train = new QPushButton(tr("Train from scratch"), childPage);
    m_train->setToolTip(tr("Queue an ordinary training run of the child with the search's data"));
    childButtons->addWidget(m_open);
    childButtons->addWidget(m_train);
    childButtons->addStretch(1);
    m_channels = new PairedBars(childPage);
    m_channels->setNames(tr("parent"), tr("child"), tr("Input channels"), tr("Layer (block.layer)"));
    childLayout->addWidget(m_children, 2);
    childLayout->addLayout(childButtons);
    childLayout->addWidget(m_channels, 3);
    lower->addWidget(heatPage);
    lower->addWidget(childPage);
    lower->setStretchFactor(1, 2);
    runLayout->addWidget(m_plots, 3);
    runLayout->addWidget(lower, 3);
    runLayout->addWidget(m_job->log());

    connect(m_job, &JobControls::startRequested, this, [this] { start(); });
    connect(m_job, &JobControls::parentRunChosen, this,
            [this](const training::TrainingConfig &trained) { m_parentData = trained.data; });
    connect(m_block, &QComboBox::currentIndexChanged, this, &SearchView::showProbabilities);
    connect(m_children, &QTableWidget::itemSelectionChanged, this, [this] {
        showChildChannels();
        updateChildButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &SearchView::openSelectedChild);
    connect(m_train, &QPushButton::clicked, this, &SearchView::trainSelectedChild);

    connect(m_job, &JobControls::runStarted, this, [this](const QString &dir) {
        // What the folder already holds (a resumed search's earlier steps), then the live steps.
        showRun(dir);
    });
    connect(m_controller, &TrainingController::searchStep, this, [this](const search::SearchStep &s) {
        if (s.globalStep <= m_lastStep)
            return;   // already read from the folder when the run started
        m_lastStep = s.globalStep;
        m_plots->addStep(int(s.stage), s.meanReward, s.eta, s.childAccuracy);
        m_job->status()->setText(tr("%1 epoch %2 · step %3/%4 · the controller decides %5 of %6 layers · reward %7 · η %8")
                                     .arg(QString::fromLatin1(search::toString(s.stage)))
                                     .arg(s.epoch + 1)
                                     .arg(s.step)
                                     .arg(s.stepsPerEpoch)
                                     .arg(s.decidedLayers)
                                     .arg(s.totalLayers)
                                     .arg(s.meanReward, 0, 'f', 3)
                                     .arg(s.eta, 0, 'f', 3));
    });
    connect(m_controller, &TrainingController::keepProbabilities, this, [this](const search::KeepProbabilities &p) {
        const bool first = m_probabilities.blocks.empty();
        m_probabilities = p;
        if (first || m_block->count() != int(p.blocks.size())) {
            const QSignalBlocker block(m_block);
            m_block->clear();
            for (std::size_t b = 0; b < p.blocks.size(); ++b)
                m_block->addItem(QString::number(b + 1));
        }
        showProbabilities();
    });
    connect(m_controller, &TrainingController::searchChild, this, &SearchView::addChild);
    connect(m_job, &JobControls::runEnded, this, [this](const QString &dir) {
        if (dir == m_runDir)
            showRun(dir);   // the record on disk: children chosen, final probabilities
    });
    updateChildButtons();
}

void SearchView::buildForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_job->addDataRows(form);
    m_validation = spinField(page, 0, 10000000, 0, tr("the parent's, or 10 %"));
    m_validation->setToolTip(tr("Images held out of the training split; the children are ranked on them"));
    form->addRow(tr("Validation images"), m_validation);
    m_alpha = numberField(page, 0.0, 100.0, 2.0, 2, 0.5);
    m_alpha->setToolTip(tr("α: a correct prediction earns 1 − η^α; a small α presses harder on MACs"));
    form->addRow(tr("α"), m_alpha);
    m_gamma = numberField(page, 0.0, 10.0, 0.5, 2, 0.1);
    m_gamma->setToolTip(tr("γ: a wrong prediction earns −γ (the seed's table prints γ = −0.5, meaning this penalty)"));
    form->addRow(tr("γ"), m_gamma);
    m_curriculum = spinField(page, -1, 10000, -1, tr("until every layer"));
    m_curriculum->setToolTip(tr("Epoch t hands the controller the last t × stride layers; the others keep the parent's"));
    form->addRow(tr("Curriculum epochs"), m_curriculum);
    m_stride = spinField(page, 1, 10000, 1);
    form->addRow(tr("Layers per curriculum epoch"), m_stride);
    m_printed = new QCheckBox(tr("Algorithm 1's printed test (t < K − t)"), page);
    form->addRow(m_printed);
    m_joint = spinField(page, 0, 10000, 1);
    form->addRow(tr("Joint training epochs"), m_joint);
    m_childCount = spinField(page, 1, 1000, 8);
    form->addRow(tr("Children sampled (Z)"), m_childCount);
    m_monteCarlo = spinField(page, 1, 64, 1);
    form->addRow(tr("Children per step"), m_monteCarlo);
    m_entropy = numberField(page, 0.0, 1.0, 0.0, 4, 0.001);
    form->addRow(tr("Entropy bonus"), m_entropy);
    m_controllerLr = numberField(page, 0.0, 1.0, 0.001, 5, 0.0005);
    form->addRow(tr("Controller learning rate"), m_controllerLr);
    m_stepsPerEpoch = spinField(page, 0, 1000000, 0, tr("a full pass"));
    form->addRow(tr("Steps per search epoch"), m_stepsPerEpoch);
    m_batchStatistics = new QCheckBox(tr("Curriculum: children use their batch's statistics"), page);
    m_batchStatistics->setChecked(true);
    m_batchStatistics->setToolTip(tr("Batch norm with each mini-batch's statistics; otherwise the parent's running "
                                     "statistics, which misjudge children that read fewer channels"));
    form->addRow(m_batchStatistics);
    m_fromScratch = spinField(page, 0, 10000, 0, tr("none"));
    m_fromScratch->setToolTip(tr("Train the best child from scratch for this many epochs when the search ends"));
    form->addRow(tr("From-scratch epochs"), m_fromScratch);
    m_job->addRunRows(form);
}

void SearchView::setRunsDir(const QString &dir) { m_job->setRunsDir(dir); }
void SearchView::setDatasetsFolder(const QString &folder) { m_job->setDatasetsFolder(folder); }

ParentPicker *SearchView::parentPicker() const { return m_job->parent(); }

QLabel *SearchView::statusLabel() const { return m_job->status(); }

search::SearchConfig SearchView::configuration() const
{
    search::SearchConfig c;
    c.training = m_job->trainingConfig();
    if (m_validation->value() > 0) {
        c.training.data.validationCount = m_validation->value();
    } else if (!m_job->parentRun().isEmpty()
               && (m_parentData.validationCount > 0 || m_parentData.validationFraction > 0)) {
        c.training.data.validationCount = m_parentData.validationCount;   // the images the parent never saw
        c.training.data.validationFraction = m_parentData.validationFraction;
    } else {
        c.training.data.validationFraction = 0.1;
    }
    c.parentRun = m_job->parentRun().toStdString();
    search::LwpOptions &o = c.lwp;
    o.alpha = m_alpha->value();
    o.gamma = m_gamma->value();
    o.pretrainEpochs = m_job->pretrainEpochs();
    o.curriculumEpochs = m_curriculum->value();
    o.curriculumStride = m_stride->value();
    o.printedCurriculum = m_printed->isChecked();
    o.jointEpochs = m_joint->value();
    o.children = m_childCount->value();
    o.monteCarloChildren = m_monteCarlo->value();
    o.entropyWeight = m_entropy->value();
    o.controllerLearningRate = m_controllerLr->value();
    o.valueLearningRate = m_controllerLr->value();
    o.stepsPerEpoch = m_stepsPerEpoch->value();
    o.childBatchStatistics = m_batchStatistics->isChecked();
    o.fromScratchEpochs = m_fromScratch->value();
    return c;
}

bool SearchView::start()
{
    if (!m_job->checkParent())
        return false;
    const search::SearchConfig config = configuration();
    try {
        search::decisionSpace(compile(config.training.design));
    } catch (const DesignError &e) {
        m_job->status()->setText(tr("This design cannot be searched: %1").arg(QString::fromStdString(e.what())));
        m_job->appendLog(m_job->status()->text(), true);
        return false;
    }
    m_controller->enqueueSearch(config, tr("LWP %1 · %2").arg(QString::fromStdString(config.training.design.name),
                                                              QString::fromStdString(config.training.data.dataset)));
    m_job->updateButtons();
    return true;
}

void SearchView::setDataset(const QString &name, const QString &folder) { m_job->setDataset(name, folder); }

void SearchView::setLimits(long train, long test, long validation)
{
    m_job->setLimits(train, test);
    m_validation->setValue(int(validation));
}

void SearchView::setStages(int pretrainEpochs, int curriculumEpochs, int curriculumStride, int jointEpochs, int children)
{
    m_job->setPretrainEpochs(pretrainEpochs);
    m_curriculum->setValue(curriculumEpochs);
    m_stride->setValue(curriculumStride);
    m_joint->setValue(jointEpochs);
    m_childCount->setValue(children);
}

void SearchView::setRewardShape(double alpha, double gamma)
{
    m_alpha->setValue(alpha);
    m_gamma->setValue(gamma);
}

void SearchView::setBatchSize(int batch) { m_job->setBatchSize(batch); }

void SearchView::addChild(const search::SearchChild &child)
{
    // The chosen child is announced again at the end: mark its row instead of adding one.
    for (std::size_t i = 0; i < m_childList.size(); ++i) {
        if (m_childList[i].index == child.index) {
            m_childList[i] = child;
            m_children->setItem(int(i), 6, new QTableWidgetItem(child.chosen ? QStringLiteral("✓") : QString()));
            return;
        }
    }
    m_childList.push_back(child);
    const int row = m_children->rowCount();
    m_children->insertRow(row);
    m_children->setItem(row, 0, numberItem(child.index, QString::number(child.index)));
    m_children->setItem(row, 1, numberItem(child.eta, QString::number(child.eta, 'f', 3)));
    m_children->setItem(row, 2, numberItem(double(child.params), QLocale().toString(qlonglong(child.params))));
    m_children->setItem(row, 3, numberItem(double(child.macs), QStringLiteral("%1 M").arg(double(child.macs) / 1e6, 0, 'f', 2)));
    m_children->setItem(row, 4, numberItem(child.reward, QString::number(child.reward, 'f', 4)));
    m_children->setItem(row, 5, numberItem(child.validationAccuracy, QString::number(100.0 * child.validationAccuracy, 'f', 2)));
    m_children->setItem(row, 6, new QTableWidgetItem(child.chosen ? QStringLiteral("✓") : QString()));
    if (child.chosen || m_children->selectedItems().isEmpty())
        m_children->selectRow(row);
}

void SearchView::showProbabilities()
{
    const int b = m_block->currentIndex();
    if (b < 0 || b >= int(m_probabilities.blocks.size())) {
        m_heatmap->setStrengths(0, {}, 1.0);
        return;
    }
    const auto &rows = m_probabilities.blocks[std::size_t(b)];
    std::vector<std::vector<double>> strength(rows.size());
    for (std::size_t t = 0; t < rows.size(); ++t)
        strength[t].assign(rows[t].begin(), rows[t].end());
    m_heatmap->setStrengths(int(rows.size()) - 1, strength, 1.0);
}

Design SearchView::parentDesign() const
{
    try {
        return training::trainedDesignOf(training::readRunRecord(m_runDir.toStdString()));
    } catch (const std::exception &) {
        return Design();
    }
}

const search::SearchChild *SearchView::selectedChild() const
{
    const QList<QTableWidgetItem *> selected = m_children->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int index = m_children->item(selected.front()->row(), 0)->data(Qt::UserRole).toInt();
    for (const search::SearchChild &c : m_childList)
        if (c.index == index)
            return &c;
    return nullptr;
}

void SearchView::showChildChannels()
{
    const search::SearchChild *c = selectedChild();
    if (!c || m_runDir.isEmpty())
        return;
    try {
        const LayerGraph parent = compile(parentDesign());
        const LayerGraph child = compile(io::readDesignFile(m_runDir.toStdString() + "/" + c->file));
        const LayerComparison comparison = inputChannelsAgainst(parent, child);
        QStringList labels;
        QVector<double> first, second;
        for (std::size_t i = 0; i < comparison.labels.size(); ++i) {
            labels << QString::fromStdString(comparison.labels[i]);
            first << double(comparison.parent[i]);
            second << double(comparison.child[i]);
        }
        m_channels->setData(labels, first, second);
    } catch (const std::exception &e) {
        m_job->appendLog(QString::fromStdString(e.what()), true);
    }
}

bool SearchView::openSelectedChild()
{
    const search::SearchChild *c = selectedChild();
    if (!c)
        return false;
    Q_EMIT openDesignRequested(m_runDir + QLatin1Char('/') + QString::fromStdString(c->file), parentDesign());
    return true;
}

bool SearchView::trainSelectedChild()
{
    const search::SearchChild *c = selectedChild();
    if (!c)
        return false;
    try {
        // The search's own data and optimizer, without its validation split: an ordinary run.
        training::TrainingConfig config = training::readRunRecord(m_runDir.toStdString()).config;
        config.design = io::readDesignFile(m_runDir.toStdString() + "/" + c->file);
        config.hyper.epochs = std::max(1, m_fromScratch->value());
        config.data.validationCount = 0;
        config.data.validationFraction = 0.0;
        m_controller->enqueue(config, tr("%1 from scratch").arg(QString::fromStdString(config.design.name)));
        m_job->appendLog(tr("queued %1 for training from scratch").arg(QString::fromStdString(c->file)));
        Q_EMIT trainingQueued();
        return true;
    } catch (const std::exception &e) {
        m_job->appendLog(QString::fromStdString(e.what()), true);
        return false;
    }
}

void SearchView::updateChildButtons()
{
    const bool selected = selectedChild() != nullptr;
    m_open->setEnabled(selected);
    m_train->setEnabled(selected);
}

void SearchView::showRun(const QString &runDir)
{
    search::SearchRecord record;
    try {
        record = search::readSearchRecord(runDir.toStdString());
    } catch (const std::exception &e) {
        m_job->appendLog(QString::fromStdString(e.what()), true);
        return;
    }
    m_runDir = runDir;
    m_plots->clear();
    m_lastStep = 0;
    for (const nlohmann::json &line : training::readMetricsLines(runDir.toStdString(), "search_step")) {
        try {
            const search::SearchStep s = search::searchStepFromJson(line);
            m_plots->addStep(int(s.stage), s.meanReward, s.eta, s.childAccuracy);
            m_lastStep = s.globalStep;
        } catch (const nlohmann::json::exception &) {
            continue;   // a damaged line: the others still show
        }
    }
    m_childList.clear();
    m_children->setRowCount(0);
    for (const search::SearchChild &c : record.children)
        addChild(c);
    m_probabilities = record.finalProbabilities;
    {
        const QSignalBlocker block(m_block);
        m_block->clear();
        for (std::size_t b = 0; b < m_probabilities.blocks.size(); ++b)
            m_block->addItem(QString::number(b + 1));
    }
    showProbabilities();
    const search::SearchChild *chosen = search::chosenChild(record);
    updateChildButtons();
    m_job->status()->setText(chosen ? tr("Search %1: %2 children; the best keeps η = %3 of the parent's MACs at %4 % validation accuracy")
                                   .arg(QDir(runDir).dirName())
                                   .arg(record.children.size())
                                   .arg(chosen->eta, 0, 'f', 3)
                                   .arg(100.0 * chosen->validationAccuracy, 0, 'f', 2)
                             : tr("Search %1: stage %2").arg(QDir(runDir).dirName(), QString::fromLatin1(search::toString(record.stage))));
}

} // namespace denselab
