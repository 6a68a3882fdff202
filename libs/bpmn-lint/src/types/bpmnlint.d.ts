// bpmnlint 11 ships JSDoc-typed CommonJS without declarations for its entry points. These
// declarations cover the Linter, the static resolver and the rule modules the lint imports.
declare module 'bpmnlint' {
  import type { BpmnlintConfig, BpmnlintResolver, BpmnlintRuleDefinition, BpmnlintResults } from 'bpmnlint/rule-types';

  export class Linter {
    constructor(options: {
      resolver: BpmnlintResolver;
      config?: BpmnlintConfig;
      transformRule?: (rule: BpmnlintRuleDefinition, options: { pkg: string; ruleName: string }) => BpmnlintRuleDefinition;
    });
    lint(moddleRoot: object, config?: BpmnlintConfig): Promise<BpmnlintResults>;
  }
}

declare module 'bpmnlint/lib/resolver/static-resolver' {
  import type { BpmnlintResolver } from 'bpmnlint/rule-types';

  class StaticResolver implements BpmnlintResolver {
    constructor(cache: Record<string, unknown>);
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
  }
  export = StaticResolver;
}

declare module 'bpmnlint/rules/*' {
  import type { BpmnlintRuleFactory } from 'bpmnlint/rule-types';

  const factory: BpmnlintRuleFactory;
  export = factory;
}

/** Not a real module: shared type names for the declarations above. */
declare module 'bpmnlint/rule-types' {
  export interface BpmnlintReporter {
    report(id: string, message: string, path?: unknown): void;
  }
  export type BpmnlintEnter = (node: object, reporter: BpmnlintReporter) => boolean | void;
  export type BpmnlintLeave = (node: object, reporter: BpmnlintReporter) => void;
  export type BpmnlintCheck = BpmnlintEnter | { enter?: BpmnlintEnter; leave?: BpmnlintLeave };
  export interface BpmnlintRuleDefinition {
    meta?: { documentation?: { url?: string } };
    check: BpmnlintCheck;
  }
  export type BpmnlintRuleFactory = (config?: unknown) => BpmnlintRuleDefinition;
  export interface BpmnlintResolver {
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
  }
  export interface BpmnlintConfig {
    extends?: string | string[];
    rules?: Record<string, 'off' | 'warn' | 'error' | 'info'>;
  }
  export interface BpmnlintReport {
    id?: string;
    message: string;
    category: 'warn' | 'error' | 'info' | 'rule-error';
  }
  export type BpmnlintResults = Record<string, BpmnlintReport[]>;
}
