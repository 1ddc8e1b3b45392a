// SPDX-License-Identifier: GPL-3.0-or-later
#include "anyrun.h"

#include "prune/prunejob.h"
#include "search/searchjob.h"
#include "training/runrecord.h"

namespace denselab::jobs {

std::unique_ptr<training::Trainer> resumeAnyRun(const std::string &dir, int epochs)
{
    switch (training::readRunRecord(dir).kind) {
    case training::RunKind::Search:
        return search::resumeSearch(dir);
    case training::RunKind::Prune:
        return prune::resumePruneJob(dir);
    case training::RunKind::Train:
        break;
    }
    return training::Trainer::resumeRun(dir, epochs);
}

} // namespace denselab::jobs
