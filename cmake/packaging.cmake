# Installing the library for other projects, and the Debian package.
#
#   cmake --install build                 # CLI, libcommunique.a + headers, pkg-config,
#                                         # CMake package config, Python package
#   (cd build && cpack -G DEB)            # communique_<version>_<arch>.deb of the same
#
# Consumers: find_package(communique) then target_link_libraries(x communique::communique),
# or `pkg-config --cflags --libs communique`.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(communique_lib PROPERTIES OUTPUT_NAME communique EXPORT_NAME communique)
install(TARGETS communique_lib EXPORT communiqueTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/extractor/include/communique
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
install(EXPORT communiqueTargets NAMESPACE communique::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/communique COMPONENT dev)
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/communiqueConfig.cmake.in
  ${CMAKE_BINARY_DIR}/communiqueConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/communique)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/communiqueConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/communiqueConfig.cmake
              ${CMAKE_BINARY_DIR}/communiqueConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/communique COMPONENT dev)
configure_file(${CMAKE_SOURCE_DIR}/cmake/communique.pc.in ${CMAKE_BINARY_DIR}/communique.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/communique.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)

set(CPACK_PACKAGE_NAME communique)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "press releases and communiques to structured outcomes (CLI, C++ library, Python module)")
set(CPACK_PACKAGE_CONTACT "communique maintainers <communique@invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# dpkg-shlibdeps (dpkg-dev) finds the runtime libraries: RE2, ICU, libstdc++.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The headers and static library need their dependencies' headers to be used.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libre2-dev, libicu-dev, nlohmann-json3-dev, python3-dask, python3-distributed")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3")
include(CPack)
