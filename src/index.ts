// Public library API.
export { extract, DEFAULT_MAX_BYTES, type ExtractOptions } from './extract.js';
export { decode, type Decoded } from './io/decode.js';
export { normalize, toOriginal, type Normalized } from './text/normalize.js';
export { InputError, UsageError, type InputErrorCode } from './errors.js';
export * from './schema.js';
