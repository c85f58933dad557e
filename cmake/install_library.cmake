# Installs the library for C programs: liblocnet.so.0 and liblocnet.a, the public headers
# <locnet/locnet.h> and <locnet/status.h> (no internal header), locnet.pc for pkg-config and a
# CMake package, so that find_package(locnet) gives locnet::locnet (shared) and
# locnet::locnet_static.
include(CMakePackageConfigHelpers)

install(TARGETS locnet_shared locnet_static EXPORT locnetTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES include/locnet/locnet.h include/locnet/status.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/locnet)

# pkg-config: igraph is a public requirement (the header includes <igraph/igraph.h> and callers
# use igraph's vectors); the others only matter to static links. The prefix is found from the
# .pc file's own place, so the same file serves any install prefix and the Debian package.
set(LOCNET_PC_REQUIRES_PRIVATE "libcjson, libutf8proc")
if(LOCNET_HAVE_GVC)
  string(APPEND LOCNET_PC_REQUIRES_PRIVATE ", libgvc")
endif()
get_filename_component(LOCNET_CSV_LIBRARY_NAME ${CSV_LIBRARY} NAME_WE)
string(REGEX REPLACE "^lib" "" LOCNET_CSV_LIBRARY_NAME ${LOCNET_CSV_LIBRARY_NAME})
file(RELATIVE_PATH LOCNET_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" LOCNET_PC_TO_PREFIX "${LOCNET_PC_TO_PREFIX}")
configure_file(cmake/locnet.pc.in locnet.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/locnet.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

set(LOCNET_CONFIG_GVC "")
if(LOCNET_HAVE_GVC)
  set(LOCNET_CONFIG_GVC "GVC:libgvc")
endif()
set(LOCNET_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/locnet)
install(EXPORT locnetTargets NAMESPACE locnet:: DESTINATION ${LOCNET_CMAKE_DIR})
configure_package_config_file(cmake/locnetConfig.cmake.in locnetConfig.cmake
  INSTALL_DESTINATION ${LOCNET_CMAKE_DIR})
write_basic_package_version_file(locnetConfigVersion.cmake COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/locnetConfig.cmake ${PROJECT_BINARY_DIR}/locnetConfigVersion.cmake
  DESTINATION ${LOCNET_CMAKE_DIR})
