# SPDX-License-Identifier: GPL-3.0-or-later
set(copy "${WORK_DIR}/kessai_ja.check.ts")
configure_file("${SOURCE_DIR}/translations/kessai_ja.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete app lib translations -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*(<comment>[^<]*</comment>[ \n\t]*)?<translation type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<numerusform></numerusform>" emptyPlural "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"|[ \n\t]+" " " listing "${unfinished}")
    message(FATAL_ERROR "kessai_ja.ts has ${count} unfinished or missing entries "
                        "(run scripts/update-translations.sh and translate them):\n${listing}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(total LESS 50)
    message(FATAL_ERROR "kessai_ja.ts has only ${total} messages: is lupdate finding the sources?")
endif()
message(STATUS "kessai_ja.ts complete: ${total} messages")
