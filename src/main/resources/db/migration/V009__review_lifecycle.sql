-- The version of a return the regulator accepted. It stays when the platform amends an accepted
-- return (the amendment starts a new review), so the period-over-period check compares with what
-- was accepted, never with an amendment still under review.
alter table filing add column accepted_version integer;
alter table filing add constraint filing_accepted_version_submitted
    check (accepted_version is null or (accepted_version > 0 and accepted_version <= latest_version));
