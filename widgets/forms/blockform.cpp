// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace denselab {
namespace {

const ConnectivityRule kRules[] = {ConnectivityRule::Dense,       ConnectivityRule::Harmonic,    ConnectivityRule::LogDense,
                                   ConnectivityRule::SparseKeep,  ConnectivityRule::ThresholdAB, ConnectivityRule::ThresholdBC,
                                   ConnectivityRule::Custom};

} // namespace

BlockForm::BlockForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_rule = new QComboBox(this);
    m_rule->addItem(tr("DenseNet (dense)"));
    m_rule->addItem(tr("HarDNet (harmonic)"));
    m_rule->addItem(tr("LogDenseNet"));
    m_rule->addItem(tr("SparseNet (keep n)"));
    m_rule->addItem(tr("ThresholdNet-ab (dense up to T)"));
    m_rule->addItem(tr("ThresholdNet-bc (sparse up to T)"));
    m_rule->addItem(tr("Custom (drawn)"));
    form->addRow(tr("Connectivity rule"), m_rule);

    m_layers = new QSpinBox(this);
    m_layers->setRange(1, 512);
    form->addRow(tr("Depth (layers)"), m_layers);
    m_growth = new QSpinBox(this);
    m_growth->setRange(1, 4096);
    form->addRow(tr("Growth rate k"), m_growth);

    auto *thresholdRow = new QHBoxLayout;
    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setPageStep(1);
    m_threshold->setTracking(true);
    m_threshold->setAccessibleName(tr("Threshold"));
    m_thresholdValue = new QLabel(this);
    m_thresholdValue->setMinimumWidth(32);
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdValue);
    form->addRow(tr("Threshold T (layer)"), thresholdRow);

    m_multiplier = new QDoubleSpinBox(this);
    m_multiplier->setRange(0.1, 8.0);
    m_multiplier->setSingleStep(0.1);
    m_multiplier->setDecimals(2);
    form->addRow(tr("HarDNet multiplier m"), m_multiplier);
    m_keep = new QSpinBox(this);
    m_keep->setRange(1, 512);
    form->addRow(tr("Keep n (SparseNet)"), m_keep);
    m_harmonicStyle = new QComboBox(this);
    m_harmonicStyle->addItem(tr("As stated in the paper"));
    m_harmonicStyle->addItem(tr("As printed in the tables"));
    form->addRow(tr("Harmonic style"), m_harmonicStyle);
    m_bottleneck = new QDoubleSpinBox(this);
    m_bottleneck->setRange(0.0, 16.0);
    m_bottleneck->setSingleStep(0.5);
    m_bottleneck->setSpecialValueText(tr("none"));
    form->addRow(tr("Bottleneck (× k)"), m_bottleneck);
    m_order = new QComboBox(this);
    m_order->addItem(tr("BN → ReLU → conv (pre-activation)"));
    m_order->addItem(tr("conv → BN → ReLU"));
    form->addRow(tr("Layer order"), m_order);
    m_output = new QComboBox(this);
    m_output->addItem(tr("All layers"));
    m_output->addItem(tr("Odd layers and the last"));
    form->addRow(tr("Block output"), m_output);

    // What each parameter means, with the symbol its paper uses.
    m_rule->setToolTip(tr("How the block's layers connect. DenseNet (Huang et al., 2017): every layer reads all earlier ones. "
                          "HarDNet (Chao et al., 2019): layer i reads i − 2ⁿ for every 2ⁿ dividing i. SparseNet (Liu & Zeng, 2018): "
                          "the n/2 nearest and n/2 farthest. ThresholdNet (Ju et al., 2021): dense (-ab) or sparse (-bc) up to "
                          "layer T, harmonic above. Custom: the cells you draw."));
    m_layers->setToolTip(tr("L: the number of layers in the block (x₁ … x_L); x₀ is the block's input."));
    m_growth->setToolTip(tr("k, the growth rate (DenseNet): the channels each layer adds."));
    m_threshold->setToolTip(tr("T (ThresholdNet): layers i ≤ T follow the dense (-ab) or sparse (-bc) rule, layers above T the "
                               "harmonic one. Only the ThresholdNet rules use it."));
    m_multiplier->setToolTip(tr("m (HarDNet): a layer whose index has 2^v as its largest power-of-two divisor is k·m^v "
                                "channels wide, rounded to even. HarDNet uses m = 1.7; 1 keeps every layer k wide."));
    m_keep->setToolTip(tr("n (SparseNet): each layer keeps its n/2 nearest and n/2 farthest predecessors."));
    m_harmonicStyle->setToolTip(tr("ThresholdNet's harmonic part as its equations state it, or as its tables print it "
                                   "(the two differ; the user guide says where)."));
    m_bottleneck->setToolTip(tr("DenseNet-B: a 1×1 convolution of (this × k) channels before each 3×3 one. "
                                "DenseNet-BC uses 4, i.e. 4k."));
    m_order->setToolTip(tr("Pre-activation BN → ReLU → conv (DenseNet) or conv → BN → ReLU (HarDNet, ThreshNet)."));
    m_output->setToolTip(tr("What the block passes on: every layer's output x₀ … x_L (DenseNet), or the odd layers and "
                            "the last (HarDNet)."));
    m_thresholdLabel = form->labelForField(thresholdRow);
    m_keepLabel = form->labelForField(m_keep);
    m_multiplierLabel = form->labelForField(m_multiplier);
    m_harmonicStyleLabel = form->labelForField(m_harmonicStyle);

    connect(m_rule, &QComboBox::activated, this, [this](int i) {
        m_spec.connectivity.rule = kRules[i];
        emitEdit();
    });
    connect(m_layers, &QSpinBox::valueChanged, this, [this](int v) {
        m_spec.layers = v;
        emitEdit();
    });
    connect(m_growth, &QSpinBox::valueChanged, this, [this](int v) {
        m_spec.growth = v;
        emitEdit();
    });
    connect(m_threshold, &QSlider::sliderPressed, this, [this] { ++m_dragGroup; });
    connect(m_threshold, &QSlider::valueChanged, this, [this](int v) {
        m_spec.connectivity.threshold = v;
        m_thresholdValue->setText(QString::number(v));
        emitEdit(m_threshold->isSliderDown() ? m_dragGroup : -1);
    });
    connect(m_multiplier, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_spec.multiplier = v;
        emitEdit();
    });
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int v) {
        m_spec.connectivity.keep = v;
        emitEdit();
    });
    connect(m_harmonicStyle, &QComboBox::activated, this, [this](int i) {
        m_spec.connectivity.harmonicStyle = i == 0 ? HarmonicStyle::Stated : HarmonicStyle::Printed;
        emitEdit();
    });
    connect(m_bottleneck, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_spec.bottleneck = v;
        emitEdit();
    });
    connect(m_order, &QComboBox::activated, this, [this](int i) {
        m_spec.order = i == 0 ? LayerOrder::BnReluConv : LayerOrder::ConvBnRelu;
        emitEdit();
    });
    connect(m_output, &QComboBox::activated, this, [this](int i) {
        m_spec.output = i == 0 ? BlockOutput::AllLayers : BlockOutput::OddAndLast;
        emitEdit();
    });
}

