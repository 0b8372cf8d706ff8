import { Controller, Get, HttpCode, Param, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AppError, CommonErrorCode, CommonErrors } from '../../common/errors.js';
import { VerifyResultDto } from '../agreements/dto/agreement.dto.js';
import { SingleUpload } from './upload.interceptor.js';
import { VerifyService } from './verify.service.js';

/** The largest PDF to verify, as a multipart `file` or as a raw application/pdf body (app.setup.ts). */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
const pdfTooLarge = () =>
  new AppError(413, CommonErrorCode.PayloadTooLarge, '要核验的 PDF 文件不能超过 20 MB');

@ApiTags('documents')
@Controller()
export class VerifyController {
  constructor(private readonly verify: VerifyService) {}

  @Post('documents/verify')
  @HttpCode(200)
  @UseInterceptors(SingleUpload('file', MAX_PDF_BYTES, pdfTooLarge))
  @ApiOperation({
    summary:
      'Is this PDF a genuine, unmodified copy issued by the system? (multipart `file` or raw application/pdf)',
  })
  @ApiConsumes('multipart/form-data', 'application/pdf')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: VerifyResultDto })
  file(@UploadedFile() file: Express.Multer.File | undefined, @Req() req: Request): Promise<VerifyResultDto> {
    const pdf = file?.buffer ?? (Buffer.isBuffer(req.body) ? req.body : undefined);
    if (!pdf?.length)
      throw CommonErrors.validation([
        { field: 'file', code: 'required', message: '请上传要核验的 PDF 文件' },
      ]);
    if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw CommonErrors.unsupportedMediaType();
    return this.verify.byFile(pdf);
  }

  @Get('verify/:code')
  @ApiOperation({ summary: 'Data of the public verification page behind an agreement’s QR code' })
  @ApiOkResponse({ type: VerifyResultDto })
  code(@Param('code') code: string): Promise<VerifyResultDto> {
    return this.verify.byCode(code);
  }
}
