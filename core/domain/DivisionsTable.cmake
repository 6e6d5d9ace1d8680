# Turns resources/gb2260/divisions.csv (code,name,level,from,until) into the C++ table core/domain/Region.cpp
# includes: one `{code, from, until, "name"},` a line, in the file's order (sorted by code).
# cmake -DIN=divisions.csv -DOUT=Divisions.inc -P DivisionsTable.cmake
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${IN}" lines ENCODING UTF-8)
list(POP_FRONT lines) # the header
set(out "// Generated from resources/gb2260/divisions.csv by core/domain/DivisionsTable.cmake; do not edit.\n")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([1-9][0-9][0-9][0-9][0-9][0-9]),([^,\"]+),(province|prefecture|county),([12][0-9][0-9][0-9]),([12][0-9][0-9][0-9])?$")
        message(FATAL_ERROR "divisions.csv: not a division: ${line}")
    endif()
    set(code "${CMAKE_MATCH_1}")
    set(name "${CMAKE_MATCH_2}")
    set(from "${CMAKE_MATCH_4}")
    set(until "${CMAKE_MATCH_5}")
    if("${until}" STREQUAL "")
        set(until 0)
    endif()
    string(APPEND out "{${code}, ${from}, ${until}, \"${name}\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "${out}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
