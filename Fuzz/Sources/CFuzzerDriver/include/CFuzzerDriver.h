#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
// Nothing for Swift to call: this module only supplies the program's entry point (see driver.c).
#endif
