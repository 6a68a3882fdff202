// Preloaded into the api (node --expose-gc -r …) by the open-instances section only.
// On SIGWINCH (a signal Nest's shutdown hooks leave alone) it runs full garbage collections
// and prints what is still alive, so that live memory can be told apart from garbage V8
// has not collected yet.
'use strict';
process.on('SIGWINCH', () => {
  if (typeof global.gc !== 'function') return;
  global.gc();
  global.gc();
  const usage = process.memoryUsage();
  process.stderr.write(`GCPROBE ${JSON.stringify(usage)}\n`);
});
