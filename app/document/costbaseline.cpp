// SPDX-License-Identifier: GPL-3.0-or-later
#include "costbaseline.h"

#include "design/designerror.h"
#include "edit/connectionedit.h"
#include "graph/compiler.h"
#include "presets/presets.h"

#include <QCoreApplication>

namespace denselab {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("denselab::CostBaseline", text); }

std::optional<Cost> totalOf(const Design &design)
{
    try {
        return computeCosts(compile(design)).total;
    } catch (const DesignError &) {
        return std::nullopt;
    }
}

} // namespace

CostBaseline::CostBaseline()
{
    for (const PresetInfo &p : presetList())
        m_presets.push_back(p.name);
}

QStringList CostBaseline::choices() const
{
    QStringList list{tr("Dense counterpart"), tr("Last saved version")};
    for (const std::string &p : m_presets)
        list << tr("Preset %1").arg(QString::fromStdString(p));
    if (m_reference)
        list << tr("Parent %1").arg(m_referenceName);
    return list;
}

void CostBaseline::setCurrent(int index)
{
    if (index >= 0 && index < 2 + static_cast<int>(m_presets.size()) + (m_reference ? 1 : 0))
        m_current = index;
}

QString CostBaseline::name() const
{
    return choices().value(m_current);
}

std::optional<Cost> CostBaseline::total(const Design &current, const Design &saved)
{
    if (m_current == 0)
        return totalOf(denseCounterpart(current));
    if (m_current == 1)
        return totalOf(saved);
    if (m_reference && m_current == 2 + static_cast<int>(m_presets.size()))
        return totalOf(*m_reference);
    const std::string &preset = m_presets[static_cast<std::size_t>(m_current - 2)];
    const std::string key = preset + '@' + std::to_string(current.input.channels) + 'x'
        + std::to_string(current.input.height) + 'x' + std::to_string(current.input.width) + '/'
        + std::to_string(current.classes);
    auto it = m_presetCache.find(key);
    if (it == m_presetCache.end()) {
        // Compared at the current design's input size and classes, or the delta would mostly
        // measure the resolution.
        Design design = loadPreset(preset);
        retarget(design, current.input, current.classes);
        it = m_presetCache.emplace(key, totalOf(design)).first;
    }
    return it->second;
}

void CostBaseline::setReference(const Design &design, const QString &name)
{
    m_reference = design;
    m_referenceName = name;
    m_current = 2 + static_cast<int>(m_presets.size());
}

} // namespace denselab
