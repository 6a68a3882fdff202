import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { UsersService } from '../../users/users.service';
import { AccountDisabledError, UnauthenticatedError } from '../auth.errors';
import type { RequestWithUser } from '../current-user.decorator';
import { IS_PUBLIC } from '../public.decorator';

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new UnauthenticatedError();
    let subject: string;
    try {
      subject = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new UnauthenticatedError('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    }
    const user = await this.users.findAuthenticated(subject);
    if (!user) throw new UnauthenticatedError('Tài khoản không còn tồn tại');
    if (!user.isActive) throw new AccountDisabledError();
    request.user = user;
    return true;
  }
}
