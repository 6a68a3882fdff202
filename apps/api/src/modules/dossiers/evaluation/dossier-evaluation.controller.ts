import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { DossierCriteriaChecker, type DossierEvaluation } from '../../movements/evaluation/dossier-criteria-checker';
import { DossiersService } from '../dossiers.service';

/**
 * `POST /api/dossiers/{id}/evaluation`: the list checked now against its movement's
 * criteria and quotas and its award type, exactly as a submit would check it. Anyone who
 * may read the dossier may ask; nothing is written.
 */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('dossiers')
export class DossierEvaluationController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersService,
    private readonly checker: DossierCriteriaChecker,
  ) {}

  @Post(':id/evaluation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đối chiếu danh sách với tiêu chuẩn, định mức của phong trào: lỗi chặn trình, cảnh báo thì không' })
  evaluate(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<DossierEvaluation> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => this.checker.evaluate(manager, await this.dossiers.readable(manager, user, id)));
  }
}
