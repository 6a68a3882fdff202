import { createProcessRuntime, type ProcessRuntime } from '../index';
import { definitionsXml, endEvent, exclusiveGateway, flow, startEvent, userTask } from '../testing/bpmn-xml';
import { daysAfter, T0, throughJson, waitingElementIds, waitingTask } from '../testing/step-helpers';

/**
 * A proposal goes from the commune to the district, unless the caller says the district
 * has closed; a district step is interrupted by a timer at the instant the caller gives.
 */
function closingTierModel(): string {
  return definitionsXml(`
    ${startEvent()}
    ${userTask('commune_forward', { outcomes: ['forward'], level: 'commune' })}
    ${exclusiveGateway('district_in_force', 'to_district')}
    ${userTask('district_appraise', { outcomes: ['approve'], level: 'district' })}
    <bpmn:boundaryEvent id="district_appraise_unit_closed" attachedToRef="district_appraise">
      <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">\${levelEndsAt.district}</bpmn:timeDate></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    ${userTask('province_appraise', { outcomes: ['approve'], level: 'province' })}
    ${endEvent('done')}
    ${flow('f_start', 'start', 'commune_forward')}
    ${flow('f_forward', 'commune_forward', 'district_in_force')}
    ${flow('to_district', 'district_in_force', 'district_appraise')}
    ${flow('skip_district', 'district_in_force', 'province_appraise', '${list contains(closedLevels, "district")}')}
    ${flow('f_district', 'district_appraise', 'province_appraise')}
    ${flow('f_closed', 'district_appraise_unit_closed', 'province_appraise')}
    ${flow('f_province', 'province_appraise', 'done')}
  `);
}

const OPEN_ENDED = '9999-12-31T00:00:00.000Z';

describe.each([
  ['stateless', () => createProcessRuntime()],
  ['with warm instances', () => createProcessRuntime({ warmInstances: 4 })],
])('variables the caller sets for a step (%s)', (_mode, makeRuntime) => {
  let runtime: ProcessRuntime;

  beforeAll(() => {
    runtime = makeRuntime();
  });

  async function atCommune(levelEndsAt: Record<string, string>) {
    const definition = await runtime.compile(closingTierModel());
    const started = await runtime.start(definition, { businessKey: 'HS-V1', variables: { closedLevels: [], levelEndsAt }, now: T0 });
    runtime.keepWarm(started, { key: 'HS-V1', version: 1 });
    return { definition, started };
  }

  it('routes a gateway on a variable given with the completion, and keeps it in the state', async () => {
    const { definition, started } = await atCommune({ district: OPEN_ENDED });
    const forwarded = await runtime.completeTask(
      definition,
      throughJson(started.state),
      { executionId: waitingTask(started, 'commune_forward').executionId, outcome: 'forward' },
      { now: T0, warm: { key: 'HS-V1', version: 1 }, variables: { closedLevels: ['district'] } },
    );
    expect(waitingElementIds(forwarded)).toEqual(['province_appraise']);
    expect(forwarded.variables.closedLevels).toEqual(['district']);
    expect(forwarded.timers).toEqual([]);
  });

  it('takes the default flow when the variable says nothing closed', async () => {
    const { definition, started } = await atCommune({ district: OPEN_ENDED });
    const forwarded = await runtime.completeTask(
      definition,
      throughJson(started.state),
      { executionId: waitingTask(started, 'commune_forward').executionId, outcome: 'forward' },
      { now: T0, variables: { closedLevels: [] } },
    );
    expect(waitingElementIds(forwarded)).toEqual(['district_appraise']);
    expect(forwarded.timers.map(({ elementId, timerType, expireAt }) => ({ elementId, timerType, expireAt }))).toEqual([
      { elementId: 'district_appraise_unit_closed', timerType: 'timeDate', expireAt: OPEN_ENDED },
    ]);
  });

  it('arms a timer at the instant a step variable gives, and fires it on request', async () => {
    const { definition, started } = await atCommune({ district: OPEN_ENDED });
    const endsAt = '2025-06-30T17:00:00.000Z';
    const forwarded = await runtime.completeTask(
      definition,
      throughJson(started.state),
      { executionId: waitingTask(started, 'commune_forward').executionId, outcome: 'forward' },
      { now: T0, variables: { closedLevels: [], levelEndsAt: { district: endsAt } } },
    );
    const [closing] = forwarded.timers;
    expect(closing.expireAt).toBe(endsAt);
    const fired = await runtime.fireTimer(definition, throughJson(forwarded.state), closing.executionId, {
      now: daysAfter(new Date(endsAt), 1),
      variables: { closedLevels: ['district'] },
    });
    expect(waitingElementIds(fired)).toEqual(['province_appraise']);
    expect(fired.closedTaskExecutionIds).toEqual([waitingTask(forwarded, 'district_appraise').executionId]);
  });

  it('refuses reserved names as it does at start', async () => {
    const { definition, started } = await atCommune({ district: OPEN_ENDED });
    await expect(
      runtime.completeTask(
        definition,
        throughJson(started.state),
        { executionId: waitingTask(started, 'commune_forward').executionId, outcome: 'forward' },
        { variables: { environment: 'x' } },
      ),
    ).rejects.toThrow(/Reserved variable names: environment/);
  });
});
