import { renderBundle } from './bundle/bundle';
import { sampleAttachments, sampleBundle, sampleNominees } from './samples';

/**
 * Draws a small sample bundle (a dozen lines, three reports, the sample uploads) and throws it
 * away, so that a process's first real paper does not pay for parsing the fonts and compiling
 * the layout code: the api runs it once in the background after it starts. About half a second
 * of CPU; nothing is written anywhere.
 */
export async function warmUp(): Promise<void> {
  const attachments = await sampleAttachments();
  await renderBundle(sampleBundle(sampleNominees(12), attachments, 3), { creationDate: new Date(0), documentId: 'warm-up' });
}
