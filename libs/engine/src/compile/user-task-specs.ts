import type { UserTaskSpec } from '../contract';
import type { DefinitionIssue } from '../errors';
import type { ModdleElement } from '../moddle/moddle-types';
import { listOf, stringOf } from './model-elements';

/** The static description of a user task, read from `camunda:` and `vd:` attributes. */
export function readUserTaskSpec(element: ModdleElement, issues: DefinitionIssue[]): UserTaskSpec {
  const elementId = element.id ?? '';
  const spec: UserTaskSpec = {
    elementId,
    name: stringOf(element.name) ?? elementId,
    candidateGroups: listOf(element.get('camunda:candidateGroups')),
    outcomes: listOf(element.get('vd:outcomes')),
  };
  assignDefined(spec, 'assignee', stringOf(element.get('camunda:assignee')));
  assignDefined(spec, 'formKey', stringOf(element.get('camunda:formKey')));
  assignDefined(spec, 'dueDate', stringOf(element.get('camunda:dueDate')));
  assignDefined(spec, 'level', stringOf(element.get('vd:level')));
  assignDefined(spec, 'legalBasis', stringOf(element.get('vd:legalBasis')));

  const limit = element.get('vd:limitWorkingDays');
  if (limit !== undefined) {
    if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 0) spec.limitWorkingDays = limit;
    else issues.push({ elementId, reason: 'vd:limitWorkingDays must be a whole number of working days' });
  }
  return spec;
}

function assignDefined<K extends keyof UserTaskSpec>(spec: UserTaskSpec, key: K, value: UserTaskSpec[K] | undefined): void {
  if (value !== undefined) spec[key] = value;
}
