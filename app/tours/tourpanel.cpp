// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace denselab {

TourPanel::TourPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tourTitle = new QLabel(this);
    m_tourTitle->setWordWrap(true);
    m_counter = new QLabel(this);
    m_counter->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_stepTitle = new QLabel(this);
    m_stepTitle->setWordWrap(true);
    updateTitleFont();
    m_text = new QTextBrowser(this);
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setMinimumWidth(200);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), this);
    m_next = new QPushButton(tr("Next"), this);
    m_next->setDefault(true);
    auto *close = new QPushButton(tr("End tour"), this);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addWidget(m_tourTitle);
    layout->addWidget(m_counter);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { Q_EMIT stepRequested(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_index + 1 < m_count)
            Q_EMIT stepRequested(m_index + 1);
        else
            Q_EMIT closeRequested();   // "Finish" on the last step
    });
    connect(close, &QPushButton::clicked, this, &TourPanel::closeRequested);
}

void TourPanel::updateTitleFont()
{
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.25);
    else
        big.setPixelSize(big.pixelSize() * 5 / 4);
    m_stepTitle->setFont(big);
}

void TourPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)   // presentation mode: the title grows with the rest
        updateTitleFont();
}

void TourPanel::showStep(const QString &tourTitle, int index, int count, const QString &stepTitle, const QString &markdown)
{
    m_index = index;
    m_count = count;
    m_tourTitle->setText(tourTitle);
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(count));
    m_stepTitle->setText(stepTitle);
    m_text->setMarkdown(markdown);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < count ? tr("Next") : tr("Finish"));
}

} // namespace denselab
