// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace denselab {

/// The side panel of a guided tour: the tour's title, "Step 2 of 5", the step's title and its
/// text (Markdown), Back / Next and Close. It only shows; the main window plays the steps.
class TourPanel : public QWidget {
    Q_OBJECT
public:
    explicit TourPanel(QWidget *parent = nullptr);

    void showStep(const QString &tourTitle, int index, int count, const QString &stepTitle, const QString &markdown);

    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QTextBrowser *textView() const { return m_text; }
    QLabel *stepTitleLabel() const { return m_stepTitle; }
    int currentStep() const { return m_index; }

Q_SIGNALS:
    void stepRequested(int index);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The step title: bold, a quarter larger than the panel's own font.
    void updateTitleFont();

    QLabel *m_tourTitle = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_stepTitle = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    int m_index = 0;
    int m_count = 0;
};

} // namespace denselab
