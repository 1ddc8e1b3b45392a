// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkform.h"

#include "edit/stemedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <iterator>

namespace denselab {
namespace {

// The stem choices, in the order of the combo box.
constexpr StemKind kStemKinds[] = {StemKind::ImageNet, StemKind::Cifar, StemKind::TwoConv, StemKind::None};

} // namespace

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
    m_stem = new QComboBox(this);
    for (StemKind kind : kStemKinds) {
        switch (kind) {
        case StemKind::ImageNet: m_stem->addItem(tr("ImageNet: 7×7/2 conv + max-pool (side ÷ 4)")); break;
        case StemKind::Cifar: m_stem->addItem(tr("Small input: one 3×3 conv (side kept)")); break;
        case StemKind::TwoConv: m_stem->addItem(tr("Two convs + max-pool, HarDNet/ThreshNet (side ÷ 4)")); break;
        case StemKind::None: m_stem->addItem(tr("None: the first stage reads the image")); break;
        }
    }
    form->addRow(tr("Stem"), m_stem);

    m_name->setToolTip(tr("The design's name, used for run folders and exports."));
    m_channels->setToolTip(tr("C: image channels (1 grey, 3 colour)."));
    m_height->setToolTip(tr("H: image height in pixels. Training adapts it to the dataset unless images are resized."));
    m_width->setToolTip(tr("W: image width in pixels."));
    m_classes->setToolTip(tr("Outputs of the classifier (10 for CIFAR-10, 1000 for ImageNet)."));
    m_stem->setToolTip(tr("The layers before the first block. Small images (28×28, 32×32) need the small-input stem: "
                          "the ImageNet and two-conv stems divide the side by 4 before any block."));
    m_enabled = new QCheckBox(tr("Harmonic block when its input channels exceed T (ThreshNet)"), this);
    form->addRow(tr("Channel threshold"), m_enabled);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 1 << 20);
    form->addRow(tr("T (channels)"), m_threshold);
    m_enabled->setToolTip(tr("ThreshNet (Ju et al., 2022): a block whose input has more channels than T (or at least T) "
                             "becomes harmonic with odd-and-last output; the others are dense."));
    m_threshold->setToolTip(tr("T, in channels: ThreshNet's paper states 320; its code compares ≥ 288."));
    m_comparison = new QComboBox(this);
    m_comparison->addItem(tr("input channels > T"));
    m_comparison->addItem(tr("input channels ≥ T"));
    form->addRow(tr("Comparison"), m_comparison);
    m_comparison->setToolTip(tr("Whether a block with exactly T input channels is harmonic (≥) or dense (>)."));

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
    connect(m_stem, &QComboBox::activated, this, [this](int i) {
        m_settings.stem = stemOfKind(m_settings.stem, kStemKinds[std::size_t(i)]);
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
        b7(m_threshold), b8(m_comparison), b9(m_stem);
    m_stem->setCurrentIndex(static_cast<int>(std::find(std::begin(kStemKinds), std::end(kStemKinds), settings.stem.kind)
                                             - std::begin(kStemKinds)));
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
