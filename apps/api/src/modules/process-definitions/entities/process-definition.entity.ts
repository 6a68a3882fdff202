import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One deployed version of a BPMN model for one locality; never updated once deployed. */
@Entity({ name: 'process_definitions' })
@Index(['key', 'localityId', 'version'], { unique: true })
export class ProcessDefinitionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ name: 'bpmn_process_id', type: 'varchar', length: 200 })
  bpmnProcessId!: string;

  @Column({ type: 'text' })
  xml!: string;

  @Column({ type: 'varchar', length: 64 })
  checksum!: string;

  @Column({ name: 'deployed_by', type: 'varchar', length: 100 })
  deployedBy!: string;

  @CreateDateColumn({ name: 'deployed_at', type: 'timestamptz' })
  deployedAt!: Date;
}
