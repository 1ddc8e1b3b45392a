// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontrols.h"

#include "data/datasetcatalog.h"
#include "document/datafolders.h"
#include "document/designdocument.h"
#include "parentpicker.h"
#include "training/trainingcontroller.h"

#include <QComboBox>
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

#include <algorithm>

namespace denselab {

namespace {

const char *kError = "QLabel { color: #a50f15; font-weight: bold; }";

} // namespace

QSpinBox *spinField(QWidget *parent, int minimum, int maximum, int value, const QString &special)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    return box;
}

QDoubleSpinBox *numberField(QWidget *parent, double minimum, double maximum, double value, int decimals, double step)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

JobControls::JobControls(DesignDocument *document, TrainingController *controller, training::RunKind kind,
                         const QString &runsDir, double defaultLearningRate, QWidget *page)
    : QObject(page), m_document(document), m_controller(controller), m_kind(kind), m_runsDir(runsDir), m_page(page)
{
    m_parent = new ParentPicker(document, runsDir, page);
    m_dataset = new QComboBox(page);
    for (const std::string &name : data::datasetNames())
        m_dataset->addItem(QString::fromStdString(name));
    m_folder = new QLineEdit(page);
    // Empty means the dataset's own folder: show which one instead of a vague "default".
    m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, m_dataset->currentText()));
    connect(m_dataset, &QComboBox::currentTextChanged, m_folder,
            [this](const QString &name) { m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, name)); });
    m_limitTrain = spinField(page, 0, 10000000, 0, tr("all"));
    m_limitTest = spinField(page, 0, 10000000, 0, tr("all"));
    m_batch = spinField(page, 1, 65536, 64);
    m_lr = new QDoubleSpinBox(page);
    m_lr->setDecimals(5);
    m_lr->setRange(0.0, 10.0);
    m_lr->setSingleStep(0.0005);
    m_lr->setValue(defaultLearningRate);
    m_lr->setToolTip(tr("Adam's learning rate (the demo recipe, cosine schedule) for every epoch that trains weights"));
    m_pretrain = spinField(page, 0, 10000, 2);
    m_pretrain->setToolTip(tr("The open design is trained this long first; a trained run is used as it is"));
    m_seed = spinField(page, 0, 1000000, 1);
    m_threads = spinField(page, 0, 256, 0, tr("all cores"));
    m_start = new QPushButton(tr("Start"), page);
    m_pause = new QPushButton(tr("Pause"), page);
    m_resume = new QPushButton(tr("Resume"), page);
    m_stop = new QPushButton(tr("Stop"), page);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_log = new QPlainTextEdit(page);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(110);

    connect(m_start, &QPushButton::clicked, this, &JobControls::startRequested);
    // A trained parent brings its data: its checkpoint fits those images and classes, and the
    // images it held out stay unseen (as the CLI's --parent does).
    connect(m_parent, &ParentPicker::changed, this, [this] {
        if (parentRun().isEmpty())
            return;
        try {
            const training::TrainingConfig trained = training::readRunRecord(parentRun().toStdString()).config;
            setDataset(QString::fromStdString(trained.data.dataset), QString::fromStdString(trained.data.dir));
            setLimits(trained.data.limitTrain, trained.data.limitTest);
            Q_EMIT parentRunChosen(trained);
        } catch (const std::exception &e) {
            appendLog(tr("The parent run cannot be read: %1").arg(QString::fromStdString(e.what())), true);
        }
    });
    connect(m_pause, &QPushButton::clicked, m_controller, &TrainingController::pause);
    connect(m_resume, &QPushButton::clicked, m_controller, &TrainingController::resume);
    connect(m_stop, &QPushButton::clicked, m_controller, &TrainingController::stop);
    connect(m_controller, &TrainingController::runStarted, this, [this](const QString &dir, const QString &label) {
        if (!isOurs())
            return;
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%1: preparing…").arg(label));
        appendLog(tr("%1 started in %2").arg(label, dir));
        updateButtons();
        Q_EMIT runStarted(dir, label);
    });
    connect(m_controller, &TrainingController::stateChanged, this, [this](training::RunState state, const QString &message) {
        if (!isOurs())
            return;
        const bool bad = state == training::RunState::Failed || state == training::RunState::Diverged;
        const QString name = QString::fromLatin1(training::toString(state));
        const QString line = message.isEmpty() ? name : tr("%1 — %2").arg(name, message);
        if (training::isFinal(state))
            m_status->setText(line);
        m_status->setStyleSheet(bad ? QString::fromLatin1(kError) : QString());
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
        updateButtons();
        if (isOurs())
            Q_EMIT runEnded(dir);
    });
    updateButtons();
}

