# salessync_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [GUI])
#
# Builds one Qt Test executable and registers it with CTest. GUI tests run on
# the offscreen platform so they need no display. The environment keeps tests
# away from the user's real configuration (HOME, XDG_RUNTIME_DIR) and from the
# internet's map tiles (SALESSYNC_MAP_TILES), and has
# glibc fill freed memory with a pattern (MALLOC_PERTURB_), so that a use after
# free crashes the test instead of passing by luck.
function(salessync_add_test name)
    cmake_parse_arguments(arg "GUI" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    salessync_apply_common_settings(${name} TEST)
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/test-runtime"
        "HOME=${CMAKE_BINARY_DIR}/test-home" "QT_LOGGING_RULES=salessync.*.debug=false" "MALLOC_PERTURB_=165"
        # No map tiles from the internet: the maps draw without them (tst_map serves its own).
        "SALESSYNC_MAP_TILES=")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
endfunction()
