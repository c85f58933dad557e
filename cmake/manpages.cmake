# The manual pages: locnet(1), locnet-COMMAND(1) for every command and locnet-format(5), made by
# docs/man/make_pages.sh from the built program's own help (help2man) and from docs/format.md
# (go-md2man), so that they cannot drift from -h or from the format's specification.
set(LOCNET_MANPAGES "AUTO" CACHE STRING
    "Make and install the manual pages (needs help2man and go-md2man): AUTO, ON or OFF")
set_property(CACHE LOCNET_MANPAGES PROPERTY STRINGS AUTO ON OFF)

set(LOCNET_HAVE_MANPAGES OFF)
if(NOT LOCNET_MANPAGES STREQUAL "OFF")
  find_program(LOCNET_HELP2MAN help2man)
  find_program(LOCNET_GO_MD2MAN go-md2man)
  if(LOCNET_HELP2MAN AND LOCNET_GO_MD2MAN)
    set(LOCNET_HAVE_MANPAGES ON)
  elseif(LOCNET_MANPAGES STREQUAL "ON")
    message(FATAL_ERROR "LOCNET_MANPAGES=ON needs help2man and go-md2man (Debian: help2man go-md2man)")
  endif()
endif()

if(LOCNET_HAVE_MANPAGES)
  message(STATUS "locnet: manual pages (help2man, go-md2man): ON")
  set(LOCNET_MAN_DIR ${PROJECT_BINARY_DIR}/man)
  add_custom_command(OUTPUT ${LOCNET_MAN_DIR}/pages.stamp
    COMMAND ${CMAKE_COMMAND} -E env HELP2MAN=${LOCNET_HELP2MAN} GO_MD2MAN=${LOCNET_GO_MD2MAN}
            sh ${PROJECT_SOURCE_DIR}/docs/man/make_pages.sh $<TARGET_FILE:locnet>
            ${PROJECT_VERSION} ${PROJECT_SOURCE_DIR} ${LOCNET_MAN_DIR}
    COMMAND ${CMAKE_COMMAND} -E touch ${LOCNET_MAN_DIR}/pages.stamp
    DEPENDS locnet ${PROJECT_SOURCE_DIR}/docs/man/make_pages.sh
            ${PROJECT_SOURCE_DIR}/docs/man/locnet.h2m ${PROJECT_SOURCE_DIR}/docs/format.md
    COMMENT "Making the manual pages from locnet's help and docs/format.md"
    VERBATIM)
  add_custom_target(locnet-manpages ALL DEPENDS ${LOCNET_MAN_DIR}/pages.stamp)
  install(DIRECTORY ${LOCNET_MAN_DIR}/man1 ${LOCNET_MAN_DIR}/man5 DESTINATION ${CMAKE_INSTALL_MANDIR})
else()
  message(STATUS "locnet: manual pages: OFF (install help2man and go-md2man to make them)")
endif()
