import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SingleFileUploadInterceptor, type UploadedBinary } from '../../common/upload/single-file-upload.interceptor';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { attachmentDisposition } from '../attachments/files/file-name';
import { DocumentQueryDto } from './dto/document-query.dto';
import { SignDecisionDto, SignDecisionFormDto } from './dto/sign-decision.dto';
import { DocumentsService, type ServedDocument } from './serving/documents.service';
import { SignDecisionUseCase } from './signing/sign-decision.use-case';
import type { IssuedDocumentView } from './views/issued-document-view';
import { DOSSIER_KINDS } from './kinds/document-kind';

const PDF_RESPONSE = {
  description: 'The PDF: issued (stored bytes), draft (marked “DỰ THẢO”) or live, as X-Document-Status says; ETag = SHA-256',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

/**
 * The dossier's papers as PDF: `documents/{kind}.pdf` for the dossier's own, the
 * achievement report under its nominee, the list of issued ones, and the chairman's
 * signature on the decision.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('dossiers/:id')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly signDecision: SignDecisionUseCase,
  ) {}

  @Get('documents')
  list(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<IssuedDocumentView[]> {
    return this.documents.list(user, id);
  }

  @Get('documents/:kind.pdf')
  @ApiProduces('application/pdf')
  @ApiParam({ name: 'kind', enum: DOSSIER_KINDS })
  @ApiOkResponse(PDF_RESPONSE)
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Query() query: DocumentQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile | undefined> {
    return send(await this.documents.dossierDocument(user, id, kind, query), request, response);
  }

  @Get('nominees/:nomineeId/documents/achievement-report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_RESPONSE)
  async achievementReport(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('nomineeId') nomineeId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile | undefined> {
    return send(await this.documents.achievementReport(user, id, nomineeId), request, response);
  }

  @Post('documents/decision/sign')
  @HttpCode(201)
  @UseInterceptors(SingleFileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SignDecisionFormDto })
  sign(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @UploadedFile() file: UploadedBinary | undefined, @Body() body: SignDecisionDto): Promise<IssuedDocumentView> {
    return this.signDecision.execute(user, id, file, body.passphrase);
  }
}

/**
 * Headers of a PDF download: its length and SHA-256 (ETag, so a client that has it gets 304),
 * a UTF-8 file name with an ASCII fallback, and whether it is issued, a draft or a live view.
 */
async function send(document: ServedDocument, request: Request, response: Response): Promise<StreamableFile | undefined> {
  const etag = `"${document.sha256}"`;
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', 'private, no-cache');
  response.setHeader('X-Document-Status', document.status);
  if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
    response.status(304);
    return undefined;
  }
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Length', String(document.size));
  response.setHeader('Content-Disposition', attachmentDisposition(document.fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Digest', `sha-256=${Buffer.from(document.sha256, 'hex').toString('base64')}`);
  return new StreamableFile(await document.stream());
}
