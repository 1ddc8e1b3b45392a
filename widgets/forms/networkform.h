// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace denselab {

/// Network-level settings a user edits next to the blocks.
struct NetworkSettings {
    std::string name;
    InputShape input;
    int classes = 10;
    ChannelThresholdSpec channelThreshold;
    StemSpec stem;
};

/// Name, input size and channels, classes, the stem's kind and ThreshNet's channel-threshold
/// mechanism (T on input channels). Emits whole settings; the owner applies them.
class NetworkForm : public QWidget {
    Q_OBJECT
public:
    explicit NetworkForm(QWidget *parent = nullptr);
    void setSettings(const NetworkSettings &settings);   // no signal
    QSpinBox *channelThresholdBox() const { return m_threshold; }
    QCheckBox *channelThresholdEnabled() const { return m_enabled; }
    QComboBox *stemBox() const { return m_stem; }

Q_SIGNALS:
    void settingsEdited(const NetworkSettings &settings);

private:
    void emitEdit();

    NetworkSettings m_settings;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_channels = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_classes = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_threshold = nullptr;
    QComboBox *m_comparison = nullptr;
    QComboBox *m_stem = nullptr;
};

} // namespace denselab
