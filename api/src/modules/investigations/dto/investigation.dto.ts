import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsNotFuture } from '../../../common/validators.js';

export class CreateInvestigationDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateString({}, { message: '调查时间格式无效' })
  @IsNotFuture({ message: '调查时间不能晚于现在' })
  investigatedAt: string;

  @ApiProperty({ example: '枫溪小区3幢502室' })
  @IsString()
  @Matches(/\S/, { message: '请填写调查地点' })
  @MaxLength(200)
  place: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The case’s mediators who investigated' })
  @IsArray()
  @ArrayMinSize(1, { message: '请选择调查人' })
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true, message: '调解员 ID 无效' })
  investigatorIds: string[];

  @ApiPropertyOptional({ example: '赵丽华', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  recorderName?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'When the person interviewed is a party of the case' })
  @IsOptional()
  @IsUUID('all', { message: '当事人 ID 无效' })
  partyId?: string;

  @ApiProperty({ example: '孙桂芳', maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: '请填写被调查人姓名' })
  @MaxLength(100)
  intervieweeName: string;

  @ApiProperty({ example: '证人(邻居)', maxLength: 50 })
  @IsString()
  @IsNotEmpty({ message: '请填写被调查人与纠纷的关系' })
  @MaxLength(50)
  intervieweeRelation: string;

  @ApiProperty({ example: '502室卫生间漏水的时间和经过', maxLength: 200 })
  @IsString()
  @Matches(/\S/, { message: '请填写调查事项' })
  @MaxLength(200)
  subject: string;

  @ApiProperty({ example: '问:你什么时候发现楼下漏水?\n答:十月中旬。', maxLength: 20000 })
  @IsString()
  @Matches(/\S/, { message: '请填写调查内容(问答)' })
  @MaxLength(20000, { message: '最多 20000 个字' })
  content: string;
}

export class InvestigationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) investigatedAt: string;
  @ApiProperty() place: string;
  @ApiProperty({ type: [String] }) investigatorNames: string[];
  @ApiProperty({ type: String, nullable: true }) recorderName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) partyId: string | null;
  @ApiProperty() intervieweeName: string;
  @ApiProperty() intervieweeRelation: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The sensitive marker outside the team of a sensitive case' }) content: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
