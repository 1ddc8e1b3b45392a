// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsbrowser.h"
#include "durationtext.h"
#include "runstatetext.h"
#include "costs/costmetrics.h"

#include "cost/costmodel.h"
#include "cost/units.h"
#include "graph/compiler.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace denselab {
namespace {

constexpr int kDirRole = Qt::UserRole + 1;

// Sorts by the exact value (UserRole) where one is given, not by the formatted text
// ("10.00 %" would sort before "9.50 %").
class SortItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *item(const QString &text, const QVariant &sortValue = {})
{
    auto *i = new SortItem(text);
    if (sortValue.isValid())
        i->setData(Qt::UserRole, sortValue);
    return i;
}

constexpr int kColumns = 15;
constexpr int kMemoryColumn = 11;
constexpr int kStartedColumn = 13;

// What the cost model says one training step keeps for backward: activations per image times
// the batch. 0 when the trained design does not compile here (a newer file).
std::int64_t activationEstimate(const training::RunRecord &r)
{
    try {
        return computeCosts(compile(training::trainedDesignOf(r))).total.activationBytes * r.config.hyper.batchSize;
    } catch (const std::exception &) {
        return 0;
    }
}

// Wall-clock time of a run: until now while this window trains it, until its end when it
// ended, else until run.json was last written (a run of another process, or one whose process
// died, does not keep counting). -1 when the times cannot be read.
double elapsedSeconds(const training::RunRecord &r, bool trainingHere)
{
    const QDateTime started = QDateTime::fromString(QString::fromStdString(r.startedAt), Qt::ISODate);
    QDateTime until;
    if (trainingHere && !training::isFinal(r.status))
        until = QDateTime::currentDateTime();
    else if (training::isFinal(r.status))
        until = QDateTime::fromString(QString::fromStdString(r.endedAt), Qt::ISODate);
    if (!until.isValid())
        until = QFileInfo(QString::fromStdString(r.dir) + QStringLiteral("/run.json")).lastModified();
    if (!started.isValid() || !until.isValid())
        return -1;
    return double(std::max<qint64>(0, started.msecsTo(until))) / 1000.0;
}

// A run whose thread died with the process (kill, crash) still says "running" in run.json.
bool resumable(const training::RunRecord &r)
{
    return r.status == training::RunState::Stopped || r.status == training::RunState::Running
        || r.status == training::RunState::Paused || r.status == training::RunState::Preparing;
}

} // namespace

RunsBrowser::RunsBrowser(const QString &runsDir, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, kColumns, this);
    // Images, batch and learning rate tell apart runs of the same design on the same data.
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Design"), tr("Dataset"), tr("Best test acc."), tr("Epochs"),
                                        tr("Images"), tr("Batch"), tr("LR"), tr("Params"), tr("MACs"), tr("Epoch time"),
                                        tr("Peak memory"), tr("Elapsed"), tr("Started"), tr("Kind")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(kStartedColumn, Qt::DescendingOrder);   // newest first (ISO start times sort as text)
    layout->addWidget(m_table, 1);
    m_table->viewport()->installEventFilter(this);   // the Peak memory tooltip, computed on hover
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_compare = new QPushButton(tr("Compare"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_export = new QPushButton(tr("Export"), this);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("PyTorch code and weights…"), this, [this] {
        if (const QStringList runs = selectedRuns(); runs.size() == 1)
            Q_EMIT exportRequested(runs.first(), QStringLiteral("pytorch"));
    });
    exportMenu->addAction(tr("ONNX model…"), this, [this] {
        if (const QStringList runs = selectedRuns(); runs.size() == 1)
            Q_EMIT exportRequested(runs.first(), QStringLiteral("onnx"));
    });
    m_export->setMenu(exportMenu);
    auto *reload = new QPushButton(tr("Refresh"), this);
    for (QPushButton *b : {m_open, m_resume, m_compare, m_export, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(reload);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsBrowser::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (const QStringList runs = selectedRuns(); runs.size() == 1)
            Q_EMIT openRequested(runs.first());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QStringList runs = selectedRuns(); !runs.isEmpty())
            Q_EMIT openRequested(runs.first());
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const QStringList runs = selectedRuns(); !runs.isEmpty())
            Q_EMIT resumeRequested(runs.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(selectedRuns()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRuns(selectedRuns()); });
    connect(reload, &QPushButton::clicked, this, &RunsBrowser::refresh);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RunsBrowser::refresh);
    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    setRunsDir(runsDir);
}

