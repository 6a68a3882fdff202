import type { LintIssue } from '../lint-report';
import { findEncodingConflict } from './declared-encoding';
import { decodeDocument } from './decode-document';
import { findDtdMarkup, findForbiddenProcessingInstruction } from './forbidden-markup';
import { findMalformation } from './well-formedness';

export type XmlSafetyResult = { ok: true; text: string } | { ok: false; issue: LintIssue };

/**
 * Stage 1: everything that must hold before the document is handed to bpmn-moddle. The
 * order matters: size before decoding, and the DTD scan before saxen (saxen does not
 * expand entities either, but the rule is that no parser ever sees a DTD).
 * The first failure ends the lint; later stages would only add noise.
 */
export function checkXmlSafety(input: string | Uint8Array, maxBytes: number): XmlSafetyResult {
  const decoded = decodeDocument(input, maxBytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const issue =
    findDtdMarkup(text) ??
    findForbiddenProcessingInstruction(text) ??
    findEncodingConflict(text) ??
    findMalformation(text);
  return issue ? { ok: false, issue } : { ok: true, text };
}
