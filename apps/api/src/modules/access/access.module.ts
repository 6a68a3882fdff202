import { Global, Module } from '@nestjs/common';
import { LocalitiesModule } from '../localities/localities.module';
import { AccessPolicy } from './access-policy';

@Global()
@Module({ imports: [LocalitiesModule], providers: [AccessPolicy], exports: [AccessPolicy] })
export class AccessModule {}
