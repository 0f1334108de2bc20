# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=… -DMAN_LANG=en|ja -DOUTPUT=…/kessai.1.gz -P GenerateManPage.cmake
# Runs "PROGRAM --lang MAN_LANG --help-man" (the page comes from the options of --help) and
# compresses it the way Debian wants (gzip -9n: no name, no time stamp).
execute_process(COMMAND "${PROGRAM}" --lang "${MAN_LANG}" --help-man
                OUTPUT_VARIABLE page RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR page STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help-man failed (${status}): ${errors}")
endif()
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
file(WRITE "${plain}" "${page}")
execute_process(COMMAND gzip -9nf "${plain}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${plain} failed")
endif()
