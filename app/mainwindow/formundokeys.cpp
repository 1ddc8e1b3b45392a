// SPDX-License-Identifier: GPL-3.0-or-later
#include "formundokeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace denselab {

FormUndoKeys::FormUndoKeys(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool FormUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const bool inSpinBox = qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
    if (!inSpinBox)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
        || (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier)) {
        event->ignore();   // not claimed: the shortcut system triggers Undo / Redo
        return true;
    }
    return false;
}

} // namespace denselab