void RunsBrowser::setRunsDir(const QString &dir)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_dir = dir;
    QDir().mkpath(dir);
    m_watcher->addPath(dir);
    refresh();
}

QString RunsBrowser::memoryToolTip(const QString &runDir)
{
    const auto found = m_cache.constFind(runDir);
    if (found == m_cache.constEnd() || found->record.peakMemoryBytes <= 0)
        return {};
    const training::RunRecord &r = found->record;
    if (!m_activationEstimates.contains(runDir))
        m_activationEstimates.insert(runDir, activationEstimate(r));
    const qint64 estimate = m_activationEstimates.value(runDir);
    const QString measured = localizedNumber(QString::fromStdString(formatBytes(r.peakMemoryBytes)));
    const QString efficient = (r.config.memoryEfficient ? tr(", memory-efficient dense layers") : QString())
                            + (r.config.engine == training::TrainingEngine::Fast ? tr(", fast engine") : tr(", plain engine"));
    if (estimate <= 0)
        return tr("Measured: the largest tensor memory of a training step (%1%2).").arg(measured, efficient);
    return tr("Measured: the largest tensor memory of a training step (%1%2).\n"
              "Cost model: %3 kept for backward (activations × batch %4), %5 % of the measured peak.")
        .arg(measured, efficient, localizedNumber(QString::fromStdString(formatBytes(estimate))))
        .arg(r.config.hyper.batchSize)
        .arg(QLocale().toString(100.0 * double(estimate) / double(r.peakMemoryBytes), 'f', 0));
}

bool RunsBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (index.isValid() && index.column() == kMemoryColumn) {
            const QString dir = m_table->item(index.row(), 0)->data(kDirRole).toString();
            const QString text = memoryToolTip(dir);
            if (!text.isEmpty()) {
                QToolTip::showText(help->globalPos(), text, m_table->viewport());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RunsBrowser::refresh()
{
    const QStringList selected = selectedRuns();
    std::vector<std::string> problems;
    m_runs.clear();
    QHash<QString, Cached> seen;
    for (const std::string &path : training::runDirectories(m_dir.toStdString())) {
        const QString dir = QString::fromStdString(path);
        const qint64 modified = QFileInfo(dir + QStringLiteral("/run.json")).lastModified().toMSecsSinceEpoch();
        auto cached = m_cache.constFind(dir);
        if (cached != m_cache.constEnd() && cached->modified == modified) {
            seen.insert(dir, *cached);
            m_runs.push_back(cached->record);
            continue;
        }
        try {
            Cached fresh{modified, training::readRunRecord(path)};
            seen.insert(dir, fresh);
            m_runs.push_back(std::move(fresh.record));
        } catch (const std::exception &e) {
            problems.push_back(e.what());
        }
    }
    m_cache = seen;
    std::sort(m_runs.begin(), m_runs.end(), training::listedBefore);   // as training::listRuns
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_runs.size()));
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const training::RunRecord &r = m_runs[i];
        const int row = static_cast<int>(i);
        const QString dir = QString::fromStdString(r.dir);
        QTableWidgetItem *status = item(runStateText(r.status));
        status->setData(kDirRole, dir);
        status->setToolTip(QString::fromStdString(r.message.empty() ? r.dir : r.dir + "\n" + r.message));
        if (r.status == training::RunState::Failed || r.status == training::RunState::Diverged)
            status->setForeground(QColor(0xa5, 0x0f, 0x15));
        m_table->setItem(row, 0, status);
        m_table->setItem(row, 1, item(QString::fromStdString(r.designName)));
        m_table->setItem(row, 2, item(QString::fromStdString(r.config.data.dataset)));
        // Before its first epoch a run has no accuracy and no epoch time yet: a dash, not "0.00 %".
        const bool measured = r.epochsDone > 0;
        const QString dash = QStringLiteral("—");
        m_table->setItem(row, 3, item(measured ? locale().toString(100.0 * r.bestTestAccuracy, 'f', 2) + QStringLiteral(" %") : dash,
                                      r.bestTestAccuracy));
        m_table->setItem(row, 4, item(QStringLiteral("%1/%2").arg(r.epochsDone).arg(r.config.hyper.epochs), r.epochsDone));
        const long images = r.config.data.limitTrain;
        m_table->setItem(row, 5, item(images > 0 ? locale().toString(qlonglong(images)) : tr("all"), qlonglong(images > 0 ? images : LONG_MAX)));
        m_table->setItem(row, 6, item(locale().toString(r.config.hyper.batchSize), r.config.hyper.batchSize));
        m_table->setItem(row, 7, item(locale().toString(r.config.hyper.learningRate, 'g', 4), r.config.hyper.learningRate));
        m_table->setItem(row, 8, item(localizedNumber(QString::fromStdString(formatCount(r.params))), qlonglong(r.params)));
        m_table->setItem(row, 9, item(localizedNumber(QString::fromStdString(formatCount(r.macs))), qlonglong(r.macs)));
        m_table->setItem(row, 10, item(measured ? durationText(r.meanEpochSeconds) : dash, r.meanEpochSeconds));
        // The step's measured peak; its tooltip (memoryToolTip) adds the cost model's estimate.
        m_table->setItem(row, kMemoryColumn,
                         item(r.peakMemoryBytes > 0 ? localizedNumber(QString::fromStdString(formatBytes(r.peakMemoryBytes))) : dash,
                              qlonglong(r.peakMemoryBytes)));
        const double elapsed = elapsedSeconds(r, m_busy && m_busy(dir));
        m_table->setItem(row, 12, item(elapsed >= 0 ? durationText(elapsed) : dash, elapsed));
        m_table->setItem(row, kStartedColumn, item(QString::fromStdString(r.startedAt).replace(QLatin1Char('T'), QLatin1Char(' '))));
        const QString kind = r.kind == training::RunKind::Search  ? tr("LWP search")
                             : r.kind == training::RunKind::Prune ? tr("pruning")
                                                                   : tr("training");
        m_table->setItem(row, 14, item(kind));
    }
    m_table->setSortingEnabled(true);
    m_problems->setVisible(!problems.empty());
    if (!problems.empty()) {
        QStringList lines;
        for (const std::string &p : problems)
            lines << QString::fromStdString(p);
        m_problems->setText(tr("Unreadable runs: %1").arg(lines.join(QStringLiteral("; "))));
    }
    selectRuns(selected);
    updateButtons();
}

