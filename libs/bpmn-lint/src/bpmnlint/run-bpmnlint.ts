import { Linter } from 'bpmnlint';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import type { BpmnlintCheck, BpmnlintConfig, BpmnlintRuleDefinition } from 'bpmnlint/rule-types';
import { ISSUE_CODES } from '../issue-codes';
import type { IssueCollector } from '../lint-report';
import type { ModdleElement } from '../moddle/moddle-element';
import { bpmnlintRuleNames, bpmnlintSetting } from './bpmnlint-rules';

/**
 * Stage 6: bpmnlint's generic model checks on the same tree the house rules read. Rules are
 * handed over through a static resolver (no config file lookup, no require by name at run
 * time). A new Linter per lint: bpmnlint caches rule instances, and some rules keep state
 * in their closure (no-duplicate-sequence-flows remembers every flow it saw).
 */
export async function runBpmnlint(definitions: ModdleElement, keptIds: ReadonlySet<string>, collector: IssueCollector): Promise<void> {
  const names = bpmnlintRuleNames();
  const failedRules = new Set<string>();
  const cache = Object.fromEntries(names.map((name) => [`rule:bpmnlint/${name}`, bpmnlintSetting(name)?.factory]));
  const linter = new Linter({
    resolver: new StaticResolver(cache),
    transformRule: (rule, { ruleName }) => guardRule(rule, () => failedRules.add(ruleName)),
  });
  const config: BpmnlintConfig = { rules: Object.fromEntries(names.map((name) => [name, 'error' as const])) };
  const results = await linter.lint(definitions, config);

  for (const [rule, reports] of Object.entries(results)) {
    const setting = bpmnlintSetting(rule);
    if (!setting) continue;
    for (const report of reports) {
      if (report.category === 'rule-error') {
        failedRules.add(rule);
        continue;
      }
      const elementId = report.id;
      if (elementId !== undefined && !keptIds.has(elementId)) continue;
      const superseded = (setting.supersededBy ?? []).some((code) =>
        collector.errors.some((issue) => issue.code === code && issue.elementId === elementId),
      );
      if (superseded) continue;
      collector[setting.severity]({
        code: `bpmnlint.${rule}`,
        ...(elementId === undefined ? {} : { elementId }),
        message: `${setting.messageVi} (bpmnlint: ${report.message})`,
      });
    }
  }
  for (const rule of failedRules) {
    collector.warning({
      code: ISSUE_CODES.bpmnlintRuleFailed,
      message: `Quy tắc bpmnlint "${rule}" không chạy hết được trên mô hình này (rule failed)`,
    });
  }
}

/**
 * Runs a rule's check node by node, so that one odd element (a flow whose target did not
 * resolve) costs one finding instead of the whole rule, and nothing is logged to the console.
 */
function guardRule(rule: BpmnlintRuleDefinition, onFailure: () => void): BpmnlintRuleDefinition {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R | undefined => {
      try {
        return fn(...args);
      } catch {
        onFailure();
        return undefined;
      }
    };
  const check: BpmnlintCheck = rule.check;
  if (typeof check === 'function') return { ...rule, check: guard(check) };
  return {
    ...rule,
    check: {
      ...(check.enter ? { enter: guard(check.enter) } : {}),
      ...(check.leave ? { leave: guard(check.leave) } : {}),
    },
  };
}
