import { Module } from '@nestjs/common';
import { ProcessDefinitionsModule } from '../process-definitions/process-definitions.module';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({ imports: [ProcessDefinitionsModule], providers: [DemoDataSeeder], exports: [DemoDataSeeder] })
export class DemoDataModule {}
