# Fails when the sources have a user-visible string that translations/salessync_de.ts does not
# translate yet: runs lupdate over the same sources into a copy of the file and looks for
# unfinished entries. Fix: cmake --build <dir> --target update_translations, then translate.
file(COPY_FILE ${TS} ${WORK}/check_de.ts)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR}
                        ${SOURCE_DIR}/core ${SOURCE_DIR}/sync/client ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
                        -ts ${WORK}/check_de.ts
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${WORK}/check_de.ts checked)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${checked}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} string(s) in the sources are not translated in ${TS}:\n${missing}")
endif()
message(STATUS "every source string has its German translation")
