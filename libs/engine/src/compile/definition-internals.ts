import type { CompiledDefinition, UserTaskSpec } from '../contract';

/** The serialised model (moddle-context-serializer); read-only, shared by every engine. */
export interface SourceContext {
  id?: string;
  getProcesses(): Array<{ id: string; behaviour: Record<string, unknown> }>;
  /** The model as JSON; bpmn-engine calls it for every saved state. */
  serialize(): string;
}

export interface EndEventInfo {
  name?: string;
  /** Error code of an error end event (`bpmn:Error@errorCode`). */
  errorCode?: string;
  /** `vd:result`: what ending here means for the business case. */
  result?: string;
}

export interface TimerEventInfo {
  attachedToElementId?: string;
  interrupting?: boolean;
}

/** What the runtime needs of a compiled definition, kept behind `CompiledDefinition.internal`. */
export class DefinitionInternals {
  constructor(
    readonly sourceContext: SourceContext,
    readonly processId: string,
    readonly userTasks: ReadonlyMap<string, UserTaskSpec>,
    /** End events directly in the executable process (not in sub-processes). */
    readonly endEvents: ReadonlyMap<string, EndEventInfo>,
    readonly timerEvents: ReadonlyMap<string, TimerEventInfo>,
  ) {}
}

export function internalsOf(definition: CompiledDefinition): DefinitionInternals {
  const internal = definition.internal;
  if (!(internal instanceof DefinitionInternals)) {
    throw new TypeError('Not a definition compiled by this runtime (use ProcessRuntime.compile)');
  }
  return internal;
}
