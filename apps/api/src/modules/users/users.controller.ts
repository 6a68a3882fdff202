import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page } from '../../common/paging/page-query.dto';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CreateUserUseCase } from './admin/create-user.use-case';
import { UpdateUserUseCase } from './admin/update-user.use-case';
import { UserDirectoryQuery } from './admin/user-directory.query';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import type { UserView } from './views/user-view';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly directory: UserDirectoryQuery,
    private readonly createUser: CreateUserUseCase,
    private readonly updateUser: UpdateUserUseCase,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.directory.execute(user, query);
  }

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateUserDto): Promise<UserView> {
    return this.createUser.execute(user, body);
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string, @Body() body: UpdateUserDto): Promise<UserView> {
    return this.updateUser.execute(user, id, body);
  }
}
