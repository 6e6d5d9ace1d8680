# Turns resources/pinyin/hanzi-pinyin.txt (CODEPOINT readings # 字) into the C++ table core/domain/Pinyin.cpp
# includes: one `{0x884C, "hang,heng,xing"},` a line, in the file's order (sorted by code point).
# cmake -DIN=hanzi-pinyin.txt -DOUT=Pinyin.inc -P PinyinTable.cmake
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${IN}" lines ENCODING UTF-8)
set(out "// Generated from resources/pinyin/hanzi-pinyin.txt by core/domain/PinyinTable.cmake; do not edit.\n")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]?) ([a-z]+(,[a-z]+)*) # ")
        message(FATAL_ERROR "hanzi-pinyin.txt: not a character's readings: ${line}")
    endif()
    string(APPEND out "{0x${CMAKE_MATCH_1}, \"${CMAKE_MATCH_2}\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "${out}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
