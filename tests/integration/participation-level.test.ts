/**
 * Depth, not only breadth (issue 15): a participation level on opportunities and involvement
 * records, inherited by a session's record, chosen by hand by a lecturer, and counted by stage and
 * level in the reports. Every expected figure is worked out by hand from what this file writes.
 */
import { describe, expect, it } from "vitest";
import { GET as coordinatorCsv } from "@/app/(coordinator)/coordinator/reports/csv/route";
import { db } from "@/lib/db";
import { addInvolvementRecordAction } from "@/lib/involvement/actions";
import { recordSessionInvolvement } from "@/lib/involvement/record-session";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/opportunities/actions";
import { depthSummary } from "@/lib/reports/depth";
import { involvementHeatMap } from "@/lib/reports/heat-map";
import { coordinatorScope, reportFilters } from "@/lib/reports/report-filters";
import { actAs } from "../helpers/actor";
import { redirectOf } from "../helpers/redirect";
import { callerFor } from "../helpers/caller";
import { createOpportunity, createSession, createWorld, form, idle, unique } from "../helpers/factories";

const handRecord = (moduleId: string, academicId: string, hours: string, level?: string) =>
  addInvolvementRecordAction(
    idle,
    form({
      moduleId,
      date: "2026-11-02",
      stage: level === "USER_LED" ? "TEACHING_LEARNING" : "ASSESSMENT",
      hours,
      description: "Two carers co-marked presentations",
      expertCount: "2",
      ...(level ? { participationLevel: level } : {}),
    }),
  );

