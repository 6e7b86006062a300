/**
 * zod's compiled parsers, for the schemas an import runs on every item of a large plan. A
 * compiled schema checks valid input in generated code, several times faster than zod's
 * interpreter, and hands any input it would refuse back to the interpreter: the errors are
 * zod's own, word for word, and the output is the same object, key order included.
 */
import { z } from 'zod';

/**
 * `schema`, compiled by zod the first time it is asked for (so loading the library compiles
 * nothing). Where zod cannot compile a schema, or code generation is not allowed, this is the
 * schema itself.
 */
export function compiledOnUse<T extends z.ZodType>(schema: T): () => T {
  let compiled: T | undefined;
  return () => (compiled ??= z.compile(schema));
}
