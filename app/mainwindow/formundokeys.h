// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace denselab {

/// Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the window's Undo and Redo while a number field
/// of a design form has focus. A spin box's line edit claims those keys for its own text undo,
/// so the design's undo did nothing from a field whose every change is already a design edit.
/// Fields elsewhere (the Training page's epochs, say) keep their own text undo.
class FormUndoKeys : public QObject {
    Q_OBJECT
public:
    /// Filters key events of the spin boxes inside `forms` (installed on the application, so
    /// that floating docks are covered too). Owned by the first form.
    explicit FormUndoKeys(const QList<QWidget *> &forms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool insideForms(const QWidget *widget) const;

    QList<QPointer<QWidget>> m_forms;
};

} // namespace denselab
