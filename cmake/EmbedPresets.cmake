# Script mode: cmake -DPRESET_DIR=... -DOUTPUT=... -P EmbedPresets.cmake
# Writes a C++ source holding every PRESET_DIR/*.json as a raw string literal. The file is only
# replaced when its content changes, so unchanged presets do not trigger a recompile.
file(GLOB preset_files "${PRESET_DIR}/*.json")
list(SORT preset_files)
set(body "// Generated from resources/presets by cmake/EmbedPresets.cmake. Do not edit.\n")
string(APPEND body "#include \"presets/embeddedpresets.h\"\n\nnamespace denselab {\n\n")
string(APPEND body "const EmbeddedPreset kEmbeddedPresets[] = {\n")
set(count 0)
foreach(file IN LISTS preset_files)
    get_filename_component(name "${file}" NAME_WE)
    file(READ "${file}" content)
    string(APPEND body "    {\"${name}\", R\"denselab_preset(${content})denselab_preset\"},\n")
    math(EXPR count "${count} + 1")
endforeach()
string(APPEND body "};\n\nconst std::size_t kEmbeddedPresetCount = ${count};\n\n} // namespace denselab\n")
file(WRITE "${OUTPUT}.new" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.new" "${OUTPUT}")
file(REMOVE "${OUTPUT}.new")
