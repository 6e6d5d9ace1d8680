# Turns a `code,name` CSV of resources/idcard into a C++ table: one `{"code", "name"},` a line, in the file's order.
# cmake -DIN=ethnic-groups.csv -DOUT=EthnicGroups.inc -P CodeTable.cmake
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${IN}" lines ENCODING UTF-8)
list(POP_FRONT lines) # the header
get_filename_component(name "${IN}" NAME)
set(out "// Generated from resources/idcard/${name} by reader/CodeTable.cmake; do not edit.\n")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([0-9]+),([^,\"]+)$")
        message(FATAL_ERROR "${IN}: not a code and a name: ${line}")
    endif()
    string(APPEND out "{\"${CMAKE_MATCH_1}\", \"${CMAKE_MATCH_2}\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "${out}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
