// SPDX-License-Identifier: GPL-3.0-or-later
#include "formundokeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace denselab {

FormUndoKeys::FormUndoKeys(const QList<QWidget *> &forms) : QObject(forms.value(0))
{
    for (QWidget *form : forms)
        m_forms << form;
    qApp->installEventFilter(this);
}

bool FormUndoKeys::insideForms(const QWidget *widget) const
{
    for (; widget; widget = widget->parentWidget())
        for (const QPointer<QWidget> &form : m_forms)
            if (form == widget)
                return true;
    return false;
}

bool FormUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    const bool inSpinBox = qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
    if (!inSpinBox || !insideForms(widget))
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
