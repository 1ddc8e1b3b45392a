// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace denselab {

NetworkForm::NetworkForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    form->addRow(tr("Name"), m_name);
    auto *size = new QHBoxLayout;
    m_channels = new QSpinBox(this);
    m_channels->setRange(1, 64);
    m_height = new QSpinBox(this);
    m_height->setRange(1, 4096);
    m_width = new QSpinBox(this);
    m_width->setRange(1, 4096);
    size->addWidget(m_channels);
    size->addWidget(m_height);
    size->addWidget(m_width);
    form->addRow(tr("Input (C × H × W)"), size);
    m_classes = new QSpinBox(this);
    m_classes->setRange(1, 100000);
    form->addRow(tr("Classes"), m_classes);
    m_enabled = new QCheckBox(tr("Harmonic block when its input channels exceed T (ThreshNet)"), this);
    form->addRow(tr("Channel threshold"), m_enabled);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 1 << 20);
    form->addRow(tr("T (channels)"), m_threshold);
    m_comparison = new QComboBox(this);
    m_comparison->addItem(tr("input channels > T"));
    m_comparison->addItem(tr("input channels ≥ T"));
    form->addRow(tr("Comparison"), m_comparison);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().toStdString() == m_settings.name)
            return;
        m_settings.name = m_name->text().toStdString();
        emitEdit();
    });
    auto spin = [this](QSpinBox *box, int *field) {
        connect(box, &QSpinBox::valueChanged, this, [this, field](int v) {
            *field = v;
            emitEdit();
        });
    };
    spin(m_channels, &m_settings.input.channels);
    spin(m_height, &m_settings.input.height);
    spin(m_width, &m_settings.input.width);
    spin(m_classes, &m_settings.classes);
    spin(m_threshold, &m_settings.channelThreshold.threshold);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.channelThreshold.enabled = on;
        emitEdit();
    });
    connect(m_comparison, &QComboBox::activated, this, [this](int i) {
        m_settings.channelThreshold.comparison = i == 0 ? ThresholdComparison::Greater : ThresholdComparison::GreaterOrEqual;
        emitEdit();
    });
}

void NetworkForm::setSettings(const NetworkSettings &settings)
{
    m_settings = settings;
    const QSignalBlocker b1(m_name), b2(m_channels), b3(m_height), b4(m_width), b5(m_classes), b6(m_enabled),
        b7(m_threshold), b8(m_comparison);
    m_name->setText(QString::fromStdString(settings.name));
    m_channels->setValue(settings.input.channels);
    m_height->setValue(settings.input.height);
    m_width->setValue(settings.input.width);
    m_classes->setValue(settings.classes);
    m_enabled->setChecked(settings.channelThreshold.enabled);
    m_threshold->setValue(settings.channelThreshold.threshold);
    m_comparison->setCurrentIndex(settings.channelThreshold.comparison == ThresholdComparison::Greater ? 0 : 1);
    m_threshold->setEnabled(settings.channelThreshold.enabled);
    m_comparison->setEnabled(settings.channelThreshold.enabled);
}

void NetworkForm::emitEdit()
{
    m_threshold->setEnabled(m_settings.channelThreshold.enabled);
    m_comparison->setEnabled(m_settings.channelThreshold.enabled);
    Q_EMIT settingsEdited(m_settings);
}

} // namespace denselab
