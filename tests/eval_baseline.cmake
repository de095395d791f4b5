# Runs `communique eval` over a set of annotated directories with the --min
# bounds of one entry of tests/baseline.json, so that a drop below the
# committed baseline fails ctest. The report table is printed either way.
#
#   cmake -DBINARY=build/communique -DBASELINE=tests/baseline.json -DKEY=corpus
#         -DDIRS=corpus [-DPROFILE=timeml] [-DGOLD=tests/heldout] [-DOPTIONAL=ON]
#         -P tests/eval_baseline.cmake
#
# DIRS is a ;-list. With OPTIONAL=ON a missing directory (../shared is not in
# every checkout) prints "communique-eval: skipped" (the test's
# SKIP_REGULAR_EXPRESSION) instead of failing.
cmake_minimum_required(VERSION 3.25)

foreach(required BINARY BASELINE KEY DIRS)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "eval_baseline.cmake: -D${required}=... is required")
  endif()
endforeach()

foreach(dir IN LISTS DIRS)
  if(NOT IS_DIRECTORY "${dir}")
    if(OPTIONAL)
      message(STATUS "communique-eval: skipped, ${dir} is absent")
      return()
    endif()
    message(FATAL_ERROR "eval_baseline.cmake: ${dir} is not a directory")
  endif()
endforeach()

file(READ "${BASELINE}" baseline_text)
string(JSON bounds ERROR_VARIABLE json_error GET "${baseline_text}" "${KEY}")
if(json_error)
  message(FATAL_ERROR "${BASELINE}: no entry \"${KEY}\": ${json_error}")
endif()
string(JSON count LENGTH "${bounds}")
set(min_args "")
if(count GREATER 0)
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    string(JSON metric MEMBER "${bounds}" ${i})
    string(JSON bound GET "${bounds}" "${metric}")
    list(APPEND min_args --min "${metric}=${bound}")
  endforeach()
endif()

set(profile_args "")
if(PROFILE)
  set(profile_args --profile "${PROFILE}")
endif()
if(GOLD)
  list(APPEND profile_args --gold "${GOLD}")
endif()

execute_process(COMMAND "${BINARY}" eval ${profile_args} ${min_args} ${DIRS}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "communique eval (${KEY}) exited with ${status}: a metric fell below "
                      "${BASELINE} (see above), or an input could not be read")
endif()