QStringList RunsBrowser::selectedRuns() const
{
    QStringList dirs;
    QSet<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (rows.contains(row))
            dirs << m_table->item(row, 0)->data(kDirRole).toString();
    }
    return dirs;
}

void RunsBrowser::selectRuns(const QStringList &dirs)
{
    m_table->clearSelection();
    const auto previous = m_table->selectionMode();
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (dirs.contains(m_table->item(row, 0)->data(kDirRole).toString()))
            m_table->selectRow(row);
    }
    m_table->setSelectionMode(previous);
}

int RunsBrowser::deleteRuns(const QStringList &dirs, bool confirmed)
{
    if (dirs.isEmpty())
        return 0;
    if (!confirmed) {
        const auto answer = QMessageBox::question(this, tr("Delete runs"),
                                                  tr("Delete %n run(s) with their checkpoints? This cannot be undone.", nullptr,
                                                     int(dirs.size())));
        if (answer != QMessageBox::Yes)
            return 0;
    }
    int removed = 0;
    for (const QString &dir : dirs) {
        if (m_busy && m_busy(dir))
            continue;   // its trainer still writes there
        // Only folders that hold a run record: never anything else the user pointed at.
        if (QFile::exists(dir + QStringLiteral("/run.json")) && QDir(dir).removeRecursively())
            ++removed;
    }
    refresh();
    return removed;
}

void RunsBrowser::updateButtons()
{
    const QStringList runs = selectedRuns();
    m_open->setEnabled(runs.size() == 1);
    m_compare->setEnabled(!runs.isEmpty());
    bool exportable = false;   // one run that has saved weights
    if (runs.size() == 1) {
        const std::string dir = runs.first().toStdString();
        exportable = QFileInfo::exists(QString::fromStdString(dir + "/best.json"))
                     || QFileInfo::exists(QString::fromStdString(dir + "/last.json"));
    }
    m_export->setEnabled(exportable);
    bool anyIdle = false;
    for (const QString &dir : runs)
        anyIdle = anyIdle || !(m_busy && m_busy(dir));
    m_delete->setEnabled(anyIdle);
    bool canResume = false;
    if (runs.size() == 1 && !(m_busy && m_busy(runs.first()))) {
        for (const training::RunRecord &r : m_runs) {
            if (QString::fromStdString(r.dir) == runs.first())
                canResume = resumable(r);
        }
    }
    m_resume->setEnabled(canResume);
}

} // namespace denselab
