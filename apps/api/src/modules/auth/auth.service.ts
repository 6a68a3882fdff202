import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersService } from '../users/users.service';
import { AccountDisabledError, DemoAccountDisabledError, InvalidCredentialsError } from './auth.errors';
import type { LoginResponseDto } from './dto/login.dto';
import { verifyPassword } from './password-hasher';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<LoginResponseDto> {
    const user = await this.users.findByUsername(username);
    // Verify even for an unknown user so timing does not reveal which usernames exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
    if (!user || !valid) throw new InvalidCredentialsError();
    if (!user.isActive) throw new AccountDisabledError();
    if (user.isDemo && !this.config.auth.allowDemoPasswords) throw new DemoAccountDisabledError();
    const accessToken = await this.jwt.signAsync({ sub: user.id, username: user.username });
    return { accessToken, expiresIn: this.config.auth.tokenTtlSeconds };
  }
}
