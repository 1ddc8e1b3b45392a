// SPDX-License-Identifier: GPL-3.0-or-later
// A torch-side module "of another build" for tst_trainingui: it exports the two names the
// loader looks for (torchside.h), with a build that is not the app's. The loader must refuse
// it without calling its entry point (which would hand the app nothing usable).
#include <cstdlib>

extern "C" __attribute__((visibility("default"))) const char *denselab_torch_side_build()
{
    return "0.0.0+stale";
}

extern "C" __attribute__((visibility("default"))) void *denselab_torch_side()
{
    std::abort();   // the loader called a module it should have refused
}
