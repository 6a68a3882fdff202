import type { Level } from '@vinh-danh/domain';
import type { LocalityEntity } from '../entities/locality.entity';

/** A unit as other units mention it: enough to name it and tell whether it is in force. */
export interface LocalityRef {
  id: string;
  code: string;
  name: string;
  level: Level;
  validFrom: string | null;
  validTo: string | null;
}

export interface LocalityDetailView extends LocalityEntity {
  /** The unit itself, then each unit above it up to central. */
  chain: LocalityRef[];
  successor: LocalityRef | null;
  predecessors: LocalityRef[];
}

export function toLocalityRef({ id, code, name, level, validFrom, validTo }: LocalityEntity): LocalityRef {
  return { id, code, name, level, validFrom, validTo };
}

/** In force on `day` (`YYYY-MM-DD`): both ends of the validity are inclusive. */
export function isValidOn(unit: Pick<LocalityEntity, 'validFrom' | 'validTo'>, day: string): boolean {
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
}
