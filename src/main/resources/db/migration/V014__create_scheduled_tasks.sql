-- The scheduled jobs' executions (docs/jobs.md): db-scheduler's table, in the layout its
-- PostgreSQL schema gives for the version in the build (16.7). One row per execution: a recurring
-- job has one row (task_instance 'recurring') whose execution_time is its next slot; a one-off
-- job has one row per submission until it has run.
--
-- Every instance of the application polls this table. An execution runs where an instance turned
-- picked from false to true with the row's version, so two instances never run the same slot;
-- the running instance refreshes last_heartbeat, and an execution whose heartbeat stopped (its
-- instance died) is taken back and run again by another.
--
-- It holds no platform's data, so it is not under row-level security: the application's role
-- reads and writes it whatever the scope of the connection (system work or none).
create table scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    -- A one-off job's payload as UTF-8 text; null for recurring jobs.
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

-- The poll (due executions) and the dead-execution check (stale heartbeats).
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);

-- Executions are created, picked, rescheduled and removed when done.
grant select, insert, update, delete on scheduled_tasks to ${app_role};
