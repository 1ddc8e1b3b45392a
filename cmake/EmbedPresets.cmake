# Script mode: cmake -DPRESET_DIR=... -DOUTPUT=... -DARRAY=kEmbeddedPresets -P EmbedPresets.cmake
# Writes a C++ source holding every PRESET_DIR/*.json as a raw string literal, in the array
# ARRAY (presets: kEmbeddedPresets, tours: kEmbeddedTours) with its count ARRAY's name + "Count"
# minus the plural "s" (kEmbeddedPresetCount, kEmbeddedTourCount). The file is only
# replaced when its content changes, so unchanged presets do not trigger a recompile.
file(GLOB preset_files "${PRESET_DIR}/*.json")
list(SORT preset_files)
if(NOT ARRAY)
    set(ARRAY kEmbeddedPresets)
endif()
string(REGEX REPLACE "s$" "Count" COUNT_NAME "${ARRAY}")
get_filename_component(folder "${PRESET_DIR}" NAME)
set(body "// Generated from resources/${folder} by cmake/EmbedPresets.cmake. Do not edit.\n")
string(APPEND body "#include \"presets/embeddedpresets.h\"\n\nnamespace denselab {\n\n")
string(APPEND body "extern const EmbeddedPreset ${ARRAY}[];\nextern const std::size_t ${COUNT_NAME};\n\n")
string(APPEND body "const EmbeddedPreset ${ARRAY}[] = {\n")
set(count 0)
foreach(file IN LISTS preset_files)
    get_filename_component(name "${file}" NAME_WE)
    file(READ "${file}" content)
    string(APPEND body "    {\"${name}\", R\"denselab_preset(${content})denselab_preset\"},\n")
    math(EXPR count "${count} + 1")
endforeach()
string(APPEND body "};\n\nconst std::size_t ${COUNT_NAME} = ${count};\n\n} // namespace denselab\n")
file(WRITE "${OUTPUT}.new" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.new" "${OUTPUT}")
file(REMOVE "${OUTPUT}.new")
