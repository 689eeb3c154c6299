# core/ must stay free of QtGui and QtWidgets (DESIGN.md, "Layering"). Not linking them is not
# enough: <QtWidgets/QWidget> resolves through the common Qt include directory, so the sources
# are checked too. Run as `cmake -DCORE_DIR=... -P CheckCoreLayering.cmake`; fails the build.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(forbidden "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtSvg|QWidget|QPainter|QColor|QFont|QImage|QPixmap|QApplication|QGuiApplication)")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" hits REGEX "${forbidden}")
    if(hits)
        message(FATAL_ERROR "${source}: core/ includes a GUI header (${hits}); move this code to ui/")
    endif()
endforeach()