void BlockForm::setBlock(const DenseBlockSpec &spec)
{
    m_spec = spec;
    const QSignalBlocker b1(m_rule), b2(m_layers), b3(m_growth), b4(m_threshold), b5(m_multiplier), b6(m_keep),
        b7(m_harmonicStyle), b8(m_bottleneck), b9(m_order), b10(m_output);
    for (int i = 0; i < int(std::size(kRules)); ++i) {
        if (kRules[i] == spec.connectivity.rule)
            m_rule->setCurrentIndex(i);
    }
    m_layers->setValue(spec.layers);
    m_growth->setValue(spec.growth);
    m_threshold->setRange(0, spec.layers);
    m_threshold->setValue(spec.connectivity.threshold);
    m_thresholdValue->setText(QString::number(spec.connectivity.threshold));
    m_multiplier->setValue(spec.multiplier);
    m_keep->setValue(spec.connectivity.keep);
    m_harmonicStyle->setCurrentIndex(spec.connectivity.harmonicStyle == HarmonicStyle::Stated ? 0 : 1);
    m_bottleneck->setValue(spec.bottleneck);
    m_order->setCurrentIndex(spec.order == LayerOrder::BnReluConv ? 0 : 1);
    m_output->setCurrentIndex(spec.output == BlockOutput::AllLayers ? 0 : 1);
    updateEnabled();
}

void BlockForm::updateEnabled()
{
    const ConnectivityRule rule = m_spec.connectivity.rule;
    const bool threshold = rule == ConnectivityRule::ThresholdAB || rule == ConnectivityRule::ThresholdBC;
    // A parameter the rule does not use is greyed with its label, and T shows no number: a
    // dense block has no threshold, so a slider that looks set would mislead.
    const auto enable = [](QWidget *field, QWidget *label, bool on) {
        field->setEnabled(on);
        if (label)
            label->setEnabled(on);
    };
    enable(m_threshold, m_thresholdLabel, threshold);
    m_thresholdValue->setEnabled(threshold);
    m_thresholdValue->setText(threshold ? QString::number(m_spec.connectivity.threshold) : QStringLiteral("—"));
    enable(m_keep, m_keepLabel, rule == ConnectivityRule::SparseKeep || rule == ConnectivityRule::ThresholdBC);
    enable(m_harmonicStyle, m_harmonicStyleLabel, threshold || rule == ConnectivityRule::Harmonic);
    enable(m_multiplier, m_multiplierLabel, threshold || rule == ConnectivityRule::Harmonic || rule == ConnectivityRule::Custom);
}

void BlockForm::emitEdit(int mergeGroup)
{
    updateEnabled();
    Q_EMIT blockEdited(m_spec, mergeGroup);
}

} // namespace denselab
