import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/app-error';
import { AwardTypeEntity } from './entities/award-type.entity';

export class AwardTypeNotFoundError extends NotFoundError {
  constructor(code: string) {
    super('AWARD_TYPE_NOT_FOUND', `Không có hình thức khen thưởng mã ${code}`);
  }
}

@Injectable()
export class AwardTypesService {
  constructor(@InjectRepository(AwardTypeEntity) private readonly awardTypes: Repository<AwardTypeEntity>) {}

  list(): Promise<AwardTypeEntity[]> {
    return this.awardTypes.find({ order: { code: 'ASC' } });
  }

  async get(code: string): Promise<AwardTypeEntity> {
    const found = await this.awardTypes.findOneBy({ code });
    if (!found) throw new AwardTypeNotFoundError(code);
    return found;
  }
}
