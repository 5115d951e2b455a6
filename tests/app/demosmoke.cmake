# Runs `salessync --demo` the way the README does (offscreen), twice: the first run creates the
# demo workspace, the second opens it again. Then a damaged profile must fail with a message.
file(REMOVE_RECURSE ${WORK})
foreach(run first second)
    execute_process(COMMAND ${APP} --demo --data-dir ${WORK} --exit-when-loaded
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 240)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${run} run exited with ${rc}\n${out}\n${err}")
    endif()
    if(NOT out MATCHES "loaded .*/profiles/demo/salessync.db: 600 customers, [1-9][0-9]* orders")
        message(FATAL_ERROR "${run} run printed an unexpected summary:\n${out}\n${err}")
    endif()
endforeach()
if(NOT EXISTS ${WORK}/profiles/demo/salessync.db)
    message(FATAL_ERROR "the demo workspace file was not created")
endif()

file(MAKE_DIRECTORY ${WORK}/profiles/broken)
file(WRITE ${WORK}/profiles/broken/salessync.db "this is not a database, just some text that is long enough")
execute_process(COMMAND ${APP} --profile broken --data-dir ${WORK} --exit-when-loaded
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(rc EQUAL 0 OR NOT err MATCHES "damaged or is not a SalesSync data file")
    message(FATAL_ERROR "a damaged profile was not refused clearly (exit ${rc}):\n${out}\n${err}")
endif()
file(READ ${WORK}/profiles/broken/salessync.db left)
if(NOT left STREQUAL "this is not a database, just some text that is long enough")
    message(FATAL_ERROR "the damaged profile was modified")
endif()
message(STATUS "demo workspace created, reopened; damaged profile refused and left alone")