QVBoxLayout *JobControls::layOutPage(QWidget *page, QWidget *form)
{
    auto *split = new QSplitter(Qt::Horizontal, page);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::min(360, form->sizeHint().width() + 24));
    auto *runPage = new QWidget(split);
    auto *column = new QVBoxLayout(runPage);
    column->addWidget(m_status);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    return column;
}

void JobControls::addDataRows(QFormLayout *form)
{
    form->addRow(tr("Parent"), m_parent);
    form->addRow(tr("Dataset"), m_dataset);
    auto *folderRow = new QHBoxLayout;
    auto *browse = new QToolButton(m_page);
    browse->setText(QStringLiteral("…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder"), folderRow);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(m_page, tr("Dataset folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    form->addRow(tr("Training images"), m_limitTrain);
    form->addRow(tr("Test images"), m_limitTest);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Pretraining epochs"), m_pretrain);
}

void JobControls::addRunRows(QFormLayout *form)
{
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("CPU threads"), m_threads);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_pause, m_resume, m_stop})
        buttons->addWidget(b);
    form->addRow(buttons);
}

training::TrainingConfig JobControls::trainingConfig() const
{
    training::TrainingConfig c;
    c.recipe = "demo";
    c.hyper = training::recipe(c.recipe);
    c.hyper.batchSize = m_batch->value();
    c.hyper.learningRate = m_lr->value();
    c.data.dataset = m_dataset->currentText().toStdString();
    const QString typed = m_folder->text().trimmed();
    c.data.dir = (typed.isEmpty() ? datasetFolderFor(m_datasetsFolder, m_dataset->currentText()) : typed).toStdString();
    c.data.limitTrain = m_limitTrain->value();
    c.data.limitTest = m_limitTest->value();
    c.threads = m_threads->value();
    c.seed = std::uint64_t(m_seed->value());
    c.runsDir = m_runsDir.toStdString();
    c.design = m_document->design();
    if (const QString run = parentRun(); !run.isEmpty()) {
        try {
            c.design = training::trainedDesignOf(training::readRunRecord(run.toStdString()));
        } catch (const std::exception &) {
            // checkParent() reports the unreadable run before anything starts
        }
    }
    return c;
}

QString JobControls::parentRun() const { return m_parent->runDir(); }

int JobControls::pretrainEpochs() const { return parentRun().isEmpty() ? m_pretrain->value() : 0; }

bool JobControls::checkParent()
{
    if (parentRun().isEmpty())
        return true;
    try {
        training::readRunRecord(parentRun().toStdString());
        return true;
    } catch (const std::exception &e) {
        appendLog(tr("The parent run cannot be read: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
}

void JobControls::setDatasetsFolder(const QString &folder)
{
    m_datasetsFolder = folder.trimmed();
    m_folder->setPlaceholderText(datasetFolderFor(m_datasetsFolder, m_dataset->currentText()));
}

void JobControls::setRunsDir(const QString &dir)
{
    m_runsDir = dir;
    m_parent->setRunsDir(dir);
}

void JobControls::setDataset(const QString &name, const QString &folder)
{
    m_dataset->setCurrentText(name);
    m_folder->setText(folder);
}

void JobControls::setLimits(long train, long test)
{
    m_limitTrain->setValue(int(train));
    m_limitTest->setValue(int(test));
}

void JobControls::setBatchSize(int batch) { m_batch->setValue(batch); }

void JobControls::setPretrainEpochs(int epochs) { m_pretrain->setValue(epochs); }

bool JobControls::isOurs() const { return m_controller->currentKind() == m_kind; }

void JobControls::appendLog(const QString &line, bool error)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(error ? QStringLiteral("%1  ✖ %2").arg(stamp, line) : QStringLiteral("%1  %2").arg(stamp, line));
}

void JobControls::updateButtons()
{
    const bool ours = m_controller->isTraining() && isOurs();
    const training::RunState s = m_controller->state();
    m_pause->setEnabled(ours && s == training::RunState::Running);
    m_resume->setEnabled(ours && s == training::RunState::Paused);
    m_stop->setEnabled(ours);
}

} // namespace denselab
