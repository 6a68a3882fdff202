import serializeModdleContext, { TypeResolver } from 'moddle-context-serializer';
import type { CompiledDefinition } from '../contract';
import { elementTypes } from '../elements/element-types';
import { DefinitionError } from '../errors';
import { createModdle } from '../moddle/create-moddle';
import type { ModdleElement, ModdleParseResult } from '../moddle/moddle-types';
import { DefinitionInternals, type SourceContext } from './definition-internals';
import { elementsOf, stringOf } from './model-elements';
import { readProcessModel } from './read-process-model';

type Serialize = (moddleContext: ModdleParseResult, typeResolver: unknown) => SourceContext;
const serialize = serializeModdleContext as unknown as Serialize;
const typeResolver: unknown = TypeResolver(elementTypes);

/**
 * Parses the XML once (camunda + vd extensions), checks it, and serialises it into the
 * source context that every engine of this definition version shares. Nothing of the
 * model is executed here.
 */
export async function compileDefinition(xml: string): Promise<CompiledDefinition> {
  const parsed = await parseXml(xml);
  const process = pickExecutableProcess(parsed.rootElement);
  const model = readProcessModel(process);
  if (model.issues.length) throw new DefinitionError(model.issues);

  const sourceContext = serializeOnce(parsed);
  // bpmn-engine runs every executable process of a definition; instances run only ours.
  for (const other of sourceContext.getProcesses()) {
    if (other.id !== process.id) other.behaviour.isExecutable = false;
  }

  const processName = stringOf(process.name);
  return {
    processId: process.id ?? '',
    ...(processName && { processName }),
    userTasks: [...model.userTasks.values()],
    internal: new DefinitionInternals(sourceContext, process.id ?? '', model.userTasks, model.endEvents, model.timerEvents),
  };
}

async function parseXml(xml: string): Promise<ModdleParseResult> {
  let parsed: ModdleParseResult;
  try {
    parsed = await createModdle().fromXML(xml);
  } catch (error) {
    throw new DefinitionError([{ reason: `the XML is not a BPMN 2.0 model: ${messageOf(error)}` }], { cause: error });
  }
  // Unresolved references and unknown content would silently drop parts of the flow.
  if (parsed.warnings.length) {
    throw new DefinitionError(parsed.warnings.map((warning) => ({ elementId: warning.element?.id, reason: warning.message })));
  }
  return parsed;
}

/** The first process marked isExecutable="true", in document order. */
function pickExecutableProcess(definitions: ModdleElement): ModdleElement {
  const processes = elementsOf(definitions.rootElements).filter((element) => element.$type === 'bpmn:Process');
  const executable = processes.find((process) => process.isExecutable === true);
  if (!executable?.id) {
    const reason = processes.length
      ? 'no process is marked isExecutable="true"'
      : 'the model has no process';
    throw new DefinitionError([{ reason }]);
  }
  return executable;
}

function serializeOnce(parsed: ModdleParseResult): SourceContext {
  let context: SourceContext;
  try {
    context = serialize(parsed, typeResolver);
  } catch (error) {
    throw new DefinitionError([{ reason: `the model cannot be loaded: ${messageOf(error)}` }], { cause: error });
  }
  // bpmn-engine writes the whole model as JSON into every saved state (which stripState then
  // drops): the model never changes, so it is written once per definition, not once per step.
  const serializeModel = context.serialize.bind(context);
  let serialized: string | undefined;
  context.serialize = () => (serialized ??= serializeModel());
  return context;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
