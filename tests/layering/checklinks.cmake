# Fails when one of the given programs links QtGui or QtWidgets (DESIGN §2: nothing below ui
# does, so that helplines-cli and every logic test run without a display).
#   cmake -DPROGRAMS="a;b" -P checklinks.cmake
find_program(LDD ldd REQUIRED)
foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND "${LDD}" "${program}" OUTPUT_VARIABLE libraries RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "ldd failed on ${program}")
    endif()
    if(NOT libraries MATCHES "libQt6Core")
        message(FATAL_ERROR "${program} does not seem to link QtCore: is this the right file?")
    endif()
    if(libraries MATCHES "libQt6(Gui|Widgets)")
        message(FATAL_ERROR "${program} links ${CMAKE_MATCH_0}, which only helplines_ui may use")
    endif()
    message(STATUS "${program}: no QtGui, no QtWidgets")
endforeach()
