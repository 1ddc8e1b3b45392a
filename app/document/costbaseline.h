// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "design/design.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace denselab {

/// The design the cost panel measures deltas against: the dense counterpart of the current
/// design (default), the last saved version, or any preset. Preset costs are cached; the two
/// design-dependent baselines are recompiled per update (a fraction of a millisecond).
class CostBaseline {
public:
    CostBaseline();

    /// Translated entries for the picker, in index order.
    QStringList choices() const;
    int current() const { return m_current; }
    void setCurrent(int index);
    /// Display name of the current choice.
    QString name() const;
    /// Totals of the baseline for the given current/saved design; nothing when it does not compile.
    std::optional<Cost> total(const Design &current, const Design &saved);

    /// Adds (or replaces) a reference design as the last choice and selects it: the parent a
    /// searched or pruned network came from.
    void setReference(const Design &design, const QString &name);
    bool hasReference() const { return m_reference.has_value(); }

private:
    std::vector<std::string> m_presets;
    std::map<std::string, std::optional<Cost>> m_presetCache;
    int m_current = 0;
    std::optional<Design> m_reference;
    QString m_referenceName;
};

} // namespace denselab
