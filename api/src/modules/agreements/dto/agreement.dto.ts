import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsMoney } from '../../../common/validators.js';
import { VersionDto } from '../../cases/dto/transition.dto.js';
import { AGREEMENT_STATUSES, type AgreementStatus, TERM_KINDS, type TermKind } from '../agreement.entity.js';

export class TermDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择义务人' })
  obligorPartyId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '权利人无效' })
  obligeePartyId?: string;

  @ApiProperty({ enum: TERM_KINDS })
  @IsIn(TERM_KINDS, { message: '条款类型须为给付、作为、不作为、赔礼道歉或其他' })
  kind: TermKind;

  @ApiPropertyOptional({ example: '3000.00' })
  @IsOptional()
  @IsMoney()
  amount?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '履行期限格式应为 YYYY-MM-DD' })
  dueDate?: string;

  @ApiPropertyOptional({ example: '现金当场支付' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  method?: string;

  @ApiPropertyOptional({ example: '老杨调解中心' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  @ApiProperty({ description: 'The exact words the parties agreed; printed as written, never rewritten' })
  @IsString()
  @IsNotEmpty({ message: '请填写条款内容(当事人约定的原话)' })
  @MaxLength(2000)
  text: string;
}

export class AgreementContentDto {
  @ApiProperty({ description: '纠纷主要事实、争议事项' })
  @IsString()
  @MaxLength(10000)
  facts: string;

  @ApiProperty({ description: '各方责任' })
  @IsString()
  @MaxLength(5000)
  responsibility: string;

  @ApiProperty({ type: [TermDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TermDto)
  terms: TermDto[];

  @ApiProperty({ description: '履行方式、地点、期限' })
  @IsString()
  @MaxLength(5000)
  performance: string;

  @ApiPropertyOptional({
    description: 'Matters not agreed, terminated with the routes explained (needs routesInformed)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  unresolvedMatters?: string;

  @ApiPropertyOptional({
    description: 'The other routes the parties were told of for the unresolved matters (Art 26)',
  })
  @ValidateIf((o: AgreementContentDto) => !!o.unresolvedMatters?.trim() || o.routesInformed !== undefined)
  @IsString({ message: '请写明已告知当事人的其他解决途径(《人民调解法》第二十六条)' })
  @Matches(/\S/, { message: '请写明已告知当事人的其他解决途径(《人民调解法》第二十六条)' })
  @MaxLength(2000)
  routesInformed?: string;

  @ApiPropertyOptional({
    description: 'Copies to print; default parties + 1 (one each and one for the committee)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(20)
  copies?: number;
}

export class CreateAgreementDto extends AgreementContentDto {
  @ApiProperty({ enum: ['written', 'oral'] })
  @IsIn(['written', 'oral'], { message: '协议形式须为书面或口头' })
  form: 'written' | 'oral';
}

export class UpdateAgreementDto extends VersionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10000) facts?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) responsibility?: string;

  @ApiPropertyOptional({ type: [TermDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TermDto)
  terms?: TermDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) performance?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2) @Max(20) copies?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) unresolvedMatters?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) routesInformed?: string;
}

export class SignerDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '当事人无效' })
  partyId?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '调解员无效' })
  mediatorId?: string;
  @ApiPropertyOptional({ description: 'The committee seal' }) @IsOptional() @IsBoolean() seal?: boolean;
}

export class SignatureDto {
  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer: SignerDto;

  @ApiProperty({ enum: ['signature', 'fingerprint', 'seal'] })
  @IsIn(['signature', 'fingerprint', 'seal'], { message: '签署方式须为签名、按指印或盖章' })
  kind: 'signature' | 'fingerprint' | 'seal';

  @ApiPropertyOptional({
    description: 'PNG as a data URL, at most 500 KB; may be omitted for the committee seal',
  })
  @IsOptional()
  @IsString()
  // The 500 KB rule is checked on the decoded bytes (413); this only bounds the text.
  @MaxLength(2_000_000, { message: '图片不能超过 500 KB' })
  image?: string;
}

