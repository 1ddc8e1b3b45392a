// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace denselab {

class DesignDocument;

/// Chooses what a search or a pruning job starts from: the design open in the workspace (then
/// trained first) or a trained run of the runs folder (its best checkpoint). Lists the runs
/// that have a checkpoint, newest first; refresh() reads the folder again.
class ParentPicker : public QWidget {
    Q_OBJECT
public:
    ParentPicker(DesignDocument *document, const QString &runsDir, QWidget *parent = nullptr);

    void setRunsDir(const QString &dir);
    void refresh();
    /// Empty when the open design is chosen.
    QString runDir() const;
    /// Selects a run (adding it when it is not listed).
    void selectRun(const QString &runDir);
    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void changed();

private:
    DesignDocument *m_document;
    QString m_runsDir;
    QComboBox *m_combo = nullptr;
};

} // namespace denselab
