import { EXPERT_QUESTION_KEYS, EXPERT_QUESTIONS, PAID_ON_TIME_OPTIONS } from "@/lib/feedback/expert-schemas";
import type { FeedbackSummary } from "@/lib/feedback/summaries";

const answers = (n: number) => `${n} ${n === 1 ? "answer" : "answers"}`;
const average = (a: number | null) => (a === null ? "No answers yet" : `${a.toFixed(1)} out of 5`);

/** Averages and counts per question: experts' answers, then academics' ratings. No names, ever. */
export function FeedbackSummaryTable({ summary, caption }: { summary: FeedbackSummary; caption: string }) {
  const { experts, academics } = summary;
  return (
    <div className="mb-6 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="table min-w-[32rem] [overflow-wrap:normal]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Average</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {EXPERT_QUESTION_KEYS.map((q) => (
            <tr key={q}>
              <th scope="row">Experts: {EXPERT_QUESTIONS[q].label}</th>
              <td className="whitespace-nowrap">{average(experts.questions[q].average)}</td>
              <td className="whitespace-nowrap">{answers(experts.questions[q].count)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Experts: Were you paid on time?</th>
            <td>{PAID_ON_TIME_OPTIONS.map((o) => `${o.label}: ${experts.paidOnTime[o.value]}`).join(" · ")}</td>
            <td className="whitespace-nowrap">
              {answers(experts.paidOnTime.YES + experts.paidOnTime.NO + experts.paidOnTime.NOT_YET)}
            </td>
          </tr>
          <tr>
            <th scope="row">Academics: How well did the session work for students?</th>
            <td className="whitespace-nowrap">{average(academics.average)}</td>
            <td className="whitespace-nowrap">{answers(academics.responses)}</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-base text-muted">
        {experts.responses} {experts.responses === 1 ? "expert gave" : "experts gave"} feedback. Every question is
        optional, so the number of answers differs from question to question.
      </p>
    </div>
  );
}
