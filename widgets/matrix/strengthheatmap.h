// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace denselab {

/// A trained block's connection strengths as a lower-triangular heatmap (seed LWP, Fig. 2
/// right): row = target layer, column = source, colour = mean |weight| relative to the block's
/// strongest connection; unconnected cells stay blank. The tooltip gives the value.
class StrengthHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit StrengthHeatmap(QWidget *parent = nullptr);

    /// strength[t][s] for t in 1..layers (row 0 unused), -1 where s does not feed t.
    void setStrengths(int layers, const std::vector<std::vector<double>> &strength, double maximum);
    /// The colour a relative strength 0..1 is drawn with (light yellow to dark blue).
    static QColor colourFor(double relative);
    /// Rows shown (0 when empty).
    int layers() const { return m_layers; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int target, int source) const;
    int cellSize() const;

    int m_layers = 0;
    std::vector<std::vector<double>> m_strength;
    double m_maximum = 0.0;
};

} // namespace denselab
