// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/runrecord.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <vector>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace denselab {

/// Every run in the runs directory — the app's and denselab-cli's alike — with status, design,
/// dataset, best test accuracy, params, MACs, epoch time and date, newest first. It follows the
/// folder (a watcher for new runs, a 2 s refresh while shown for runs in progress). Open shows a
/// run's curves and design, Resume continues a stopped one, Export writes one to PyTorch or ONNX,
/// Delete removes runs after asking.
class RunsBrowser : public QWidget {
    Q_OBJECT
public:
    explicit RunsBrowser(const QString &runsDir, QWidget *parent = nullptr);

    void setRunsDir(const QString &dir);
    QString runsDir() const { return m_dir; }
    /// Reads the folder again.
    void refresh();
    const std::vector<training::RunRecord> &runs() const { return m_runs; }
    QStringList selectedRuns() const;
    void selectRuns(const QStringList &dirs);
    QTableWidget *table() const { return m_table; }
    /// Deletes the runs' folders; asks first unless `confirmed`. Runs the busy check reports
    /// (training now or queued) are never deleted. Returns how many were removed.
    int deleteRuns(const QStringList &dirs, bool confirmed = false);
    /// Tells the browser which runs this app is training or about to resume.
    void setBusyCheck(std::function<bool(const QString &runDir)> busy) { m_busy = std::move(busy); }
    /// The Peak memory cell's tooltip for a run: measured against the cost model's estimate of
    /// what a step keeps for backward. Computed when asked (it compiles the run's design).
    QString memoryToolTip(const QString &runDir);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void openRequested(const QString &runDir);
    void resumeRequested(const QString &runDir);
    void compareRequested(const QStringList &runDirs);
    /// Export ▸ PyTorch / ONNX of one run with a checkpoint; `format` is "pytorch" or "onnx".
    void exportRequested(const QString &runDir, const QString &format);

private:
    void updateButtons();

    QString m_dir;
    std::vector<training::RunRecord> m_runs;
    QTableWidget *m_table = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    std::function<bool(const QString &)> m_busy;
    // run.json parsed per directory with the modification time it had: the periodic refresh
    // re-reads only the runs that changed, so a long history costs a few stat() calls.
    struct Cached {
        qint64 modified = 0;
        training::RunRecord record;
    };
    QHash<QString, Cached> m_cache;
    QHash<QString, qint64> m_activationEstimates;   // per run folder, once computed
};

} // namespace denselab
