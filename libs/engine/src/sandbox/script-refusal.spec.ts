import { Engine } from 'bpmn-engine';
import { createProcessRuntime, ScriptNotAllowedError } from '../index';
import { waitingTask } from '../testing/step-helpers';
import { scriptConditionModel, scriptTaskModel } from '../testing/test-models';

type Flags = Record<string, unknown>;
const flags = globalThis as unknown as Flags;

/** Runs a model on a stock bpmn-engine, which does run JavaScript from the model. */
async function runOnStockEngine(xml: string, signalFirstTask: boolean): Promise<void> {
  const StockEngine = Engine as unknown as new (options: Record<string, unknown>) => {
    execute(): Promise<{ getPostponed(): Array<{ signal(message: unknown): void }> }>;
  };
  const execution = await new StockEngine({ source: xml }).execute();
  if (signalFirstTask) execution.getPostponed()[0].signal({});
}

describe('scripts in models never run', () => {
  const runtime = createProcessRuntime();

  afterEach(() => {
    delete flags.vdScriptTaskRan;
    delete flags.vdScriptConditionRan;
  });

  it('refuses a script task with a typed error, and the script has no effect', async () => {
    const definition = await runtime.compile(scriptTaskModel('vdScriptTaskRan'));

    const attempt = runtime.start(definition, { businessKey: 'HS-S1', variables: {} });

    await expect(attempt).rejects.toBeInstanceOf(ScriptNotAllowedError);
    await expect(attempt).rejects.toMatchObject({ elementId: 'evil', language: 'javascript', code: 'ENGINE_SCRIPT_NOT_ALLOWED' });
    expect(flags.vdScriptTaskRan).toBeUndefined();
  });

  it('refuses a javascript condition with a typed error, and the condition has no effect', async () => {
    const definition = await runtime.compile(scriptConditionModel('vdScriptConditionRan'));
    const started = await runtime.start(definition, { businessKey: 'HS-S2', variables: {} });

    const attempt = runtime.completeTask(definition, started.state, {
      executionId: waitingTask(started, 'review').executionId,
      outcome: 'approve',
    });

    await expect(attempt).rejects.toBeInstanceOf(ScriptNotAllowedError);
    await expect(attempt).rejects.toMatchObject({ elementId: 'f_js' });
    expect(flags.vdScriptConditionRan).toBeUndefined();
  });

  // The models above are real escapes: a stock engine lets them reach the host's globals.
  it.each([
    ['script task', scriptTaskModel('vdScriptTaskRan'), 'vdScriptTaskRan', false],
    ['condition', scriptConditionModel('vdScriptConditionRan'), 'vdScriptConditionRan', true],
  ])('the %s model does set the flag on a stock bpmn-engine', async (_kind, xml, flag, signal) => {
    await runOnStockEngine(xml, signal);
    expect(flags[flag]).toBe(true);
  });
});
