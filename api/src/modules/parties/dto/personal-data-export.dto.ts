import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PartyResponseDto } from '../../cases/dto/case-response.dto.js';

export class PersonalDataExportQueryDto {
  @ApiPropertyOptional({
    description: 'Purpose recorded in the audit trail',
    default: '当事人申请查阅、复制个人信息',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  purpose?: string;
}

export class ExportCaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty() title: string;
  @ApiProperty() organisation: string;
  @ApiProperty() disputeType: string;
  @ApiProperty() status: string;
  @ApiProperty() facts: string;
  @ApiProperty() requests: string;
  @ApiPropertyOptional() location?: string;
  @ApiProperty() registeredAt: string;
  @ApiPropertyOptional() closedAt?: string;
}

export class ExportSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() mode: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional() endedAt?: string;
  @ApiProperty() place: string;
  @ApiProperty() summary: string;
}

export class ExportSignatureDto {
  @ApiProperty() kind: string;
  @ApiProperty() signedAt: string;
  @ApiPropertyOptional({ description: 'The signature or fingerprint image as a PNG data URL' })
  image?: string;
}

export class ExportAgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty() status: string;
  @ApiProperty() form: string;
  @ApiProperty() facts: string;
  @ApiProperty() responsibility: string;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) terms: object[];
  @ApiProperty() performance: string;
  @ApiPropertyOptional() effectiveAt?: string;
  @ApiPropertyOptional({ description: 'Path of the signed PDF when it was issued' }) pdfPath?: string;
  @ApiPropertyOptional() pdfSha256?: string;
  @ApiProperty({ type: [ExportSignatureDto] }) signatures: ExportSignatureDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) scans: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) performanceRecords: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) judicialConfirmations: object[];
}

export class ExportReturnVisitDto {
  @ApiProperty() visitedAt: string;
  @ApiProperty() performance: string;
  @ApiProperty() satisfaction: number;
  @ApiProperty() note: string;
}

/** One appearance of the person as a party to a case, with what the case holds about them. */
export class ExportRecordDto {
  @ApiProperty({ type: ExportCaseDto }) case: ExportCaseDto;
  @ApiProperty({ type: PartyResponseDto }) party: PartyResponseDto;
  @ApiProperty({ type: [ExportSessionDto] }) sessions: ExportSessionDto[];
  @ApiProperty({ type: [ExportAgreementDto] }) agreements: ExportAgreementDto[];
  @ApiProperty({ type: [ExportReturnVisitDto] }) returnVisits: ExportReturnVisitDto[];
}

export class PersonalDataExportDto {
  @ApiProperty() exportedAt: string;
  @ApiProperty() exportedBy: string;
  @ApiProperty() purpose: string;
  @ApiProperty() name: string;
  @ApiProperty({
    enum: ['id_number', 'party_record'],
    description: 'id_number: every party record with the same ID number in the caller’s scope',
  })
  matchedBy: 'id_number' | 'party_record';
  @ApiProperty({ type: [ExportRecordDto] }) records: ExportRecordDto[];
  @ApiProperty({ type: [String], description: 'What is held but not disclosed, and why' }) withheld: string[];
}
