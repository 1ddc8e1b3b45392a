// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "graph/layergraph.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace denselab {

class ConnectivityMatrixEditor;
class DesignDocument;
class MatrixDiffView;

/// Two designs side by side: design A is the document (followed live), design B a preset or a
/// file. Shows both matrices of the chosen dense block with the structural diff marked
/// (green: only in B, red: only in A), a cost table with deltas and the per-block diff counts.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(DesignDocument *document, QWidget *parent = nullptr);

    /// Compares against this design (what picking a preset or file does).
    void setOther(const Design &design, const QString &label);
    QTableWidget *costTable() const { return m_costs; }
    QTableWidget *diffTable() const { return m_diff; }
    MatrixDiffView *matrices() const { return m_matrices; }

private:
    void refresh();
    void pickOther(int index);

    DesignDocument *m_document;
    Design m_other;
    QString m_otherLabel;
    QComboBox *m_picker = nullptr;
    QSpinBox *m_block = nullptr;
    QLabel *m_status = nullptr;
    MatrixDiffView *m_matrices = nullptr;
    QTableWidget *m_costs = nullptr;
    QTableWidget *m_diff = nullptr;
};

} // namespace denselab
