// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "devicecombobox.h"
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
TrainingView::TrainingView(DesignDocument *document, TrainingController *controller, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller),
      m_runsDir(QString::fromStdString(training::defaultRunsDir()))
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    // Left: what to train and how.
    auto *formPage = new QWidget;
    auto *form = new QFormLayout(formPage);
    m_dataset = new QComboBox(formPage);
    for (const std::string &name : data::datasetNames())
        m_dataset->addItem(QString::fromStdString(name));
    form->addRow(tr("Dataset"), m_dataset);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(formPage);
    // Empty means the dataset's own folder: show which one instead of a vague "default".
    m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, m_dataset->currentText()));
    connect(m_dataset, &QComboBox::currentTextChanged, m_folder,
            [this](const QString &name) { m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, name)); });
    auto *browse = new QToolButton(formPage);
    browse->setText(QStringLiteral("…"));
    auto *check = new QToolButton(formPage);
    check->setText(tr("Check"));
    check->setToolTip(tr("Read the dataset now and report its size or the problem with its files"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(check);
    form->addRow(tr("Folder"), folderRow);
    m_shape = new QLabel(formPage);
    m_shape->setWordWrap(true);
    m_shape->setMinimumWidth(300);   // wrapped text is laid out for this width, not for a sliver
    form->addRow(m_shape);
    m_resize = new QCheckBox(tr("Resize images to the design's input"), formPage);
    form->addRow(m_resize);

    m_recipe = new QComboBox(formPage);
    for (const std::string &name : training::recipeNames())
        m_recipe->addItem(QString::fromStdString(name));
    form->addRow(tr("Recipe"), m_recipe);
    m_epochs = new QSpinBox(formPage);
    m_epochs->setRange(1, 10000);
    form->addRow(tr("Epochs"), m_epochs);
    m_batch = new QSpinBox(formPage);
    m_batch->setRange(1, 65536);
    form->addRow(tr("Batch size"), m_batch);
    m_optimizer = new QComboBox(formPage);
    m_optimizer->addItems({QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw")});
    form->addRow(tr("Optimizer"), m_optimizer);
    m_lr = new QDoubleSpinBox(formPage);
    m_lr->setDecimals(5);
    m_lr->setRange(0.0, 10.0);
    m_lr->setSingleStep(0.01);
    form->addRow(tr("Learning rate"), m_lr);
    m_momentum = new QDoubleSpinBox(formPage);
    m_momentum->setRange(0.0, 0.999);
    m_momentum->setSingleStep(0.05);
    form->addRow(tr("Momentum"), m_momentum);
    m_weightDecay = new QDoubleSpinBox(formPage);
    m_weightDecay->setDecimals(6);
    m_weightDecay->setRange(0.0, 1.0);
    m_weightDecay->setSingleStep(0.0001);
    form->addRow(tr("Weight decay"), m_weightDecay);
    m_schedule = new QComboBox(formPage);
    m_schedule->addItems({QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("cosine")});
    form->addRow(tr("Schedule"), m_schedule);
    m_warmup = new QDoubleSpinBox(formPage);
    m_warmup->setRange(0.0, 100.0);
    m_warmup->setSingleStep(0.5);
    form->addRow(tr("Warm-up (epochs)"), m_warmup);
    m_limitTrain = new QSpinBox(formPage);
    m_limitTrain->setRange(0, 10000000);
    m_limitTrain->setSpecialValueText(tr("all"));
    form->addRow(tr("Training images"), m_limitTrain);
    m_limitTest = new QSpinBox(formPage);
    m_limitTest->setRange(0, 10000000);
    m_limitTest->setSpecialValueText(tr("all"));
    form->addRow(tr("Test images"), m_limitTest);
    m_augment = new QCheckBox(tr("Random crops (flips where allowed)"), formPage);
    m_augment->setChecked(true);
    form->addRow(tr("Augmentation"), m_augment);
    m_memoryEfficient = new QCheckBox(tr("Recompute concatenations and BN/ReLU in backward"), formPage);
    m_memoryEfficient->setToolTip(tr("Memory-efficient dense layers (Pleiss et al., 2017): a dense block keeps memory that grows "
                                     "with its depth instead of its depth squared, at the cost of recomputing. Same results."));
    form->addRow(tr("Memory"), m_memoryEfficient);
    m_engine = new QComboBox(formPage);
    m_engine->addItem(tr("Fast: shared BN statistics, fused BN + ReLU"), QStringLiteral("fast"));
    m_engine->addItem(tr("Plain: one operation per layer"), QStringLiteral("plain"));
    m_engine->setToolTip(tr("The fast engine normalizes each layer's output once per step, shared by every batch norm that "
                            "reads it, and applies BN and ReLU in one pass without concatenating (CPU; CUDA runs plain). "
                            "The plain engine runs the graph as PyTorch would. Same results up to rounding."));
    form->addRow(tr("Engine"), m_engine);
    m_device = new DeviceComboBox(formPage);   // GPUs are listed when it is first opened
    connect(m_device, &DeviceComboBox::gpuListFailed, this,
            [this](const QString &why) { appendLog(tr("No GPU can be chosen: %1").arg(why), /*error=*/true); });
    form->addRow(tr("Device"), m_device);
    m_threads = new QSpinBox(formPage);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("all cores"));
    form->addRow(tr("CPU threads"), m_threads);

    // What each setting does, for those who meet it here first.
    m_dataset->setToolTip(tr("The images to train on. The design's input and classes are adapted to them unless images are resized."));
    m_folder->setToolTip(tr("Where the dataset's files are; empty: its default folder (shown greyed)."));
    m_recipe->setToolTip(tr("Fills in the settings below from a paper's recipe (ThreshNet's CIFAR runs) or a quick demo."));
    m_epochs->setToolTip(tr("Passes over the training images."));
    m_batch->setToolTip(tr("Images per step. Larger batches train faster per image and need more memory."));
    m_optimizer->setToolTip(tr("SGD with momentum (the DenseNet papers), Adam or AdamW."));
    m_lr->setToolTip(tr("The step size η at the start; the schedule changes it per step."));
    m_momentum->setToolTip(tr("SGD's momentum (0.9 in the DenseNet papers)."));
    m_weightDecay->setToolTip(tr("L2 penalty on the weights (10⁻⁴ in DenseNet, 5·10⁻⁴ in ThreshNet's CIFAR-100 recipe)."));
    m_schedule->setToolTip(tr("Constant; step (times γ at each milestone); or cosine down to 0 at the last epoch."));
    m_warmup->setToolTip(tr("Epochs over which the learning rate rises linearly from 0 before the schedule starts."));
    m_limitTrain->setToolTip(tr("Train on the first N images only (a quick look); 'all' for the whole training set."));
    m_limitTest->setToolTip(tr("Test on the first N images only; 'all' for the whole test set."));
    m_augment->setToolTip(tr("Random crops with padding, and horizontal flips for datasets where a mirrored image is still the same class."));
    m_device->setToolTip(tr("auto: the GPU when LibTorch has CUDA and one is present, else the CPU."));
    m_threads->setToolTip(tr("CPU threads for the training's arithmetic; 'all cores' by default."));

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), formPage);
    m_pause = new QPushButton(tr("Pause"), formPage);
    m_resume = new QPushButton(tr("Resume"), formPage);
    m_stop = new QPushButton(tr("Stop"), formPage);
    m_start->setToolTip(tr("Train the design on screen; queued when another run is training"));
    for (QPushButton *b : {m_start, m_pause, m_resume, m_stop})
        buttons->addWidget(b);
    form->addRow(buttons);
    m_queue = new QListWidget(formPage);
    m_queue->setMinimumHeight(60);   // expanding: it takes the form's spare height, not the labels
    form->addRow(tr("Queued"), m_queue);
    m_removeQueued = new QPushButton(tr("Remove from queue"), formPage);
    m_removeQueued->setToolTip(tr("Takes the selected run off the queue before it starts (Delete)"));
    m_removeQueued->setEnabled(false);
    form->addRow(QString(), m_removeQueued);
    auto removeSelected = [this] {
        if (const int row = m_queue->currentRow(); row >= 0 && m_queue->currentItem()->isSelected())
            m_controller->removeQueued(row);
    };
    connect(m_removeQueued, &QPushButton::clicked, this, removeSelected);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_queue, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, removeSelected);
    connect(m_queue, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeQueued->setEnabled(!m_queue->selectedItems().isEmpty()); });
    m_resize->setToolTip(tr("Otherwise the design's input and classes are adapted to the dataset (recorded in the run)"));
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(formPage->sizeHint().width() + 24);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Right: the current run.
    auto *runPage = new QWidget(split);
    auto *runLayout = new QVBoxLayout(runPage);
    m_status = new QLabel(tr("No run yet."), runPage);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runCheck = new QLabel(runPage);
    m_runCheck->setWordWrap(true);
    m_runCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runCheck->setStyleSheet(QStringLiteral("QLabel { background: #fde0dd; color: #67000d; padding: 6px; border-radius: 3px; }"));
    m_runCheck->hide();
    m_progress = new QProgressBar(runPage);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_plots = new TrainingPlots(runPage);
    m_log = new QPlainTextEdit(runPage);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(130);
    runLayout->addWidget(m_status);
    runLayout->addWidget(m_runCheck);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_plots, 1);
    runLayout->addWidget(m_log);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({formPage->sizeHint().width() + 24, 1000});

    connect(m_recipe, &QComboBox::currentTextChanged, this, &TrainingView::applyRecipe);
    connect(m_dataset, &QComboBox::currentTextChanged, this, &TrainingView::updateShapeNote);
    connect(m_resize, &QCheckBox::toggled, this, &TrainingView::updateShapeNote);
    connect(m_document, &DesignDocument::changed, this, &TrainingView::updateShapeNote);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { refreshRunCheck(); });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(check, &QToolButton::clicked, this, &TrainingView::checkDataset);
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_pause, &QPushButton::clicked, m_controller, &TrainingController::pause);
    connect(m_resume, &QPushButton::clicked, m_controller, &TrainingController::resume);
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);

    connect(m_controller, &TrainingController::queueChanged, this, [this] {
        m_queue->clear();
        m_queue->addItems(m_controller->queuedLabels());
    });
    connect(m_controller, &TrainingController::runStarted, this, [this](const QString &dir, const QString &label, int epochs) {
        m_epochsOfRun = std::max(1, epochs);
        m_plots->clear();
        // A resumed run shows its whole history: the epochs before the checkpoint come from
        // the run's metrics file (their training loss as one point per epoch); the steps it
        // redoes replace any points it had written after that checkpoint.
        for (const training::EpochMetrics &m : training::readMetrics(dir.toStdString())) {
            m_plots->addStep(m.epoch + 1, m.trainLoss, m.learningRate, m.imagesPerSecond);
            m_plots->addEpoch(m.epoch, m.testLoss, m.trainAccuracy, m.testAccuracy);
        }
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%1: preparing…").arg(label));
        appendLog(tr("run %1 started in %2").arg(label, dir));
        updateButtons();
    });
    connect(m_controller, &TrainingController::stepProgress, this, [this](const training::StepProgress &s) {
        const double epochs = s.epoch + double(s.step) / std::max<long>(1, s.stepsPerEpoch);
        m_plots->addStep(epochs, s.loss, s.learningRate, s.imagesPerSecond);
        m_progress->setValue(std::min(1000, static_cast<int>(1000.0 * epochs / m_epochsOfRun)));
        m_progress->setFormat(tr("epoch %1/%2 · step %3/%4 · %5 img/s · ETA %6")
                                  .arg(s.epoch + 1)
                                  .arg(m_epochsOfRun)
                                  .arg(s.step)
                                  .arg(s.stepsPerEpoch)
                                  .arg(s.imagesPerSecond, 0, 'f', 0)
                                  .arg(durationText(s.etaSeconds)));
    });
    connect(m_controller, &TrainingController::epochFinished, this, [this](const training::EpochMetrics &m) {
        m_plots->addEpoch(m.epoch, m.testLoss, m.trainAccuracy, m.testAccuracy);
        appendLog(tr("epoch %1: train loss %2, test loss %3, test accuracy %4 %, %5 s")
                      .arg(m.epoch + 1)
                      .arg(m.trainLoss, 0, 'f', 4)
                      .arg(m.testLoss, 0, 'f', 4)
                      .arg(100.0 * m.testAccuracy, 0, 'f', 2)
                      .arg(m.epochSeconds, 0, 'f', 1));
    });
    connect(m_controller, &TrainingController::stateChanged, this, [this](training::RunState state, const QString &message) {
        const QString name = runStateText(state);
        m_status->setText(message.isEmpty() ? tr("%1: %2").arg(m_controller->currentLabel(), name)
                                            : tr("%1: %2 — %3").arg(m_controller->currentLabel(), name, message));
        const bool bad = state == training::RunState::Failed || state == training::RunState::Diverged;
        m_status->setStyleSheet(bad ? QStringLiteral("QLabel { color: #a50f15; font-weight: bold; }") : QString());
        appendLog(m_status->text(), bad);
        updateButtons();
    });
    connect(m_controller, &TrainingController::logMessage, this, [this](const QString &m) { appendLog(m); });
    connect(m_controller, &TrainingController::runError, this, [this](const QString &m) {
        appendLog(m, true);
        m_status->setText(tr("Error: %1").arg(m));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #a50f15; font-weight: bold; }"));
    });
    connect(m_controller, &TrainingController::runEnded, this, [this] { updateButtons(); });

    applyRecipe(m_recipe->currentText());
    updateShapeNote();
    updateButtons();
}

