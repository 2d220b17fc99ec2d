#!/usr/bin/env node
// The npm registry reachable from our machines serves only the linux-x64 builds of
// @node-rs/jieba's per-platform binaries, so `npm install` writes a package-lock.json
// without the other platforms' entries, and `npm ci` then refuses the lock as out of
// sync ("Missing: @node-rs/jieba-darwin-x64@ from lock file"). This script adds the
// missing entries with their platform constraints (the napi-rs naming scheme:
// <os>-<cpu>[-<abi>]), which is what the public registry would have written. npm ci
// skips them on non-matching machines and fetches them by name on matching ones.
// Run after any `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const ABI_LIBC = { gnu: 'glibc', musl: 'musl', gnueabihf: 'glibc' };
const CPU = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'ia32' };

function platformOf(name, parent) {
  const suffix = name.slice(parent.length + 1); // e.g. linux-arm64-gnu
  const [os, cpu, abi] = suffix.split('-');
  if (!CPU[cpu]) throw new Error(`unknown cpu in ${name}`);
  const entry = { cpu: [CPU[cpu]] };
  if (os === 'linux' && ABI_LIBC[abi]) entry.libc = [ABI_LIBC[abi]];
  entry.os = [os];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  if (!path.startsWith('node_modules/') || !meta.optionalDependencies) continue;
  const parent = path.slice('node_modules/'.length);
  for (const [dep, version] of Object.entries(meta.optionalDependencies)) {
    if (!dep.startsWith(`${parent}-`)) continue; // only napi-rs style platform binaries
    const key = `node_modules/${dep}`;
    if (packages[key]) continue;
    packages[key] = {
      version,
      ...platformOf(dep, parent),
      license: meta.license,
      optional: true,
      ...(meta.engines ? { engines: meta.engines } : {}),
    };
    added++;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
lock.packages = sorted;
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} platform entries to package-lock.json`);
