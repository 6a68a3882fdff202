import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Readable } from 'node:stream';
import type { Response } from 'express';
import { SingleFileUploadInterceptor, type UploadedBinary } from '../../common/upload/single-file-upload.interceptor';
import { attachmentDisposition } from '../attachments/files/file-name';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DossierFiltersDto } from '../dossiers/dto/dossier-filters.dto';
import { SheetExportsService } from './export/sheet-exports.service';
import { ImportNomineesUseCase, type NomineeImportResult } from './import/import-nominees.use-case';
import { nomineeTemplateXlsx, XLSX_CONTENT_TYPE } from './xlsx/nominee-sheet-writer';

/** Nominee lists and dossier lists as Excel workbooks with Vietnamese headers. */
@ApiTags('spreadsheets')
@ApiBearerAuth()
@Controller()
export class SpreadsheetsController {
  constructor(
    private readonly exports: SheetExportsService,
    private readonly importNominees: ImportNomineesUseCase,
  ) {}

  @Get('nominee-template.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async template(@Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return workbook(response, await nomineeTemplateXlsx(), 'Mẫu danh sách đề nghị khen thưởng.xlsx');
  }

  @Post('dossiers/:id/nominees/import')
  @HttpCode(200)
  @UseInterceptors(SingleFileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'Danh sách theo mẫu (.xlsx)' } } } })
  import(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @UploadedFile() file: UploadedBinary | undefined): Promise<NomineeImportResult> {
    return this.importNominees.execute(user, id, file);
  }

  @Get('dossiers/:id/nominees.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async nomineeList(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { code, content } = await this.exports.nomineeList(user, id);
    return workbook(response, content, `Danh sách đề nghị ${code}.xlsx`);
  }

  @Get('dossiers.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async dossierList(@CurrentUser() user: AuthenticatedUser, @Query() query: DossierFiltersDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return workbook(response, await this.exports.dossierList(user, query), 'Danh sách hồ sơ đề nghị khen thưởng.xlsx');
  }
}

function workbook(response: Response, content: Buffer | Readable, fileName: string): StreamableFile {
  response.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  response.setHeader('Content-Disposition', attachmentDisposition(fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-cache');
  return Buffer.isBuffer(content) ? new StreamableFile(content) : new StreamableFile(content);
}
