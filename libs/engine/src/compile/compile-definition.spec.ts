import { createProcessRuntime, DefinitionError, type CompiledDefinition } from '../index';
import { definitionsXml, endEvent, flow, startEvent, subProcess, timerCatch, userTask } from '../testing/bpmn-xml';
import { reviewModel, serviceTaskModel } from '../testing/test-models';

const runtime = createProcessRuntime();

async function compileError(xml: string): Promise<DefinitionError> {
  const error: unknown = await runtime.compile(xml).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof DefinitionError)) throw new Error(`expected a DefinitionError, got ${String(error)}`);
  return error;
}

function linear(body: string, first: string): string {
  return definitionsXml(`${startEvent()}${body}${endEvent('done')}${flow('f_start', 'start', first)}`);
}

describe('compile', () => {
  it('describes the executable process and its user tasks', async () => {
    const definition = await runtime.compile(reviewModel());

    expect(definition.processId).toBe('approval');
    expect(definition.processName).toBe('Test approval');
    expect(definition.userTasks.map((task) => task.elementId)).toEqual(['review', 'decide']);
    expect(definition.userTasks[0]).toEqual({
      elementId: 'review',
      name: 'Xét duyệt',
      candidateGroups: ['clerk', 'secretary'],
      assignee: '${initiator}',
      dueDate: '${deadline}',
      formKey: 'vd:review',
      level: 'commune',
      limitWorkingDays: 10,
      legalBasis: 'Nghị định 98/2023/NĐ-CP',
      outcomes: ['approve', 'reject'],
    });
    expect(definition.userTasks[1]).toEqual({ elementId: 'decide', name: 'decide', candidateGroups: [], outcomes: ['sign'] });
  });

  it('finds user tasks inside sub-processes', async () => {
    const inner = `${startEvent('s2')}${userTask('inner_task')}${flow('f2', 's2', 'inner_task')}`;
    const definition = await runtime.compile(linear(`${subProcess('sub', inner)}${flow('f_sub', 'sub', 'done')}`, 'sub'));

    expect(definition.userTasks.map((task) => task.elementId)).toEqual(['inner_task']);
  });

  it('runs only the first executable process of a collaboration', async () => {
    const process = (id: string, executable: boolean, task: string) => `
      <bpmn:process id="${id}" isExecutable="${executable}">
        ${startEvent(`${id}_start`)}${userTask(task)}${flow(`${id}_f`, `${id}_start`, task)}
      </bpmn:process>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="collab_defs" targetNamespace="x">
        <bpmn:collaboration id="collab">
          <bpmn:participant id="p_commune" processRef="commune" />
          <bpmn:participant id="p_district" processRef="district" />
          <bpmn:participant id="p_province" processRef="province" />
        </bpmn:collaboration>
        ${process('commune', false, 'commune_task')}
        ${process('district', true, 'district_task')}
        ${process('province', true, 'province_task')}
      </bpmn:definitions>`;

    const definition: CompiledDefinition = await runtime.compile(xml);
    const started = await runtime.start(definition, { businessKey: 'HS-K1', variables: {} });

    expect(definition.processId).toBe('district');
    expect(definition.userTasks.map((task) => task.elementId)).toEqual(['district_task']);
    expect(started.waitingTasks.map((task) => task.elementId)).toEqual(['district_task']);
  });

  it('accepts a model with a service task', async () => {
    await expect(runtime.compile(serviceTaskModel())).resolves.toMatchObject({ processId: 'approval' });
  });

  it('rejects XML that is not BPMN', async () => {
    const error = await compileError('<bpmn:definitions');
    expect(error.code).toBe('ENGINE_DEFINITION_INVALID');
    expect(error.issues[0].reason).toMatch(/not a BPMN 2.0 model/);
  });

  it('rejects a model without an executable process', async () => {
    const xml = definitionsXml(startEvent()).replace('isExecutable="true"', 'isExecutable="false"');
    await expect(compileError(xml)).resolves.toMatchObject({ issues: [{ reason: 'no process is marked isExecutable="true"' }] });
  });

  it('rejects unresolved references', async () => {
    const error = await compileError(linear(flow('f_dangling', 'start', 'nowhere'), 'done'));
    expect(error.issues.map((issue) => issue.reason).join()).toMatch(/unresolved reference <nowhere>/);
  });

  it.each([
    ['a FEEL syntax error', '${outcome == }', /syntax error/],
    ['text around the expression', 'approve ${outcome}', /one expression/],
    ['a literal', 'true', /one expression/],
  ])('rejects a condition with %s', async (_case, condition, reason) => {
    const body = `${userTask('review')}${flow('f_review', 'review', 'done', condition)}`;
    const error = await compileError(linear(body, 'review'));
    expect(error.issues).toEqual([{ elementId: 'f_review', reason: expect.stringMatching(reason) }]);
  });

  it('accepts FEEL conditions declared by language, without ${}', async () => {
    const body = `${userTask('review')}${flow('f_review', 'review', 'done', 'outcome = "approve"', 'feel')}`;
    await expect(runtime.compile(linear(body, 'review'))).resolves.toMatchObject({ processId: 'approval' });
  });

  it('rejects invalid timer values and timers without one', async () => {
    const bad = `${timerCatch('bad_timer', 'timeDuration', 'P3X')}${flow('f_bad', 'bad_timer', 'done')}`;
    await expect(compileError(linear(bad, 'bad_timer'))).resolves.toMatchObject({ issues: [{ elementId: 'bad_timer' }] });

    const empty = `<bpmn:intermediateCatchEvent id="empty_timer"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>${flow('f_e', 'empty_timer', 'done')}`;
    await expect(compileError(linear(empty, 'empty_timer'))).resolves.toMatchObject({
      issues: [{ elementId: 'empty_timer', reason: 'timer has no timeDuration, timeDate or timeCycle' }],
    });
  });

  it('rejects a time limit that is not a whole number of days', async () => {
    const body = `${userTask('review', { limitWorkingDays: 'ten' })}${flow('f_review', 'review', 'done')}`;
    const error = await compileError(linear(body, 'review'));
    expect(error.issues.map((issue) => issue.elementId)).toContain('review');
  });

  it('refuses a definition it did not compile', async () => {
    const forged: CompiledDefinition = { processId: 'approval', userTasks: [], internal: {} };
    await expect(runtime.start(forged, { businessKey: 'x', variables: {} })).rejects.toThrow(TypeError);
  });
});
