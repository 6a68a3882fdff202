import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { hashPassword } from '../auth/password-hasher';
import { AwardTypeEntity } from '../award-types/entities/award-type.entity';
import { LocalityEntity } from '../localities/entities/locality.entity';
import { MovementEntity } from '../movements/entities/movement.entity';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { ProcessDefinitionsService } from '../process-definitions/process-definitions.service';
import { UserRoleEntity } from '../users/entities/user-role.entity';
import { UserEntity } from '../users/entities/user.entity';
import { DEMO_AWARD_TYPES, DEMO_LOCALITIES, DEMO_MOVEMENTS, DEMO_ROLES, SHIPPED_PROCESSES } from './demo-catalogue';

export const DEMO_PASSWORD = 'demo';

/** Inserts whatever of the demo catalogue is missing; running it twice changes nothing. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: ProcessDefinitionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    const localityIds = await this.seedLocalities();
    await this.seedAwardTypes();
    await this.seedMovements(localityIds);
    await this.seedUsers(localityIds);
    await this.deployShippedProcesses(localityIds.get('TW') as string);
  }

  /** The usernames a new user can log in with, for the start-up banner and the README. */
  demoUsernames(): string[] {
    return ['admin', ...DEMO_LOCALITIES.flatMap((unit) => DEMO_ROLES.map((role) => `${role}.${unit.code}`))];
  }

  private async seedLocalities(): Promise<Map<string, string>> {
    const repository = this.dataSource.getRepository(LocalityEntity);
    const ids = new Map((await repository.find()).map((unit) => [unit.code, unit.id]));
    for (const unit of DEMO_LOCALITIES) {
      if (ids.has(unit.code)) continue;
      const id = randomUUID();
      await repository.insert({
        id,
        code: unit.code,
        name: unit.name,
        level: unit.level,
        parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
        validFrom: unit.validFrom ?? null,
        validTo: unit.validTo ?? null,
        successorId: null,
        facts: unit.facts ?? {},
        areaClass: unit.areaClass ?? null,
      });
      ids.set(unit.code, id);
    }
    // A successor may be listed after the units it replaced: link them once all exist.
    for (const unit of DEMO_LOCALITIES) {
      if (unit.successorCode) await repository.update({ code: unit.code, successorId: IsNull() }, { successorId: ids.get(unit.successorCode) ?? null });
    }
    return ids;
  }

  private async seedAwardTypes(): Promise<void> {
    const repository = this.dataSource.getRepository(AwardTypeEntity);
    for (const award of DEMO_AWARD_TYPES) {
      if (await repository.existsBy({ code: award.code })) continue;
      await repository.insert({ ...award, validTo: award.validTo ?? null });
    }
  }

  private async seedMovements(localityIds: Map<string, string>): Promise<void> {
    const repository = this.dataSource.getRepository(MovementEntity);
    for (const { launchedBy, reviewSource, ...movement } of DEMO_MOVEMENTS) {
      if (await repository.existsBy({ code: movement.code })) continue;
      const now = new Date();
      await repository.insert({ id: randomUUID(), ...movement, reviewBasis: reviewSource, localityId: localityIds.get(launchedBy) as string, createdAt: now, updatedAt: now });
    }
  }

  private async seedUsers(localityIds: Map<string, string>): Promise<void> {
    const users = this.dataSource.getRepository(UserEntity);
    const roles = this.dataSource.getRepository(UserRoleEntity);
    // One hash for all demo accounts: scrypt is deliberately slow and they share a password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    if (!(await users.existsBy({ username: 'admin' }))) {
      await users.insert({ id: randomUUID(), username: 'admin', fullName: 'Quản trị hệ thống', passwordHash, isDemo: true, isSystemAdmin: true });
    }
    for (const unit of DEMO_LOCALITIES) {
      for (const role of DEMO_ROLES) {
        const username = `${role}.${unit.code}`;
        if (await users.existsBy({ username })) continue;
        const id = randomUUID();
        await users.insert({ id, username, fullName: `${demoTitle(role)} — ${unit.name}`, passwordHash, isDemo: true, isSystemAdmin: false });
        await roles.insert({ id: randomUUID(), userId: id, role, localityId: localityIds.get(unit.code) as string });
      }
    }
  }

  private async deployShippedProcesses(centralId: string): Promise<void> {
    for (const shipped of SHIPPED_PROCESSES) {
      const file = join(this.config.processesDir, shipped.file);
      if (!existsSync(file)) {
        this.logger.warn(`Missing shipped model ${file}`);
        continue;
      }
      const xml = readFileSync(file, 'utf8');
      const latest = await this.dataSource.getRepository(ProcessDefinitionEntity).findOne({
        where: { key: shipped.key, localityId: centralId },
        order: { version: 'DESC' },
        select: { id: true, checksum: true },
      });
      // A changed shipped model becomes a new version; running dossiers stay on theirs.
      if (latest?.checksum === createHash('sha256').update(xml).digest('hex')) continue;
      await this.definitions.deploy({ key: shipped.key, localityId: centralId, xml }, { system: 'system:demo-data' });
    }
  }
}

function demoTitle(role: string): string {
  return { clerk: 'Cán bộ TĐKT', secretary: 'Thư ký Hội đồng', chairman: 'Chủ tịch', admin: 'Quản trị', supervisor: 'Giám sát' }[role] ?? role;
}
