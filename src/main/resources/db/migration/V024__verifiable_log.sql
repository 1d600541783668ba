-- The verifiable log (docs/audit-log.md): an RFC 9162 Merkle tree over the chained audit events,
-- its signed checkpoints, and the regulator's signature on each receipt. All append-only.

-- The leaf hash of each chained event, by its sequence (leaf index = seq - 1): proofs for any
-- tree size are computed from these.
create table audit_tree_leaf (
    seq       bigint primary key references audit_chain_link (seq),
    leaf_hash bytea not null,
    constraint audit_tree_leaf_sha256 check (length(leaf_hash) = 32)
);

-- The tree's compact range after each sequencer batch: the roots of its perfect subtrees,
-- largest first, concatenated; the latest row is where the next batch continues.
create table audit_tree_frontier (
    tree_size bigint primary key,
    root_hash bytea not null,
    subtrees  bytea not null,
    constraint audit_tree_frontier_positive check (tree_size > 0),
    constraint audit_tree_frontier_whole check (length(subtrees) % 32 = 0)
);

-- Signed tree heads, in the C2SP tlog-checkpoint signed-note format.
create table audit_checkpoint (
    tree_size bigint primary key,
    root_hash bytea       not null,
    note      text        not null,
    signed_at timestamptz not null,
    constraint audit_checkpoint_positive check (tree_size > 0)
);

create trigger audit_tree_leaf_append_only
    before update or delete on audit_tree_leaf
    for each row execute function audit_append_only();
create trigger audit_tree_leaf_no_truncate
    before truncate on audit_tree_leaf
    for each statement execute function audit_append_only();
create trigger audit_tree_frontier_append_only
    before update or delete on audit_tree_frontier
    for each row execute function audit_append_only();
create trigger audit_tree_frontier_no_truncate
    before truncate on audit_tree_frontier
    for each statement execute function audit_append_only();
create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute function audit_append_only();
create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_append_only();

grant select, insert on audit_tree_leaf, audit_tree_frontier, audit_checkpoint to ${app_role};

-- A receipt's JWS (EdDSA) over its statement, and the audit event that logged the submission.
-- Versions submitted before this migration have neither.
alter table filing_version
    add column receipt_signature text,
    add column audit_event_id    uuid;
