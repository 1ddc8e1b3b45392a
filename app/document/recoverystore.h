// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <QString>

class QLockFile;

#include <memory>
#include <optional>

namespace denselab {

/// The autosave file that survives a crash or a kill: the unsaved design plus the path of the
/// file it belongs to. Written atomically (never half a file); removed when the design is saved
/// or the app closes normally, so its presence at start means the last session ended abruptly.
class RecoveryStore {
public:
    /// `directory` defaults to ~/.local/share/denselab/recovery (appDataFolder).
    explicit RecoveryStore(QString directory = {});

    struct Recovered {
        Design design;
        QString originalPath;   ///< empty for a design never saved
    };

    QString filePath() const;
    /// Takes the recovery file for this process (a lock next to it). False while another live
    /// DenseLab owns it; this store then neither offers, writes nor removes anything, so a
    /// second window never mistakes the first one's autosave for a crash or deletes it. A lock
    /// left by a killed process is stale and taken over.
    bool claim();
    bool owned() const { return m_lock != nullptr; }
    /// Throws io::FileError / DesignError naming the file when it cannot be written. A no-op
    /// without the claim.
    void save(const Design &design, const QString &originalPath) const;
    bool exists() const;
    /// The recovered design, or nothing when the file is missing or unreadable (a damaged
    /// recovery file is moved aside as *.damaged rather than offered or silently deleted).
    std::optional<Recovered> load() const;
    void clear() const;

private:
    QString m_directory;
    std::shared_ptr<QLockFile> m_lock;   // held while this process owns the file
};

} // namespace denselab