TrainingView::~TrainingView()
{
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
}

void TrainingView::applyRecipe(const QString &name)
{
    training::Hyperparameters h;
    try {
        h = training::recipe(name.toStdString());
    } catch (const std::exception &) {
        return;
    }
    m_epochs->setValue(h.epochs);
    m_batch->setValue(h.batchSize);
    m_optimizer->setCurrentText(QString::fromLatin1(training::toString(h.optimizer)));
    m_lr->setValue(h.learningRate);
    m_momentum->setValue(h.momentum);
    m_weightDecay->setValue(h.weightDecay);
    m_schedule->setCurrentText(QString::fromLatin1(training::toString(h.schedule)));
    m_warmup->setValue(h.warmupEpochs);
}

training::TrainingConfig TrainingView::configuration() const
{
    training::TrainingConfig c;
    c.design = m_document->design();
    c.recipe = m_recipe->currentText().toStdString();
    try {
        c.hyper = training::recipe(c.recipe);   // milestones, gamma, nesterov come from the recipe
    } catch (const std::exception &) {
    }
    c.hyper.epochs = m_epochs->value();
    c.hyper.batchSize = m_batch->value();
    training::parse(m_optimizer->currentText().toStdString(), c.hyper.optimizer);
    c.hyper.learningRate = m_lr->value();
    c.hyper.momentum = m_momentum->value();
    c.hyper.weightDecay = m_weightDecay->value();
    training::parse(m_schedule->currentText().toStdString(), c.hyper.schedule);
    c.hyper.warmupEpochs = m_warmup->value();
    c.data.dataset = m_dataset->currentText().toStdString();
    c.data.dir = datasetFolder().toStdString();
    c.data.limitTrain = m_limitTrain->value();
    c.data.limitTest = m_limitTest->value();
    c.data.augment = m_augment->isChecked();
    c.memoryEfficient = m_memoryEfficient->isChecked();
    training::parse(m_engine->currentData().toString().toStdString(), c.engine);
    c.data.resize = m_resize->isChecked();
    c.device = m_device->currentText().toStdString();
    c.threads = m_threads->value();
    c.runsDir = m_runsDir.toStdString();
    return c;
}

