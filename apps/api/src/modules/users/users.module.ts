import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalitiesModule } from '../localities/localities.module';
import { CreateUserUseCase } from './admin/create-user.use-case';
import { UpdateUserUseCase } from './admin/update-user.use-case';
import { UserDirectoryQuery } from './admin/user-directory.query';
import { UserRoleEntity } from './entities/user-role.entity';
import { UserEntity } from './entities/user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserRoleEntity]), LocalitiesModule],
  controllers: [UsersController],
  providers: [UsersService, UserDirectoryQuery, CreateUserUseCase, UpdateUserUseCase],
  exports: [UsersService],
})
export class UsersModule {}