describe("participation level", () => {
  it("is chosen on an opportunity (never on a group meeting) and refused when made up", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    const base = {
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      summary: "Talk with students.",
      payRate: "25.00",
      payBasis: "HOUR",
      moduleId: world.module.id,
    };
    const title = unique("Co-produced lecture");
    await redirectOf(createOpportunityAction(idle, form({ ...base, title, participationLevel: "PARTNERSHIP" })));
    const created = await db.opportunity.findFirstOrThrow({ where: { title } });
    expect(created.participationLevel).toBe("PARTNERSHIP");

    // Its session's record takes the level; changing the opportunity's level changes the record's.
    const session = await createSession(created.id, { startsAt: new Date("2026-10-14T09:00:00Z"), minutes: 60 });
    const [expert] = (await createWorld(1)).experts;
    await db.booking.create({ data: { sessionId: session.id, expertId: expert!.expert.id, status: "ATTENDED" } });
    await db.$transaction((tx) =>
      recordSessionInvolvement({ sessionId: session.id, loggedById: world.academic.id }, tx),
    );
    await redirectOf(
      updateOpportunityAction(
        idle,
        form({ ...base, opportunityId: created.id, title, participationLevel: "USER_LED" }),
      ),
    );
    expect(await db.involvementRecord.findUniqueOrThrow({ where: { sessionId: session.id } })).toMatchObject({
      participationLevel: "USER_LED",
    });

    const bad = unique("Made up");
    const state = await createOpportunityAction(idle, form({ ...base, title: bad, participationLevel: "TOKEN" }));
    expect(state.fieldErrors?.participationLevel).toEqual(["Select a level of participation from the list"]);
    expect(state.values?.title).toBe(bad);
    expect(await db.opportunity.count({ where: { title: bad } })).toBe(0);

    const meeting = unique("Peer support");
    await redirectOf(
      createOpportunityAction(
        idle,
        form({
          type: "GROUP_MEETING",
          title: meeting,
          summary: "News",
          payRate: "0",
          payBasis: "FIXED",
          participationLevel: "USER_LED",
        }),
      ),
    );
    expect((await db.opportunity.findFirstOrThrow({ where: { title: meeting } })).participationLevel).toBeNull();
  });

  it("is inherited by a session's record, follows the opportunity, and is counted by stage and level", async () => {
    const world = await createWorld(2);
    const [e1, e2] = world.experts.map((e) => e.expert.id) as [string, string];
    const opportunity = await createOpportunity(world);
    await db.opportunity.update({
      where: { id: opportunity.id },
      data: { stage: "TEACHING_LEARNING", participationLevel: "CONSULTATION" },
    });
    const session = await createSession(opportunity.id, { startsAt: new Date("2026-10-14T09:00:00Z"), minutes: 150 });
    await db.booking.createMany({
      data: [e1, e2].map((expertId) => ({ sessionId: session.id, expertId, status: "ATTENDED" as const })),
    });
    const record = () =>
      db.$transaction((tx) => recordSessionInvolvement({ sessionId: session.id, loggedById: world.academic.id }, tx));
    expect((await record())?.participationLevel).toBe("CONSULTATION");
    // The coordinator says it was really co-produced: the next recount takes the new level.
    await db.opportunity.update({ where: { id: opportunity.id }, data: { participationLevel: "PARTNERSHIP" } });
    expect((await record())?.participationLevel).toBe("PARTNERSHIP");

    // By hand: user-led teaching 1 h; assessment 1.5 h with no level; a made-up level is refused.
    actAs(world.academic);
    expect((await handRecord(world.module.id, world.academic.id, "1", "USER_LED")).code).toBeUndefined();
    expect((await handRecord(world.module.id, world.academic.id, "1.5")).code).toBeUndefined();
    const refused = await handRecord(world.module.id, world.academic.id, "2", "TOKEN");
    expect(refused.code).toBe("INVALID");
    expect(refused.fieldErrors?.participationLevel).toBeDefined();
    const levels = await db.involvementRecord.findMany({
      where: { moduleId: world.module.id },
      select: { participationLevel: true, minutes: true },
      orderBy: { minutes: "asc" },
    });
    expect(levels).toEqual([
      { participationLevel: "USER_LED", minutes: 60 },
      { participationLevel: null, minutes: 90 },
      { participationLevel: "PARTNERSHIP", minutes: 150 },
    ]);

    // Teaching: user-led 1 (60 min), partnership 1 (150 min); assessment: not recorded 1 (90 min).
    const coordinator = await callerFor("coordinator", world.coordinator);
    const map = await involvementHeatMap(coordinatorScope(coordinator, reportFilters({ year: "2026/27" })));
    expect(map.depth.stages.TEACHING_LEARNING).toEqual({
      USER_LED: { sessions: 1, minutes: 60 },
      PARTNERSHIP: { sessions: 1, minutes: 150 },
      CONSULTATION: { sessions: 0, minutes: 0 },
      NONE: { sessions: 0, minutes: 0 },
    });
    expect(map.depth.stages.ASSESSMENT.NONE).toEqual({ sessions: 1, minutes: 90 });
    expect(map.depth.total).toEqual({
      USER_LED: { sessions: 1, minutes: 60 },
      PARTNERSHIP: { sessions: 1, minutes: 150 },
      CONSULTATION: { sessions: 0, minutes: 0 },
      NONE: { sessions: 1, minutes: 90 },
    });
    expect(depthSummary(map.depth)).toBe(
      "Of 3 sessions, 1 user-led, 1 partnership or co-production and 0 consultation; 1 session has no level recorded.",
    );

    actAs(world.coordinator);
    const response = await coordinatorCsv(
      new Request("http://localhost/coordinator/reports/csv?year=2026/27&table=depth"),
    );
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Academic year,Stage,User-led: sessions,User-led: hours,Partnership or co-production: sessions,Partnership or co-production: hours,Consultation: sessions,Consultation: hours,Not recorded: sessions,Not recorded: hours",
    );
    expect(lines).toContain("2026/27,Teaching and learning,1,1,1,2.5,0,0,0,0");
    expect(lines).toContain("2026/27,Assessment,0,0,0,0,0,0,1,1.5");
    expect(lines.at(-1)).toBe("2026/27,All stages,1,1,1,2.5,0,0,1,1.5");
  });

  it("says so plainly when a year has nothing", () => {
    expect(
      depthSummary({ stages: {} as never, total: { USER_LED: z(), PARTNERSHIP: z(), CONSULTATION: z(), NONE: z() } }),
    ).toBe("No sessions of involvement are recorded for this year, so there is no depth to show.");
  });
});

function z() {
  return { sessions: 0, minutes: 0 };
}
