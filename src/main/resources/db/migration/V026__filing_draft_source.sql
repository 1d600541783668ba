-- How the open draft was last saved: through the API, the portal or an uploaded spreadsheet.
-- Null for a draft saved before this was recorded, and whenever no draft is open.
alter table filing add column draft_source varchar(16);
alter table filing add constraint filing_draft_source_known
    check (draft_source is null or draft_source in ('PORTAL', 'API', 'SPREADSHEET'));
