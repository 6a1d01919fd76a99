// libFuzzer's entry points, for FuzzSupport's `runLibFuzzer()` (see Documentation/Hardening.md).
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Each fuzz target defines this one with `@_cdecl("LLVMFuzzerTestOneInput")`.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// Runs libFuzzer's command-line driver with the given callback (libFuzzer since LLVM 11).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
