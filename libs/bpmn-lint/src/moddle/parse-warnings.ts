import { ISSUE_CODES } from '../issue-codes';
import type { IssueSink } from '../lint-report';
import { idOf } from './moddle-element';
import type { ParseWarning } from './parse-definitions';

/**
 * moddle-xml's warnings as lint issues. An unresolved reference inside the executable
 * process is an error (a sequence flow whose target is missing cannot run); elsewhere, and
 * for anything moddle could not read (dropped from the tree, as the engine will drop it),
 * a warning. The encoding warning is dropped: stage 1 already ruled on the encoding.
 */
export function reportParseWarnings(
  warnings: readonly ParseWarning[],
  executableIds: ReadonlySet<string> | undefined,
  sink: IssueSink,
): void {
  for (const warning of warnings) {
    const elementId = idOf(warning.element);
    const at = {
      ...(elementId ? { elementId } : {}),
      ...(warning.line === undefined ? {} : { line: warning.line, column: warning.column }),
    };
    switch (warning.kind) {
      case 'encoding':
        break;
      case 'unresolved-reference': {
        const issue = {
          code: ISSUE_CODES.bpmnUnresolvedReference,
          ...at,
          message: `Tham chiếu không tồn tại (${warning.message})`,
        };
        if (elementId !== undefined && executableIds?.has(elementId)) sink.error(issue);
        else sink.warning(issue);
        break;
      }
      case 'unknown-attribute':
        sink.warning({
          code: ISSUE_CODES.bpmnUnknownAttribute,
          ...at,
          message: `Thuộc tính không xác định, sẽ bị bỏ qua (${warning.message})`,
        });
        break;
      default:
        sink.warning({
          code: ISSUE_CODES.bpmnParseWarning,
          ...at,
          message: `Nội dung không đọc được, sẽ bị bỏ qua (${warning.message})`,
        });
    }
  }
}
