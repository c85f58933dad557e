# The Debian package: `cpack -G DEB` in the build directory makes locnet_VERSION_ARCH.deb, which
# installs under /usr the program, liblocnet.so.0 and liblocnet.a, the public headers, locnet.pc
# and the CMake package, the manual pages, the manual, the bash completion, the example and the
# bundled data.
set(LOCNET_PACKAGE_MAINTAINER "locnet developers" CACHE STRING "The Maintainer field of the .deb")

set(CPACK_PACKAGE_NAME locnet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${LOCNET_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "networks of localities linked by partnership agreements: analyses, diagrams, C library")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "locnet reads networks of localities (provinces, cities, regions, communes) tied by
partnership agreements, in its locnet/1 JSON format, NDJSON, CSV or GraphML, and reports
their centralities, components, cut vertices and bridges, draws them through Graphviz
and converts them between formats. It bundles a sourced dataset of French-Vietnamese
decentralised cooperation. The package holds the locnet program, the liblocnet C
library built on igraph with its headers, pkg-config and CMake files, manual pages
and bash completion.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from the libraries the binaries link
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz, libigraph-dev, pkg-config")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Install with DESTDIR and the prefix /usr, so that locnet.pc, written when installing, says
# prefix=/usr.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
include(CPack)
