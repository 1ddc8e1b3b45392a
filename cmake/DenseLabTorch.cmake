# Finds LibTorch for the model builder and trainer. Order of preference:
#   1. whatever CMAKE_PREFIX_PATH / Torch_DIR point at (e.g. a CUDA LibTorch 2.x),
#   2. the cmake prefix of a pip-installed torch, when `python3 -c 'import torch'` works,
#   3. Debian's libtorch-dev (1.13, CPU only).
# Sets DENSELAB_HAVE_TORCH and DENSELAB_TORCH_CUDA. Never downloads anything.
option(DENSELAB_TORCH_FROM_PYTHON "Look for a pip-installed torch's LibTorch when none is given" ON)

if(DENSELAB_TORCH_FROM_PYTHON AND NOT Torch_DIR)
    find_program(DENSELAB_PYTHON3 python3)
    if(DENSELAB_PYTHON3)
        execute_process(
            COMMAND ${DENSELAB_PYTHON3} -c "import torch; print(torch.utils.cmake_prefix_path)"
            OUTPUT_VARIABLE torch_python_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE torch_python_result ERROR_QUIET)
        if(torch_python_result EQUAL 0 AND EXISTS "${torch_python_prefix}")
            message(STATUS "Using the LibTorch of Python's torch: ${torch_python_prefix}")
            list(APPEND CMAKE_PREFIX_PATH "${torch_python_prefix}")
        endif()
    endif()
endif()

find_package(Torch QUIET)
set(DENSELAB_HAVE_TORCH ${Torch_FOUND})
set(DENSELAB_TORCH_CUDA OFF)
if(Torch_FOUND)
    if(TARGET torch_cuda OR CUDA_FOUND OR CAFFE2_USE_CUDA)
        set(DENSELAB_TORCH_CUDA ON)
    endif()
    message(STATUS "LibTorch ${Torch_VERSION} found (CUDA: ${DENSELAB_TORCH_CUDA}) in ${Torch_DIR}")
else()
    message(STATUS "LibTorch not found: only the design and cost tools are built")
endif()
