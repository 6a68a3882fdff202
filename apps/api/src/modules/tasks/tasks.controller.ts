import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CompleteTaskUseCase } from './complete/complete-task.use-case';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { TaskQueryDto } from './dto/task-query.dto';
import type { Page } from '../../common/paging/page-query.dto';
import { TasksService } from './tasks.service';
import type { TaskView } from './views/task-view';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly completeTask: CompleteTaskUseCase,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: TaskQueryDto): Promise<Page<TaskView>> {
    return this.tasks.list(user, query);
  }

  @Post(':id/claim')
  @HttpCode(200)
  claim(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<TaskView> {
    return this.tasks.claim(user, id);
  }

  @Post(':id/complete')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Gửi lại cùng khoá sẽ nhận lại đúng kết quả lần đầu' })
  async complete(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: CompleteTaskDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const result = await this.completeTask.execute(user, id, body, idempotencyKey);
    response.status(result.statusCode);
    return result.body;
  }
}
