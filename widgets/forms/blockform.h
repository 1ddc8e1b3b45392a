// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace denselab {

/// The parameters of one dense block: rule, depth, growth, threshold (a slider), HarDNet
/// multiplier, keep-n, harmonic style, bottleneck, layer order, block output. Edits come out as
/// whole new specs through blockEdited; the owner applies them and calls setBlock back.
/// Fields the current rule ignores are disabled rather than hidden, so the form does not jump.
class BlockForm : public QWidget {
    Q_OBJECT
public:
    explicit BlockForm(QWidget *parent = nullptr);

    /// Shows `spec` without emitting anything.
    void setBlock(const DenseBlockSpec &spec);
    const DenseBlockSpec &block() const { return m_spec; }

    QSlider *thresholdSlider() const { return m_threshold; }
    QLabel *thresholdValueLabel() const { return m_thresholdValue; }
    QComboBox *ruleBox() const { return m_rule; }
    QSpinBox *depthBox() const { return m_layers; }

Q_SIGNALS:
    /// `mergeGroup` >= 0 while the threshold slider is dragged: every value of one drag carries
    /// the same group, so the undo stack can merge them into one command. -1 otherwise.
    void blockEdited(const DenseBlockSpec &spec, int mergeGroup);

private:
    void emitEdit(int mergeGroup = -1);
    void updateEnabled();

    DenseBlockSpec m_spec;
    QComboBox *m_rule = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_growth = nullptr;
    QSlider *m_threshold = nullptr;
    QLabel *m_thresholdValue = nullptr;
    QWidget *m_thresholdLabel = nullptr;
    QWidget *m_keepLabel = nullptr;
    QWidget *m_multiplierLabel = nullptr;
    QWidget *m_harmonicStyleLabel = nullptr;
    QDoubleSpinBox *m_multiplier = nullptr;
    QSpinBox *m_keep = nullptr;
    QComboBox *m_harmonicStyle = nullptr;
    QDoubleSpinBox *m_bottleneck = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_output = nullptr;
    int m_dragGroup = 0;
};

} // namespace denselab
