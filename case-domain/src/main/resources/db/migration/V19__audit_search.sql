-- The auditor's search of the audit trail (AuditService.search): an agency's part of the trail newest
-- first, by action, by record id alone, and by the beginning of a username (LIKE 'erik%' needs pattern ops).
CREATE INDEX audit_event_agency_idx ON audit_event (actor_agency, id);
CREATE INDEX audit_event_action_idx ON audit_event (action, id);
CREATE INDEX audit_event_target_id_idx ON audit_event (target_id);
CREATE INDEX audit_event_actor_pattern_idx ON audit_event (actor varchar_pattern_ops);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
