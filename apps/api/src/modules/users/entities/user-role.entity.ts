import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Role } from '@vinh-danh/domain';
import { UserEntity } from './user.entity';

/** A role held at one locality: a clerk of commune A is not a clerk of commune B. */
@Entity({ name: 'user_roles' })
@Index(['userId', 'role', 'localityId'], { unique: true })
export class UserRoleEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Index()
  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @ManyToOne(() => UserEntity, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;
}
