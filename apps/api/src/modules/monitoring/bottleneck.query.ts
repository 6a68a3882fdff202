import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { subtreeCondition } from '../access/access-policy';
import { SqlParams } from '../dossiers/search/search-page';
import type { BottleneckRow } from './views/bottleneck-view';

export interface BottleneckFilter {
  /** Roots of the subtrees whose units' tasks count (tasks.locality_id); undefined: everywhere. */
  roots: string[] | undefined;
  definitionKey: string | undefined;
  /** Completions counted from this instant (inclusive) … */
  completedFrom: Date | undefined;
  /** … to this one (exclusive). */
  completedBefore: Date | undefined;
  /** "Now" for open, overdue and age. */
  now: Date;
}

/**
 * Per (definition key, BPMN element): open, completed in the window, overdue, median and p90
 * wait, the oldest open task's age — one statement. The two UNION ALL branches each keep a
 * plain filter on their index: open tasks on (status, locality_id, …), completed ones on
 * (locality_id, completed_at) (migration MonitoringIndexes); the subtree is computed once per
 * branch as an array (`subtreeCondition`). Cancelled tasks are in neither branch.
 */
@Injectable()
export class BottleneckQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(filter: BottleneckFilter): Promise<BottleneckRow[]> {
    const sql = new SqlParams();
    const inSubtree = filter.roots ? `AND ${subtreeCondition('t.locality_id', sql.param(filter.roots))}` : '';
    const window = [
      filter.completedFrom ? `AND t.completed_at >= ${sql.param(filter.completedFrom)}` : '',
      filter.completedBefore ? `AND t.completed_at < ${sql.param(filter.completedBefore)}` : '',
    ].join(' ');
    const ofKey = filter.definitionKey ? `WHERE d.key = ${sql.param(filter.definitionKey)}` : '';
    const now = `CAST(${sql.param(filter.now)} AS timestamptz)`;
    const columns = 't.instance_id, t.element_id, t.name, t.level, t.status, t.created_at, t.completed_at, t.due_at';
    return this.dataSource.query(
      `WITH scoped AS (
         SELECT ${columns}, NULL::float8 AS wait_hours
           FROM tasks t WHERE t.status = 'open' ${inSubtree}
         UNION ALL
         SELECT ${columns}, extract(epoch FROM t.completed_at - t.created_at)::float8 / 3600 AS wait_hours
           FROM tasks t WHERE t.status = 'completed' ${inSubtree} ${window}
       ), per_element AS (
         SELECT d.key AS definition_key,
                s.element_id,
                (array_agg(s.name ORDER BY s.created_at DESC))[1] AS name,
                (array_agg(s.level ORDER BY s.created_at DESC))[1] AS level,
                (count(*) FILTER (WHERE s.status = 'open'))::int AS open,
                (count(*) FILTER (WHERE s.status = 'completed'))::int AS completed,
                (count(*) FILTER (WHERE s.status = 'open' AND s.due_at < ${now}))::int AS overdue_open,
                (count(*) FILTER (WHERE s.status = 'completed' AND s.completed_at > s.due_at))::int AS completed_late,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY s.wait_hours) FILTER (WHERE s.status = 'completed') AS median_wait_hours,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY s.wait_hours) FILTER (WHERE s.status = 'completed') AS p90_wait_hours,
                (extract(epoch FROM ${now} - min(s.created_at) FILTER (WHERE s.status = 'open')) / 3600)::float8 AS oldest_open_hours
           FROM scoped s
           JOIN process_instances i ON i.id = s.instance_id
           JOIN process_definitions d ON d.id = i.definition_id
           ${ofKey}
          GROUP BY d.key, s.element_id
       )
       SELECT * FROM per_element e
        ORDER BY e.overdue_open + e.completed_late DESC, e.p90_wait_hours DESC NULLS LAST, e.oldest_open_hours DESC NULLS LAST, e.definition_key, e.element_id`,
      sql.values,
    );
  }
}
