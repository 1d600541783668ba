-- An analyst's override of the band of one scored version of a return, with its reason and
-- comment, beside the computed band it overrides (docs/scoring.md, "Score overrides").
--
-- Append-friendly: a row is one override of one version. It is inserted ACTIVE (an analyst's
-- override) or AWAITING_RECONFIRMATION (an override carried onto an amendment's new version), and
-- afterwards changes at most twice, by guarded updates the trigger below allows and nothing else:
-- AWAITING_RECONFIRMATION -> ACTIVE once (re-confirmed), and once from ACTIVE or
-- AWAITING_RECONFIRMATION into a final state (SUPERSEDED, WITHDRAWN, LAPSED, CARRIED_FORWARD),
-- naming who and when. A new override, or one carried onto a new version, is a new row, so the
-- table is the override history of every return. Rows are never deleted.
create table score_override (
    id                uuid          primary key,
    platform_id       uuid          not null references platform (id),
    filing_id         uuid          not null references filing (id),
    -- The scored version whose band this overrides.
    version_number    integer       not null,
    -- 1, 2, 3... per filing, in the order the overrides were made: the history's order.
    sequence          integer       not null,
    -- The version's computed band when the override was made or carried onto it.
    computed_band     varchar(16)   not null,
    band              varchar(16)   not null,
    reason_code       varchar(64)   not null,
    -- The reason's label as configured when the override was made, kept as it was shown.
    reason_label      varchar(200)  not null,
    comment           text          not null,
    state             varchar(32)   not null,
    -- The override of the previous version this one was carried from by an amendment.
    carried_from_id   uuid          references score_override (id),
    carried_from_version integer,
    created_by        varchar(255)  not null,
    created_at        timestamptz   not null,
    reconfirmed_by    varchar(255),
    reconfirmed_at    timestamptz,
    resolved_by       varchar(255),
    resolved_at       timestamptz,
    -- Optimistic lock. A row starts above every version any earlier override of the filing had,
    -- so an expectedVersion read from one override never matches another.
    version           bigint        not null,
    -- Checked at commit: an amendment's version, its score and the carried override are written
    -- in one transaction, in whatever order the ORM flushes them.
    constraint score_override_score foreign key (filing_id, version_number)
        references filing_score (filing_id, version_number) deferrable initially deferred,
    constraint score_override_sequence_unique unique (filing_id, sequence),
    constraint score_override_band_known check (band in ('GREEN', 'AMBER', 'RED')),
    constraint score_override_computed_band_known
        check (computed_band in ('GREEN', 'AMBER', 'RED', 'NOT_SCORED')),
    constraint score_override_state_known check (state in ('ACTIVE', 'AWAITING_RECONFIRMATION',
        'CARRIED_FORWARD', 'SUPERSEDED', 'LAPSED', 'WITHDRAWN')),
    constraint score_override_comment_length check (char_length(comment) between 1 and 2000),
    -- An analyst's override (made, or re-confirmed) differs from the computed band; one carried
    -- onto a version the amendment scored as its band waits to lapse.
    constraint score_override_band_differs
        check (band <> computed_band or (carried_from_id is not null and reconfirmed_at is null)),
    constraint score_override_carried_from_earlier check (
        (carried_from_id is null) = (carried_from_version is null)
        and (carried_from_version is null or carried_from_version < version_number)),
    constraint score_override_awaiting_is_carried
        check (state <> 'AWAITING_RECONFIRMATION' or carried_from_id is not null),
    constraint score_override_reconfirmed_is_carried
        check (reconfirmed_at is null or carried_from_id is not null),
    constraint score_override_reconfirmed_together
        check ((reconfirmed_at is null) = (reconfirmed_by is null)),
    constraint score_override_resolved_when_final check (
        (resolved_at is null) = (state in ('ACTIVE', 'AWAITING_RECONFIRMATION'))
        and (resolved_by is null) = (resolved_at is null))
);

-- At most one override applies to a filing at a time (ACTIVE or AWAITING_RECONFIRMATION, always
-- on its latest version), and at most one ever counted for each version.
create unique index score_override_one_current on score_override (filing_id)
    where state in ('ACTIVE', 'AWAITING_RECONFIRMATION');
create unique index score_override_one_per_version on score_override (filing_id, version_number)
    where state in ('ACTIVE', 'AWAITING_RECONFIRMATION', 'CARRIED_FORWARD');

create function score_override_guarded() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'score overrides are never deleted: % on % is not allowed',
            tg_op, tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if (new.id, new.platform_id, new.filing_id, new.version_number, new.sequence,
            new.computed_band, new.band, new.reason_code, new.reason_label, new.comment,
            new.carried_from_id, new.carried_from_version, new.created_by, new.created_at)
        is distinct from
       (old.id, old.platform_id, old.filing_id, old.version_number, old.sequence,
            old.computed_band, old.band, old.reason_code, old.reason_label, old.comment,
            old.carried_from_id, old.carried_from_version, old.created_by, old.created_at) then
        raise exception 'a score override only changes its state' using errcode = 'check_violation';
    end if;
    if new.version <> old.version + 1 then
        raise exception 'a score override''s version grows by one with each change'
            using errcode = 'check_violation';
    end if;
    if old.state = 'AWAITING_RECONFIRMATION' and new.state = 'ACTIVE' then
        if old.reconfirmed_at is not null or new.reconfirmed_at is null then
            raise exception 'a carried score override is re-confirmed once'
                using errcode = 'check_violation';
        end if;
    elsif (old.state, new.state) in (('ACTIVE', 'SUPERSEDED'), ('ACTIVE', 'WITHDRAWN'),
            ('ACTIVE', 'CARRIED_FORWARD'), ('AWAITING_RECONFIRMATION', 'LAPSED'),
            ('AWAITING_RECONFIRMATION', 'SUPERSEDED'),
            ('AWAITING_RECONFIRMATION', 'CARRIED_FORWARD')) then
        if (new.reconfirmed_by, new.reconfirmed_at) is distinct from
               (old.reconfirmed_by, old.reconfirmed_at) then
            raise exception 'only re-confirmation records who re-confirmed'
                using errcode = 'check_violation';
        end if;
    else
        raise exception 'a score override cannot go from % to %', old.state, new.state
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger score_override_guarded_update_no_delete
    before update or delete on score_override
    for each row execute function score_override_guarded();
create trigger score_override_no_truncate
    before truncate on score_override
    for each statement execute function score_override_guarded();

alter table score_override enable row level security;
create policy score_override_in_scope on score_override
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on score_override to ${app_role};
