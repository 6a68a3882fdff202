#!/usr/bin/env node
/**
 * One measurement of our renderer in a fresh process: builds the input (not timed), renders
 * once cold (first render of the process: font parsing and JIT included, as for the api's
 * first request), reads the peak RSS so far, then renders again warm. Prints one JSON line.
 *
 * With --warmed-up the process first runs the library's `warmUp()` (a small sample bundle), as
 * the api does in the background after it starts: "cold" is then the first real paper a user
 * gets from a freshly started api.
 *
 *   node ours.mjs <bundle|certificates> <size> [reports] [--out=file.pdf] [--warmed-up]
 */
import { writeFileSync } from 'node:fs';
import { bundleInput, certificatesInput, loadLibrary, renderCase } from './cases.mjs';
import { mib, timed } from './measure.mjs';

const [name, sizeArg, reportsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const warmedUp = process.argv.includes('--warmed-up');
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
const size = Number(sizeArg);

const docs = loadLibrary();
const makeInput = () => (name === 'bundle' ? bundleInput(docs, size, Number(reportsArg ?? size)) : certificatesInput(docs, size));
const input = await makeInput();
if (warmedUp) await docs.warmUp();
const baseRss = mib(process.memoryUsage().rss);
const cold = await timed(() => renderCase(docs, name, input));
const peakRss = mib(process.resourceUsage().maxRSS * 1024);
// A fresh input for the warm run: certificate recipients may be a one-shot iterable.
const again = await makeInput();
const warm = await timed(() => renderCase(docs, name, again));
if (out) writeFileSync(out, cold.result.bytes);
console.log(JSON.stringify({ coldMs: cold.ms, coldCpuMs: cold.cpuMs, warmMs: warm.ms, warmCpuMs: warm.cpuMs, baseRss, peakRss, pages: cold.result.pageCount, bytes: cold.result.bytes.length, failedAttachments: cold.result.failedAttachments?.length }));