export class AgreementCheckDto {
  @ApiProperty() complete: boolean;
  @ApiProperty({ type: [String], description: 'Codes of what a legally complete agreement still lacks' })
  missing: string[];
  @ApiProperty({ type: [String], description: 'The same, in Chinese, for the user' }) messages: string[];
}

export class AgreementSignatureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) partyId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) mediatorId: string | null;
  @ApiProperty() committeeSeal: boolean;
  @ApiProperty({ enum: ['signature', 'fingerprint', 'seal'] }) kind: 'signature' | 'fingerprint' | 'seal';
  @ApiProperty() signerName: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
}

export class TermResponseDto extends TermDto {
  @ApiPropertyOptional({ example: '叁仟元整' }) amountInCapitals?: string;
}

export class FinaliseAgreementDto {
  @ApiPropertyOptional({
    description: 'Signed by hand on the printed copy: the uploaded scans stand for the drawn signatures',
  })
  @IsOptional()
  @IsBoolean({ message: 'paperSigned 须为 true 或 false' })
  paperSigned?: boolean;
}

export class SealApprovalDto {
  @ApiProperty({
    enum: ['approve', 'refuse'],
    description: 'approve: the seal is given and the agreement takes effect; refuse: back to the case team',
  })
  @IsIn(['approve', 'refuse'], { message: 'decision 须为 approve 或 refuse' })
  decision: 'approve' | 'refuse';

  @ApiPropertyOptional({ description: 'Why the request is refused (required to refuse)', maxLength: 500 })
  @ValidateIf((o: SealApprovalDto) => o.decision === 'refuse' || o.reason !== undefined)
  @IsString({ message: '请填写退回理由' })
  @IsNotEmpty({ message: '请填写退回理由' })
  @MaxLength(500, { message: '退回理由不能超过 500 字' })
  reason?: string;
}

export class AgreementScanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] }) contentType: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Pages (an image is one)' }) pages: number | null;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ description: 'Name of the user who uploaded it' }) uploadedBy: string;
}

export class AgreementResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty({ enum: ['written', 'oral'] }) form: 'written' | 'oral';
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty() facts: string;
  @ApiProperty() responsibility: string;
  @ApiProperty({ type: [TermResponseDto] }) terms: TermResponseDto[];
  @ApiProperty() performance: string;
  @ApiProperty({ nullable: true, type: String }) unresolvedMatters: string | null;
  @ApiProperty({ nullable: true, type: String }) routesInformed: string | null;
  @ApiProperty() copies: number;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) effectiveAt: string | null;
  @ApiProperty({ nullable: true, type: String }) verifyCode: string | null;
  @ApiProperty({ nullable: true, type: String }) pdfSha256: string | null;
  @ApiProperty({ type: [AgreementSignatureDto] }) signatures: AgreementSignatureDto[];
  @ApiProperty({ description: 'Signed on paper; the scans stand for the drawn signatures' })
  paperSigned: boolean;
  @ApiProperty({ type: [AgreementScanDto], description: 'Scans of the copy signed on paper' })
  scans: AgreementScanDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'A paper-signed finalisation waiting for the director’s seal approval, since',
  })
  sealRequestedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who asked for the seal approval' })
  sealRequestedBy: string | null;
  @ApiProperty({ type: AgreementCheckDto }) check: AgreementCheckDto;
}

export class VerifyResultDto {
  @ApiProperty() valid: boolean;
  @ApiPropertyOptional() agreementNumber?: string;
  @ApiPropertyOptional() caseNumber?: string;
  @ApiPropertyOptional({ format: 'date-time' }) signedAt?: string;
  @ApiPropertyOptional({ description: 'The committee that signed' }) signer?: string;
  @ApiPropertyOptional({ description: 'Parties with masked names' }) parties?: string[];
  @ApiPropertyOptional() reason?: string;
}
