import type { StepResult } from '@vinh-danh/engine';

/**
 * How a chain ended, for the dossier: the end event's `vd:result` when the model declares
 * it, else `error:<code>` for an uncaught error end event, else `ended`.
 */
export function endResultOf(result: StepResult): { result: string; label: string | null } {
  const ended = result.ended as (StepResult['ended'] & { result?: string }) | undefined;
  if (ended?.result) return { result: ended.result, label: ended.name ?? null };
  if (ended?.errorCode) return { result: `error:${ended.errorCode}`, label: ended.name ?? null };
  return { result: 'ended', label: ended?.name ?? null };
}
