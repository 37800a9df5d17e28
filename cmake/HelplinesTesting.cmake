# helplines_add_test(<name> SOURCES <files...> LIBRARIES <targets...>
#                    [ENVIRONMENT <VAR=value...>] [LABELS <labels...>] [TIMEOUT <seconds>])
#
# Builds one Qt Test executable and registers it with CTest. Every test runs with a pinned
# time zone and locale and with the offscreen platform, whatever the machine's settings;
# a test can override any of them with ENVIRONMENT.
function(helplines_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS")
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "helplines_add_test(${name}): SOURCES is required")
    endif()

    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    helplines_set_target_options(${name})

    add_test(NAME ${name} COMMAND ${name})
    set(environment
        "TZ=Europe/Paris"
        "LC_ALL=C.UTF-8"
        "LANG=C.UTF-8"
        "LANGUAGE="
        "QT_QPA_PLATFORM=offscreen"
        "HELPLINES_DATA_DIR="
        # The organisation's folder (policies.json, directory.json): never the machine's own.
        "HELPLINES_SYSTEM_DIR=${PROJECT_BINARY_DIR}/tests/no-system-folder"
        ${arg_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${environment}"
        LABELS "${arg_LABELS}")
    if(arg_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT})
    endif()
endfunction()
