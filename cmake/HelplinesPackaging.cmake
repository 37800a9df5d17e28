# Installation layout and packages (DESIGN §10; docs/deployment.md for IT).
#
#   Linux    cpack -G DEB        helplines_<version>-<revision>_amd64.deb, lintian-clean:
#                                /usr/bin/{helplines,helplines-cli}, desktop entry, AppStream
#                                metainfo, hicolor icons, man pages, copyright, changelog
#   Windows  cpack -G WIX        Helplines-<version>-win64.msi, per-machine, silent install with
#                                LANGUAGE, PROVISIONING_FILE and DESKTOP_SHORTCUT properties
#   macOS    cpack -G DragNDrop  Helplines-<version>-macOS.dmg holding Helplines.app
#
# The programs' own install() rules are in app/CMakeLists.txt and app/cli/CMakeLists.txt;
# everything else is here. Included once, at the end of the top-level CMakeLists.txt, so that
# every target exists. The Windows and macOS parts are guarded and were never built on the
# project's machines (Debian 12); docs/deployment.md says so.

include(GNUInstallDirs)

set(HELPLINES_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(helplines_packaging_out "${PROJECT_BINARY_DIR}/packaging")

# --- Release identity -------------------------------------------------------------------------

# The date of PROJECT_VERSION's release. The same version and date are written by hand in the
# AppStream <releases> (packaging/linux/helplines.metainfo.xml.in) and in the Debian changelog
# (packaging/linux/changelog.Debian); the checks below say when they disagree.
set(HELPLINES_RELEASE_DATE "2026-11-23")
# The Debian revision of the package: 1 for a new upstream version, then 2, 3, ... for
# packaging-only changes.
set(HELPLINES_DEBIAN_REVISION "1")
set(HELPLINES_DEBIAN_VERSION "${PROJECT_VERSION}-${HELPLINES_DEBIAN_REVISION}")

# Placeholders until the project has a public home; override them when configuring a build
# that is to be distributed (docs/deployment.md).
set(HELPLINES_PACKAGE_MAINTAINER "Helplines maintainers <helplines@example.invalid>"
    CACHE STRING "Maintainer of the packages: \"Name <address>\"")
set(HELPLINES_PACKAGE_VENDOR "Helplines"
    CACHE STRING "Publisher of the packages (the MSI's Manufacturer)")
set(HELPLINES_SCREENSHOT_URL "${PROJECT_HOMEPAGE_URL}/raw/main/docs/screenshot.png"
    CACHE STRING "Public address of the raw docs/screenshot.png, for the AppStream metadata")

option(HELPLINES_PACKAGE_TESTS
    "Register the package test (builds the .deb, installs it on this machine with dpkg, removes it)"
    OFF)

function(_helplines_check_release_notes)
    file(READ "${HELPLINES_PACKAGING_DIR}/linux/helplines.metainfo.xml.in" metainfo)
    string(FIND "${metainfo}"
        "<release version=\"${PROJECT_VERSION}\" date=\"${HELPLINES_RELEASE_DATE}\"" found)
    if(found EQUAL -1)
        message(WARNING "packaging/linux/helplines.metainfo.xml.in has no <release> for version "
            "${PROJECT_VERSION} dated ${HELPLINES_RELEASE_DATE}: add one (newest first).")
    endif()
    file(STRINGS "${HELPLINES_PACKAGING_DIR}/linux/changelog.Debian" first_line LIMIT_COUNT 1)
    if(NOT first_line MATCHES "^helplines \\(${HELPLINES_DEBIAN_VERSION}\\) ")
        message(WARNING "packaging/linux/changelog.Debian does not start with an entry for "
            "${HELPLINES_DEBIAN_VERSION}: add one (dch -v ${HELPLINES_DEBIAN_VERSION}).")
    endif()
endfunction()
_helplines_check_release_notes()

# The licence as a DEP-5 License paragraph body: every line indented by one space, empty lines
# written as " .", no trailing blanks.
function(_helplines_dep5_license_text input output_variable)
    file(READ "${input}" text)
    string(REPLACE "\r" "" text "${text}")
    string(REGEX REPLACE "[ \t]+\n" "\n" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(REPLACE "\n" "\n " text " ${text}")
    string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
    string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
    set(${output_variable} "${text}" PARENT_SCOPE)
endfunction()

# The licence as LICENSE.txt: the MSI shows it (CPack's WiX generator turns a .txt into RTF,
# and LICENSE has no extension) and installs it beside the programs.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${helplines_packaging_out}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${helplines_packaging_out}/LICENSE.txt")

# --- Linux: desktop integration, documentation and icons --------------------------------------

if(UNIX AND NOT APPLE)
    find_program(HELPLINES_GZIP gzip REQUIRED)
    find_program(HELPLINES_RSVG_CONVERT rsvg-convert)

    set(linux_sources "${HELPLINES_PACKAGING_DIR}/linux")
    set(packaging_outputs "")

    configure_file("${linux_sources}/helplines.desktop.in"
        "${helplines_packaging_out}/applications/${HELPLINES_APP_ID}.desktop" @ONLY)
    configure_file("${linux_sources}/helplines.metainfo.xml.in"
        "${helplines_packaging_out}/metainfo/${HELPLINES_APP_ID}.metainfo.xml" @ONLY)

    _helplines_dep5_license_text("${PROJECT_SOURCE_DIR}/LICENSE" HELPLINES_LICENSE_TEXT)
    configure_file("${linux_sources}/copyright.in" "${helplines_packaging_out}/doc/copyright"
        @ONLY)

    # Compressed as Debian wants them: gzip -9, no name or time stamp in the header (-n).
    function(_helplines_gzip input output)
        add_custom_command(OUTPUT "${output}"
            COMMAND "${HELPLINES_GZIP}" -9 -n -c "${input}" > "${output}"
            DEPENDS "${input}"
            COMMENT "Compressing ${output}"
            VERBATIM)
    endfunction()

    _helplines_gzip("${linux_sources}/changelog.Debian"
        "${helplines_packaging_out}/doc/changelog.Debian.gz")
    list(APPEND packaging_outputs "${helplines_packaging_out}/doc/changelog.Debian.gz")

    foreach(page IN ITEMS helplines helplines-cli)
        configure_file("${linux_sources}/man/${page}.1.in" "${helplines_packaging_out}/man/${page}.1"
            @ONLY)
        _helplines_gzip("${helplines_packaging_out}/man/${page}.1"
            "${helplines_packaging_out}/man/${page}.1.gz")
        list(APPEND packaging_outputs "${helplines_packaging_out}/man/${page}.1.gz")
        install(FILES "${helplines_packaging_out}/man/${page}.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endforeach()

    # The application icon: the SVG as it is, and PNGs rendered from it at build time for the
    # desktops and tools that want bitmaps.
    set(icon_source "${PROJECT_SOURCE_DIR}/resources/icons/helplines.svg")
    set(HELPLINES_ICON_SIZES 16 22 24 32 48 64 128 256)
    install(FILES "${icon_source}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${HELPLINES_APP_ID}.svg")
    if(HELPLINES_RSVG_CONVERT)
        foreach(size IN LISTS HELPLINES_ICON_SIZES)
            set(png "${helplines_packaging_out}/icons/${size}x${size}/${HELPLINES_APP_ID}.png")
            add_custom_command(OUTPUT "${png}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory
                        "${helplines_packaging_out}/icons/${size}x${size}"
                COMMAND "${HELPLINES_RSVG_CONVERT}" --width ${size} --height ${size}
                        --format png --output "${png}" "${icon_source}"
                DEPENDS "${icon_source}"
                COMMENT "Rendering the ${size}x${size} application icon"
                VERBATIM)
            list(APPEND packaging_outputs "${png}")
            install(FILES "${png}"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
        endforeach()
    else()
        message(WARNING "rsvg-convert (Debian package librsvg2-bin) was not found: the "
            "installed application icon will be the SVG only, without the PNG sizes.")
    endif()

    add_custom_target(helplines_packaging_data ALL DEPENDS ${packaging_outputs})

    install(FILES "${helplines_packaging_out}/applications/${HELPLINES_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${helplines_packaging_out}/metainfo/${HELPLINES_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # Debian's documentation folder is named after the package, not the project (GNUInstallDirs'
    # DOCDIR would say "Helplines").
    set(helplines_docdir "${CMAKE_INSTALL_DATADIR}/doc/helplines")
    install(FILES
            "${helplines_packaging_out}/doc/copyright"
            "${helplines_packaging_out}/doc/changelog.Debian.gz"
        DESTINATION "${helplines_docdir}")
    # An organisation's provisioning file and policies, for IT to start from
    # (docs/deployment.md); under 4 kB each, so that Debian leaves them uncompressed.
    install(FILES
            "${HELPLINES_PACKAGING_DIR}/examples/organisation.json"
            "${HELPLINES_PACKAGING_DIR}/examples/policies.json"
        DESTINATION "${helplines_docdir}/examples")
    install(FILES "${linux_sources}/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME helplines)

    # Hardening as Debian builds packages (dpkg-buildflags' "bindnow"; relro and PIE are the
    # toolchain's defaults): the dynamic symbols are resolved at start-up, and the relocation
    # tables made read-only before main().
    foreach(program IN ITEMS helplines helplines-cli)
        target_link_options(${program} PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
    endforeach()

    # What `strip` leaves and Debian's dh_strip removes: the compiler's .comment and .note.
    find_program(HELPLINES_STRIP NAMES "${CMAKE_STRIP}" strip)
    if(HELPLINES_STRIP)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                foreach(program IN ITEMS helplines helplines-cli)
                    execute_process(COMMAND \"${HELPLINES_STRIP}\"
                            --remove-section=.comment --remove-section=.note
                            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                        COMMAND_ERROR_IS_FATAL ANY)
                endforeach()
            endif()
        ")
    endif()
endif()

# --- Windows: icon, runtime libraries ---------------------------------------------------------

if(WIN32)
    # The program's icon, in helplines.exe and in "Add or remove programs", rendered from the SVG
    # with ImageMagick when it is installed (docs/deployment.md); without it, Windows' default.
    find_program(HELPLINES_MAGICK magick)
    set(helplines_ico "${helplines_packaging_out}/windows/helplines.ico")
    if(HELPLINES_MAGICK)
        add_custom_command(OUTPUT "${helplines_ico}"
            COMMAND "${HELPLINES_MAGICK}" -background none -density 384
                    "${PROJECT_SOURCE_DIR}/resources/icons/helplines.svg"
                    -define icon:auto-resize=256,64,48,32,24,16 "${helplines_ico}"
            DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/helplines.svg"
            COMMENT "Rendering helplines.ico"
            VERBATIM)
        add_custom_target(helplines_windows_icon DEPENDS "${helplines_ico}")
        file(TO_NATIVE_PATH "${helplines_ico}" native_ico)
        string(REPLACE "\\" "\\\\" native_ico "${native_ico}")
        file(WRITE "${helplines_packaging_out}/windows/helplines.rc"
            "IDI_ICON1 ICON \"${native_ico}\"\n")
        target_sources(helplines PRIVATE "${helplines_packaging_out}/windows/helplines.rc")
        set_source_files_properties("${helplines_packaging_out}/windows/helplines.rc"
            TARGET_DIRECTORY helplines PROPERTIES OBJECT_DEPENDS "${helplines_ico}")
        add_dependencies(helplines helplines_windows_icon)
        set(CPACK_WIX_PRODUCT_ICON "${helplines_ico}")
    else()
        message(WARNING "ImageMagick (magick) was not found: helplines.exe and the MSI will "
            "have Windows' default icon.")
    endif()

    # Qt's libraries and plugins next to the programs (windeployqt, through Qt's deploy script).
    # helplines-cli needs a subset of what the window needs (QtCore, QtSql, the SQLite driver),
    # and lives in the same folder.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET helplines OUTPUT_SCRIPT helplines_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET helplines FILENAME_VARIABLE helplines_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${helplines_deploy_script}")

    # The other DLLs the programs load (libphonenumber and what it links, such as protobuf,
    # ICU and abseil from vcpkg), found next to libphonenumber; Qt's are windeployqt's, the
    # system's stay out.
    get_filename_component(phonenumber_lib_dir "${PhoneNumber_LIBRARY}" DIRECTORY)
    set(helplines_dll_dirs "\"${phonenumber_lib_dir}/../bin\" \"${phonenumber_lib_dir}\"")
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:helplines>\" \"$<TARGET_FILE:helplines-cli>\"
            RESOLVED_DEPENDENCIES_VAR helplines_resolved
            UNRESOLVED_DEPENDENCIES_VAR helplines_unresolved
            DIRECTORIES ${helplines_dll_dirs}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
        if(helplines_unresolved)
            message(WARNING \"DLLs not found, not installed: \${helplines_unresolved}\")
        endif()
        if(helplines_resolved)
            file(INSTALL \${helplines_resolved}
                DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endif()
    ")
    # The Visual C++ runtime, app-local.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    install(FILES "${helplines_packaging_out}/LICENSE.txt" DESTINATION .)
    # For IT: the Group Policy templates and the example files (docs/deployment.md).
    install(DIRECTORY "${HELPLINES_PACKAGING_DIR}/windows/policy/" DESTINATION policy)
    install(FILES
            "${HELPLINES_PACKAGING_DIR}/examples/organisation.json"
            "${HELPLINES_PACKAGING_DIR}/examples/policies.json"
        DESTINATION examples)
endif()

# --- macOS: bundle, icon, runtime libraries ---------------------------------------------------

if(APPLE)
    # Helplines.app/Contents/MacOS/Helplines; helplines-cli is installed beside it
    # (app/cli/CMakeLists.txt).
    set_target_properties(helplines PROPERTIES OUTPUT_NAME "Helplines")

    set(HELPLINES_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    if(NOT HELPLINES_MACOS_MINIMUM)
        set(HELPLINES_MACOS_MINIMUM "11.0")
    endif()
    string(SUBSTRING "${HELPLINES_RELEASE_DATE}" 0 4 helplines_year)
    configure_file("${HELPLINES_PACKAGING_DIR}/macos/Info.plist.in"
        "${helplines_packaging_out}/macos/Info.plist" @ONLY)
    set_target_properties(helplines PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${helplines_packaging_out}/macos/Info.plist")

    # Helplines.icns from the SVG (packaging/macos/make-icns.sh: rsvg-convert and iconutil).
    find_program(HELPLINES_ICONUTIL iconutil)
    find_program(HELPLINES_RSVG_CONVERT rsvg-convert)
    set(helplines_icns "${helplines_packaging_out}/macos/Helplines.icns")
    if(HELPLINES_ICONUTIL AND HELPLINES_RSVG_CONVERT)
        add_custom_command(OUTPUT "${helplines_icns}"
            COMMAND "${HELPLINES_PACKAGING_DIR}/macos/make-icns.sh"
                    "${PROJECT_SOURCE_DIR}/resources/icons/helplines.svg" "${helplines_icns}"
            DEPENDS "${PROJECT_SOURCE_DIR}/resources/icons/helplines.svg"
                    "${HELPLINES_PACKAGING_DIR}/macos/make-icns.sh"
            COMMENT "Rendering Helplines.icns"
            VERBATIM)
        add_custom_target(helplines_macos_icon ALL DEPENDS "${helplines_icns}")
        install(FILES "${helplines_icns}" DESTINATION "Helplines.app/Contents/Resources")
        set(CPACK_PACKAGE_ICON "${helplines_icns}")
    else()
        message(WARNING "iconutil or rsvg-convert (brew install librsvg) was not found: "
            "Helplines.app will have the default icon.")
    endif()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "Helplines.app/Contents/Resources")
    # For IT, beside the application in the disk image: the example files and configuration
    # profile (docs/deployment.md).
    install(FILES
            "${HELPLINES_PACKAGING_DIR}/examples/organisation.json"
            "${HELPLINES_PACKAGING_DIR}/examples/policies.json"
            "${HELPLINES_PACKAGING_DIR}/macos/helplines.mobileconfig"
        DESTINATION "Examples")

    # Qt's frameworks and plugins, and the other libraries, into the bundle (macdeployqt), for
    # the window and for helplines-cli beside it.
    set(helplines_deploy_script "${helplines_packaging_out}/macos/deploy.cmake")
    file(GENERATE OUTPUT "${helplines_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:helplines>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:helplines>.app/Contents/MacOS/helplines-cli\")
")
    install(SCRIPT "${helplines_deploy_script}")
endif()

# --- CPack ------------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME "Helplines")
set(CPACK_PACKAGE_VENDOR "${HELPLINES_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${HELPLINES_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "free psychological support lines, and which ones answer now")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${HELPLINES_PACKAGING_DIR}/linux/description.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Helplines")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_OUTPUT_FILE_PREFIX "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian. dpkg-shlibdeps finds the libraries the programs link; Depends adds the plugins Qt
# loads at run time, which it cannot see:
#   libqt6sql6-sqlite      sqldrivers/libqsqlite.so: the user's data (favourites, preferences)
#   libqt6svg6             iconengines/libqsvgicon.so: every icon is an SVG
# Recommends:
#   qt6-translations-l10n  qtbase_fr.qm: Qt's own strings (standard dialogs) in French
#   qt6-wayland            the native Wayland platform plugin (without it, XWayland)
# The xcb and offscreen platform plugins are in libqt6gui6, which the shlibs bring;
# qt6-qpa-plugins holds only VNC and TUIO, which Helplines does not use.
set(CPACK_DEBIAN_PACKAGE_NAME "helplines")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${HELPLINES_DEBIAN_REVISION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HELPLINES_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Read here rather than through CPACK_PACKAGE_DESCRIPTION_FILE, which CPack 3.25 XML-escapes
# (an apostrophe became "&apos;").
file(READ "${HELPLINES_PACKAGING_DIR}/linux/description.txt" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
string(STRIP "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows Installer (WiX 3). The UpgradeCode identifies Helplines across all its versions:
# generated once, never to be changed, or upgrades will install side by side.
set(CPACK_WIX_UPGRADE_GUID "52C894B1-2BC2-4C67-B8F7-9499E1E88D7B")
set(CPACK_WIX_PROPERTY_ALLUSERS "1")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "Free psychological support lines, and which ones answer now")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
set(CPACK_WIX_CULTURES "fr-FR")
# One Start-menu entry, directly in the menu; no desktop shortcut unless DESKTOP_SHORTCUT=1.
set(CPACK_PACKAGE_EXECUTABLES "helplines" "Helplines")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_EXTRA_SOURCES "${HELPLINES_PACKAGING_DIR}/windows/helplines-properties.wxs")
set(CPACK_WIX_PATCH_FILE "${HELPLINES_PACKAGING_DIR}/windows/helplines-patch.xml")

# macOS disk image: Helplines.app and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Helplines")
set(CPACK_DMG_FORMAT UDZO)

# File names: Helplines-<version>-win64.msi, Helplines-<version>-macOS.dmg.
if(APPLE)
    set(CPACK_SYSTEM_NAME "macOS")
endif()

include(CPack)

# --- Tests ------------------------------------------------------------------------------------

if(BUILD_TESTING AND UNIX AND NOT APPLE)
    # Quick checks of the files the .deb installs, run with every test suite when the tools are
    # there (scripts/lib/common.sh installs them).
    find_program(HELPLINES_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(HELPLINES_APPSTREAMCLI appstreamcli)
    find_program(HELPLINES_MAN man)
    if(HELPLINES_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging_desktop_entry
            COMMAND "${HELPLINES_DESKTOP_FILE_VALIDATE}"
                    "${helplines_packaging_out}/applications/${HELPLINES_APP_ID}.desktop")
        # Clean means no output at all: warnings and hints fail too.
        set_tests_properties(packaging_desktop_entry PROPERTIES
            FAIL_REGULAR_EXPRESSION "." LABELS packaging)
    endif()
    if(HELPLINES_APPSTREAMCLI)
        add_test(NAME packaging_metainfo
            COMMAND "${HELPLINES_APPSTREAMCLI}" validate --no-net --pedantic
                    "${helplines_packaging_out}/metainfo/${HELPLINES_APP_ID}.metainfo.xml")
        # Errors, warnings and infos fail; pedantic hints (P:) are printed and allowed.
        set_tests_properties(packaging_metainfo PROPERTIES
            FAIL_REGULAR_EXPRESSION "^[EWI]:|\n[EWI]:" LABELS packaging)
    endif()
    if(HELPLINES_MAN)
        foreach(page IN ITEMS helplines helplines-cli)
            add_test(NAME packaging_man_page_${page}
                COMMAND "${HELPLINES_PACKAGING_DIR}/linux/check-man-page.sh"
                        "${helplines_packaging_out}/man/${page}.1")
            set_tests_properties(packaging_man_page_${page} PROPERTIES LABELS packaging)
        endforeach()
    endif()
endif()

if(HELPLINES_PACKAGE_TESTS)
    if(NOT (UNIX AND NOT APPLE))
        message(FATAL_ERROR "HELPLINES_PACKAGE_TESTS: the package test needs Debian (dpkg).")
    endif()
    # Builds this tree and its .deb, checks them, installs the package on this machine (root
    # or sudo), runs both programs from /usr/bin and removes the package. Also in a release
    # tree, where BUILD_TESTING is off.
    enable_testing()
    add_test(NAME package_deb
        COMMAND "${HELPLINES_PACKAGING_DIR}/linux/test-package.sh"
                --build-dir "${PROJECT_BINARY_DIR}")
    set_tests_properties(package_deb PROPERTIES
        LABELS package RUN_SERIAL TRUE TIMEOUT 3600)
endif()
