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
# use igraph's vectors); the others only matter to static links. The prefix written in locnet.pc
# is the one of the install (cmake --install --prefix, or the Debian package's /usr), so the file
# is made when installing, once per prefix.
set(LOCNET_PC_REQUIRES_PRIVATE "libcjson, libutf8proc, libxml-2.0")
if(LOCNET_HAVE_GVC)
  string(APPEND LOCNET_PC_REQUIRES_PRIVATE ", libgvc")
endif()
get_filename_component(LOCNET_CSV_LIBRARY_NAME ${CSV_LIBRARY} NAME_WE)
string(REGEX REPLACE "^lib" "" LOCNET_CSV_LIBRARY_NAME ${LOCNET_CSV_LIBRARY_NAME})
set(LOCNET_PC_PREFIX "@prefix@")  # filled in when installing
configure_file(cmake/locnet.pc.in locnet.pc.in @ONLY)
install(CODE "
  string(MD5 locnet_pc_dir \"\${CMAKE_INSTALL_PREFIX}\")
  set(locnet_pc_dir \"${PROJECT_BINARY_DIR}/pkgconfig/\${locnet_pc_dir}\")
  set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${PROJECT_BINARY_DIR}/locnet.pc.in\" \"\${locnet_pc_dir}/locnet.pc\" @ONLY)
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig\"
       TYPE FILE FILES \"\${locnet_pc_dir}/locnet.pc\")")

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
