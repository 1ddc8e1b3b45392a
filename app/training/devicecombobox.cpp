// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicecombobox.h"

#include "torchsidebusy.h"

namespace denselab {

DeviceComboBox::DeviceComboBox(QWidget *parent) : QComboBox(parent)
{
    addItems({QStringLiteral("auto"), QStringLiteral("cpu")});
}

void DeviceComboBox::listGpus()
{
    if (m_gpusListed || !torchside::torchSideHasCuda())
        return;
    m_gpusListed = true;
    try {
        for (const std::string &device : torchSideShowingBusy().trainingDevices())
            if (findText(QString::fromStdString(device)) < 0)
                addItem(QString::fromStdString(device));
    } catch (const std::exception &e) {
        m_gpusListed = false;   // the next opening tries again
        Q_EMIT gpuListFailed(QString::fromStdString(e.what()));
    }
}

void DeviceComboBox::showPopup()
{
    listGpus();
    QComboBox::showPopup();
}

} // namespace denselab
