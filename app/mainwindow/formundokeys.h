// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace denselab {

/// Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the window's Undo and Redo while a number field
/// of a form has focus. A spin box's line edit claims those keys for its own text undo, so the
/// design's undo did nothing from a field whose every change is already a design edit.
class FormUndoKeys : public QObject {
    Q_OBJECT
public:
    /// Filters key events of `window`'s descendants (installed on the application).
    explicit FormUndoKeys(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace denselab
