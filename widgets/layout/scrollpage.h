// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScrollArea;
class QWidget;

namespace denselab {

/// Wraps `page` in a frameless scroll area that resizes it to fill the view. A page wider or
/// taller than its place (a form in German, a plot page on a 1280x720 screen) then scrolls
/// instead of forcing the whole window to its minimum size.
QScrollArea *scrollPage(QWidget *page);

} // namespace denselab
