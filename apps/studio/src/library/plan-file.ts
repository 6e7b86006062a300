/** Reading a plan file, loaded when the first file is imported (the library's first screen does without the core's checks). */
export { parsePlanDocument } from '@sixsources/core';
