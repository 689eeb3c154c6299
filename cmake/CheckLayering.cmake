# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# The layering rules of docs/architecture.md, checked on the sources themselves:
#   1. core/ includes no GUI header. Not linking QtGui is not enough: <QtWidgets/QWidget>
#      resolves through the common Qt include directory.
#   2. core/, ui/ and app/ include no header of lab/: the window process never contains the lab's
#      runtime (finack does not link finack_lab, libmnl or libnftables). lab/'s include directory
#      is not on their include path either, so such an include also fails to compile; this check
#      says why, in one line, before the compiler does.
# Run as `cmake -DSOURCE_DIR=<repository> -P CheckLayering.cmake`; a broken rule is a FATAL_ERROR,
# which fails the build (the finack_layering target) and CTest's layering test.
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayering.cmake: pass -DSOURCE_DIR=<the repository>")
endif()

set(gui_include "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtSvg|QWidget|QPainter|QColor|QFont|QImage|QPixmap|QApplication|QGuiApplication)")
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(source IN LISTS core_files)
    file(STRINGS "${source}" hits REGEX "${gui_include}")
    if(hits)
        message(FATAL_ERROR "${source}: core/ includes a GUI header (${hits}); move this code to ui/")
    endif()
endforeach()

# Every header of lab/, by its path from lab/ ("kernel/sockdiag.h", "engine.h") and by its name
# alone; an include of either, or of anything under "lab/", breaks rule 2.
file(GLOB_RECURSE lab_headers RELATIVE "${SOURCE_DIR}/lab" "${SOURCE_DIR}/lab/*.h")
set(lab_names "")
foreach(header IN LISTS lab_headers)
    get_filename_component(name "${header}" NAME)
    list(APPEND lab_names "${name}")
endforeach()

file(GLOB_RECURSE window_files
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(source IN LISTS window_files)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*" "\\1" included "${line}")
        get_filename_component(included_name "${included}" NAME)
        if(included MATCHES "^(\\.\\./)*lab/" OR included IN_LIST lab_headers
           OR (included_name IN_LIST lab_names AND NOT EXISTS "${SOURCE_DIR}/core/${included}"
               AND NOT EXISTS "${SOURCE_DIR}/ui/${included}"))
            file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
            message(FATAL_ERROR "${shown}: includes \"${included}\", a header of lab/; the window's code talks to the "
                                "lab only through core/session/labclient.h (docs/architecture.md, \"Rules the build keeps\")")
        endif()
    endforeach()
endforeach()
