// SwiftPM links an executable target with `--defsym main=<Target>_main`, which hides libFuzzer's own
// main(). This entry point takes its place and hands over to libFuzzer's documented driver.
#include <stddef.h>
#include <stdint.h>
#include "CFuzzerDriver.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int AcquireFuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
