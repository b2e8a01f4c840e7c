-- A group meeting (peer support for the expert cohort) is never a module's involvement evidence:
-- it has neither a module nor a programme stage, and every other kind of opportunity has a stage.
-- Kept apart from the migration that adds the enum value, as PostgreSQL cannot use a new enum
-- value in the transaction that added it.
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_group_meeting_shape" CHECK (
  CASE WHEN "type" = 'GROUP_MEETING' THEN "stage" IS NULL AND "moduleId" IS NULL ELSE "stage" IS NOT NULL END
);
