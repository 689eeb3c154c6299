# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Installation and the Debian package (docs/packaging.md). `cpack -G DEB` in a built Release
# directory writes finack_<version>_<arch>.deb; scripts/check-package.sh builds it and installs it
# on a fresh Debian 12. Included last from the top-level CMakeLists.txt.
include(GNUInstallDirs)

# The AppStream id names the desktop file, the metainfo file and the icon alike, so that software
# centres and desktops tie them together (docs/packaging.md, "The id").
set(FINACK_APP_ID "io.github.finack.finack")

# finack starts finack-lab from its own folder (LabClient), so both go to bin/.
install(TARGETS finack finack-lab RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

install(FILES "${PROJECT_SOURCE_DIR}/resources/${FINACK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/${FINACK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/finack.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${FINACK_APP_ID}.svg")

# The AppArmor profile that lets finack-lab make its private network namespace on Ubuntu 23.10 and
# later; postinst copies it into /etc/apparmor.d and loads it only where the kernel restricts
# unprivileged user namespaces through AppArmor (docs/packaging.md, "AppArmor").
install(FILES "${PROJECT_SOURCE_DIR}/resources/apparmor/finack-lab"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/finack/apparmor")

# Debian policy wants manual pages compressed with gzip -9, and -n keeps the package reproducible
# (no name or time stamp in the gzip header).
find_program(FINACK_GZIP gzip REQUIRED)
set(finack_manpage "${PROJECT_BINARY_DIR}/man/finack.1.gz")
add_custom_command(OUTPUT "${finack_manpage}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
    COMMAND "${FINACK_GZIP}" -9 -n -c "${PROJECT_SOURCE_DIR}/resources/finack.1" > "${finack_manpage}"
    DEPENDS "${PROJECT_SOURCE_DIR}/resources/finack.1"
    COMMENT "Compressing the man page finack.1"
    VERBATIM)
add_custom_target(finack_manpage ALL DEPENDS "${finack_manpage}")
install(FILES "${finack_manpage}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# Debian policy wants every package to say its licence in /usr/share/doc/<package>/copyright
# (machine-readable, uncompressed) and to carry its changelog there, compressed like the man page.
# The version is upstream's plus the Debian revision 1 (below): FinAck is not Debian-native
# software, and lintian names the changelog of a package with a revision changelog.Debian.gz.
# Both are written by hand; packaging_metadata checks the changelog's top entry against
# project(VERSION) (docs/packaging.md, "Licence").
set(FINACK_DEBIAN_REVISION "1")
set(finack_docdir "${CMAKE_INSTALL_DATADIR}/doc/finack")
set(finack_changelog "${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz")
add_custom_command(OUTPUT "${finack_changelog}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/debian"
    COMMAND "${FINACK_GZIP}" -9 -n -c "${PROJECT_SOURCE_DIR}/cmake/debian/changelog" > "${finack_changelog}"
    DEPENDS "${PROJECT_SOURCE_DIR}/cmake/debian/changelog"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(finack_debian_changelog ALL DEPENDS "${finack_changelog}")
install(FILES "${PROJECT_SOURCE_DIR}/cmake/debian/copyright" "${finack_changelog}"
        DESTINATION "${finack_docdir}")

# The package. Everything FinAck reads at run time is inside the two programs (the built-in
# scenarios and FinAck's own .qm files are Qt resources), so the rest is the libraries.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "finack")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "FinAck")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch how TCP connections really end, on real sockets")
# Debian shows the long description as written: lines under 80 characters, paragraphs apart.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "FinAck shows what really happens when a TCP connection is closed. Two real\n"
    "sockets talk on 127.0.0.1; FinAck records every socket call with its return\n"
    "value or errno, every segment on the wire (FIN, ACK, RST, data) and each\n"
    "side's TCP state as the kernel reports it, and draws them on one animated\n"
    "sequence diagram. Nothing is simulated.\n"
    "\n"
    "Built-in scenarios cover the four-way close, half-close, TIME_WAIT, resets,\n"
    "SO_LINGER, simultaneous close and lost segments. There are a predict mode,\n"
    "a scenario editor, comparison with tcpdump or Wireshark captures, and\n"
    "exports to PNG, SVG, PDF, pcap, Mermaid and PlantUML. The sockets run in a\n"
    "private network namespace that needs no root rights. English and\n"
    "Simplified Chinese; the finack command works without a display.")
set(CPACK_PACKAGE_CONTACT "The FinAck authors <finack@invalid>")
# Debian wants a real name and address here; set it when configuring a package for others:
#   cmake -DFINACK_PACKAGE_MAINTAINER="Name <address>" ...
set(FINACK_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}" CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FINACK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${FINACK_DEBIAN_REVISION}")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # finack_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_STRIP_FILES ON)

# dpkg-shlibdeps (package dpkg-dev) turns the programs' libraries into Depends: Qt, libpcap,
# libmnl, libnftables. On Debian 12 the xcb and offscreen platform plugins ship in libqt6gui6 and
# the SVG image and icon plugins in libqt6svg6, both of which it finds that way; qt6-qpa-plugins
# holds only the VNC and TUIO plugins, so it is not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no ELF file shows: the pictures' font (DejaVu Sans, which diagrampicture.cpp names) and,
# recommended, Noto CJK so that Chinese renders and Qt's own translations for its standard
# dialogs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

# The maintainer scripts install and remove that profile (mode 0755 in the package).
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/cmake/debian/postinst;${PROJECT_SOURCE_DIR}/cmake/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# `make package_source` must not sweep up build folders or the repository.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

include(CPack)
