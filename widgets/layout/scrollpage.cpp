// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrollpage.h"

#include <QScrollArea>

namespace denselab {

QScrollArea *scrollPage(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

} // namespace denselab
