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
#include "runs/parentpicker.h"
#include "search/decisionspace.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
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

QTableWidgetItem *numberItem(double value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);   // sorts by value, not by text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SearchView::SearchView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent)
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

    // Right: the search on screen.
    auto *runPage = new QWidget(split);
    auto *runLayout = new QVBoxLayout(runPage);
    m_status = new QLabel(tr("No search yet."), runPage);
    m_status->setWordWrap(true);
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
    m_log = new QPlainTextEdit(runPage);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(100);
    runLayout->addWidget(m_status);
    runLayout->addWidget(m_plots, 3);
    runLayout->addWidget(lower, 3);
    runLayout->addWidget(m_log);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_pause, &QPushButton::clicked, m_controller, &TrainingController::pause);
    connect(m_resume, &QPushButton::clicked, m_controller, &TrainingController::resume);
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);
    connect(m_block, &QComboBox::currentIndexChanged, this, &SearchView::showProbabilities);
    connect(m_children, &QTableWidget::itemSelectionChanged, this, [this] {
        showChildChannels();
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &SearchView::openSelectedChild);
    connect(m_train, &QPushButton::clicked, this, &SearchView::trainSelectedChild);

    connect(m_controller, &TrainingController::runStarted, this, [this](const QString &dir, const QString &label) {
        if (!isOurs())
            return;
        m_runDir = dir;
        m_plots->clear();
        m_children->setRowCount(0);
        m_childList.clear();
        m_probabilities = {};
        m_block->clear();
        m_status->setText(tr("%1: preparing…").arg(label));
        appendLog(tr("search %1 started in %2").arg(label, dir));
        updateButtons();
    });
    connect(m_controller, &TrainingController::searchStep, this, [this](const search::SearchStep &s) {
        m_plots->addStep(int(s.stage), s.meanReward, s.eta, s.childAccuracy);
        m_status->setText(tr("%1 epoch %2 · step %3/%4 · the controller decides %5 of %6 layers · reward %7 · η %8")
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
    connect(m_controller, &TrainingController::stateChanged, this, [this](training::RunState state, const QString &message) {
        if (!isOurs())
            return;
        const bool bad = state == training::RunState::Failed || state == training::RunState::Diverged;
        const QString line = message.isEmpty() ? QString::fromLatin1(training::toString(state))
                                               : tr("%1 — %2").arg(QString::fromLatin1(training::toString(state)), message);
        if (training::isFinal(state) || bad)
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
    connect(m_controller, &TrainingController::runEnded, this, [this](const QString &dir) {
        if (dir == m_runDir)
            showRun(dir);   // the record on disk: children chosen, final probabilities
        updateButtons();
    });
    updateButtons();
}

void SearchView::buildForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_parent = new ParentPicker(m_document, m_runsDir, page);
    m_parent->setToolTip(tr("The open design is trained for the pretraining epochs first; a trained run's best "
                            "checkpoint is used as it is"));
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
    m_validation = spin(page, 0, 10000000, 0, tr("10 % of training"));
    m_validation->setToolTip(tr("Images held out of the training split; the children are ranked on them"));
    form->addRow(tr("Validation images"), m_validation);
    m_batch = spin(page, 1, 65536, 64);
    form->addRow(tr("Batch size"), m_batch);
    m_lr = number(page, 0.0, 10.0, 0.1, 5, 0.01);
    m_lr->setToolTip(tr("SGD learning rate of the supernet (pretraining and joint training)"));
    form->addRow(tr("Learning rate"), m_lr);
    m_pretrain = spin(page, 0, 10000, 2);
    form->addRow(tr("Pretraining epochs"), m_pretrain);
    m_alpha = number(page, 0.0, 100.0, 2.0, 2, 0.5);
    m_alpha->setToolTip(tr("α: a correct prediction earns 1 − η^α; a small α presses harder on MACs"));
    form->addRow(tr("α"), m_alpha);
    m_gamma = number(page, 0.0, 10.0, 0.5, 2, 0.1);
    m_gamma->setToolTip(tr("γ: a wrong prediction earns −γ (the seed's table prints γ = −0.5, meaning this penalty)"));
    form->addRow(tr("γ"), m_gamma);
    m_curriculum = spin(page, -1, 10000, -1, tr("until every layer"));
    m_curriculum->setToolTip(tr("Epoch t hands the controller the last t × stride layers; the others keep the parent's"));
    form->addRow(tr("Curriculum epochs"), m_curriculum);
    m_stride = spin(page, 1, 10000, 1);
    form->addRow(tr("Layers per curriculum epoch"), m_stride);
    m_printed = new QCheckBox(tr("Algorithm 1's printed test (t < K − t)"), page);
    form->addRow(m_printed);
    m_joint = spin(page, 0, 10000, 1);
    form->addRow(tr("Joint training epochs"), m_joint);
    m_childCount = spin(page, 1, 1000, 8);
    form->addRow(tr("Children sampled (Z)"), m_childCount);
    m_monteCarlo = spin(page, 1, 64, 1);
    form->addRow(tr("Children per step"), m_monteCarlo);
    m_entropy = number(page, 0.0, 1.0, 0.0, 4, 0.001);
    form->addRow(tr("Entropy bonus"), m_entropy);
    m_controllerLr = number(page, 0.0, 1.0, 0.001, 5, 0.0005);
    form->addRow(tr("Controller learning rate"), m_controllerLr);
    m_stepsPerEpoch = spin(page, 0, 1000000, 0, tr("a full pass"));
    form->addRow(tr("Steps per search epoch"), m_stepsPerEpoch);
    m_fromScratch = spin(page, 0, 10000, 0, tr("none"));
    m_fromScratch->setToolTip(tr("Train the best child from scratch for this many epochs when the search ends"));
    form->addRow(tr("From-scratch epochs"), m_fromScratch);
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

void SearchView::setRunsDir(const QString &dir)
{
    m_runsDir = dir;
    m_parent->setRunsDir(dir);
}

bool SearchView::isOurs() const
{
    return m_controller->currentKind() == training::RunKind::Search;
}

search::SearchConfig SearchView::configuration() const
{
    search::SearchConfig c;
    c.training.hyper = training::recipe("demo");
    c.training.recipe = "demo";
    c.training.hyper.batchSize = m_batch->value();
    c.training.hyper.learningRate = m_lr->value();
    c.training.data.dataset = m_dataset->currentText().toStdString();
    c.training.data.dir = m_folder->text().trimmed().toStdString();
    c.training.data.limitTrain = m_limitTrain->value();
    c.training.data.limitTest = m_limitTest->value();
    if (m_validation->value() > 0)
        c.training.data.validationCount = m_validation->value();
    else
        c.training.data.validationFraction = 0.1;
    c.training.threads = m_threads->value();
    c.training.seed = std::uint64_t(m_seed->value());
    c.training.runsDir = m_runsDir.toStdString();
    c.parentRun = m_parent->runDir().toStdString();
    if (c.parentRun.empty()) {
        c.training.design = m_document->design();
    } else {
        try {
            c.training.design = training::trainedDesignOf(training::readRunRecord(c.parentRun));
        } catch (const std::exception &) {
            c.training.design = m_document->design();   // start() reports the unreadable run
        }
    }
    search::LwpOptions &o = c.lwp;
    o.alpha = m_alpha->value();
    o.gamma = m_gamma->value();
    o.pretrainEpochs = c.parentRun.empty() ? m_pretrain->value() : 0;
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
    o.fromScratchEpochs = m_fromScratch->value();
    return c;
}

bool SearchView::start()
{
    const search::SearchConfig config = configuration();
    if (!config.parentRun.empty()) {
        try {
            training::readRunRecord(config.parentRun);
        } catch (const std::exception &e) {
            appendLog(tr("The parent run cannot be read: %1").arg(QString::fromStdString(e.what())), true);
            return false;
        }
    }
    try {
        search::decisionSpace(compile(config.training.design));
    } catch (const DesignError &e) {
        appendLog(tr("This design cannot be searched: %1").arg(QString::fromStdString(e.what())), true);
        m_status->setText(tr("This design cannot be searched: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    m_controller->enqueueSearch(config, tr("LWP %1 · %2").arg(QString::fromStdString(config.training.design.name),
                                                              QString::fromStdString(config.training.data.dataset)));
    updateButtons();
    return true;
}

void SearchView::setDataset(const QString &name, const QString &folder)
{
    m_dataset->setCurrentText(name);
    m_folder->setText(folder);
}

void SearchView::setLimits(long train, long test, long validation)
{
    m_limitTrain->setValue(int(train));
    m_limitTest->setValue(int(test));
    m_validation->setValue(int(validation));
}

void SearchView::setStages(int pretrainEpochs, int curriculumEpochs, int curriculumStride, int jointEpochs, int children)
{
    m_pretrain->setValue(pretrainEpochs);
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

void SearchView::setBatchSize(int batch) { m_batch->setValue(batch); }

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

void SearchView::showChildChannels()
{
    const QList<QTableWidgetItem *> selected = m_children->selectedItems();
    if (selected.isEmpty() || m_runDir.isEmpty())
        return;
    const int row = selected.front()->row();
    const int index = m_children->item(row, 0)->data(Qt::UserRole).toInt();
    for (const search::SearchChild &c : m_childList) {
        if (c.index != index)
            continue;
        try {
            const LayerGraph parent = compile(parentDesign());
            const LayerGraph child = compile(io::readDesignFile(m_runDir.toStdString() + "/" + c.file));
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
            appendLog(QString::fromStdString(e.what()), true);
        }
    }
}

bool SearchView::openSelectedChild()
{
    const QList<QTableWidgetItem *> selected = m_children->selectedItems();
    if (selected.isEmpty())
        return false;
    const int index = m_children->item(selected.front()->row(), 0)->data(Qt::UserRole).toInt();
    for (const search::SearchChild &c : m_childList)
        if (c.index == index)
            Q_EMIT openDesignRequested(m_runDir + QLatin1Char('/') + QString::fromStdString(c.file), parentDesign());
    return true;
}

bool SearchView::trainSelectedChild()
{
    const QList<QTableWidgetItem *> selected = m_children->selectedItems();
    if (selected.isEmpty())
        return false;
    const int index = m_children->item(selected.front()->row(), 0)->data(Qt::UserRole).toInt();
    for (const search::SearchChild &c : m_childList) {
        if (c.index != index)
            continue;
        try {
            training::TrainingConfig config = training::readRunRecord(m_runDir.toStdString()).config;
            config.design = io::readDesignFile(m_runDir.toStdString() + "/" + c.file);
            config.hyper = training::recipe("demo");
            config.hyper.batchSize = m_batch->value();
            config.hyper.epochs = std::max(1, m_fromScratch->value());
            config.data.validationCount = 0;
            config.data.validationFraction = 0.0;
            m_controller->enqueue(config, tr("%1 from scratch").arg(QString::fromStdString(config.design.name)));
            appendLog(tr("queued %1 for training from scratch").arg(QString::fromStdString(c.file)));
            Q_EMIT trainingQueued();
        } catch (const std::exception &e) {
            appendLog(QString::fromStdString(e.what()), true);
            return false;
        }
    }
    return true;
}

void SearchView::showRun(const QString &runDir)
{
    search::SearchRecord record;
    try {
        record = search::readSearchRecord(runDir.toStdString());
    } catch (const std::exception &e) {
        appendLog(QString::fromStdString(e.what()), true);
        return;
    }
    m_runDir = runDir;
    m_plots->clear();
    for (const nlohmann::json &line : training::readMetricsLines(runDir.toStdString(), "search_step")) {
        try {
            const search::SearchStep s = search::searchStepFromJson(line);
            m_plots->addStep(int(s.stage), s.meanReward, s.eta, s.childAccuracy);
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
    m_status->setText(chosen ? tr("Search %1: %2 children; the best keeps η = %3 of the parent's MACs at %4 % validation accuracy")
                                   .arg(QDir(runDir).dirName())
                                   .arg(record.children.size())
                                   .arg(chosen->eta, 0, 'f', 3)
                                   .arg(100.0 * chosen->validationAccuracy, 0, 'f', 2)
                             : tr("Search %1: stage %2").arg(QDir(runDir).dirName(), QString::fromLatin1(search::toString(record.stage))));
    updateButtons();
}

void SearchView::updateButtons()
{
    const bool ours = m_controller->isTraining() && isOurs();
    const training::RunState s = m_controller->state();
    m_pause->setEnabled(ours && s == training::RunState::Running);
    m_resume->setEnabled(ours && s == training::RunState::Paused);
    m_stop->setEnabled(ours);
    const bool selected = !m_children->selectedItems().isEmpty();
    m_open->setEnabled(selected);
    m_train->setEnabled(selected);
}

void SearchView::appendLog(const QString &line, bool error)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(error ? QStringLiteral("%1  ✖ %2").arg(stamp, line) : QStringLiteral("%1  %2").arg(stamp, line));
}

} // namespace denselab
