// Tables of typed arrays written as one block of bytes and read back as views of
// it: what the build writes for data that a start would otherwise have to build
// from text in V8's interpreter (see gazetteer.ts). The layout: a magic number, the
// length of a JSON header that names each array (its type, where it starts, how
// many elements) and carries plain numbers and strings, then the arrays, each
// aligned to 8 bytes.

type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array;
type Part = TypedArray | number | string;

const MAGIC = 0x474d4958; // 'XIMG'
const ARRAY_TYPES = { Uint8Array, Uint16Array, Int32Array, Uint32Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

interface Header {
  /** `sparse`: how many elements are not zero, written as their places (Uint32) and then their values. */
  arrays: Record<string, { type: ArrayType; at: number; length: number; sparse?: number }>;
  values: Record<string, number | string>;
}

const align = (n: number) => (n + 7) & ~7;

/** `parts` as one block of bytes (arrays copied in, numbers and strings in the header); `sparse`: mostly-zero arrays by their other elements. */
export function writeImage(parts: Record<string, Part>, { sparse = false } = {}): Uint8Array {
  const header: Header = { arrays: {}, values: {} };
  const arrays: Array<[number, TypedArray]> = [];
  let at = 0;
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'number' || typeof part === 'string') {
      header.values[name] = part;
      continue;
    }
    const type = part.constructor.name as ArrayType;
    if (!(type in ARRAY_TYPES)) throw new TypeError(`writeImage: ${name} is a ${type}`);
    const places: number[] = [];
    if (sparse) for (let i = 0; i < part.length; i++) if (part[i] !== 0) places.push(i);
    // (sparse where that is under half the bytes)
    if (sparse && places.length * (4 + part.BYTES_PER_ELEMENT) < part.byteLength / 2) {
      header.arrays[name] = { type, at, length: part.length, sparse: places.length };
      arrays.push([at, Uint32Array.from(places)]);
      const values = new ARRAY_TYPES[type](places.length);
      places.forEach((place, i) => (values[i] = part[place]));
      arrays.push([align(at + places.length * 4), values]);
      at = align(align(at + places.length * 4) + values.byteLength);
      continue;
    }
    header.arrays[name] = { type, at, length: part.length };
    arrays.push([at, part]);
    at = align(at + part.byteLength);
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = align(8 + json.length);
  const image = new Uint8Array(dataStart + at);
  const view = new DataView(image.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  image.set(json, 8);
  for (const [offset, array] of arrays) image.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + offset);
  return image;
}

/** The parts of an image written by writeImage (arrays as views of it), or null if it is none. */
export function readImage(image: Uint8Array): Record<string, Part> | null {
  if (image.length < 8) return null;
  // (views need their array's alignment: a buffer from a pool may start anywhere)
  if (image.byteOffset % 8 !== 0) image = image.slice();
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > image.length) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(image.subarray(8, 8 + jsonLength))) as Header;
  } catch {
    return null;
  }
  const dataStart = align(8 + jsonLength);
  const parts: Record<string, Part> = { ...header.values };
  for (const [name, { type, at, length, sparse }] of Object.entries(header.arrays)) {
    const Type = ARRAY_TYPES[type];
    if (!Type) return null;
    if (sparse !== undefined) {
      const valuesAt = align(at + sparse * 4);
      if (dataStart + valuesAt + sparse * Type.BYTES_PER_ELEMENT > image.length) return null;
      const places = new Uint32Array(image.buffer as ArrayBuffer, image.byteOffset + dataStart + at, sparse);
      const values = new Type(image.buffer as ArrayBuffer, image.byteOffset + dataStart + valuesAt, sparse);
      const array = new Type(length);
      for (let i = 0; i < sparse; i++) {
        if (places[i] >= length) return null;
        array[places[i]] = values[i];
      }
      parts[name] = array;
      continue;
    }
    if (dataStart + at + length * Type.BYTES_PER_ELEMENT > image.length) return null;
    parts[name] = new Type(image.buffer as ArrayBuffer, image.byteOffset + dataStart + at, length);
  }
  return parts;
}

type ArrayConstructor = (typeof ARRAY_TYPES)[ArrayType];
type ArraysOf<S extends Record<string, ArrayConstructor>> = { [K in keyof S]: InstanceType<S[K]> };

/** The arrays `spec` names, each of its type, from an image's parts; null if one is missing or of another type. */
export function arraysOf<S extends Record<string, ArrayConstructor>>(parts: Record<string, Part>, spec: S): ArraysOf<S> | null {
  const out: Record<string, TypedArray> = {};
  for (const [name, Type] of Object.entries(spec)) {
    const part = parts[name];
    if (!(part instanceof Type)) return null;
    out[name] = part;
  }
  return out as ArraysOf<S>;
}

/**
 * A hash (FNV-1a, in hex) of the source text of the code that makes an image's tables, for its
 * key: an image made by other code is never read, however the files' times fall.
 */
export function hashOfCode(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}
