import type { TestApp } from './test-app';

export interface OpenTask {
  id: string;
  elementId: string;
  name: string;
  level: string;
  localityId: string;
  candidateRole: string;
  outcomes: string[];
  formKey: string | null;
}

export interface Completion {
  outcome: string;
  data?: Record<string, unknown>;
  comment?: string;
}

/** What a cooperative office does at each kind of step when nothing else is asked. */
export function approvingCompletion(task: OpenTask): Completion {
  if (task.formKey === 'vd:council-vote') return { outcome: 'record', data: { members: 10, present: 10, votesFor: 10 } };
  const preferred = ['approve', 'forward', 'decide', 'submit', 'resubmit', 'record'].find((outcome) => task.outcomes.includes(outcome));
  if (!preferred) throw new Error(`No approving outcome for ${task.elementId}: ${task.outcomes.join(',')}`);
  return { outcome: preferred };
}

/** Drives dossiers through the HTTP API as the demo users whose role and unit match each task. */
export class ChainDriver {
  private codes: Map<string, string> | undefined;

  constructor(private readonly t: TestApp) {}

  async localityId(code: string): Promise<string> {
    const codes = await this.localityCodes();
    const found = [...codes].find(([, c]) => c === code);
    if (!found) throw new Error(`No demo locality ${code}`);
    return found[0];
  }

  async createAndSubmit(input: { localityCode: string; awardTypeCode: string; nominees?: number; title?: string }): Promise<string> {
    const clerk = await this.t.as(`clerk.${input.localityCode}`);
    const created = await this.t
      .http()
      .post('/api/dossiers')
      .set(clerk)
      .send({
        awardTypeCode: input.awardTypeCode,
        localityId: await this.localityId(input.localityCode),
        title: input.title ?? 'Đề nghị khen thưởng phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"',
        // Individuals are eligible for every seeded award type.
        nominees: Array.from({ length: input.nominees ?? 2 }, (_, i) => ({ kind: 'individual', fullName: `Ông Nguyễn Văn Ấn ${i + 1}` })),
      })
      .expect(201);
    await this.t.http().post(`/api/dossiers/${created.body.id}/submit`).set(clerk).expect(200);
    return created.body.id as string;
  }

  /** The dossier's open tasks, as the system administrator sees them. */
  async openTasks(dossierId: string): Promise<OpenTask[]> {
    const response = await this.t.http().get(`/api/dossiers/${dossierId}`).set(await this.t.as('admin')).expect(200);
    return (response.body.tasks as Array<OpenTask & { status: string }>).filter((task) => task.status === 'open');
  }

  async onlyOpenTask(dossierId: string): Promise<OpenTask> {
    const open = await this.openTasks(dossierId);
    expect(open).toHaveLength(1);
    return open[0] as OpenTask;
  }

  /** The demo account that may act on the task: `<role>.<code of the task's unit>`. */
  async actorFor(task: OpenTask): Promise<string> {
    const code = (await this.localityCodes()).get(task.localityId);
    return `${task.candidateRole}.${code}`;
  }

  async complete(task: OpenTask, completion: Completion, username?: string) {
    return this.t
      .http()
      .post(`/api/tasks/${task.id}/complete`)
      .set(await this.t.as(username ?? (await this.actorFor(task))))
      .send(completion);
  }

  async completeOk(task: OpenTask, completion: Completion, username?: string): Promise<void> {
    const response = await this.complete(task, completion, username);
    if (response.status !== 200) throw new Error(`${task.elementId}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** Completes the single open task, expecting success; returns which step it was. */
  async step(dossierId: string, choose: (task: OpenTask) => Completion = approvingCompletion): Promise<OpenTask> {
    const task = await this.onlyOpenTask(dossierId);
    const response = await this.complete(task, choose(task));
    if (response.status !== 200) throw new Error(`${task.elementId}: ${response.status} ${JSON.stringify(response.body)}`);
    return task;
  }

  /**
   * Approves every step until the chain ends; returns the element ids visited, in order.
   * When nothing is open but the chain still runs (the public posting before the central
   * council), time moves on until its timer fires.
   */
  async runToEnd(dossierId: string, choose: (task: OpenTask) => Completion = approvingCompletion): Promise<string[]> {
    const visited: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      const open = await this.openTasks(dossierId);
      if (open.length === 0) {
        if ((await this.dossier(dossierId)).status !== 'in_progress') return visited;
        this.t.clock.advanceDays(15);
        if ((await this.t.fireDueTimers()) === 0) throw new Error(`Chain stuck after ${visited.join(' → ')}`);
        continue;
      }
      visited.push((await this.step(dossierId, choose)).elementId);
    }
    throw new Error(`Chain did not end: ${visited.join(' → ')}`);
  }

  async dossier(dossierId: string) {
    return (await this.t.http().get(`/api/dossiers/${dossierId}`).set(await this.t.as('admin')).expect(200)).body;
  }

  private async localityCodes(): Promise<Map<string, string>> {
    if (!this.codes) {
      const response = await this.t.http().get('/api/localities').set(await this.t.as('admin')).expect(200);
      this.codes = new Map((response.body as Array<{ id: string; code: string }>).map((unit) => [unit.id, unit.code]));
    }
    return this.codes;
  }
}
