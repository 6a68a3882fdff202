import type { IssueSink } from '../lint-report';
import type { ProcessScope } from '../model/process-scope';

/** What every house rule gets: the executable process, flattened, and where to report. */
export interface RuleContext {
  scope: ProcessScope;
  sink: IssueSink;
}

export type HouseRule = (context: RuleContext) => void;
