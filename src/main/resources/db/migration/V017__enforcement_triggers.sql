-- Two more triggers open enforcement cases (docs/enforcement.md, Triggers): an obligation unfiled
-- past its due date by more than the configured days (the daily sweep), and a breach rule of a
-- template version that a submitted return shows.
alter table enforcement_case drop constraint enforcement_case_trigger_known;
alter table enforcement_case add constraint enforcement_case_trigger_known check (trigger_kind in (
    'OFFICER', 'RED_SCORE', 'REJECTED_RETURN', 'OVERDUE_OBLIGATION', 'BREACH_RULE'));

-- The sweep asks whether any case, open or closed, was ever opened on what it finds; an
-- officer's closing is a decision it must not undo by opening the same case again the next night.
create index enforcement_case_ground_by_filing on enforcement_case_ground (filing_id, kind)
    where filing_id is not null;
create index enforcement_case_ground_by_obligation on enforcement_case_ground (obligation_id)
    where obligation_id is not null;