void TrainingView::setDataset(const QString &name, const QString &folder)
{
    m_dataset->setCurrentText(name);
    m_folder->setText(folder);
}

void TrainingView::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

void TrainingView::setLimits(long train, long test)
{
    m_limitTrain->setValue(static_cast<int>(train));
    m_limitTest->setValue(static_cast<int>(test));
}

void TrainingView::setBatchSize(int batch)
{
    m_batch->setValue(batch);
}

bool TrainingView::start()
{
    if (!m_document->isValid()) {
        appendLog(tr("The design cannot be built: %1").arg(m_document->error()), true);
        return false;
    }
    if (!refreshRunCheck(true)) {
        appendLog(m_runCheck->text(), true);
        return false;   // nothing queued, no run folder
    }
    const training::TrainingConfig config = configuration();
    m_controller->enqueue(config, QStringLiteral("%1 · %2").arg(QString::fromStdString(config.design.name),
                                                              QString::fromStdString(config.data.dataset)));
    updateButtons();
    return true;
}

void TrainingView::updateButtons()
{
    const bool training = m_controller->isTraining();
    const training::RunState s = m_controller->state();
    m_pause->setEnabled(training && s == training::RunState::Running);
    m_resume->setEnabled(training && s == training::RunState::Paused);
    m_stop->setEnabled(training);
}

void TrainingView::appendLog(const QString &line, bool error)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(error ? QStringLiteral("%1  ✖ %2").arg(stamp, line) : QStringLiteral("%1  %2").arg(stamp, line));
}

} // namespace denselab
