# Installs the build into a fresh prefix and checks that the installed binary
# finds the installed rule pack (not the source tree's) and checks a story.
# Run by CTest: cmake -DBUILD_DIR=... -DSOURCE_DIR=... -P install_test.cmake
set(prefix "${BUILD_DIR}/install-test")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
execute_process(COMMAND "${prefix}/bin/factlint" rules list OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${prefix}/share/factlint/rules/")
  message(FATAL_ERROR "the installed factlint did not use the installed rules (exit ${rc}):\n${out}")
endif()
execute_process(COMMAND "${prefix}/bin/factlint" check "${SOURCE_DIR}/corpus/coupang-2025" --format json
                OUTPUT_VARIABLE report RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT report MATCHES "\"slot\": \"resigned_ceo\"")
  message(FATAL_ERROR "the installed factlint did not report the seed story's finding (exit ${rc})")
endif()
file(REMOVE_RECURSE "${prefix}")
