/**
 * Minimal local declarations of the bpmn-engine / bpmn-elements objects this library
 * touches. The packages' own declarations are loose (`any` everywhere) and partly wrong for
 * v25/v17, so values from them are cast to these shapes at the few places they enter.
 */

export interface MessageFields {
  routingKey: string;
  redelivered?: boolean;
  [key: string]: unknown;
}

export interface MessageParent {
  id: string;
  type?: string;
  executionId?: string;
  path?: MessageParent[];
}

export interface MessageContent {
  id?: string;
  type?: string;
  executionId?: string;
  parent?: MessageParent;
  [key: string]: unknown;
}

export interface BrokerMessage {
  fields: MessageFields;
  content: MessageContent;
  properties: Record<string, unknown>;
}

export type BrokerHandler = (routingKey: string, message: BrokerMessage) => void;

export interface Broker {
  subscribeTmp(exchange: string, pattern: string, handler: BrokerHandler, options: Record<string, unknown>): unknown;
  cancel(consumerTag: string): void;
}

export interface EnvironmentLike {
  variables: Record<string, unknown>;
  output: Record<string, unknown>;
  settings: Record<string, unknown>;
  services: Record<string, unknown>;
  options: Record<string, unknown>;
  timers: unknown;
  assignVariables(variables: Record<string, unknown>): void;
  resolveExpression(expression: string, message?: unknown, fnContext?: unknown): unknown;
}

/** What `execution.getPostponed()` returns: an api over a waiting element. */
export interface ElementApi {
  id: string;
  type: string;
  name?: string;
  executionId: string;
  content: MessageContent;
  owner: { isSubProcess?: boolean };
  environment: EnvironmentLike;
  signal(message?: unknown): void;
  resolveExpression(expression: string): unknown;
  getPostponed(): ElementApi[];
}

/** An activity as extensions see it. */
export interface ActivityLike {
  id: string;
  type: string;
  broker: Broker;
  environment: EnvironmentLike;
}

export interface ExtensionInstance {
  activate(message: BrokerMessage): void;
  deactivate(message: BrokerMessage): void;
}

export type Extension = (activity: ActivityLike) => ExtensionInstance | undefined;

export interface ProcessLike {
  id: string;
  environment: EnvironmentLike;
}

export interface DefinitionLike {
  id: string;
  getProcessById(processId: string): ProcessLike | undefined;
}

export interface EngineExecution {
  state: string;
  definitions: DefinitionLike[];
  getPostponed(): ElementApi[];
}

export interface BpmnEngine {
  broker: Broker;
  execution: EngineExecution | null;
  execute(options?: Record<string, unknown>): Promise<EngineExecution>;
  recover(state: Record<string, unknown>): BpmnEngine;
  resume(options?: Record<string, unknown>): Promise<EngineExecution>;
  getState(): Promise<Record<string, unknown>>;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export type EngineConstructor = new (options: Record<string, unknown>) => BpmnEngine;

/** The scope bpmn-elements hands to a script (see activity/ExecutionScope.js). */
export interface ScriptScope {
  id?: string;
  type?: string;
  content?: MessageContent;
  environment?: EnvironmentLike;
}

export type ScriptCallback = (error: Error | null, output?: unknown) => void;

export interface ScriptLike {
  execute(scope: ScriptScope, callback: ScriptCallback): void;
}

/** The element asking for a script: a script task, or a sequence flow with a condition. */
export interface ScriptOwner {
  id: string;
  type?: string;
  behaviour?: { conditionExpression?: { body?: string; language?: string } };
}

/** Contract of the `scripts` option of Engine / Environment. */
export interface ScriptsHandler {
  register(element: unknown): unknown;
  getScript(language: string | undefined, element: ScriptOwner): ScriptLike | undefined;
}

/** Contract of the `expressions` option of Engine / Environment (see bpmn-elements Expressions.js). */
export interface ExpressionsHandler {
  resolveExpression(templatedString: unknown, context?: unknown, fnContext?: unknown): unknown;
  isExpression(text: unknown): boolean;
  hasExpression(text: unknown): boolean;
}
