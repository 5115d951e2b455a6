# Common compile settings applied to every SalesSync target.
#
# Strict Qt defines keep string conversions explicit (no implicit ASCII casts,
# no QUrl from QString) and warnings are on everywhere. -Werror=switch makes a
# forgotten enum value in a switch (order states, roles, ledger kinds) a build
# error instead of a silent fall-through.
#
# salessync_apply_common_settings(<target> [TEST]): test code may build QStrings from string
# literals (QTest data tables read far better that way), so TEST drops the ASCII-cast bans.
function(salessync_apply_common_settings target)
    cmake_parse_arguments(arg "TEST" "" "" ${ARGN})
    if(NOT arg_TEST)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        SALESSYNC_VERSION_STRING="${PROJECT_VERSION}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
            -Woverloaded-virtual -Werror=switch -Werror=return-type)
        if(SALESSYNC_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /we4062)
    endif()
endfunction()
