import type { Level } from '@vinh-danh/domain';
import type { KindInputs } from '../rendering/document-renderer';
import type { IssuedKind } from '../kinds/document-kind';
import { certificatesInput, decisionInput, minutesInput, submissionInput } from '../mapping/document-inputs';
import type { DossierSnapshot, SnapshotTask } from '../snapshot/dossier-snapshot';

/**
 * A paper the chain has made, or is about to make: which step, who, when, and how to draw
 * it. `issueKey` is the paper's identity within the dossier (unique in issued_documents).
 */
export type Paper = {
  [K in IssuedKind]: {
    kind: K;
    issueKey: string;
    level: Level;
    taskId: string | null;
    issuedBy: string;
    issuedAt: Date;
    input: () => KindInputs[K];
  };
}[IssuedKind];

export const isDecisionTask = (task: SnapshotTask): boolean => task.formKey === 'vd:decision';
export const isDecided = (task: SnapshotTask): boolean => isDecisionTask(task) && task.status === 'completed' && task.outcome === 'decide';

/**
 * Every paper the dossier's steps have made so far, in the order they were made: the tờ
 * trình once submitted, minutes for each recorded council vote, the decision and the
 * certificates once a chairman decided.
 */
export function duePapers(s: DossierSnapshot): Paper[] {
  const papers: Paper[] = [];
  const origin = s.chain[0];
  if (s.dossier.submittedAt && origin) {
    papers.push({ kind: 'submission', issueKey: 'submission', level: origin.level, taskId: null, issuedBy: s.dossier.submittedBy ?? 'system', issuedAt: s.dossier.submittedAt, input: () => submissionInput(s) });
  }
  for (const council of s.councils) {
    papers.push({
      kind: 'minutes',
      issueKey: `minutes:${council.taskId}`,
      level: council.level,
      taskId: council.taskId,
      issuedBy: council.recordedBy ?? 'system',
      issuedAt: council.recordedAt,
      input: () => minutesInput(s, council),
    });
  }
  for (const task of s.tasks.filter(isDecided)) {
    const common = { level: task.level as Level, taskId: task.id, issuedBy: task.completedBy ?? 'system', issuedAt: task.completedAt ?? s.asOf };
    papers.push({ kind: 'decision', issueKey: `decision:${task.id}`, ...common, input: () => decisionInput(s, task) });
    papers.push({ kind: 'certificates', issueKey: `certificates:${task.id}`, ...common, input: () => certificatesInput(s, task) });
  }
  return papers;
}

/** A decision or certificates drawn while the chairman's decision step is open: the draft the chairman reads before deciding. */
export function openDecisionTask(s: DossierSnapshot): SnapshotTask | undefined {
  return s.tasks.find((task) => isDecisionTask(task) && task.status === 'open');
}

/** Why there is no decision (yet): in the clerk's words. */
export function noDecisionReason(s: DossierSnapshot, what: string): string {
  if (s.dossier.status === 'draft') return `Chưa có ${what}: hồ sơ ${s.dossier.code} chưa được trình`;
  if (s.dossier.status !== 'in_progress') return `Hồ sơ ${s.dossier.code} đã kết thúc (${s.dossier.resultLabel ?? s.dossier.result ?? s.dossier.status}) mà không có ${what} trên hệ thống`;
  return `Chưa có ${what}: hồ sơ ${s.dossier.code} chưa đến bước Chủ tịch quyết định khen thưởng`;
}

export function noMinutesReason(s: DossierSnapshot): string {
  if (s.dossier.status === 'draft') return `Chưa có biên bản họp Hội đồng: hồ sơ ${s.dossier.code} chưa được trình`;
  return `Chưa có biên bản: Hội đồng Thi đua - Khen thưởng chưa họp, biểu quyết hồ sơ ${s.dossier.code}`;
}
