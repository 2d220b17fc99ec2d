// Preloaded by scripts/bench.mjs (`node -r`): reports the process's peak resident
// memory on exit, worker threads included, since they share the process.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
