// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace denselab {

/// The Training page's device list: "auto" and "cpu" at once, the GPUs ("cuda:N") when the
/// list is first opened, since only LibTorch can count them and loading it for a list nobody
/// opens would cost every start of a CUDA build half a second. A CPU-only build never asks.
class DeviceComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit DeviceComboBox(QWidget *parent = nullptr);

    /// Adds the GPUs, once (loads LibTorch in a CUDA build); gpuListFailed says why it could not.
    void listGpus();
    /// Lists the GPUs first.
    void showPopup() override;

Q_SIGNALS:
    void gpuListFailed(const QString &why);

private:
    bool m_gpusListed = false;
};

} // namespace denselab
