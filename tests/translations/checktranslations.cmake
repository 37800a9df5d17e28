# Fails when a translation file is incomplete, or when a tr() string of the sources has no
# translation yet (lupdate would add it as a new, unfinished entry).
#
#   cmake -DLUPDATE=... -DSOURCES_LIST=file -DTS_FILES="a.ts;b.ts" -DWORK_DIR=dir
#         -P checktranslations.cmake

set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" content)

    string(REGEX MATCHALL "<message[ >]" messages "${content}")
    list(LENGTH messages message_count)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished unfinished_count)
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${content}")
    list(LENGTH obsolete obsolete_count)
    string(REGEX MATCHALL "<translation></translation>|<translation/>|<numerusform></numerusform>"
        empty "${content}")
    list(LENGTH empty empty_count)
    message(STATUS "${name}: ${message_count} messages, ${unfinished_count} unfinished, "
        "${obsolete_count} obsolete, ${empty_count} empty")
    if(unfinished_count GREATER 0 OR obsolete_count GREATER 0 OR empty_count GREATER 0)
        message(SEND_ERROR "${name} is incomplete: run the update_translations target and "
            "translate the unfinished entries")
        set(failed TRUE)
    endif()

    # Run lupdate on a copy: any new entry is a tr() string with no translation.
    file(MAKE_DIRECTORY "${WORK_DIR}")
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete -no-ui-lines "@${SOURCES_LIST}"
            -ts "${WORK_DIR}/${name}"
        OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${name}:\n${output}")
        set(failed TRUE)
    elseif(NOT output MATCHES "\\(0 new and")
        string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\([0-9]+ new" summary "${output}")
        message(SEND_ERROR "${name}: the sources have strings it does not translate "
            "(${summary}); run the update_translations target and translate them")
        set(failed TRUE)
    endif()
endforeach()

if(failed)
    message(FATAL_ERROR "Translations are not complete")
endif()
