# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the language standard, warnings and strict Qt defines.
# Every Kessai target links it privately; nothing is set globally.
add_library(kessai_options INTERFACE)
add_library(Kessai::options ALIAS kessai_options)
target_compile_features(kessai_options INTERFACE cxx_std_17)
target_compile_options(kessai_options INTERFACE -Wall -Wextra -Wpedantic)
if(KESSAI_WERROR)
    target_compile_options(kessai_options INTERFACE -Werror)
endif()
target_compile_definitions(kessai_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(KESSAI_SANITIZE)
    target_compile_options(kessai_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(kessai_options INTERFACE -fsanitize=address,undefined)
endif()
if(KESSAI_TSAN)
    if(KESSAI_SANITIZE)
        message(FATAL_ERROR "KESSAI_TSAN and KESSAI_SANITIZE cannot be combined (ThreadSanitizer excludes ASan)")
    endif()
    target_compile_options(kessai_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(kessai_options INTERFACE -fsanitize=thread)
endif()
