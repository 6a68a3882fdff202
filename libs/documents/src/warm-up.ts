import { renderBundle } from './bundle/bundle';
import { sampleAttachments, sampleBundle, sampleNominees } from './samples';

/**
 * Nominees (each with an achievement report) in the warm-up bundle: about a sixth of a large
 * dossier. V8 compiles the drawing code for the sizes it has seen; after a dozen nominees the
 * first 500-report bundle still ran 0.5 s slower than the second, after 80 about 0.2 s.
 */
const WARM_UP_NOMINEES = 80;

/**
 * Seed of the warm-up's sample people, other than the samples' default: the warm-up compiles
 * the code and measures the forms' own words, not the names of the dossier drawn next (the
 * documents benchmark draws the default samples).
 */
const WARM_UP_SEED = 4242;

/**
 * Draws a sample bundle (80 nominees with their reports, the sample uploads) and throws it
 * away, so that a process's first real paper does not pay for parsing the fonts and compiling
 * the layout code: the api runs it once in the background after it starts, in the thread that
 * draws. About 1.5 s of CPU on one core; nothing is written anywhere.
 */
export async function warmUp(): Promise<void> {
  const attachments = await sampleAttachments();
  const nominees = sampleNominees(WARM_UP_NOMINEES, WARM_UP_SEED);
  await renderBundle(sampleBundle(nominees, attachments, WARM_UP_NOMINEES), { creationDate: new Date(0), documentId: 'warm-up' });
}
