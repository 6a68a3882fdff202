import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795343946933 implements MigrationInterface {
    name = 'InitialSchema1795343946933'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "dossier_id" uuid, "instance_id" uuid, "type" character varying(60) NOT NULL, "actor" character varying(100) NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character varying(64), "hash" character varying(64) NOT NULL, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6fe568f13845789c48855372b2" ON "audit_events"  ("dossier_id", "id") `);
        await queryRunner.query(`CREATE TABLE "award_types" ("code" character varying(50) NOT NULL, "name" character varying(200) NOT NULL, "granting_level" character varying(20) NOT NULL, "granted_by" character varying(200) NOT NULL, "council_threshold_percent" integer NOT NULL, "subject_types" jsonb NOT NULL DEFAULT '[]', "legal_basis" character varying(300), "valid_to" date, CONSTRAINT "PK_1823c104f271afc28ac9cc35265" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "nominees" ("id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "position" integer NOT NULL, "kind" character varying(20) NOT NULL, "full_name" character varying(500) NOT NULL, "title" character varying(500), "achievements" text, CONSTRAINT "PK_95bea8d75c23afade5aef834a7b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9c111aba0b419a455facf19f2d" ON "nominees"  ("dossier_id") `);
        await queryRunner.query(`CREATE TABLE "dossiers" ("id" uuid NOT NULL, "code" character varying(30) NOT NULL, "title" character varying(500) NOT NULL, "award_type_code" character varying(50) NOT NULL, "locality_id" uuid NOT NULL, "movement_id" uuid, "status" character varying(30) NOT NULL, "process_key" character varying(100), "result" character varying(30), "result_label" character varying(300), "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_d84a24a9d2c52ec01142de45e42" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2f408e41e65ebf503dad3ec713" ON "dossiers"  ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_537a7a862bd80a530909ff0fd3" ON "dossiers"  ("locality_id", "status") `);
        await queryRunner.query(`CREATE TABLE "localities" ("id" uuid NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "level" character varying(20) NOT NULL, "parent_id" uuid, "valid_from" date, "valid_to" date, "successor_id" uuid, CONSTRAINT "PK_7fa2291f3588423d800e02a8479" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_101b1cdbf94eca276e67f8c156" ON "localities"  ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_5338fff937d517f37f18bca138" ON "localities"  ("parent_id") `);
        await queryRunner.query(`CREATE TABLE "process_definitions" ("id" uuid NOT NULL, "key" character varying(100) NOT NULL, "version" integer NOT NULL, "locality_id" uuid NOT NULL, "name" character varying(300) NOT NULL, "bpmn_process_id" character varying(200) NOT NULL, "xml" text NOT NULL, "checksum" character varying(64) NOT NULL, "deployed_by" character varying(100) NOT NULL, "deployed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_068dfeb73af76e704e113f61ba1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3d3a64716bdd0b7cc25ee8d0b0" ON "process_definitions"  ("key", "locality_id", "version") `);
        await queryRunner.query(`CREATE TABLE "process_instances" ("id" uuid NOT NULL, "definition_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "state" jsonb NOT NULL, "version" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_element_id" character varying(200), "end_name" character varying(300), "error_code" character varying(100), CONSTRAINT "PK_58493abf24b5dfc4822edd7531f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4d8ded6bd6743364a9a77915b9" ON "process_instances"  ("definition_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_37d8750c07ef452f2c3c9c9eef" ON "process_instances"  ("dossier_id") `);
        await queryRunner.query(`CREATE TABLE "timer_jobs" ("id" uuid NOT NULL, "instance_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "execution_id" character varying(200) NOT NULL, "element_id" character varying(200) NOT NULL, "attached_to_element_id" character varying(200), "timer_value" character varying(200) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_324c9e81aab6cbe953588e3d783" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1f8cd78e6d337e98c781c3006e" ON "timer_jobs"  ("instance_id", "execution_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_51da4484b56ecccf207e99f72c" ON "timer_jobs"  ("status", "due_at") `);
        await queryRunner.query(`CREATE TABLE "idempotency_records" ("id" character varying(300) NOT NULL, "request_hash" character varying(64) NOT NULL, "status_code" integer NOT NULL, "response_body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9ae4e93699362b0d4e3da3dd1c2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "tasks" ("id" uuid NOT NULL, "instance_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "execution_id" character varying(200) NOT NULL, "element_id" character varying(200) NOT NULL, "name" character varying(300) NOT NULL, "level" character varying(20) NOT NULL, "locality_id" uuid NOT NULL, "candidate_role" character varying(20) NOT NULL, "assignee" character varying(100), "outcomes" jsonb NOT NULL, "form_key" character varying(100), "limit_working_days" integer, "legal_basis" character varying(300), "status" character varying(20) NOT NULL, "outcome" character varying(50), "data" jsonb, "comment" text, "completed_by" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7bf924e5a1778f1914514cae92" ON "tasks"  ("instance_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6c260461a2f05c4ed29bb05aa0" ON "tasks"  ("dossier_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9a9d01966000990c0ceba7ce6d" ON "tasks"  ("instance_id", "execution_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a30a5d7d5c83e29a1938bde378" ON "tasks"  ("status", "locality_id", "candidate_role") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "username" character varying(100) NOT NULL, "full_name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "is_system_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fe0bb3f6520ee0469504521e71" ON "users"  ("username") `);
        await queryRunner.query(`CREATE TABLE "user_roles" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "locality_id" uuid NOT NULL, CONSTRAINT "PK_8acd5cf26ebd158416f477de799" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8ac8b865e37228b92ba7b0d074" ON "user_roles"  ("locality_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e3c8031a17f92874bcc476aea1" ON "user_roles"  ("user_id", "role", "locality_id") `);
        await queryRunner.query(`ALTER TABLE "nominees" ADD CONSTRAINT "FK_9c111aba0b419a455facf19f2d3" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_roles" ADD CONSTRAINT "FK_87b8888186ca9769c960e926870" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "FK_87b8888186ca9769c960e926870"`);
        await queryRunner.query(`ALTER TABLE "nominees" DROP CONSTRAINT "FK_9c111aba0b419a455facf19f2d3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e3c8031a17f92874bcc476aea1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8ac8b865e37228b92ba7b0d074"`);
        await queryRunner.query(`DROP TABLE "user_roles"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fe0bb3f6520ee0469504521e71"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a30a5d7d5c83e29a1938bde378"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9a9d01966000990c0ceba7ce6d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6c260461a2f05c4ed29bb05aa0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7bf924e5a1778f1914514cae92"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`DROP TABLE "idempotency_records"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_51da4484b56ecccf207e99f72c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1f8cd78e6d337e98c781c3006e"`);
        await queryRunner.query(`DROP TABLE "timer_jobs"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_37d8750c07ef452f2c3c9c9eef"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4d8ded6bd6743364a9a77915b9"`);
        await queryRunner.query(`DROP TABLE "process_instances"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3d3a64716bdd0b7cc25ee8d0b0"`);
        await queryRunner.query(`DROP TABLE "process_definitions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5338fff937d517f37f18bca138"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_101b1cdbf94eca276e67f8c156"`);
        await queryRunner.query(`DROP TABLE "localities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_537a7a862bd80a530909ff0fd3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2f408e41e65ebf503dad3ec713"`);
        await queryRunner.query(`DROP TABLE "dossiers"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9c111aba0b419a455facf19f2d"`);
        await queryRunner.query(`DROP TABLE "nominees"`);
        await queryRunner.query(`DROP TABLE "award_types"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6fe568f13845789c48855372b2"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
    }

}
