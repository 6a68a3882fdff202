import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DefinitionQueryDto } from './dto/definition-query.dto';
import { DeployDefinitionDto } from './dto/deploy-definition.dto';
import { ProcessDefinitionsService, type DefinitionSummary } from './process-definitions.service';
import type { ModelIssue } from './process-definitions.errors';

@ApiTags('process-definitions')
@ApiBearerAuth()
@Controller('process-definitions')
export class ProcessDefinitionsController {
  constructor(private readonly definitions: ProcessDefinitionsService) {}

  @Get()
  list(@Query() query: DefinitionQueryDto): Promise<DefinitionSummary[]> {
    return this.definitions.list(query);
  }

  @Post()
  deploy(@Body() body: DeployDefinitionDto, @CurrentUser() user: AuthenticatedUser): Promise<DefinitionSummary & { warnings: ModelIssue[] }> {
    return this.definitions.deploy(body, user);
  }

  @Get(':id/xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  xml(@Param('id') id: string): Promise<string> {
    return this.definitions.getXml(id);
  }
}
