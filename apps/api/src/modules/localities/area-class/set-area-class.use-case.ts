import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isAreaClass } from '@vinh-danh/domain';
import { Clock } from '../../../common/clock/clock';
import { AuditLog } from '../../audit/audit-log';
import { holdsRoleAt, type AuthenticatedUser } from '../../auth/authenticated-user';
import { LocalityEntity } from '../entities/locality.entity';
import { LocalitiesService } from '../localities.service';
import { LocalityAdminForbiddenError, LocalityAreaClassInvalidError } from '../localities.errors';
import type { LocalityDetailView } from '../views/locality-view';

/**
 * Sets a unit's khu vực (area class I, II, III, or none), which measured criteria read
 * their thresholds by (poverty reduction ≥3%/yr in area II, ≥5%/yr in area III). Admins of
 * the unit or of a unit above it may; the change is audited with its old and new value.
 */
@Injectable()
export class SetAreaClassUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly localities: LocalitiesService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, id: string, areaClass: unknown): Promise<LocalityDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.localities.get(id, manager);
      const chain = await this.localities.ancestorsOrSelf(unit.id, manager);
      if (!user.isSystemAdmin && !chain.some((above) => holdsRoleAt(user, 'admin', above.id))) throw new LocalityAdminForbiddenError(unit.name);
      const value = areaClass === null ? null : isAreaClass(areaClass) ? areaClass : undefined;
      if (value === undefined) throw new LocalityAreaClassInvalidError(areaClass);
      if (unit.areaClass === value) return;
      await manager.getRepository(LocalityEntity).update({ id: unit.id }, { areaClass: value });
      await this.audit.append(manager, [
        {
          dossierId: null,
          type: 'locality.area-class.changed',
          actor: user.username,
          occurredAt: this.clock.now(),
          payload: { localityId: unit.id, code: unit.code, name: unit.name, from: unit.areaClass, to: value },
        },
      ]);
    });
    return this.localities.detail(id);
  }
}
