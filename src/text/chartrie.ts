// Dictionaries looked up at every position of an article (the gazetteer, OpenCC's
// phrases) as a trie by UTF-16 code unit, with the first unit of every key in
// a table and the first two as bits: at most positions no key starts, and one
// or two array reads say so before any walk into the trie.

const pairBit = (first: number, second: number) => ((first & 0x3ff) << 10) | (second & 0x3ff);

/** What a KeyTrie is made of (see KeyTrie.parts). */
export interface KeyTrieParts {
  pairs: Uint8Array;
  rootChild: Int32Array;
  idAt: Int32Array;
  slotParent: Int32Array;
  slotUnit: Uint16Array;
  slotChild: Int32Array;
  keys: number;
}

/**
 * A trie of keys to their ids (0, 1, 2… in the order first added), in typed arrays: a node is a
 * number, the children of the root are found in a table by their unit and every other child in
 * one hash table of (node, unit). No object per node: a trie of objects with a map of children
 * each held 4.1 MB of heap for the gazetteer's 7,000 names, and building it, with the collections
 * it set off, was a seventh of a one-article run; this one is built sooner (a one-article run ~11 ms
 * sooner, interleaved means of 15) and walked faster (the gazetteer's walk at every position of
 * an article 14.5 µs against 17.6). Keys have two units at least.
 */
export class KeyTrie {
  /** One bit per pair of first units (the low 10 bits of each: pairs that share them only cost a walk). */
  private readonly pairs: Uint8Array;
  /** The root's child for each unit, 0 for none (the root is node 0 and no one's child). */
  private readonly rootChild: Int32Array;
  /** Per node: the id of the key that ends there, or -1. */
  private readonly idAt: Int32Array;
  /** The hash table of (node, unit) → child; a parent of -1 marks an empty slot. */
  private readonly slotParent: Int32Array;
  private readonly slotUnit: Uint16Array;
  private readonly slotChild: Int32Array;
  private readonly mask: number;
  private nodes: number;
  private keys: number;
  /** The length of the key the last longestAt found. */
  lastLength = 0;

  /**
   * `units`: how many units the keys to be added hold in all, at most (a bound on the nodes); or
   * the parts of a trie made before (`parts()`, read back from an image), which takes no more keys.
   */
  constructor(units: number | KeyTrieParts) {
    if (typeof units !== 'number') {
      ({ pairs: this.pairs, rootChild: this.rootChild, idAt: this.idAt, slotParent: this.slotParent, slotUnit: this.slotUnit, slotChild: this.slotChild } = units);
      this.nodes = this.idAt.length;
      this.keys = units.keys;
      this.mask = this.slotParent.length - 1;
      return;
    }
    this.pairs = new Uint8Array(1 << 17);
    this.rootChild = new Int32Array(0x10000);
    this.idAt = new Int32Array(units + 1).fill(-1);
    let size = 1024;
    while (size < units * 2) size *= 2;
    this.slotParent = new Int32Array(size).fill(-1);
    this.slotUnit = new Uint16Array(size);
    this.slotChild = new Int32Array(size);
    this.mask = size - 1;
    this.nodes = 1;
    this.keys = 0;
  }

  /** The trie's arrays, to be written as an image and read back (nodes past the last made left out). */
  parts(): KeyTrieParts {
    const { pairs, rootChild, slotParent, slotUnit, slotChild, keys } = this;
    return { pairs, rootChild, idAt: this.idAt.subarray(0, this.nodes), slotParent, slotUnit, slotChild, keys };
  }

  /** How many distinct keys were added. */
  get size(): number {
    return this.keys;
  }

  /** Whether some key starts with this unit. */
  startsWith(first: number): boolean {
    return this.rootChild[first] !== 0;
  }

  /** The id of `key`, added if new. */
  add(key: string): number {
    const bit = pairBit(key.charCodeAt(0), key.charCodeAt(1));
    this.pairs[bit >> 3] |= 1 << (bit & 7);
    let node = this.rootChild[key.charCodeAt(0)];
    if (node === 0) node = this.rootChild[key.charCodeAt(0)] = this.newNode();
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let slot = this.slotOf(node, c);
      while (this.slotParent[slot] !== -1 && !(this.slotParent[slot] === node && this.slotUnit[slot] === c)) slot = (slot + 1) & this.mask;
      if (this.slotParent[slot] === -1) {
        this.slotParent[slot] = node;
        this.slotUnit[slot] = c;
        this.slotChild[slot] = this.newNode();
      }
      node = this.slotChild[slot];
    }
    if (this.idAt[node] === -1) this.idAt[node] = this.keys++;
    return this.idAt[node];
  }

  /** The id of the longest key at `i` of `text` (at most `max` units), its length in `lastLength`; -1 if none. */
  longestAt(text: string, i: number, max = Infinity): number {
    if (i + 1 >= text.length) return -1;
    const first = text.charCodeAt(i);
    let node = this.rootChild[first];
    if (node === 0) return -1;
    const bit = pairBit(first, text.charCodeAt(i + 1));
    if ((this.pairs[bit >> 3] & (1 << (bit & 7))) === 0) return -1;
    let best = -1;
    for (let j = i + 1; j < text.length && j - i < max; j++) {
      node = this.childOf(node, text.charCodeAt(j));
      if (node < 0) break;
      const id = this.idAt[node];
      if (id >= 0) {
        best = id;
        this.lastLength = j + 1 - i;
      }
    }
    return best;
  }

  private newNode(): number {
    if (this.nodes >= this.idAt.length) throw new RangeError('KeyTrie: more units than it was made for');
    return this.nodes++;
  }

  private slotOf(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask;
  }

  private childOf(node: number, unit: number): number {
    for (let slot = this.slotOf(node, unit); ; slot = (slot + 1) & this.mask) {
      const parent = this.slotParent[slot];
      if (parent === -1) return -1;
      if (parent === node && this.slotUnit[slot] === unit) return this.slotChild[slot];
    }
  }
}
