import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SingleFileUploadInterceptor, type UploadedBinary } from '../../common/upload/single-file-upload.interceptor';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AttachmentsService } from './attachments.service';
import { UploadAttachmentDto, UploadAttachmentFormDto } from './dto/upload-attachment.dto';
import { attachmentDisposition } from './files/file-name';
import { UploadAttachmentUseCase } from './upload/upload-attachment.use-case';
import type { AttachmentView } from './views/attachment-view';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('dossiers/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly uploadAttachment: UploadAttachmentUseCase,
  ) {}

  @Post()
  @UseInterceptors(SingleFileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentFormDto })
  upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @UploadedFile() file: UploadedBinary | undefined,
    @Body() body: UploadAttachmentDto,
  ): Promise<AttachmentView> {
    return this.uploadAttachment.execute(user, id, file, body);
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<AttachmentView[]> {
    return this.attachments.list(user, id);
  }

  /**
   * The bytes as stored, never rendered by the browser: a download with the stored type,
   * `nosniff`, and a sandbox CSP in case a client opens it inline anyway.
   */
  @Get(':attachmentId')
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream, size } = await this.attachments.open(user, id, attachmentId);
    response.setHeader('Content-Type', attachment.contentType);
    response.setHeader('Content-Length', String(size));
    response.setHeader('Content-Disposition', attachmentDisposition(attachment.fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', 'sandbox');
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('ETag', `"${attachment.sha256}"`);
    response.setHeader('Digest', `sha-256=${Buffer.from(attachment.sha256, 'hex').toString('base64')}`);
    return new StreamableFile(stream);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Param('attachmentId') attachmentId: string): Promise<void> {
    return this.attachments.remove(user, id, attachmentId);
  }
}
