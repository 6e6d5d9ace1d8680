# Writes OUT: the product's version (VERSION, from project()) and the commit it was built from (git, when the
# source is a checkout; "unknown" otherwise), rewritten only when they change so that a build relinks only then.
execute_process(COMMAND git -C "${SOURCE_DIR}" rev-parse --short=10 HEAD OUTPUT_VARIABLE commit
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR commit STREQUAL "")
    set(commit "unknown")
endif()
execute_process(COMMAND git -C "${SOURCE_DIR}" status --porcelain --untracked-files=no OUTPUT_VARIABLE changes
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT commit STREQUAL "unknown" AND NOT changes STREQUAL "")
    string(APPEND commit "+changes")
endif()
set(text "// Written by cmake/WriteVersion.cmake at build time.\n#include \"domain/Version.h\"\n\nnamespace ow {\nconst char* productVersion() { return \"${VERSION}\"; }\nconst char* productCommit() { return \"${commit}\"; }\n} // namespace ow\n")
if(EXISTS "${OUT}")
    file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUT}" "${text}")
endif()
