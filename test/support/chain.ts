import type { ApiClient, ApiResponse } from './api-client';
import type { Completion, CompletionResponse, Dossier, Locality, Task } from './api-types';

/** What a cooperative office does at each kind of step: votes 10 of 10, approves, forwards, decides. */
export function approving(task: Task): Completion {
  if (task.formKey === 'vd:council-vote') return { outcome: 'record', data: { members: 10, present: 10, votesFor: 10 } };
  const preferred = ['approve', 'forward', 'decide', 'submit', 'resubmit', 'record'].find((outcome) => task.outcomes.includes(outcome));
  if (!preferred) throw new Error(`No approving outcome for ${task.elementId}: ${task.outcomes.join(',')}`);
  return { outcome: preferred };
}

export interface Step {
  task: Task;
  actor: string;
  completion: Completion;
  response: ApiResponse<CompletionResponse>;
}

/**
 * Drives dossiers through the public API as the demo users whose role and unit match each
 * task (`<candidateRole>.<code of task.localityId>`), like the offices along the chain would.
 */
export class ChainDriver {
  private units: Locality[] | undefined;

  constructor(public api: ApiClient) {}

  async localities(): Promise<Locality[]> {
    this.units ??= await this.api.get<Locality[]>('/api/localities', 'admin');
    return this.units;
  }

  async localityId(code: string): Promise<string> {
    const unit = (await this.localities()).find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`No demo locality ${code}`);
    return unit.id;
  }

  async codeOf(localityId: string): Promise<string> {
    const unit = (await this.localities()).find((candidate) => candidate.id === localityId);
    if (!unit) throw new Error(`No locality ${localityId}`);
    return unit.code;
  }

  async actorFor(task: Task): Promise<string> {
    return `${task.candidateRole}.${await this.codeOf(task.localityId)}`;
  }

  async create(input: { localityCode: string; awardTypeCode: string; nominees?: number; title?: string }): Promise<Dossier> {
    return this.api.ok<Dossier>(
      'POST',
      '/api/dossiers',
      {
        as: `clerk.${input.localityCode}`,
        body: {
          awardTypeCode: input.awardTypeCode,
          localityId: await this.localityId(input.localityCode),
          title: input.title ?? `Đề nghị ${input.awardTypeCode} phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"`,
          nominees: Array.from({ length: input.nominees ?? 2 }, (_, i) => ({ kind: 'individual', fullName: `Ông Nguyễn Văn Ấn ${i + 1}` })),
        },
      },
      201,
    );
  }

  async createAndSubmit(input: { localityCode: string; awardTypeCode: string; nominees?: number; title?: string }): Promise<string> {
    const created = await this.create(input);
    await this.api.ok('POST', `/api/dossiers/${created.id}/submit`, { as: `clerk.${input.localityCode}` });
    return created.id;
  }

  dossier(id: string): Promise<Dossier> {
    return this.api.get<Dossier>(`/api/dossiers/${id}`, 'admin');
  }

  async openTasks(id: string): Promise<Task[]> {
    return (await this.dossier(id)).tasks.filter((task) => task.status === 'open');
  }

  async onlyOpenTask(id: string): Promise<Task> {
    const open = await this.openTasks(id);
    if (open.length !== 1) throw new Error(`Dossier ${id}: expected one open task, found ${open.map((task) => task.elementId).join(', ') || 'none'}`);
    return open[0] as Task;
  }

  async complete(task: Task, completion: Completion, as?: string): Promise<Step> {
    const actor = as ?? (await this.actorFor(task));
    const response = await this.api.request<CompletionResponse>('POST', `/api/tasks/${task.id}/complete`, { as: actor, body: completion });
    return { task, actor, completion, response };
  }

  async completeOk(task: Task, completion: Completion, as?: string): Promise<Step> {
    const step = await this.complete(task, completion, as);
    if (step.response.status !== 200) {
      throw new Error(`${task.elementId} as ${step.actor}: ${step.response.status} ${JSON.stringify(step.response.body)}`);
    }
    return step;
  }

  /** Completes the dossier's single open task the approving way (or as `choose` says). */
  async step(id: string, choose: (task: Task) => Completion = approving): Promise<Step> {
    const task = await this.onlyOpenTask(id);
    return this.completeOk(task, choose(task));
  }

  /**
   * Approves every step until the dossier closes or waits with no open task (the public
   * posting timer before the central council); returns the element ids completed.
   */
  async runUntilWaiting(id: string, choose: (task: Task) => Completion = approving): Promise<string[]> {
    const visited: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      const open = await this.openTasks(id);
      if (open.length === 0) return visited;
      visited.push((await this.step(id, choose)).task.elementId);
    }
    throw new Error(`Dossier ${id} did not stop: ${visited.join(' → ')}`);
  }
}
