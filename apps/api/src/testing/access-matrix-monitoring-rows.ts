import { OK, onChain, type Actor, type MatrixRow } from './access-actors';

/**
 * Matrix rows for the supervisors' monitoring view: supervisors and admins anywhere may ask
 * (each over its own subtree), the system admin over everything, other roles never. Only
 * the filing commune's chain holds the matrix's open council task, so only they find it;
 * narrowing to the filing commune is refused to watchers of the sibling and the other province.
 */
const watcher = (a: Actor) => a.role === 'system' || a.role === 'supervisor' || a.role === 'admin';
const FORBIDDEN = { status: 403, code: 'MONITORING_FORBIDDEN' };

/** Whether the answer counts an open commune council (the matrix's shared task). */
const seesOpenCouncil = (body: unknown) => (body as { rows: Array<{ elementId: string; open: number }> }).rows.some((row) => row.elementId === 'commune_council' && row.open > 0);

export function monitoringRows(ids: { filing: string }): MatrixRow[] {
  return [
    {
      endpoint: 'GET /api/monitoring/bottlenecks',
      expect: (a) => (watcher(a) ? OK : FORBIDDEN),
      send: ({ t }) => t.http().get('/api/monitoring/bottlenecks'),
      sees: { who: (a) => watcher(a) && onChain(a), found: seesOpenCouncil },
    },
    {
      endpoint: 'GET /api/monitoring/bottlenecks?localityId=',
      expect: (a) => (!watcher(a) ? FORBIDDEN : onChain(a) ? OK : { status: 403, code: 'MONITORING_LOCALITY_FORBIDDEN' }),
      send: ({ t }) => t.http().get(`/api/monitoring/bottlenecks?localityId=${ids.filing}`),
      sees: { who: () => true, found: seesOpenCouncil },
    },
  ];
}
