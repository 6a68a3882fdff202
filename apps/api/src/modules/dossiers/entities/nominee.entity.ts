import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DossierEntity } from './dossier.entity';

export type NomineeKind = 'individual' | 'collective' | 'household' | 'enterprise';

/** One line of the list: a person, a collective, a household or an enterprise. */
@Entity({ name: 'nominees' })
export class NomineeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: NomineeKind;

  @Column({ name: 'full_name', type: 'varchar', length: 500 })
  fullName!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  achievements!: string | null;

  @ManyToOne(() => DossierEntity, (dossier) => dossier.nominees, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier!: Relation<DossierEntity>;
}
