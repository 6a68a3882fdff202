/**
 * Stable codes for data a document cannot be drawn from. The api maps them to 422; they are
 * errors in the input, never in rendering, so the message is written for the clerk.
 */
export type DocumentErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_VOTES'
  | 'UNKNOWN_NOMINEE'
  | 'NO_RECIPIENTS'
  | 'NO_AWARDEES'
  | 'FONT_MISSING'
  | 'INVALID_SIGNING_IDENTITY';

export class DocumentDataError extends Error {
  override readonly name = 'DocumentDataError';

  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
  }
}
