import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  MEDIATION_BODY_TYPES,
  type MediationBodyType,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../organisation-kind.js';
import type { OrganisationNode } from '../organisations.service.js';
import type { OrganisationEntity } from '../organisation.entity.js';

export class CreateOrganisationDto {
  @ApiProperty({ example: '枫源村人民调解委员会' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '枫调', description: '案号字号,如 (2026)枫调字第0012号 中的“枫调”' })
  @IsOptional()
  @Matches(/^[\u4e00-\u9fa5A-Za-z0-9]{1,12}$/, { message: '案号字号只能包含汉字、字母或数字,最多 12 个字' })
  caseNumberPrefix?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({
    enum: MEDIATION_BODY_TYPES,
    nullable: true,
    description: 'The type of a mediation body (committees and centres only)',
  })
  @IsOptional()
  @IsIn(MEDIATION_BODY_TYPES, { message: '调解组织类型无效' })
  type?: MediationBodyType | null;

  @ApiPropertyOptional({ description: 'Listed by the court as a specially invited mediation organisation' })
  @IsOptional()
  @IsBoolean({ message: '特邀调解组织状态无效' })
  courtRoster?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: '关联派出所:橙色、红色风险报告至该派出所(警调衔接)',
  })
  @IsOptional()
  @IsUUID('all', { message: '关联派出所无效' })
  policeStationId?: string | null;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[\u4e00-\u9fa5A-Za-z0-9]{1,12}$/, { message: '案号字号只能包含汉字、字母或数字,最多 12 个字' })
  caseNumberPrefix?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({
    enum: MEDIATION_BODY_TYPES,
    nullable: true,
    description: 'The type of a mediation body (committees and centres only)',
  })
  @IsOptional()
  @IsIn(MEDIATION_BODY_TYPES, { message: '调解组织类型无效' })
  type?: MediationBodyType | null;

  @ApiPropertyOptional({ description: 'Listed by the court as a specially invited mediation organisation' })
  @IsOptional()
  @IsBoolean({ message: '特邀调解组织状态无效' })
  courtRoster?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: '关联派出所:橙色、红色风险报告至该派出所(警调衔接)',
  })
  @IsOptional()
  @IsUUID('all', { message: '关联派出所无效' })
  policeStationId?: string | null;
}

export class OrganisationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ enum: MEDIATION_BODY_TYPES, nullable: true }) type: MediationBodyType | null;
  @ApiProperty() courtRoster: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ nullable: true, type: String }) caseNumberPrefix: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) policeStationId: string | null;
}

export class OrganisationTreeDto extends OrganisationResponseDto {
  @ApiProperty({ type: () => [OrganisationTreeDto] }) children: OrganisationTreeDto[];
}

export function toOrganisationResponse(org: OrganisationEntity): OrganisationResponseDto {
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    type: org.type ?? null,
    courtRoster: org.courtRoster ?? false,
    parentId: org.parentId,
    caseNumberPrefix: org.caseNumberPrefix,
    address: org.address,
    policeStationId: org.policeStationId ?? null,
  };
}

export function toOrganisationTree(node: OrganisationNode): OrganisationTreeDto {
  return { ...toOrganisationResponse(node), children: node.children.map(toOrganisationTree) };
}
