import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEMPLATE_SOURCE } from '../templates.js';

export class ImportSigningKeyDto {
  @ApiProperty({ description: 'Password of the PKCS#12 file (may be empty)' })
  @IsString({ message: '请填写证书密码' })
  @MaxLength(200)
  password: string;
}

export class SigningKeyResponseDto {
  @ApiProperty({ example: 'CN=老杨调解中心, O=枫桥镇司法所, C=CN' }) subject: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time' }) validTo: string;
  @ApiProperty({ description: 'SHA-256 of the certificate, hex pairs separated by colons' })
  fingerprint: string;
  @ApiProperty({ description: 'Issued by the system itself rather than by a CA' }) selfIssued: boolean;
}

export class TemplateSummaryDto {
  @ApiProperty({ example: 'agreement' }) name: string;
  @ApiProperty({ example: '人民调解协议书' }) title: string;
  @ApiProperty({ description: 'This organisation has its own version' }) overridden: boolean;
  @ApiProperty({
    description: 'Where the effective version comes from: default, this organisation, or an ancestor',
    enum: ['default', 'own', 'inherited'],
  })
  origin: 'default' | 'own' | 'inherited';
}

export class TemplateSourceDto extends TemplateSummaryDto {
  @ApiProperty({ description: 'The effective Handlebars source' }) source: string;
}

export class UpdateTemplateDto {
  @ApiProperty({ description: 'Handlebars source rendering the layout language of templates/README.md' })
  @IsString({ message: '请填写模板内容' })
  @MaxLength(MAX_TEMPLATE_SOURCE, { message: `模板不能超过 ${MAX_TEMPLATE_SOURCE} 个字符` })
  source: string;
}
