-- CreateIndex
CREATE INDEX "Session_attendance_pending_idx" ON "Session"("startsAt") WHERE ("attendanceRecordedAt" IS NULL AND "cancelledAt" IS NULL);
